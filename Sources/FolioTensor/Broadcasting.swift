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

  /// The strides with which to read an operand of `shape` as if it had `target` shape:
  /// broadcast dimensions get stride 0, so the same element is read again.
  static func strides(of shape: [Int], broadcastTo target: [Int]) -> [Int] {
    var strides = [Int](repeating: 0, count: target.count)
    var step = 1
    for axis in (0..<shape.count).reversed() {
      let targetAxis = axis + target.count - shape.count
      strides[targetAxis] = shape[axis] == 1 ? 0 : step
      step *= shape[axis]
    }
    return strides
  }
}
