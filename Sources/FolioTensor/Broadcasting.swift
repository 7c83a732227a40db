/// NumPy's broadcasting rule: align shapes at the right; each pair of sizes must be equal or
/// one of them 1.
enum Broadcasting {
  /// The shape two operands broadcast to, or an error naming the operation and both shapes.
  static func shape(_ a: [Int], _ b: [Int], operation: String) throws -> [Int] {
    let rank = max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for axis in 0..<rank {
      let x = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
      let y = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
      guard x == y || x == 1 || y == 1 else { throw TensorError.shapeMismatch(operation, a, b) }
      result[axis] = x == 1 ? y : x
    }
    return result
  }

  /// The strides with which to read `tensor` as if it had the `target` shape: broadcast
  /// dimensions get stride 0, so the same element is read again.
  static func strides(of tensor: Tensor, to target: [Int]) -> [Int] {
    var strides = [Int](repeating: 0, count: target.count)
    let lead = target.count - tensor.rank
    for axis in 0..<tensor.rank where tensor.shape[axis] != 1 {
      strides[lead + axis] = tensor.strides[axis]
    }
    return strides
  }
}
