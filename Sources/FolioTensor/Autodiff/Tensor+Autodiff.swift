/// Reverse mode as PyTorch offers it: `requireGrad()`, `backward()`, `.grad`, `detach()`, and
/// `Tensor.grad(of:wrt:)` for gradients that can be differentiated again.
extension Tensor {
  /// Marks this leaf tensor for gradients (`requires_grad_()`), returning it.
  @discardableResult
  public func requireGrad(_ enabled: Bool = true) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw TensorError("requireGrad: only float32 and float64 tensors can have gradients, not \(dtype)")
    }
    guard node == nil else {
      throw TensorError("requireGrad: only leaf tensors can be marked; this one was computed (use detach() first)")
    }
    requiresGrad = enabled
    return self
  }

  /// The same values, sharing memory, but outside every graph and without a tangent.
  public func detach() -> Tensor { view(shape: shape, strides: strides) }

  /// Whether this tensor was computed by a recorded operation rather than created.
  public var isLeaf: Bool { node == nil }

  /// Calls `hook` with this tensor's gradient whenever a backward pass reaches it
  /// (`register_hook`): with the layer's input kept from the forward pass, this is what
  /// curvature methods such as KFAC read.
  public func registerHook(_ hook: @escaping (Tensor) throws -> Void) throws {
    guard requiresGrad else { throw TensorError("registerHook: the tensor does not require grad, so no gradient will reach it") }
    hooks.append(hook)
  }

  /// Keeps this computed tensor's gradient in `.grad` after `backward()`, as a leaf's is.
  public func retainGrad() throws {
    guard requiresGrad else { throw TensorError("retainGrad: the tensor does not require grad") }
    retainsGrad = true
  }

  /// Accumulates the gradient of this tensor into `.grad` of every leaf that requires it.
  ///
  /// A scalar needs no `gradient`; otherwise `gradient` (of this tensor's shape) seeds the pass,
  /// as in PyTorch. The graph is freed afterwards unless `retainGraph`; with `createGraph` the
  /// pass itself is recorded, so the gradients can be differentiated again.
  public func backward(gradient: Tensor? = nil, retainGraph: Bool = false, createGraph: Bool = false) throws {
    let seed = try Tensor.seed(for: self, gradient)
    try Backpropagation.run(
      roots: [(self, seed)], retainGraph: retainGraph || createGraph, createGraph: createGraph, deliverRetained: true
    ) { leaf, g in
      let contribution = createGraph ? g : g.detach()
      leaf.grad = try leaf.grad.map { try $0 + contribution } ?? contribution
    }
  }

  /// The gradients of `outputs` with respect to `inputs`, without touching `.grad`
  /// (`torch.autograd.grad`). Inputs the outputs do not depend on get zeros.
  public static func grad(
    of outputs: [Tensor], wrt inputs: [Tensor], gradOutputs: [Tensor]? = nil, retainGraph: Bool = false,
    createGraph: Bool = false
  ) throws -> [Tensor] {
    guard gradOutputs == nil || gradOutputs!.count == outputs.count else {
      throw TensorError("grad: \(outputs.count) outputs but \(gradOutputs!.count) gradOutputs")
    }
    let roots = try outputs.indices.map { (outputs[$0], try seed(for: outputs[$0], gradOutputs?[$0])) }
    let wanted = Set(inputs.map(ObjectIdentifier.init))
    var found: [ObjectIdentifier: Tensor] = [:]
    try Backpropagation.run(
      roots: roots, retainGraph: retainGraph || createGraph, createGraph: createGraph, stopAt: wanted
    ) { tensor, g in
      let id = ObjectIdentifier(tensor)
      found[id] = try found[id].map { try $0 + g } ?? g
    }
    return inputs.map { input in
      let g = found[ObjectIdentifier(input)] ?? input.zerosLike()
      guard !createGraph else { return g }
      // Out of the reverse graph, but a forward-mode tangent stays: that is how jvp of grad
      // gives a Hessian-vector product.
      let detached = g.detach()
      detached.tangent = g.tangent
      return detached
    }
  }

  /// The gradient a pass starts from: ones for a scalar, or the given tensor.
  private static func seed(for output: Tensor, _ gradient: Tensor?) throws -> Tensor {
    guard output.requiresGrad else {
      throw TensorError(
        "backward: the tensor does not require grad; mark an input with requireGrad() (or requiresGrad: true)")
    }
    if let gradient {
      guard gradient.shape == output.shape else {
        throw TensorError("backward: gradient of shape \(gradient.shape) does not match the output's shape \(output.shape)")
      }
      return gradient.to(output.dtype)
    }
    guard output.count == 1 else {
      throw TensorError("backward: the output has shape \(output.shape); pass gradient: for a non-scalar output")
    }
    return try output.onesLike()
  }
}

