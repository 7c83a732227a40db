import FolioPlot
import XCTest

final class FormatStringTests: XCTestCase {
  func testALoneColourLetterMeansASolidLineInThatColour() throws {
    let format = try FormatString("k")
    XCTAssertEqual(format.color, try Color(parsing: "k"))
    XCTAssertEqual(format.lineStyle, .solid)
    XCTAssertNil(format.marker)
  }

  func testColourAndTwoCharacterStyleParse() throws {
    let format = try FormatString("r--")
    XCTAssertEqual(format.color, try Color(parsing: "r"))
    XCTAssertEqual(format.lineStyle, .dashed)
    XCTAssertEqual(try FormatString("-.").lineStyle, .dashDot)
  }

  func testColourMarkerAndStyleParseInAnyOrder() throws {
    for text in ["bo-", "o-b", "-bo"] {
      let format = try FormatString(text)
      XCTAssertEqual(format.color, try Color(parsing: "b"), text)
      XCTAssertEqual(format.marker, .circle, text)
      XCTAssertEqual(format.lineStyle, .solid, text)
    }
  }

  func testAMarkerWithoutAStyleMeansMarkersOnly() throws {
    let format = try FormatString("g^")
    XCTAssertEqual(format.marker, .triangleUp)
    XCTAssertEqual(format.lineStyle, LineStyle.none)
  }

  func testAStyleAloneLeavesTheColourToTheCycle() throws {
    let format = try FormatString(":")
    XCTAssertNil(format.color)
    XCTAssertEqual(format.lineStyle, .dotted)
  }

  func testCycleColoursTakeTheirDigits() throws {
    let format = try FormatString("C1--")
    XCTAssertEqual(format.color, Color.defaultCycle[1])
    XCTAssertEqual(format.lineStyle, .dashed)
    XCTAssertEqual(try FormatString("C12").color, Color.defaultCycle[2])
  }

  func testAWholeColourNameIsJustAColour() throws {
    XCTAssertEqual(try FormatString("darkorange").color, try Color(parsing: "darkorange"))
    XCTAssertEqual(try FormatString("#ff8800").lineStyle, .solid)
  }

  func testEveryMarkerCodeParses() throws {
    for marker in Marker.allCases {
      XCTAssertEqual(try FormatString(marker.rawValue).marker, marker)
    }
  }

  func testAnUnknownCharacterIsAPlotErrorNamingIt() {
    XCTAssertThrowsError(try FormatString("rq")) { error in
      let message = (error as? PlotError)?.message ?? ""
      XCTAssertTrue(message.contains("'rq'") && message.contains("'q'"), message)
    }
  }

  func testTwoOfAKindAreAPlotError() {
    for (text, reason) in [("r--:", "two line styles"), ("rg", "two colours"), ("os", "two markers"), ("C-", "'C' must be followed")] {
      XCTAssertThrowsError(try FormatString(text)) { error in
        XCTAssertTrue((error as? PlotError)?.message.contains(reason) == true, "\(text): \(error)")
      }
    }
  }

  func testPlotWithAFormatStringStylesTheLine() throws {
    let axes = Figure().addAxes()
    try axes.plot(x: [0, 1], y: [1, 2], "gs--")
    try axes.plot(x: [0, 1], y: [2, 1], "--")
    XCTAssertEqual(axes.lines[0].color, try Color(parsing: "g"))
    XCTAssertEqual(axes.lines[0].marker, .square)
    XCTAssertEqual(axes.lines[0].lineStyle, .dashed)
    XCTAssertEqual(axes.lines[1].color, Color.defaultCycle[0], "an explicit colour does not advance the cycle")
  }
}
