/// An n-dimensional array of numbers, possibly a view into another tensor's memory.
///
/// Tensors are reference types, as in PyTorch: `let b = a` names the same tensor, and the
/// in-place operators change it for every name. Views (reshape, transpose, slices, expand)
/// share memory with the tensor they came from, as NumPy's and PyTorch's do.
public final class Tensor {
  /// The element type.
  public let dtype: DType
  /// The size of each dimension; empty for a scalar.
  public let shape: [Int]
  /// How many elements to step in memory to move one place along each dimension.
  public let strides: [Int]
  /// The number of elements.
  public let count: Int
  /// Where element [0, 0, …] lies in `storage`, in elements.
  let offset: Int
  let storage: TensorStorage

  /// Whether reverse mode tracks this tensor: set on leaves by `requireGrad()`, and on every
  /// result computed from a tracked tensor while gradients are enabled.
  public internal(set) var requiresGrad = false
  /// The gradient `backward()` accumulated into this leaf.
  public var grad: Tensor?
  /// The operation that produced this tensor, for reverse mode; nil for leaves.
  var node: Node?
  /// The directional derivative carried through forward mode (`jvp`).
  var tangent: Tensor?
  /// Called with this tensor's gradient when a backward pass reaches it.
  var hooks: [(Tensor) throws -> Void] = []
  /// Whether `backward` keeps this computed tensor's gradient in `.grad`, as leaves do.
  var retainsGrad = false

  /// A view of `storage`; callers guarantee every reachable element lies inside it.
  init(storage: TensorStorage, dtype: DType, shape: [Int], strides: [Int], offset: Int) {
    self.storage = storage
    self.dtype = dtype
    self.shape = shape
    self.strides = strides
    self.offset = offset
    var count = 1
    for size in shape { count &*= size }
    self.count = count
  }

  /// A new contiguous tensor whose elements are not yet written (or zero, if `zeroed`).
  init(empty shape: [Int], dtype: DType, zeroed: Bool = false) {
    var count = 1
    for size in shape { count &*= size }
    self.storage = TensorStorage(byteCount: count * dtype.byteSize, zeroed: zeroed)
    self.dtype = dtype
    self.shape = shape
    self.strides = Tensor.contiguousStrides(shape)
    self.offset = 0
    self.count = count
  }

  /// Creates a tensor of `shape` holding `elements` in row-major order; the dtype follows the
  /// element type (Float → float32, Double → float64, Int64 → int64, Bool → bool).
  public convenience init<T: TensorElement>(shape: [Int], values elements: [T]) throws {
    let count = try Tensor.elementCount(shape)
    guard count == elements.count else {
      throw TensorError("shape \(shape) needs \(count) elements, but \(elements.count) were given")
    }
    self.init(empty: shape, dtype: T.dtype)
    elements.withUnsafeBufferPointer { source in
      pointer(T.self).update(from: source.baseAddress!, count: count)
    }
  }

  /// Creates a tensor of `shape` whose elements `initialize` writes in row-major order, with
  /// no intermediate array (a 60,000-image dataset would otherwise be held twice).
  public convenience init<T: TensorElement>(
    shape: [Int], initializingWith initialize: (UnsafeMutableBufferPointer<T>) throws -> Void
  ) throws {
    let count = try Tensor.elementCount(shape)
    self.init(empty: shape, dtype: T.dtype)
    try initialize(UnsafeMutableBufferPointer(start: pointer(T.self), count: count))
  }

  /// Creates a float32 tensor of `shape` holding `elements` in row-major order.
  public convenience init(shape: [Int], elements: [Float]) throws {
    try self.init(shape: shape, values: elements)
  }

  /// A zero-dimensional tensor holding one value.
  public convenience init<T: TensorElement>(scalar value: T) {
    self.init(empty: [], dtype: T.dtype)
    pointer(T.self).pointee = value
  }

  /// A float32 scalar tensor.
  public convenience init(_ value: Float) { self.init(scalar: value) }

  /// The number of dimensions.
  public var rank: Int { shape.count }

  /// Whether the elements lie in memory in row-major order without gaps.
  public var isContiguous: Bool {
    var expected = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) where shape[axis] != 1 {
      if strides[axis] != expected { return false }
      expected *= shape[axis]
    }
    return true
  }

  /// Whether this tensor and `other` read from the same memory.
  public func sharesStorage(with other: Tensor) -> Bool { storage === other.storage }

  /// A typed pointer to element [0, 0, …]; `T` must match the dtype.
  func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
    storage.base.assumingMemoryBound(to: T.self) + offset
  }

  /// The row-major strides of `shape`.
  static func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[axis] = step
      step *= Swift.max(shape[axis], 1)
    }
    return strides
  }

  /// The number of elements of `shape`, or an error for negative sizes and overflow.
  static func elementCount(_ shape: [Int]) throws -> Int {
    guard shape.allSatisfy({ $0 >= 0 }) else { throw TensorError("shape \(shape) has a negative dimension") }
    var count = 1
    for size in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      guard !overflow, product <= 1 << 40 else { throw TensorError("shape \(shape) has too many elements") }
      count = product
    }
    return count
  }

  /// Normalises a possibly negative dimension, or throws naming the operation.
  /// The length of dimension `dim`, which may count from the end (`size(-1)`).
  public func size(_ dim: Int) throws -> Int {
    guard rank > 0 else { throw TensorError("size: a zero-dimensional tensor has no dimension \(dim)") }
    return shape[try axis(dim, "size")]
  }

  func axis(_ dim: Int, _ operation: String, rank: Int? = nil) throws -> Int {
    let rank = rank ?? self.rank
    let range = rank == 0 ? -1...0 : -rank...(rank - 1)
    guard range.contains(dim) else {
      throw TensorError(
        "\(operation): dimension \(dim) is out of range for a tensor of \(self.rank) dimensions "
          + "(expected \(range.lowerBound) to \(range.upperBound))")
    }
    return dim < 0 ? dim + Swift.max(rank, 1) : dim
  }
}
