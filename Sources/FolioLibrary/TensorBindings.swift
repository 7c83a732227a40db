import FolioScript
import FolioTensor

/// The tensor API as cells see it, in PyTorch's vocabulary with Swift's casing.
enum TensorBindings {
  /// The script-facing members of `Tensor`.
  static let type: HostType = {
    let type = HostType(name: "Tensor") { object in unsafeDowncast(object, to: Tensor.self).description }
    let bind = Binder<Tensor>(type: type)

    bind.staticFunction(Bind.function("randn", .unlabelled) { (shape: [Int]) in try Tensor.randn(shape) })
    bind.staticFunction(Bind.function("zeros", .unlabelled) { (shape: [Int]) in try Tensor.zeros(shape) })

    bind.property("shape") { $0.shape }
    bind.method("matmul", .unlabelled) { (a, b: Tensor) in try a.matmul(b) }
    bind.method("sum") { $0.sum() }
    bind.method("item") { try $0.item() }
    bind.method("toArray") { $0.toArray() }

    type.infix = infix
    type.prefix = { op, object in
      op == "-" ? (-unsafeDowncast(object, to: Tensor.self)).scriptValue : nil
    }
    type.inPlace = inPlace
    return type
  }()

  /// `+ - *` between tensors, and between a tensor and a number on either side.
  private static func infix(_ op: String, _ lhs: Value, _ rhs: Value) throws -> Value? {
    switch (try? Tensor.from(lhs), try? Tensor.from(rhs), scalar(lhs), scalar(rhs)) {
    case (let a?, let b?, _, _):
      switch op {
      case "+": return try (a + b).scriptValue
      case "-": return try (a - b).scriptValue
      case "*": return try (a * b).scriptValue
      default: return nil
      }
    case (let a?, nil, _, let s?):
      switch op {
      case "+": return (a + s).scriptValue
      case "-": return (a - s).scriptValue
      case "*": return (a * s).scriptValue
      default: return nil
      }
    case (nil, let b?, let s?, _):
      switch op {
      case "+": return (s + b).scriptValue
      case "-": return (s - b).scriptValue
      case "*": return (s * b).scriptValue
      default: return nil
      }
    default:
      return nil
    }
  }

  /// `t += u`, `t -= u`, `t *= u` change `t` in place, as in PyTorch.
  private static func inPlace(_ op: String, _ object: AnyObject, _ value: Value) throws -> Bool {
    let tensor = unsafeDowncast(object, to: Tensor.self)
    let other: Tensor
    if let s = scalar(value) { other = Tensor(scalar: s).to(tensor.dtype) } else if let t = try? Tensor.from(value) { other = t } else { return false }
    switch op {
    case "+": try tensor += other
    case "-": try tensor -= other
    case "*": try tensor *= other
    default: return false
    }
    return true
  }

  private static func scalar(_ value: Value) -> Double? {
    switch value {
    case .int(let n): return Double(n)
    case .double(let d): return d
    default: return nil
    }
  }
}
