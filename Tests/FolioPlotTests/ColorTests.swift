import FolioPlot
import XCTest

final class ColorTests: XCTestCase {
  func testSingleLettersParseToMatplotlibsBaseColours() throws {
    let expected: [String: (Double, Double, Double)] = [
      "b": (0, 0, 1), "g": (0, 0.5, 0), "r": (1, 0, 0), "c": (0, 0.75, 0.75),
      "m": (0.75, 0, 0.75), "y": (0.75, 0.75, 0), "k": (0, 0, 0), "w": (1, 1, 1),
    ]
    for (letter, rgb) in expected {
      XCTAssertEqual(try Color(parsing: letter), Color(red: rgb.0, green: rgb.1, blue: rgb.2), letter)
    }
  }

  func testNamedColoursParseLikeMatplotlib() throws {
    XCTAssertEqual(try Color(parsing: "darkorange"), rgb(0xFF, 0x8C, 0x00))
    XCTAssertEqual(try Color(parsing: "darkblue"), rgb(0x00, 0x00, 0x8B))
    XCTAssertEqual(try Color(parsing: "steelblue"), rgb(0x46, 0x82, 0xB4))
    XCTAssertEqual(try Color(parsing: "rebeccapurple"), rgb(0x66, 0x33, 0x99))
    XCTAssertEqual(try Color(parsing: "green"), rgb(0x00, 0x80, 0x00), "CSS green, not X11's")
    XCTAssertEqual(try Color(parsing: "tab:orange"), rgb(0xFF, 0x7F, 0x0E))
  }

  func testGrayAndGreyAreTheSameColour() throws {
    XCTAssertEqual(try Color(parsing: "gray"), try Color(parsing: "grey"))
    XCTAssertEqual(try Color(parsing: "darkslategray"), try Color(parsing: "darkslategrey"))
    XCTAssertEqual(try Color(parsing: "gray"), rgb(0x80, 0x80, 0x80))
  }

  func testNamesIgnoreCaseButLettersDoNot() throws {
    XCTAssertEqual(try Color(parsing: "SteelBlue"), try Color(parsing: "steelblue"))
    XCTAssertThrowsError(try Color(parsing: "R"))
  }

  func testHexFormsParse() throws {
    XCTAssertEqual(try Color(parsing: "#1f77b4"), rgb(0x1F, 0x77, 0xB4))
    XCTAssertEqual(try Color(parsing: "#1F77B4"), rgb(0x1F, 0x77, 0xB4))
    XCTAssertEqual(try Color(parsing: "#ff000080"), Color(red: 1, green: 0, blue: 0, alpha: 128.0 / 255))
    XCTAssertEqual(try Color(parsing: "#f80"), rgb(0xFF, 0x88, 0x00))
    XCTAssertEqual(try Color(parsing: "#f808"), Color(red: 1, green: 136.0 / 255, blue: 0, alpha: 136.0 / 255))
  }

  func testMalformedHexIsAPlotError() {
    for text in ["#", "#12", "#12345", "#gggggg", "#+12345", "#1234567890"] {
      XCTAssertThrowsError(try Color(parsing: text), text) { error in
        XCTAssertTrue(String(describing: error).contains(text), "\(error)")
      }
    }
  }

  func testCycleReferencesFollowTheTab10Cycle() throws {
    XCTAssertEqual(try Color(parsing: "C0"), rgb(0x1F, 0x77, 0xB4))
    XCTAssertEqual(try Color(parsing: "C1"), rgb(0xFF, 0x7F, 0x0E))
    XCTAssertEqual(try Color(parsing: "C9"), rgb(0x17, 0xBE, 0xCF))
    XCTAssertEqual(try Color(parsing: "C10"), try Color(parsing: "C0"))
    for index in 0..<10 {
      XCTAssertEqual(try Color(parsing: "C\(index)"), Color.defaultCycle[index])
    }
  }

  func testDefaultCycleIsMatplotlibsTab10() {
    let hex = [0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF]
    XCTAssertEqual(Color.defaultCycle, hex.map { rgb(($0 >> 16) & 0xFF, ($0 >> 8) & 0xFF, $0 & 0xFF) })
  }

  func testGreyLevelsAndNoneParse() throws {
    XCTAssertEqual(try Color(parsing: "0.5"), Color(red: 0.5, green: 0.5, blue: 0.5))
    XCTAssertEqual(try Color(parsing: "none").alpha, 0)
    XCTAssertThrowsError(try Color(parsing: "1.5"))
  }

  func testUnknownColourNameIsAPlotErrorNamingIt() {
    XCTAssertThrowsError(try Color(parsing: "blurple")) { error in
      guard let plotError = error as? PlotError else {
        return XCTFail("expected PlotError, got \(error)")
      }
      XCTAssertTrue(plotError.message.contains("'blurple'"), plotError.message)
    }
    XCTAssertThrowsError(try Color(parsing: ""))
    XCTAssertThrowsError(try Color(parsing: "C"))
    XCTAssertThrowsError(try Color(parsing: "C99999999999999999999999"))
  }

  private func rgb(_ red: Int, _ green: Int, _ blue: Int) -> Color {
    Color(red: Double(red) / 255, green: Double(green) / 255, blue: Double(blue) / 255)
  }
}
