import FolioPlot
import Foundation
import XCTest

/// Line figures against golden PNGs (see `assertMatchesGoldenImage` for the tolerance and the
/// record switch).
final class GoldenImageTests: XCTestCase {
  func testLossCurveMatchesTheGoldenImage() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    let x = (0..<500).map(Double.init)
    try axes.plot(x: x, y: x.map { exp(-$0 / 100) })
    axes.title = "Loss Curve"
    axes.xlabel = "Epochs"
    axes.ylabel = "Loss"
    try assertMatchesGoldenImage(figure.renderPNG(), named: "line_chart")
  }

  func testTwoPanelTrainingFigureMatchesTheGoldenImage() throws {
    let figure = Figure()
    let panels = try figure.subplots(1, 2)
    let epochs = (1...40).map(Double.init)
    // A deterministic wobble stands in for batch noise.
    let wobble = epochs.map { sin($0 * 1.7) * 0.04 }
    try panels[0][0].plot(x: epochs, y: zip(epochs, wobble).map { 2.3 * exp(-$0 / 9) + 0.15 + $1 }, label: "train")
    try panels[0][1].plot(x: epochs, y: zip(epochs, wobble).map { 0.97 - 0.87 * exp(-$0 / 8) + $1 / 4 }, color: Color(parsing: "C1"))
    panels[0][0].title = "Batch loss"
    panels[0][1].title = "Batch accuracy"
    for axes in panels[0] {
      axes.xlabel = "Epoch"
    }
    panels[0][0].ylabel = "Cross-entropy loss"
    panels[0][1].ylabel = "Accuracy"
    figure.suptitle = "Training a small MLP on MNIST"
    figure.tightLayout()
    try assertMatchesGoldenImage(figure.renderPNG(), named: "subplots_tight_layout")
  }

  func testLogScaleLossCurveWithLegendMatchesTheGoldenImage() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    let steps = (0..<300).map(Double.init)
    try axes.plot(x: steps, y: steps.map { 2.5 * exp(-$0 / 40) + 0.02 }, label: "train")
    try axes.plot(x: steps, y: steps.map { 2.5 * exp(-$0 / 50) + 0.06 }, lineStyle: .dashed, label: "validation")
    axes.yscale(.log)
    axes.grid()
    axes.legend()
    axes.title = "Loss (log scale)"
    axes.xlabel = "Step"
    axes.ylabel = "Loss"
    try assertMatchesGoldenImage(figure.renderPNG(), named: "log_scale_legend")
  }

  func testLineStylesAndMarkersMatchTheGoldenImage() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    let x = (0..<10).map(Double.init)
    try axes.plot(x: x, y: x.map { 1 + 0.3 * $0 }, "bo-", label: "bo-")
    try axes.plot(x: x, y: x.map { 2 + 0.3 * $0 }, "r--", label: "r--")
    try axes.plot(x: x, y: x.map { 3 + 0.3 * $0 }, "g^", label: "g^")
    try axes.plot(x: x, y: x.map { 4 + 0.3 * $0 }, "C4-.", label: "C4-.")
    try axes.plot(x: x, y: x.map { 5 + 0.3 * $0 }, "k:", label: "k:")
    try axes.plot(x: x, y: x.map { 6 + 0.3 * $0 }, color: Color(parsing: "C1"), marker: .square, label: "squares")
    try axes.plot(x: x, y: x.map { 7 + 0.3 * $0 }, color: Color(parsing: "C5"), lineStyle: .none, marker: .star, markerSize: 10, label: "stars")
    try axes.plot(x: x, y: x.map { 8 + 0.3 * $0 }, color: Color(parsing: "C6"), lineStyle: .none, marker: .diamond, label: "diamonds")
    try axes.plot(x: x, y: x.map { 9 + 0.3 * $0 }, color: Color(parsing: "C7"), marker: .cross, label: "x, alpha 0.5", alpha: 0.5)
    try axes.plot(x: x, y: x.map { 10 + 0.3 * $0 }, color: Color(parsing: "C8"), lineStyle: .dotted, marker: .plus, label: "+")
    try axes.plot(x: x, y: x.map { 11 + 0.3 * $0 }, color: Color(parsing: "C9"), marker: .point, label: ".")
    try axes.axhline(y: 0.5, color: Color(parsing: "0.5"), lineStyle: .dashed, lineWidth: 1)
    try axes.axvline(x: 4.5, color: Color(parsing: "m"), lineWidth: 1)
    axes.text(x: 4.6, y: 0.7, "x = 4.5")
    // Room on the right for the legend, so it hides no data.
    try axes.xlim(-0.5, 14)
    axes.legend(location: .right)
    axes.title = "Line styles and markers"
    try assertMatchesGoldenImage(figure.renderPNG(), named: "line_styles_markers")
  }
}
