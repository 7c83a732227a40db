/// The tensor a reduction reads, arranged as contiguous rows: every reduced dimension moved
/// to the end and merged, so each output element is the reduction of one row.
struct ReductionLayout {
  /// `[rowCount, rowLength]` in row-major order.
  let rows: Tensor
  let rowCount: Int
  let rowLength: Int
  /// The shape of the result.
  let outputShape: [Int]

  /// Arranges `tensor` for reducing `dims` (all dimensions when nil).
  init(_ tensor: Tensor, dims: [Int]?, keepDim: Bool, _ operation: String) throws {
    let reduced = try ReductionLayout.axes(tensor, dims, operation)
    let kept = (0..<tensor.rank).filter { !reduced.contains($0) }
    rowLength = reduced.reduce(1) { $0 * tensor.shape[$1] }
    rowCount = kept.reduce(1) { $0 * tensor.shape[$1] }
    outputShape = keepDim
      ? tensor.shape.indices.map { reduced.contains($0) ? 1 : tensor.shape[$0] } : kept.map { tensor.shape[$0] }
    let permuted = try tensor.permute(kept + reduced)
    rows = permuted.contiguous()
  }

  /// The sorted, distinct, non-negative dimensions named by `dims`.
  static func axes(_ tensor: Tensor, _ dims: [Int]?, _ operation: String) throws -> [Int] {
    guard let dims else { return Array(0..<tensor.rank) }
    let axes = try dims.map { try tensor.axis($0, operation) }
    guard Set(axes).count == axes.count else { throw TensorError("\(operation): dimension repeated in \(dims)") }
    return tensor.rank == 0 ? [] : axes.sorted()
  }

  /// A tensor shaped like the moved input (`[kept…, reduced…]`) put back in the input's
  /// dimension order: how softmax and cumsum, which keep every element, return their result.
  static func restore(_ moved: Tensor, dim: Int, rank: Int) throws -> Tensor {
    guard dim != rank - 1, rank > 1 else { return moved }
    var order = Array(0..<(rank - 1))
    order.insert(rank - 1, at: dim)
    return try moved.permute(order).contiguous()
  }
}
