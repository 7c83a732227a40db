import FolioPlot
import Foundation
import XCTest

final class ArtistGoldenImageTests: XCTestCase {
  func testScatterColouredThroughViridisMatchesTheGoldenImage() throws {
    var random = SplitMix(seed: 7)
    let x = (0..<150).map { _ in random.normal() }
    let y = x.map { 0.6 * $0 + 0.8 * random.normal() }
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.scatter(x: x, y: y, size: x.map { _ in 15 + 120 * random.uniform() },
                     values: zip(x, y).map { ($0 * $0 + $1 * $1).squareRoot() }, alpha: 0.8)
    axes.title = "Scatter coloured by distance"
    try assertMatchesGoldenImage(figure.renderPNG(), named: "scatter_viridis")
  }

  func testAGridOfDigitLikeTilesInGrayMatchesTheGoldenImage() throws {
    // 4 × 4 tiles of 28 × 28 pixels, like a batch of MNIST digits: each a stroke drawn with a
    // soft pen along a curve that differs per tile. 5 × 5 in keeps the data area square, so
    // pixels stay square as matplotlib's aspect='equal' would draw them.
    let tile = 28
    var pixels = [[Double]](repeating: [Double](repeating: 0, count: 4 * tile), count: 4 * tile)
    for digit in 0..<16 {
      let (tileRow, tileColumn) = (digit / 4, digit % 4)
      for step in 0..<120 {
        let t = Double(step) / 119
        let angle = 2 * Double.pi * t * (1 + Double(digit % 3) * 0.5) + Double(digit)
        let radius = 5 + 4 * sin(Double(digit) + 3 * t)
        let centreX = 14 + radius * cos(angle) + Double(digit % 5 - 2) * t * 2
        let centreY = 14 + 1.3 * radius * sin(angle)
        for row in 0..<tile {
          for column in 0..<tile {
            let distance = hypot(Double(column) - centreX, Double(row) - centreY)
            let ink = max(0, 1 - distance / 2.2)
            let cell = pixels[tileRow * tile + row][tileColumn * tile + column]
            pixels[tileRow * tile + row][tileColumn * tile + column] = max(cell, ink)
          }
        }
      }
    }
    let figure = Figure(width: 5, height: 5)
    let axes = figure.addAxes()
    try axes.imshow(pixels, colormap: .gray)
    axes.title = "Digits"
    try assertMatchesGoldenImage(figure.renderPNG(), named: "imshow_digits")
  }

  func testRosenbrockContoursWithAnOptimiserPathMatchTheGoldenImage() throws {
    let x = stride(from: -2.0, through: 2.0, by: 0.02).map { $0 }
    let y = stride(from: -1.0, through: 3.0, by: 0.02).map { $0 }
    let z = y.map { yy in x.map { xx in rosenbrock(xx, yy) } }
    let levels = (0...12).map { pow(10, -1 + 4.5 * Double($0) / 12) }
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.contourf(x: x, y: y, z: z, levels: levels, colorScale: .log)
    try axes.contour(x: x, y: y, z: z, levels: levels, colors: [Color(red: 1, green: 1, blue: 1, alpha: 0.4)], linewidths: 0.5)
    // Gradient descent with momentum from (-1.5, 2.5) towards the minimum at (1, 1).
    var point = (x: -1.5, y: 2.5)
    var velocity = (x: 0.0, y: 0.0)
    var path = [point]
    for _ in 0..<4000 {
      let gradient = (x: -2 * (1 - point.x) - 400 * point.x * (point.y - point.x * point.x),
                      y: 200 * (point.y - point.x * point.x))
      velocity = (0.9 * velocity.x - 1.5e-4 * gradient.x, 0.9 * velocity.y - 1.5e-4 * gradient.y)
      point = (point.x + velocity.x, point.y + velocity.y)
      path.append(point)
    }
    try axes.plot(x: path.map(\.x), y: path.map(\.y), color: Color(parsing: "orangered"), lineWidth: 1.5)
    try axes.scatter(x: [1], y: [1], size: [80], color: Color(parsing: "white"), marker: .cross)
    axes.title = "Rosenbrock"
    try assertMatchesGoldenImage(figure.renderPNG(), named: "contourf_rosenbrock")
  }

  private func rosenbrock(_ x: Double, _ y: Double) -> Double {
    (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
  }
}

/// A small deterministic generator, so the golden scenes do not depend on the platform's random numbers.
private struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1).
  mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

  /// Standard normal, by Box–Muller.
  mutating func normal() -> Double {
    (-2 * log(1 - uniform())).squareRoot() * cos(2 * Double.pi * uniform())
  }
}