/// The reverse pass: visits the graph in reverse topological order, applying each primitive's
/// reverse rule and summing the cotangents that meet at a tensor.
enum Backpropagation {
  /// Runs the pass from `roots` and calls `deliver` with each leaf (or each tensor in
  /// `stopAt`) and its total cotangent.
  ///
  /// With `deliverRetained`, computed tensors that asked to `retainGrad()` are delivered too.
  static func run(
    roots: [(Tensor, Tensor)], retainGraph: Bool, createGraph: Bool, stopAt: Set<ObjectIdentifier>? = nil,
    deliverRetained: Bool = false, deliver: (Tensor, Tensor) throws -> Void
  ) throws {
    let order = try topologicalOrder(roots.map(\.0), stopAt: stopAt)
    var cotangents: [ObjectIdentifier: Tensor] = [:]
    for (root, seed) in roots {
      let id = ObjectIdentifier(root)
      cotangents[id] = try cotangents[id].map { try $0 + seed } ?? seed
    }
    try withGradMode(createGraph) {
      for tensor in order.reversed() {
        let id = ObjectIdentifier(tensor)
        guard let g = cotangents.removeValue(forKey: id) else { continue }
        for hook in tensor.hooks { try hook(g) }
        let stops = stopAt?.contains(id) ?? false
        if deliverRetained && tensor.retainsGrad && tensor.node != nil { try deliver(tensor, g) }
        if stops || tensor.node == nil {
          if stops || tensor.requiresGrad { try deliver(tensor, g) }
          if stops { continue }
        }
        guard let node = tensor.node, !node.isReleased else { continue }
        let needs = node.inputs.map(\.requiresGrad)
        let grads = try node.primitive.vjp(node.inputs, tensor, g, needs: needs)
        for (input, grad) in zip(node.inputs, grads) where input.requiresGrad {
          guard let grad else { continue }
          let key = ObjectIdentifier(input)
          cotangents[key] = try cotangents[key].map { try $0 + grad } ?? grad
        }
      }
    }
    if !retainGraph {
      for tensor in order { tensor.node?.release() }
    }
  }

  /// Every tracked tensor the roots depend on, each after all of its inputs.
  private static func topologicalOrder(_ roots: [Tensor], stopAt: Set<ObjectIdentifier>?) throws -> [Tensor] {
    var order: [Tensor] = []
    var visited: Set<ObjectIdentifier> = []
    // An explicit stack: graphs from long training loops are deeper than the native stack.
    var stack: [(Tensor, Bool)] = roots.map { ($0, false) }
    while let (tensor, expanded) = stack.popLast() {
      let id = ObjectIdentifier(tensor)
      if expanded {
        order.append(tensor)
        continue
      }
      guard visited.insert(id).inserted else { continue }
      stack.append((tensor, true))
      guard let node = tensor.node, !(stopAt?.contains(id) ?? false) else { continue }
      if node.isReleased {
        throw TensorError(
          "backward: this graph was already freed by an earlier backward(); pass retainGraph: true to the first one")
      }
      for input in node.inputs where input.requiresGrad && !visited.contains(ObjectIdentifier(input)) {
        stack.append((input, false))
      }
    }
    return order
  }
}
