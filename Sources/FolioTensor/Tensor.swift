/// An n-dimensional array of 32-bit floats in row-major order.
///
/// Tensors are reference types, as in PyTorch: `let b = a` names the same tensor, and the
/// in-place operators change it for every name.
public final class Tensor {
  /// The size of each dimension; empty for a scalar.
  public let shape: [Int]
  /// The elements in row-major order.
  public internal(set) var storage: [Float]

  /// Creates a tensor of `shape` holding `elements` in row-major order.
  public init(shape: [Int], elements: [Float]) throws {
    guard shape.allSatisfy({ $0 >= 0 }) else { throw TensorError("shape \(shape) has a negative dimension") }
    let count = shape.reduce(1, *)
    guard count == elements.count else {
      throw TensorError("shape \(shape) needs \(count) elements, but \(elements.count) were given")
    }
    self.shape = shape
    self.storage = elements
  }

  /// Creates a tensor without checking; callers guarantee `elements.count` matches `shape`.
  init(unchecked shape: [Int], _ elements: [Float]) {
    self.shape = shape
    self.storage = elements
  }

  /// A scalar (zero-dimensional) tensor.
  public convenience init(_ value: Float) {
    self.init(unchecked: [], [value])
  }

  /// The number of elements.
  public var count: Int { storage.count }

  /// The number of dimensions.
  public var rank: Int { shape.count }

  /// A tensor of zeros.
  public static func zeros(_ shape: [Int]) throws -> Tensor {
    try Tensor(shape: shape, elements: [Float](repeating: 0, count: elementCount(shape)))
  }

  /// The value of a one-element tensor, widened to Double as PyTorch's `item()` returns a
  /// Python float.
  public func item() throws -> Double {
    guard count == 1 else {
      throw TensorError("item(): a tensor with \(count) elements cannot be converted to a scalar")
    }
    return Double(storage[0])
  }

  /// The elements as a flat array, widened to Double.
  public func toArray() -> [Double] {
    storage.map(Double.init)
  }

  static func elementCount(_ shape: [Int]) throws -> Int {
    guard shape.allSatisfy({ $0 >= 0 }) else { throw TensorError("shape \(shape) has a negative dimension") }
    let (count, overflow) = shape.reduce((1, false)) { acc, n in
      let (product, o) = acc.0.multipliedReportingOverflow(by: n)
      return (product, acc.1 || o)
    }
    guard !overflow else { throw TensorError("shape \(shape) has too many elements") }
    return count
  }
}
