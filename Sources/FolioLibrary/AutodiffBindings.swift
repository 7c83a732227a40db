import FolioNN
import FolioScript
import FolioTensor

/// Automatic differentiation as cells see it: PyTorch's `requireGrad()`, `backward()`, `.grad`
/// and `noGrad { }`, and the functional transforms `grad`, `valueAndGrad`, `jvp`, `vjp` and
/// `hvp` applied to a cell's closures.
enum AutodiffBindings {
  /// Adds the tensor members.
  static func install(_ bind: Binder<Tensor>) {
    bind.method("requireGrad", .unlabelled(default: true)) { (t, enabled: Bool) in try t.requireGrad(enabled) }
    bind.property("requiresGrad") { $0.requiresGrad }
    bind.property("grad") { $0.grad }
    bind.property("isLeaf") { $0.isLeaf }
    bind.method("detach") { $0.detach() }
    bind.method("retainGrad") { t in
      try t.retainGrad()
      return Nothing()
    }
    bind.type.methods["registerHook"] = Bind.make("registerHook", [Signature.Parameter(nil)]) { context, args, _ in
      guard case .object(let object) = args[0] else { return .void }
      let hook = args[1]
      try unsafeDowncast(object.object, to: Tensor.self).registerHook { gradient in
        _ = try context.call(hook, [gradient.scriptValue])
      }
      return .void
    }
    bind.method(
      "backward", .optional("gradient"), .labelled("retainGraph", default: false), .labelled("createGraph", default: false)
    ) { (t, gradient: Tensor?, retain: Bool, create: Bool) in
      try t.backward(gradient: gradient, retainGraph: retain, createGraph: create)
      return Nothing()
    }
  }

  /// The global functions.
  static var globals: [String: Value] {
    [
      "HyperTensor": .type(.host(HyperTensorBindings.type)),
      "nllLoss": .function(Arguments.function("nllLoss", [(nil, nil), (nil, nil), ("reduction", .string("mean"))]) { _, a in
        let labels: Tensor = try a.positional(1)
        let reduction: String = try a.labelled("reduction")
        if case .object(let object) = a.positionalValue(0), let h = object.object as? HyperTensor {
          guard reduction == "mean" else { throw RuntimeError("nllLoss: a HyperTensor's loss is the mean; leave out reduction:") }
          return try nllLoss(h, labels).scriptValue
        }
        return try nllLoss(a.positional(0), labels, reduction: NNBindings.reduction(reduction)).scriptValue
      }),
      "noGrad": .function(Bind.make("noGrad", [Signature.Parameter(nil)]) { context, args, _ in
        try noGrad { try context.call(args[0], []) }
      }),
      "grad": .function(grad),
      "valueAndGrad": .function(Bind.make("valueAndGrad", [Signature.Parameter(nil)]) { context, args, _ in
        let transformed = Transforms.valueAndGrad(function(args[0], context))
        return .function(Function("valueAndGrad", Signature([Signature.Parameter(nil)], variadic: true)) { _, values in
          let (value, grads) = try transformed(tensors(values))
          return .tuple(TupleValue(elements: [value.scriptValue, gradients(grads)], labels: ["value", "grads"]))
        })
      }),
      "jvp": .function(Bind.make(
        "jvp", [Signature.Parameter(nil), Signature.Parameter("primals"), Signature.Parameter("tangents")]
      ) { context, args, _ in
        let (value, tangent) = try Transforms.jvp(
          function(args[0], context), primals: [Tensor].from(args[1]), tangents: [Tensor].from(args[2]))
        return .tuple(TupleValue(elements: [value.scriptValue, tangent.scriptValue], labels: ["value", "tangent"]))
      }),
      "vjp": .function(Bind.make(
        "vjp", [Signature.Parameter(nil), Signature.Parameter("primals"), Signature.Parameter("cotangent")]
      ) { context, args, _ in
        let (value, cotangents) = try Transforms.vjp(
          function(args[0], context), primals: [Tensor].from(args[1]), cotangent: Tensor.from(args[2]))
        return .tuple(TupleValue(elements: [value.scriptValue, cotangents.scriptValue], labels: ["value", "cotangents"]))
      }),
      "hvp": .function(Bind.make(
        "hvp", [Signature.Parameter(nil), Signature.Parameter("primals"), Signature.Parameter("vectors")]
      ) { context, args, _ in
        gradients(try Transforms.hvp(function(args[0], context), primals: [Tensor].from(args[1]), vectors: [Tensor].from(args[2])))
      }),
    ]
  }

  /// `grad(f)` gives the gradient function of a closure; `grad(of: y, wrt: [x])` gives the
  /// gradients of tensors already computed, as `torch.autograd.grad`.
  private static let grad = Bind.make(
    "grad",
    [
      Signature.Parameter(nil, default: Value.none), Signature.Parameter("of", default: Value.none),
      Signature.Parameter("wrt", default: Value.none), Signature.Parameter("gradOutputs", default: Value.none),
      Signature.Parameter("retainGraph", default: .bool(false)), Signature.Parameter("createGraph", default: .bool(false)),
    ]
  ) { context, args, spelled in
    if case .none = args[1] {
      guard !isNone(args[0]) else { throw RuntimeError("\(spelled): pass a closure, or of: and wrt:") }
      let transformed = Transforms.grad(function(args[0], context))
      return .function(Function("grad", Signature([Signature.Parameter(nil)], variadic: true)) { _, values in
        try gradients(transformed(tensors(values)))
      })
    }
    guard !isNone(args[2]) else { throw RuntimeError("\(spelled): wrt: is required with of:") }
    let outputs = try tensorList(args[1])
    let inputs = try tensorList(args[2])
    let gradOutputs = isNone(args[3]) ? nil : try tensorList(args[3])
    return try Tensor.grad(
      of: outputs, wrt: inputs, gradOutputs: gradOutputs, retainGraph: Bool.from(args[4]),
      createGraph: Bool.from(args[5])
    ).scriptValue
  }

  /// One tensor or an array of them, as a list.
  private static func tensorList(_ value: Value) throws -> [Tensor] {
    if case .array = value { return try [Tensor].from(value) }
    return [try Tensor.from(value)]
  }

  private static func isNone(_ value: Value) -> Bool {
    if case .none = value { return true }
    return false
  }

  /// A cell's closure as a function of tensors that returns a tensor.
  private static func function(_ closure: Value, _ context: CallContext) -> ([Tensor]) throws -> Tensor {
    { inputs in
      let result = try context.call(closure, inputs.map(\.scriptValue))
      do {
        return try Tensor.from(result)
      } catch {
        throw RuntimeError("the function being differentiated must return a Tensor, got '\(result.typeName)'")
      }
    }
  }

  /// The tensors a transformed function is called with: its variadic arguments, one per
  /// primal, or a single array of them.
  private static func tensors(_ values: [Value]) throws -> [Tensor] {
    guard case .array(var arguments) = values.first else { return [] }
    if arguments.count == 1, case .array(let items) = arguments[0] { arguments = items }
    return try arguments.map { try Tensor.from($0) }
  }

  /// One gradient as a tensor, several as an array, as a function of one or more tensors returns.
  private static func gradients(_ grads: [Tensor]) -> Value {
    grads.count == 1 ? grads[0].scriptValue : grads.scriptValue
  }
}
