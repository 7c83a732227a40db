import FolioPlot
import XCTest

final class ColormapTests: XCTestCase {
  /// matplotlib's `to_hex(cmap(f))` for f = 0, 0.25, 0.5, 0.75, 1.
  private let matplotlibColors: [(Colormap, [String])] = [
    (.viridis, ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"]),
    (.plasma, ["#0d0887", "#7e03a8", "#cc4778", "#f89540", "#f0f921"]),
    (.gray, ["#000000", "#404040", "#808080", "#c0c0c0", "#ffffff"]),
    (.greys, ["#ffffff", "#d9d9d9", "#959595", "#515151", "#000000"]),
    (.coolwarm, ["#3b4cc0", "#8db0fe", "#dddcdc", "#f4987a", "#b40426"]),
  ]

  func testEndpointsQuartersAndMidpointsMatchMatplotlib() {
    for (map, expected) in matplotlibColors {
      XCTAssertEqual([0, 0.25, 0.5, 0.75, 1].map { hex(map.color(at: $0)) }, expected, map.name)
    }
  }

  func testValuesOutsideZeroToOneTakeTheEndColoursAndNaNIsTransparent() {
    XCTAssertEqual(hex(Colormap.viridis.color(at: -3)), "#440154")
    XCTAssertEqual(hex(Colormap.viridis.color(at: 7)), "#fde725")
    XCTAssertEqual(Colormap.viridis.color(at: .nan).alpha, 0)
  }

  func testNamesFindTheBuiltInMapsAndTheirReversals() throws {
    XCTAssertEqual(try Colormap(named: "plasma"), .plasma)
    XCTAssertEqual(try Colormap(named: "Greys"), .greys)
    let reversed = try Colormap(named: "gray_r")
    XCTAssertEqual(reversed.name, "gray_r")
    XCTAssertEqual(hex(reversed.color(at: 0)), "#ffffff")
    XCTAssertEqual(reversed.reversed, .gray)
  }

  func testAnUnknownNameThrowsListingTheKnownOnes() {
    XCTAssertThrowsError(try Colormap(named: "jet")) { error in
      XCTAssertTrue("\(error)".contains("'jet'"), "\(error)")
      XCTAssertTrue("\(error)".contains("viridis"), "\(error)")
    }
  }

  func testNormalizeMapsTheLimitsToZeroAndOneLinearlyOrByLogarithm() {
    let linear = Normalize(vmin: 2, vmax: 6)
    XCTAssertEqual(linear.fraction(of: 2), 0)
    XCTAssertEqual(linear.fraction(of: 5), 0.75)
    XCTAssertEqual(linear.fraction(of: 8), 1.5)
    let log = Normalize(vmin: 1, vmax: 1000, scale: .log)
    XCTAssertEqual(log.fraction(of: 10), 1.0 / 3, accuracy: 1e-12)
    XCTAssertTrue(log.fraction(of: -1).isNaN)
  }

  func testEqualLimitsMapEverythingToZeroAsMatplotlibDoes() {
    XCTAssertEqual(Normalize(vmin: 3, vmax: 3).fraction(of: 10), 0)
  }

  private func hex(_ color: Color) -> String {
    "#" + [color.red, color.green, color.blue].map { channel in
      let byte = Int((channel * 255).rounded())
      return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
    }.joined()
  }
}
