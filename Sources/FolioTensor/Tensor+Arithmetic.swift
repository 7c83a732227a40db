/// Elementwise arithmetic with NumPy broadcasting, and scalars on either side.
extension Tensor {
  /// `a + b`, broadcasting the shapes.
  public static func + (a: Tensor, b: Tensor) throws -> Tensor { try zip(a, b, "add", +) }
  /// `a - b`, broadcasting the shapes.
  public static func - (a: Tensor, b: Tensor) throws -> Tensor { try zip(a, b, "sub", -) }
  /// `a * b` elementwise (not matrix multiplication), broadcasting the shapes.
  public static func * (a: Tensor, b: Tensor) throws -> Tensor { try zip(a, b, "mul", *) }

  /// `t + s` for a scalar `s`.
  public static func + (t: Tensor, s: Float) -> Tensor { t.map { $0 + s } }
  /// `s + t` for a scalar `s`.
  public static func + (s: Float, t: Tensor) -> Tensor { t.map { s + $0 } }
  /// `t - s` for a scalar `s`.
  public static func - (t: Tensor, s: Float) -> Tensor { t.map { $0 - s } }
  /// `s - t` for a scalar `s`.
  public static func - (s: Float, t: Tensor) -> Tensor { t.map { s - $0 } }
  /// `t * s` for a scalar `s`.
  public static func * (t: Tensor, s: Float) -> Tensor { t.map { $0 * s } }
  /// `s * t` for a scalar `s`.
  public static func * (s: Float, t: Tensor) -> Tensor { t.map { s * $0 } }
  /// `-t`.
  public static prefix func - (t: Tensor) -> Tensor { t.map { -$0 } }

  /// `t += u` in place, as PyTorch's `t += u`: `u` must broadcast to `t`'s shape.
  public static func += (t: Tensor, u: Tensor) throws { try t.update(with: u, "add_", +) }
  /// `t -= u` in place.
  public static func -= (t: Tensor, u: Tensor) throws { try t.update(with: u, "sub_", -) }
  /// `t *= u` in place.
  public static func *= (t: Tensor, u: Tensor) throws { try t.update(with: u, "mul_", *) }

  /// Applies `transform` to every element.
  func map(_ transform: (Float) -> Float) -> Tensor {
    Tensor(unchecked: shape, storage.map(transform))
  }

  /// Combines two tensors elementwise after broadcasting them to a common shape.
  static func zip(_ a: Tensor, _ b: Tensor, _ operation: String, _ combine: (Float, Float) -> Float) throws -> Tensor {
    if a.shape == b.shape {
      // The common case, one tight loop without index arithmetic.
      return a.storage.withUnsafeBufferPointer { x in
        b.storage.withUnsafeBufferPointer { y in
          Tensor(unchecked: a.shape, [Float](unsafeUninitializedCapacity: x.count) { out, initialized in
            for i in 0..<x.count { out[i] = combine(x[i], y[i]) }
            initialized = x.count
          })
        }
      }
    }
    let shape = try Broadcasting.shape(a.shape, b.shape, operation: operation)
    let result = try Tensor(shape: shape, elements: [Float](repeating: 0, count: try elementCount(shape)))
    let aStrides = Broadcasting.strides(of: a.shape, broadcastTo: shape)
    let bStrides = Broadcasting.strides(of: b.shape, broadcastTo: shape)
    result.storage.withUnsafeMutableBufferPointer { out in
      forEachIndex(shape, aStrides, bStrides) { i, ai, bi in out[i] = combine(a.storage[ai], b.storage[bi]) }
    }
    return result
  }

  /// Replaces each element with `combine(element, u's broadcast element)`.
  func update(with u: Tensor, _ operation: String, _ combine: (Float, Float) -> Float) throws {
    let target = try Broadcasting.shape(shape, u.shape, operation: operation)
    guard target == shape else {
      throw TensorError("\(operation): cannot update a tensor of shape \(shape) in place with shape \(u.shape)")
    }
    let uStrides = Broadcasting.strides(of: u.shape, broadcastTo: shape)
    let ownStrides = Broadcasting.strides(of: shape, broadcastTo: shape)
    let source = u.storage
    storage.withUnsafeMutableBufferPointer { out in
      Tensor.forEachIndex(shape, ownStrides, uStrides) { i, _, ui in out[i] = combine(out[i], source[ui]) }
    }
  }

  /// Visits every position of `shape` in row-major order with the flat offsets that two
  /// strided operands have there.
  static func forEachIndex(_ shape: [Int], _ aStrides: [Int], _ bStrides: [Int], _ body: (Int, Int, Int) -> Void) {
    let count = shape.reduce(1, *)
    guard count > 0 else { return }
    var index = [Int](repeating: 0, count: shape.count)
    var aOffset = 0
    var bOffset = 0
    for flat in 0..<count {
      body(flat, aOffset, bOffset)
      // Advance the multi-index like an odometer, keeping both offsets in step.
      var axis = shape.count - 1
      while axis >= 0 {
        index[axis] += 1
        aOffset += aStrides[axis]
        bOffset += bStrides[axis]
        if index[axis] < shape[axis] { break }
        aOffset -= aStrides[axis] * shape[axis]
        bOffset -= bStrides[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
    }
  }
}
