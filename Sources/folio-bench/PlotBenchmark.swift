import FolioPlot
import Glibc

/// The plotting library's speed figures: rendering and PNG encoding, in a release build.
///
///     .build/release/folio-bench plot
enum PlotBenchmark {
  static func run() throws {
    print("Plotting (release build; best of 7 batches)")
    let xs = (0..<500).map { Double($0) / 50 }
    let line = try Timing.best {
      let figure = Figure()
      let axes = figure.addAxes()
      try axes.plot(x: xs, y: xs.map { sin($0) * exp(-$0 / 5) })
      axes.title = "500 points"
      _ = try figure.renderPNG()
    }
    print(row("500-point line, render + PNG", Timing.ms(line), "target ≤ 30 ms" + (line <= 0.03 ? "  ok" : "  over")))
    let n = 1000
    let grid = (0..<n).map { -2 + 4 * Double($0) / Double(n - 1) }
    func rosenbrock(_ x: Double, _ y: Double) -> Double {
      let valley = y - x * x
      return (1 - x) * (1 - x) + 100 * valley * valley
    }
    let z = grid.flatMap { y in grid.map { x in rosenbrock(x, y) } }
    let contour = try Timing.best(repeats: 3) {
      let figure = Figure()
      _ = try figure.addAxes().contourf(x: grid, y: grid, z: z)
      _ = try figure.renderPNG()
    }
    print(row("1000×1000 contourf, render + PNG", Timing.ms(contour), "target ≤ 500 ms" + (contour <= 0.5 ? "  ok" : "  over")))
  }
}
