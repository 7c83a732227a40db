/// Counts of values in bins, computed the way `numpy.histogram` does.
public struct Histogram: Equatable, Sendable {
  /// The number of values in each bin, or the probability density when asked for.
  public let counts: [Double]
  /// The bin edges, one more than `counts`, ascending.
  public let edges: [Double]

  /// Bins `values` into `bins` equal bins spanning `range`, by default the values' minimum and
  /// maximum (widened by ±0.5 when they are equal), as `numpy.histogram(values, bins, range)`.
  /// - Parameter density: divide counts by the total and the bin width, so the bars' area is 1.
  /// - Throws: `PlotError` if `bins` is below 1, `range` is reversed or not finite, or no range
  ///   is given and a value is not finite.
  public init(_ values: [Double], bins: Int = 10, range: ClosedRange<Double>? = nil, density: Bool = false) throws {
    guard bins >= 1 else {
      throw PlotError("A histogram needs at least 1 bin, but bins is \(bins).")
    }
    var low = 0.0
    var high = 1.0
    if let range {
      guard range.lowerBound.isFinite, range.upperBound.isFinite else {
        throw PlotError("The histogram range must be finite, but it is \(range).")
      }
      (low, high) = (range.lowerBound, range.upperBound)
    } else if let minimum = values.min(), let maximum = values.max() {
      if let bad = values.firstIndex(where: { !$0.isFinite }) {
        throw PlotError("The histogram's range cannot be found from data containing \(values[bad]) (at index \(bad)); remove it or give a range.")
      }
      (low, high) = (minimum, maximum)
    }
    // numpy bins an empty array over 0...1 and widens a single value by ±0.5.
    if low == high {
      low -= 0.5
      high += 0.5
    }
    self.init(values, edges: Histogram.linspace(low, high, count: bins + 1), density: density, uniform: true)
  }

  /// Bins `values` between explicit `edges`: each bin includes its left edge and the last also
  /// its right edge; values outside (and NaN) are not counted.
  /// - Throws: `PlotError` unless there are at least two finite, increasing edges.
  public init(_ values: [Double], edges: [Double], density: Bool = false) throws {
    guard edges.count >= 2 else {
      throw PlotError("Histogram edges need at least two values, but \(edges.count) were given.")
    }
    guard edges.allSatisfy(\.isFinite), zip(edges, edges.dropFirst()).allSatisfy({ $0 <= $1 }) else {
      throw PlotError("Histogram edges must be finite and increase monotonically.")
    }
    self.init(values, edges: edges, density: density, uniform: false)
  }

  private init(_ values: [Double], edges: [Double], density: Bool, uniform: Bool) {
    let binCount = edges.count - 1
    var counts = [Double](repeating: 0, count: binCount)
    let first = edges[0]
    let last = edges[binCount]
    for value in values where value >= first && value <= last {
      var bin: Int
      if uniform {
        // numpy's fast path: scale into the bins, then correct for rounding against the edges.
        bin = min(Int((value - first) * (Double(binCount) / (last - first))), binCount - 1)
        if value < edges[bin] {
          bin -= 1
        } else if bin < binCount - 1, value >= edges[bin + 1] {
          bin += 1
        }
      } else {
        bin = Histogram.lastEdge(atMost: value, in: edges)
      }
      counts[min(bin, binCount - 1)] += 1
    }
    if density {
      let total = counts.reduce(0, +)
      counts = counts.indices.map { counts[$0] / total / (edges[$0 + 1] - edges[$0]) }
    }
    self.counts = counts
    self.edges = edges
  }

  /// The index of the last edge at or below `value` (numpy's `searchsorted(side='right') - 1`).
  private static func lastEdge(atMost value: Double, in edges: [Double]) -> Int {
    var low = 0
    var high = edges.count
    while low < high {
      let middle = (low + high) / 2
      if edges[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low - 1
  }

  /// `numpy.linspace(start, stop, count)`: start + i × step, with the last value exactly `stop`.
  private static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
    let step = (stop - start) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? stop : start + Double($0) * step }
  }
}

extension Axes {
  /// Draws a histogram of `values` in `bins` equal bins, like matplotlib's `hist`.
  /// - Parameters:
  ///   - bins: the number of bins (matplotlib's default 10).
  ///   - range: the span to bin; by default the values' minimum to maximum.
  ///   - density: scale bars so their total area is 1.
  ///   - color: fill colour; nil takes the axes' next patch cycle colour.
  ///   - alpha: opacity from 0 to 1.
  ///   - label: a name for a legend entry.
  /// - Returns: the counts (or densities) and bin edges, as `hist` returns them.
  /// - Throws: `PlotError` for no values, bad bins or range, or an alpha outside 0...1.
  @discardableResult
  public func hist(_ values: [Double], bins: Int = 10, range: ClosedRange<Double>? = nil, density: Bool = false,
                   color: Color? = nil, alpha: Double = 1, label: String? = nil) throws -> Histogram {
    guard !values.isEmpty else {
      throw PlotError("hist needs at least one value, but the data is empty.")
    }
    let histogram = try Histogram(values, bins: bins, range: range, density: density)
    try addHistogram(histogram, color: color, alpha: alpha, label: label)
    return histogram
  }

  /// Draws a histogram of `values` between explicit bin `edges`, like `hist(values, bins=edges)`.
  /// - Returns: the counts (or densities) and the edges.
  /// - Throws: `PlotError` for no values, fewer than two or non-increasing edges, or a bad alpha.
  @discardableResult
  public func hist(_ values: [Double], edges: [Double], density: Bool = false,
                   color: Color? = nil, alpha: Double = 1, label: String? = nil) throws -> Histogram {
    guard !values.isEmpty else {
      throw PlotError("hist needs at least one value, but the data is empty.")
    }
    let histogram = try Histogram(values, edges: edges, density: density)
    try addHistogram(histogram, color: color, alpha: alpha, label: label)
    return histogram
  }

  /// Adds the bars of a histogram: one per bin, edge to edge with no gaps.
  private func addHistogram(_ histogram: Histogram, color: Color?, alpha: Double, label: String?) throws {
    guard alpha.isFinite, (0...1).contains(alpha) else {
      throw PlotError("alpha must be between 0 and 1, but it is \(alpha).")
    }
    // matplotlib's hist takes its colour from the line cycle, unlike bar.
    let base = color ?? nextCycleColor()
    let edges = histogram.edges
    add(Bars(lefts: Array(edges.dropLast()), widths: zip(edges, edges.dropFirst()).map { $1 - $0 },
             heights: histogram.counts, color: Color(red: base.red, green: base.green, blue: base.blue, alpha: base.alpha * alpha),
             label: label, tookCycleColor: false))
  }
}
