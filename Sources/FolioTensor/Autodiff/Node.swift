/// One recorded operation in reverse mode's graph: the primitive and the tensors it read.
///
/// Only the result refers to its node, so the node holds no reference back to the result;
/// the reverse pass hands the result to the rules, which is what lets a recorded backward
/// pass differentiate through rules that read the result (exp's, tanh's, division's).
final class Node {
  let primitive: Primitive
  /// The operands; emptied when `backward` frees the graph.
  private(set) var inputs: [Tensor]
  /// Whether `backward` already ran through this node without `retainGraph`.
  private(set) var isReleased = false

  init(_ primitive: Primitive, _ inputs: [Tensor]) {
    self.primitive = primitive
    self.inputs = inputs
  }

  /// Drops the operands, as PyTorch frees a graph after backward.
  func release() {
    inputs = []
    isReleased = true
  }
}

/// Where operations meet automatic differentiation: every primitive's forward computation
/// goes through `record`, which attaches a graph node for reverse mode and computes the
/// tangent for forward mode when an operand is being tracked.
enum Autodiff {
  /// Above zero while a primitive computes its value or a tangent, so the operations it uses
  /// internally are not recorded a second time.
  nonisolated(unsafe) static var depth = 0

  /// Computes a primitive's value and, if any operand is tracked, records it.
  @inline(__always)
  static func record(_ primitive: Primitive, _ inputs: [Tensor], _ compute: () throws -> Tensor) throws -> Tensor {
    guard depth == 0, inputs.contains(where: { $0.requiresGrad || $0.tangent != nil }) else { return try compute() }
    depth += 1
    let output: Tensor
    do {
      output = try compute()
      depth -= 1
    } catch {
      depth -= 1
      throw error
    }
    try attach(primitive, inputs, to: output)
    return output
  }

  /// Computes the tangent and records the graph node for an output.
  private static func attach(_ primitive: Primitive, _ inputs: [Tensor], to output: Tensor) throws {
    guard output.dtype.isFloatingPoint else { return }
    if inputs.contains(where: { $0.tangent != nil }) {
      // Tangent arithmetic is neither recorded nor given tangents of its own.
      let tangents = inputs.map(\.tangent)
      let plain = inputs.map { $0.detach() }
      depth += 1
      defer { depth -= 1 }
      output.tangent = try withGradMode(false) { try primitive.jvp(plain, output.detach(), tangents) }
    }
    if GradMode.isEnabled && inputs.contains(where: \.requiresGrad) {
      output.node = Node(primitive, inputs)
      output.requiresGrad = true
    }
  }

  /// `record` for elementwise operations that cannot fail: their forward rules combine
  /// tensors of the result's own shape, so computing the tangent cannot throw either.
  @inline(__always)
  static func recordElementwise(_ primitive: Primitive, _ input: Tensor, _ compute: () -> Tensor) -> Tensor {
    // swiftlint:disable:next force_try
    try! record(primitive, [input], compute)
  }

  /// Runs `body` without recording: for operations that compute with other tensor
  /// operations before deciding how to record their result.
  static func untracked<T>(_ body: () throws -> T) rethrows -> T {
    depth += 1
    defer { depth -= 1 }
    return try body()
  }

  /// Whether an operation on `tensor` would be recorded now.
  static func isTracked(_ tensor: Tensor) -> Bool {
    depth == 0 && ((GradMode.isEnabled && tensor.requiresGrad) || tensor.tangent != nil)
  }

  /// Throws if `tensor` is tracked, for operations that have no derivative rule.
  static func requireUntracked(_ tensor: Tensor, _ operation: String) throws {
    if isTracked(tensor) {
      throw TensorError(
        "\(operation) is not differentiable; call it on t.detach() or inside noGrad { } if no gradient is needed")
    }
  }

  /// Throws if an in-place change would corrupt a graph that records `tensor`.
  static func requireInPlaceAllowed(_ tensor: Tensor, _ operation: String) throws {
    if GradMode.isEnabled && tensor.requiresGrad {
      throw TensorError(
        "\(operation): a tensor that requires grad cannot be changed in place while gradients are recorded; "
          + "do it inside noGrad { }")
    }
  }
}
