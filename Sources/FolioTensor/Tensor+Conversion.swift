/// Copies and dtype conversions.
extension Tensor {
  /// The tensor with elements of `dtype`: itself when it already has that dtype, as
  /// PyTorch's `to` returns self.
  public func to(_ dtype: DType) -> Tensor {
    dtype == self.dtype ? self : converted(to: dtype)
  }

  /// A contiguous copy with elements of `dtype`.
  func converted(to dtype: DType) -> Tensor {
    Autodiff.recordElementwise(.convert, self) { convertedElements(to: dtype) }
  }

  private func convertedElements(to dtype: DType) -> Tensor {
    switch (self.dtype, dtype) {
    case (.float32, .float32): Kernels.map(self, to: dtype) { (x: Float) in x }
    case (.float32, .float64): Kernels.map(self, to: dtype) { (x: Float) in Double(x) }
    case (.float32, .int64): Kernels.map(self, to: dtype) { (x: Float) in Int64(converting: Double(x)) }
    case (.float32, .bool): Kernels.map(self, to: dtype) { (x: Float) in x != 0 }
    case (.float64, .float32): Kernels.map(self, to: dtype) { (x: Double) in Float(x) }
    case (.float64, .float64): Kernels.map(self, to: dtype) { (x: Double) in x }
    case (.float64, .int64): Kernels.map(self, to: dtype) { (x: Double) in Int64(converting: x) }
    case (.float64, .bool): Kernels.map(self, to: dtype) { (x: Double) in x != 0 }
    case (.int64, .float32): Kernels.map(self, to: dtype) { (x: Int64) in Float(x) }
    case (.int64, .float64): Kernels.map(self, to: dtype) { (x: Int64) in Double(x) }
    case (.int64, .int64): Kernels.map(self, to: dtype) { (x: Int64) in x }
    case (.int64, .bool): Kernels.map(self, to: dtype) { (x: Int64) in x != 0 }
    case (.bool, .float32): Kernels.map(self, to: dtype) { (x: Bool) in x ? Float(1) : 0 }
    case (.bool, .float64): Kernels.map(self, to: dtype) { (x: Bool) in x ? Double(1) : 0 }
    case (.bool, .int64): Kernels.map(self, to: dtype) { (x: Bool) in x ? Int64(1) : 0 }
    case (.bool, .bool): Kernels.map(self, to: dtype) { (x: Bool) in x }
    }
  }

  /// A copy that shares no memory with this tensor.
  public func clone() -> Tensor { converted(to: dtype) }

  /// This tensor if its elements are already in row-major order, otherwise a copy that is.
  public func contiguous() -> Tensor { isContiguous ? self : clone() }

  /// A float32 copy (`t.float()` in PyTorch).
  public func float() -> Tensor { to(.float32) }
  /// A float64 copy (`t.double()`).
  public func double() -> Tensor { to(.float64) }
  /// An int64 copy, truncating toward zero (`t.long()`).
  public func long() -> Tensor { to(.int64) }
  /// A bool copy, true where nonzero (`t.bool()`).
  public func bool() -> Tensor { to(.bool) }

  /// The elements in row-major order as Swift values of `T`, which must match the dtype.
  public func elements<T: TensorElement>(_: T.Type = T.self) throws -> [T] {
    guard T.dtype == dtype else { throw TensorError("elements: the tensor holds \(dtype), not \(T.dtype)") }
    let source = contiguous()
    return Array(UnsafeBufferPointer(start: source.pointer(T.self), count: count))
  }

  /// The elements in row-major order, widened to Double.
  public func toArray() -> [Double] {
    let source = to(.float64).contiguous()
    return Array(UnsafeBufferPointer(start: source.pointer(Double.self), count: count))
  }

  /// The value of a one-element tensor as a Double, as PyTorch's `item()` returns a
  /// Python number.
  public func item() throws -> Double {
    guard count == 1 else {
      throw TensorError("item(): a tensor with \(count) elements cannot be converted to a scalar")
    }
    return element(at: 0)
  }

  /// Where the element at a flat row-major position lies in storage.
  func storageIndex(ofFlat flat: Int) -> Int {
    var rest = flat
    var position = offset
    for axis in stride(from: rank - 1, through: 0, by: -1) {
      position += (rest % shape[axis]) * strides[axis]
      rest /= shape[axis]
    }
    return position
  }

  /// The element at a flat row-major position, widened to Double.
  func element(at flat: Int) -> Double {
    let position = storageIndex(ofFlat: flat)
    let base = storage.base
    switch dtype {
    case .float32: return Double(base.assumingMemoryBound(to: Float.self)[position])
    case .float64: return base.assumingMemoryBound(to: Double.self)[position]
    case .int64: return Double(base.assumingMemoryBound(to: Int64.self)[position])
    case .bool: return base.assumingMemoryBound(to: Bool.self)[position] ? 1 : 0
    }
  }
}
