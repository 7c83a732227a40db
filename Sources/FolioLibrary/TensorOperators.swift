import FolioScript
import FolioTensor

/// Operators and subscripts on tensors: `a + b`, `2 * t`, `h < 0`, `w -= lr * g`, `t[i, 1..<3]`,
/// `grad[h < 0] = 0`.
enum TensorOperators {
  static func install(on type: HostType) {
    type.infix = infix
    type.prefix = { op, object in op == "-" ? (-unsafeDowncast(object, to: Tensor.self)).scriptValue : nil }
    type.inPlace = inPlace
    type.subscriptGet = { object, positions in
      try unsafeDowncast(object, to: Tensor.self).index(indices(positions)).scriptValue
    }
    type.subscriptSet = { object, positions, value in
      let tensor = unsafeDowncast(object, to: Tensor.self)
      try tensor.indexPut(indices(positions), operand(value, like: tensor))
    }
  }

  /// A tensor operand, or a number as a zero-dimensional tensor that does not widen `like`'s
  /// dtype (a Double scalar keeps a float32 tensor float32, as a Python float does).
  static func operand(_ value: Value, like tensor: Tensor) throws -> Tensor {
    switch value {
    case .int(let n): return Tensor.scalar(n, for: tensor)
    case .double(let d): return Tensor.scalar(d, for: tensor)
    case .bool(let b): return Tensor(scalar: b)
    default: return try Tensor.from(value)
    }
  }

  private static func infix(_ op: String, _ lhs: Value, _ rhs: Value) throws -> Value? {
    let left = try? Tensor.from(lhs)
    let right = try? Tensor.from(rhs)
    guard let anchor = left ?? right else { return nil }
    guard let a = left ?? (try? operand(lhs, like: anchor)), let b = right ?? (try? operand(rhs, like: anchor)) else {
      return nil
    }
    switch op {
    case "+": return try (a + b).scriptValue
    case "-": return try (a - b).scriptValue
    case "*": return try (a * b).scriptValue
    case "/": return try (a / b).scriptValue
    case "<": return try (a < b).scriptValue
    case "<=": return try (a <= b).scriptValue
    case ">": return try (a > b).scriptValue
    case ">=": return try (a >= b).scriptValue
    case "==": return try a.eq(b).scriptValue
    case "!=": return try a.ne(b).scriptValue
    default: return nil
    }
  }

  /// `t += u`, `t -= u`, `t *= u`, `t /= u` change `t` in place, as in PyTorch.
  private static func inPlace(_ op: String, _ object: AnyObject, _ value: Value) throws -> Bool {
    let tensor = unsafeDowncast(object, to: Tensor.self)
    guard let other = try? operand(value, like: tensor) else { return false }
    switch op {
    case "+": try tensor += other
    case "-": try tensor -= other
    case "*": try tensor *= other
    case "/": try tensor /= other
    default: return false
    }
    return true
  }

  /// Converts subscript arguments: Ints, ranges (`1..<3`, `2...`, `..<5`), tensors of indices
  /// or masks, and the markers `.newAxis` and `.ellipsis`.
  static func indices(_ positions: [Value]) throws -> [TensorIndex] {
    try positions.map { position in
      switch position {
      case .int(let i): return .at(i)
      case .range(let range):
        let lower = try bound(range.lower)
        var upper = try bound(range.upper)
        if range.isClosed, let u = upper { upper = u == -1 ? nil : u + 1 }
        return .range(lower, upper, step: 1)
      case .object(let object):
        if let marker = object.object as? IndexMarker { return marker.index }
        if let tensor = object.object as? Tensor { return .tensor(tensor) }
        throw RuntimeError("a tensor cannot be indexed with '\(position.typeName)'")
      case .array:
        return .tensor(try TensorLiteral.tensor(position, dtype: nil))
      default:
        throw RuntimeError("a tensor cannot be indexed with '\(position.typeName)'")
      }
    }
  }

  private static func bound(_ value: Value) throws -> Int? {
    switch value {
    case .none: return nil
    case .int(let n): return n
    default: throw RuntimeError("range bounds in a tensor subscript must be Ints, got '\(value.typeName)'")
    }
  }
}
