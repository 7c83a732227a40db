import FolioScript
import FolioTensor

/// Builds tensors from the nested array literals cells write: `Tensor([[1, 2], [3, 4]])`.
///
/// The dtype follows PyTorch's inference: all Bools give bool, all Ints give int64, and any
/// Double gives float32, unless a dtype is asked for.
enum TensorLiteral {
  static func tensor(_ value: Value, dtype: DType?) throws -> Tensor {
    var shape: [Int] = []
    var scalars: [Value] = []
    try collect(value, depth: 0, shape: &shape, into: &scalars)
    let inferred: DType
    if scalars.allSatisfy({ if case .bool = $0 { true } else { false } }) && !scalars.isEmpty {
      inferred = .bool
    } else if scalars.allSatisfy({ if case .int = $0 { true } else { false } }) && !scalars.isEmpty {
      inferred = .int64
    } else {
      inferred = .float32
    }
    let numbers = try scalars.map { scalar -> Double in
      switch scalar {
      case .int(let n): return Double(n)
      case .double(let d): return d
      case .bool(let b): return b ? 1 : 0
      default: throw RuntimeError("Tensor: expected numbers or Bools, got '\(scalar.typeName)'")
      }
    }
    if inferred == .int64 && (dtype == nil || dtype == .int64) {
      // Exact for every Int, which a detour through Double would not be.
      return try Tensor(shape: shape, values: scalars.map { value -> Int64 in
        guard case .int(let n) = value else { return 0 }
        return Int64(n)
      })
    }
    return try Tensor(shape: shape, values: numbers).to(dtype ?? inferred)
  }

  /// Flattens nested arrays, checking that every level is rectangular.
  private static func collect(_ value: Value, depth: Int, shape: inout [Int], into scalars: inout [Value]) throws {
    guard case .array(let items) = value else {
      if depth < shape.count {
        throw RuntimeError("Tensor: expected a nested array at dimension \(depth), got '\(value.typeName)'")
      }
      scalars.append(value)
      return
    }
    if depth == shape.count {
      guard scalars.isEmpty else {
        throw RuntimeError("Tensor: the nested arrays are not rectangular at dimension \(depth)")
      }
      shape.append(items.count)
    } else if depth > shape.count || shape[depth] != items.count {
      throw RuntimeError(
        "Tensor: expected a sequence of length \(depth < shape.count ? shape[depth] : 0) at dimension \(depth), got \(items.count)")
    }
    for item in items { try collect(item, depth: depth + 1, shape: &shape, into: &scalars) }
  }
}
