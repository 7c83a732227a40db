import FolioNN
import FolioScript
import FolioTensor

/// `torch.nn` and `torch.optim` as cells see them: `Sequential(Linear(784, 100), ReLU(),
/// Linear(100, 10))`, `MSELoss(reduction: "sum")`, `Adam(model.parameters(), lr: 1e-4)`.
enum NNBindings {
  static let moduleType: HostType = {
    let type = HostType(name: "Module") { unsafeDowncast($0, to: Module.self).description }
    type.alsoNamed = { unsafeDowncast($0, to: Module.self).typeName }
    let bind = Binder<Module>(type: type)
    bind.method("callAsFunction", .unlabelled) { (module, input: Tensor) in try module(input) }
    bind.method("parameters") { $0.parameters() }
    bind.method("namedParameters") { module -> Value in
      .array(module.namedParameters().map { .tuple(TupleValue(elements: [.string($0.name), $0.tensor.scriptValue], labels: nil)) })
    }
    bind.method("zeroGrad") { module in
      module.zeroGrad()
      return Nothing()
    }
    bind.method("train") { module in
      module.train()
      return Nothing()
    }
    bind.method("eval") { module in
      module.eval()
      return Nothing()
    }
    bind.property("weight") { module in try weighted(module).weight }
    bind.property("bias") { module in try weighted(module).bias }
    bind.method("save", .unlabelled) { (module, path: String) in
      try module.save(to: path)
      return Nothing()
    }
    bind.method("load", .unlabelled) { (module, path: String) in
      try module.load(from: path)
      return Nothing()
    }
    return type
  }()

  static let lossType: HostType = {
    let type = HostType(name: "Loss") { object in
      let loss = unsafeDowncast(object, to: Loss.self)
      return "\(loss.kind.rawValue)()"
    }
    Binder<Loss>(type: type).method("callAsFunction", .unlabelled, .unlabelled) { (loss, prediction: Tensor, target: Tensor) in
      try loss(prediction, target)
    }
    return type
  }()

  static let optimizerType: HostType = {
    let type = HostType(name: "Optimizer") { _ in "Optimizer" }
    let bind = Binder<AnyOptimizer>(type: type)
    bind.method("zeroGrad") { optimizer in
      optimizer.zeroGrad()
      return Nothing()
    }
    bind.method("step") { optimizer in
      try optimizer.step()
      return Nothing()
    }
    bind.property("lr") { $0.rate.learningRate }
    bind.property("parameters") { $0.parameters }
    return type
  }()

  static let schedulerType: HostType = {
    let type = HostType(name: "LRScheduler") { object in
      let scheduler = unsafeDowncast(object, to: LearningRateScheduler.self)
      return "\(String(describing: Swift.type(of: scheduler)))(epoch: \(scheduler.epoch), lr: \(scheduler.lastLearningRate))"
    }
    let bind = Binder<LearningRateScheduler>(type: type)
    bind.method("step") { scheduler in
      scheduler.step()
      return Nothing()
    }
    bind.method("getLastLR") { [$0.lastLearningRate] }
    bind.property("epoch") { $0.epoch }
    return type
  }()

