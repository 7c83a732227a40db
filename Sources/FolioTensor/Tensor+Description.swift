import Glibc

/// Tensors print as PyTorch prints them, so a tutorial's output reads the same in Folio.
///
/// PyTorch's rules, with its default print options (precision 4, summarise above 1000
/// elements keeping 3 at each edge, lines of 80 columns):
/// 1. One format is shared by all elements, chosen from the nonzero finite ones (of the
///    summarised tensor when summarising): whole numbers print as `2.`; otherwise four
///    decimals; scientific notation when the largest magnitude exceeds 1e8, the largest is
///    over 1000 times the smallest, or (for non-integers) the smallest is below 1e-4.
/// 2. Elements are right-aligned to the widest nonzero finite element.
/// 3. Rows wrap to fit 80 columns; nested dimensions are separated by one newline per level.
extension Tensor: CustomStringConvertible {
  /// The PyTorch-style printed form.
  public var description: String {
    let suffix = dtype == .float64 ? ", dtype: .float64" : ""
    if count == 0 { return "tensor([]" + (rank == 1 ? "" : ", size: \(shape)") + suffix + ")" }
    let values = toArray()
    let summarise = count > PrintOptions.threshold
    let format = ElementFormat(visibleElements(values, summarise: summarise), dtype: dtype)
    if rank == 0 { return "tensor(\(format.string(values[0]))\(suffix))" }
    let prefix = "tensor("
    return prefix + render(values, dimension: 0, offset: 0, format: format, summarise: summarise, indent: prefix.count)
      + suffix + ")"
  }

  /// The indices along a dimension of `size` that are printed; nil marks the ellipsis.
  private func shownIndices(_ size: Int, summarise: Bool) -> [Int?] {
    let edge = PrintOptions.edgeItems
    guard summarise && size > 2 * edge else { return Array(0..<size) }
    return Array(0..<edge) + [nil] + Array(size - edge..<size)
  }

  /// The elements that will be printed, in order.
  private func visibleElements(_ values: [Double], summarise: Bool) -> [Double] {
    guard summarise, rank > 0 else { return values }
    var result: [Double] = []
    func collect(_ dimension: Int, _ offset: Int) {
      let stride = shape[(dimension + 1)...].reduce(1, *)
      for case let index? in shownIndices(shape[dimension], summarise: true) {
        if dimension == rank - 1 {
          result.append(values[offset + index])
        } else {
          collect(dimension + 1, offset + index * stride)
        }
      }
    }
    collect(0, 0)
    return result
  }

  private func render(
    _ values: [Double], dimension: Int, offset: Int, format: ElementFormat, summarise: Bool, indent: Int
  ) -> String {
    let indices = shownIndices(shape[dimension], summarise: summarise)
    if dimension == rank - 1 {
      let items = indices.map { index in index.map { format.string(values[offset + $0]) } ?? " ..." }
      let perLine = Swift.max(1, (PrintOptions.lineWidth - indent) / (format.width + 2))
      let lines = stride(from: 0, to: items.count, by: perLine).map {
        items[$0..<Swift.min($0 + perLine, items.count)].joined(separator: ", ")
      }
      return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }
    let stride = shape[(dimension + 1)...].reduce(1, *)
    let rows = indices.map { index -> String in
      guard let index else { return "..." }
      return render(values, dimension: dimension + 1, offset: offset + index * stride, format: format,
                    summarise: summarise, indent: indent + 1)
    }
    let separator = "," + String(repeating: "\n", count: rank - dimension - 1) + String(repeating: " ", count: indent + 1)
    return "[" + rows.joined(separator: separator) + "]"
  }
}

/// PyTorch's default print options.
private enum PrintOptions {
  static let precision = 4
  static let threshold = 1000
  static let edgeItems = 3
  static let lineWidth = 80
}

/// The one number format all printed elements of a tensor share.
private struct ElementFormat {
  enum Style { case integer, fixed, scientific, whole, truth }
  private(set) var style = Style.integer
  /// The width elements are right-aligned to.
  private(set) var width = 1

  init(_ values: [Double], dtype: DType) {
    if dtype == .bool {
      style = .truth
      width = values.contains(1) ? (values.contains(0) ? 5 : 4) : 5
      return
    }
    if dtype == .int64 {
      style = .whole
      width = values.map { unpadded($0).count }.max() ?? 1
      return
    }
    let nonzero = values.filter { $0.isFinite && $0 != 0 }
    guard !nonzero.isEmpty else { return }
    let magnitudes = nonzero.map { Swift.abs($0) }
    let (smallest, largest) = (magnitudes.min()!, magnitudes.max()!)
    let wideRange = largest / smallest > 1000 || largest > 1e8
    if nonzero.allSatisfy({ $0 == $0.rounded(.up) }) {
      style = wideRange ? .scientific : .integer
    } else {
      style = wideRange || smallest < 1e-4 ? .scientific : .fixed
    }
    width = nonzero.map { unpadded($0).count }.max()!
  }

  func string(_ value: Double) -> String {
    let text = unpadded(value)
    return String(repeating: " ", count: max(0, width - text.count)) + text
  }

  private func unpadded(_ value: Double) -> String {
    if style == .truth { return value != 0 ? "True" : "False" }
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    switch style {
    case .whole: return String(Int64(value))
    case .truth: return value != 0 ? "True" : "False"
    case .integer: return formatted("%.0f", value) + "."
    case .fixed: return formatted("%.\(PrintOptions.precision)f", value)
    case .scientific: return formatted("%.\(PrintOptions.precision)e", value)
    }
  }

  private func formatted(_ format: String, _ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
    return String(cString: buffer)
  }
}