  /// The global names: layers, losses, optimizers and the functional losses.
  static var globals: [String: Value] {
    var names: [String: Value] = [
      // Types cells name in annotations (`makeOptimizer: ([Tensor]) -> Optimizer`); the
      // values themselves come from the constructors below.
      "Module": .type(.host(moduleType)),
      "Optimizer": .type(.host(optimizerType)),
      "Loss": .type(.host(lossType)),
      "LRScheduler": .type(.host(schedulerType)),
      "Linear": Bind.constructor("Linear", Bind.function("init", .unlabelled, .unlabelled, .labelled("bias", default: true)) {
        (input: Int, output: Int, bias: Bool) in try Linear(input, output, bias: bias)
      }),
      "Flatten": Bind.constructor("Flatten", Bind.function("init") { Flatten() }),
      "Sequential": Bind.constructor("Sequential", Bind.make("init", [Signature.Parameter(nil)]) { context, args, spelled in
        guard case .array(let items) = args[0] else { return .void }
        return Sequential(try items.enumerated().map { position, item in
          guard let module = ScriptModule.module(item, context) else {
            throw RuntimeError("\(spelled): argument \(position + 1) expected a layer or a Module class, got '\(item.typeName)'")
          }
          return module
        }).scriptValue
      }, variadic: true),
      "SGD": Bind.constructor("SGD", Arguments.function(
        "init", [(nil, nil), ("lr", nil), ("momentum", .double(0)), ("dampening", .double(0)), ("nesterov", .bool(false)), ("weightDecay", .double(0))]
      ) { _, a in
        AnyOptimizer(try SGD(
          a.positional(0), lr: a.labelled("lr"), momentum: a.labelled("momentum"), dampening: a.labelled("dampening"),
          nesterov: a.labelled("nesterov"), weightDecay: a.labelled("weightDecay"))).scriptValue
      }),
      "Adam": adam("Adam", weightDecay: 0, decoupled: false),
      "AdamW": adam("AdamW", weightDecay: 0.01, decoupled: true),
      "StepLR": Bind.constructor("StepLR", Bind.function("init", .unlabelled, .labelled("stepSize"), .labelled("gamma", default: 0.1)) {
        (optimizer: AnyOptimizer, stepSize: Int, gamma: Double) in try StepLR(optimizer.rate, stepSize: stepSize, gamma: gamma)
      }),
      "ExponentialLR": Bind.constructor("ExponentialLR", Bind.function("init", .unlabelled, .labelled("gamma")) {
        (optimizer: AnyOptimizer, gamma: Double) in ExponentialLR(optimizer.rate, gamma: gamma)
      }),
      "clipGradNorm": .function(Bind.function("clipGradNorm", .unlabelled, .labelled("maxNorm")) { (parameters: [Tensor], maxNorm: Double) in
        try clipGradNorm(parameters, maxNorm: maxNorm)
      }),
      "mseLoss": .function(Bind.function("mseLoss", .unlabelled, .unlabelled, .labelled("reduction", default: "mean")) {
        (p: Tensor, t: Tensor, r: String) in try mseLoss(p, t, reduction: reduction(r))
      }),
      "crossEntropy": .function(Bind.function("crossEntropy", .unlabelled, .unlabelled, .labelled("reduction", default: "mean")) {
        (p: Tensor, t: Tensor, r: String) in try crossEntropy(p, t, reduction: reduction(r))
      }),
      "bce": .function(Bind.function("bce", .unlabelled, .unlabelled, .labelled("reduction", default: "mean")) {
        (p: Tensor, t: Tensor, r: String) in try bce(p, t, reduction: reduction(r))
      }),
    ]
    for kind in [Activation.Kind.ReLU, .Sigmoid, .Tanh] {
      names[kind.rawValue] = Bind.constructor(kind.rawValue, Bind.function("init") { Activation(kind) })
    }
    for kind in [Loss.Kind.MSELoss, .CrossEntropyLoss, .NLLLoss, .BCELoss] {
      names[kind.rawValue] = Bind.constructor(kind.rawValue, Bind.function("init", .labelled("reduction", default: "mean")) { (r: String) in
        Loss(kind, reduction: try reduction(r))
      })
    }
    return names
  }

  /// `Adam(params, lr:, betas: (0.9, 0.999), eps:, weightDecay:)`, and AdamW with its decay
  /// applied to the weights and PyTorch's default of 0.01.
  private static func adam(_ name: String, weightDecay: Double, decoupled: Bool) -> Value {
    let betas = Value.tuple(TupleValue(elements: [.double(0.9), .double(0.999)], labels: nil))
    return Bind.constructor(name, Arguments.function(
      "init", [(nil, nil), ("lr", .double(1e-3)), ("betas", betas), ("eps", .double(1e-8)), ("weightDecay", .double(weightDecay))]
    ) { _, a in
      guard case .tuple(let pair) = a.value("betas"), pair.elements.count == 2 else {
        throw RuntimeError("\(a.function): betas: must be a pair such as (0.9, 0.999)")
      }
      let (beta1, beta2) = (try Double.from(pair.elements[0]), try Double.from(pair.elements[1]))
      return AnyOptimizer(try Adam(
        a.positional(0), lr: a.labelled("lr"), betas: (beta1, beta2), eps: a.labelled("eps"),
        weightDecay: a.labelled("weightDecay"), decoupledWeightDecay: decoupled)).scriptValue
    })
  }

  static func reduction(_ name: String) throws -> Reduction {
    guard let reduction = Reduction(rawValue: name) else {
      throw RuntimeError("unknown reduction '\(name)'; use \"mean\", \"sum\" or \"none\"")
    }
    return reduction
  }

  private static func weighted(_ module: Module) throws -> WeightedLayer {
    guard let layer = module as? WeightedLayer else {
      throw RuntimeError("\(module.summary) has no weight; only Linear, Conv2d and ConvTranspose2d layers do")
    }
    return layer
  }
}

extension Module: ScriptConvertible {
  static var scriptTypeName: String { "Module" }
  static func from(_ value: Value) throws -> Self { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: NNBindings.moduleType)) }
}

extension Loss: ScriptConvertible {
  static var scriptTypeName: String { "Loss" }
  static func from(_ value: Value) throws -> Loss { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: NNBindings.lossType)) }
}

/// Any of the optimizers, behind the calls a training loop and a scheduler make.
final class AnyOptimizer: ScriptConvertible {
  let zeroGrad: () -> Void
  let step: () throws -> Void
  let parameters: [Tensor]
  let rate: any LearningRateOptimizer
  init<State>(_ optimizer: Optimizer<State>) {
    zeroGrad = optimizer.zeroGrad
    step = optimizer.step
    parameters = optimizer.parameters
    rate = optimizer
  }
  static var scriptTypeName: String { "Optimizer" }
  static func from(_ value: Value) throws -> AnyOptimizer { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: NNBindings.optimizerType)) }
}

/// A scheduler held by a cell.
extension LearningRateScheduler: ScriptConvertible {
  static var scriptTypeName: String { "LRScheduler" }
  static func from(_ value: Value) throws -> Self { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: NNBindings.schedulerType)) }
}
