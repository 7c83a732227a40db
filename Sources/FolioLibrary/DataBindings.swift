import FolioData
import FolioScript
import FolioTensor

/// Datasets, loaders and transforms as cells see them, in torchvision's and
/// `torch.utils.data`'s shape:
///
///     let train = FashionMNIST(train: true, transform: ToTensor())
///     let loader = DataLoader(train, batchSize: 64, shuffle: true, generator: Generator(seed: 0))
///     for (images, labels) in loader { … }
enum DataBindings {
  static let imageDatasetType: HostType = {
    let type = datasetType("ImageDataset") { object in
      let dataset = unsafeDowncast(object, to: ImageDataset.self)
      let transform = dataset.transform.map { ", transform: \($0)" } ?? ""
      return "ImageDataset(\(dataset.count) images of shape \(Array(dataset.data.shape.dropFirst())), \(dataset.classes.count) classes\(transform))"
    }
    let bind = Binder<ImageDataset>(type: type)
    bind.property("data") { $0.data }
    bind.property("targets") { $0.targets }
    bind.property("classes") { $0.classes }
    return type
  }()

  static let tensorDatasetType = datasetType("TensorDataset") { object in
    "TensorDataset(\(unsafeDowncast(object, to: TensorDataset.self).tensors.map { "\($0.shape)" }.joined(separator: ", ")))"
  }

  static let subsetType = datasetType("Subset") { object in
    let subset = unsafeDowncast(object, to: Subset.self)
    return "Subset(\(subset.count) of \(subset.base.count) samples)"
  }

  static let loaderType: HostType = {
    let type = HostType(name: "DataLoader") { object in
      let loader = unsafeDowncast(object, to: DataLoader.self)
      return "DataLoader(\(loader.count) batches of \(loader.batchSize)\(loader.shuffle ? ", shuffled" : ""))"
    }
    type.makeIterator = { object in try batches(unsafeDowncast(object, to: DataLoader.self)) { $1 } }
    let bind = Binder<DataLoader>(type: type)
    bind.property("count") { $0.count }
    bind.property("batchSize") { $0.batchSize }
    bind.method("enumerated") { loader in EnumeratedLoader(loader: loader) }
    return type
  }()

  static let enumeratedType: HostType = {
    let type = HostType(name: "EnumeratedSequence<DataLoader>") { _ in "EnumeratedSequence<DataLoader>" }
    type.properties["count"] = { .int(unsafeDowncast($0, to: EnumeratedLoader.self).loader.count) }
    type.makeIterator = { object in
      try batches(unsafeDowncast(object, to: EnumeratedLoader.self).loader) { offset, batch in
        .tuple(TupleValue(elements: [.int(offset), batch], labels: ["offset", "element"]))
      }
    }
    return type
  }()

  static let transformType = HostType(name: "Transform") { object in
    unsafeDowncast(object, to: TransformBox.self).transform.description
  }

  /// `MNIST(train:transform:)`, `FashionMNIST`, `TensorDataset`, `DataLoader`, `randomSplit`
  /// and the transforms `ToTensor`, `Normalize` and `Compose`.
  static var globals: [String: Value] {
    [
      "MNIST": Bind.constructor("MNIST", imageLoader { try MNIST.load(train: $0) }),
      "FashionMNIST": Bind.constructor("FashionMNIST", imageLoader { try FashionMNIST.load(train: $0) }),
      "Dataset": .type(.host(anyDatasetType)),
      "TensorDataset": Bind.constructor("TensorDataset", Bind.make("init", [Signature.Parameter(nil)]) { _, args, _ in
        guard case .array(let items) = args[0] else { return .void }
        return try TensorDataset(try items.map { try Tensor.from($0) }).scriptValue
      }, variadic: true),
      "DataLoader": Bind.constructor("DataLoader", Arguments.function(
        "init", [(nil, nil), ("batchSize", .int(1)), ("shuffle", .bool(false)), ("dropLast", .bool(false)), ("generator", Value.none)]
      ) { context, a in
        try DataLoader(
          dataset(a.positionalValue(0), context, a.function), batchSize: a.labelled("batchSize"), shuffle: a.labelled("shuffle"),
          dropLast: a.labelled("dropLast"), generator: a.optional("generator") ?? .global
        ).scriptValue
      }),
      "randomSplit": .function(Arguments.function("randomSplit", [(nil, nil), (nil, nil), ("generator", Value.none)]) { context, a in
        let lengths: [Double] = try a.positional(1)
        return .array(try randomSplit(dataset(a.positionalValue(0), context, a.function), lengths, generator: a.optional("generator") ?? .global)
          .map(\.scriptValue))
      }),
      "ToTensor": Bind.constructor("ToTensor", Bind.function("init") { TransformBox(.toTensor) }),
      "Normalize": Bind.constructor("Normalize", Bind.function("init", .labelled("mean"), .labelled("std")) { (mean: [Double], std: [Double]) in
        TransformBox(try .normalize(mean: mean, std: std))
      }),
      "Compose": Bind.constructor("Compose", Bind.make("init", [Signature.Parameter(nil)]) { context, args, spelled in
        guard case .array(let items) = args[0] else { throw RuntimeError("\(spelled): pass an array of transforms") }
        return TransformBox(.compose(try items.map { try transform($0, context, spelled) })).scriptValue
      }),
    ]
  }

  /// A dataset type: `count` and `dataset[i]`, which gives one sample as a tuple.
  /// The name every dataset answers to in annotations: `func evaluate(_ data: Dataset)`.
  static let anyDatasetType = HostType(name: "Dataset") { _ in "Dataset" }

  private static func datasetType(_ name: String, describe: @escaping (AnyObject) -> String) -> HostType {
    let type = HostType(name: name, describe: describe)
    type.alsoNamed = { _ in "Dataset" }
    type.properties["count"] = { .int(($0 as! any Dataset).count) }
    type.subscriptGet = { object, positions in
      guard positions.count == 1, case .int(let index) = positions[0] else {
        throw RuntimeError("a dataset is indexed by one Int: dataset[0]")
      }
      return tuple(try (object as! any Dataset).sample(index))
    }
    return type
  }

  /// The initializer of MNIST or FashionMNIST: `(train: Bool = true, transform: = nil)`.
  private static func imageLoader(_ load: @escaping (Bool) throws -> ImageDataset) -> Function {
    Arguments.function("init", [("train", .bool(true)), ("transform", Value.none)]) { context, a in
      let dataset = try load(a.labelled("train"))
      if case .none = a.value("transform") {} else { dataset.transform = try transform(a.value("transform"), context, a.function) }
      return dataset.scriptValue
    }
  }

  /// Each batch of an epoch as a tuple of tensors, passed through `wrap` with its position.
  private static func batches(_ loader: DataLoader, _ wrap: @escaping (Int, Value) -> Value) throws -> HostIterator {
    var epoch = try loader.epoch()
    var offset = 0
    return HostIterator {
      guard let batch = try epoch.next() else { return nil }
      defer { offset += 1 }
      return wrap(offset, tuple(batch))
    }
  }

  private static func tuple(_ tensors: [Tensor]) -> Value {
    tensors.count == 1 ? tensors[0].scriptValue : .tuple(TupleValue(elements: tensors.map(\.scriptValue), labels: nil))
  }

  /// A dataset argument: one of the engine's, or a cell's class declared `: Dataset`.
  private static func dataset(_ value: Value, _ context: CallContext, _ function: String) throws -> any Dataset {
    if case .object(let object) = value, let dataset = object.object as? any Dataset { return dataset }
    if case .instance(let instance) = value, instance.conforms(to: ScriptDataset.protocolName) {
      return try ScriptDataset(instance, context: context)
    }
    throw RuntimeError(
      "\(function): expected a dataset (MNIST, FashionMNIST, TensorDataset, a split of one, or a class declared ': Dataset'), got '\(value.typeName)'")
  }

  /// A transform argument: `ToTensor()` and friends, or a closure of a batch `{ x in x / 255 }`.
  private static func transform(_ value: Value, _ context: CallContext, _ function: String) throws -> Transform {
    switch value {
    case .object(let object) where object.object is TransformBox: return unsafeDowncast(object.object, to: TransformBox.self).transform
    case .closure:
      return Transform("closure") { batch in try Tensor.from(context.call(value, [batch.scriptValue])) }
    default:
      throw RuntimeError("\(function): expected a transform such as ToTensor() or a closure of a batch, got '\(value.typeName)'")
    }
  }
}

/// A transform held by a cell.
final class TransformBox: ScriptConvertible {
  let transform: Transform
  init(_ transform: Transform) { self.transform = transform }
  static var scriptTypeName: String { "Transform" }
  static func from(_ value: Value) throws -> TransformBox { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: DataBindings.transformType)) }
}

/// `loader.enumerated()`: the loader's batches with their positions.
final class EnumeratedLoader: ScriptConvertible {
  let loader: DataLoader
  init(loader: DataLoader) { self.loader = loader }
  static var scriptTypeName: String { "EnumeratedSequence<DataLoader>" }
  static func from(_ value: Value) throws -> EnumeratedLoader { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: DataBindings.enumeratedType)) }
}

extension ImageDataset: ScriptConvertible {
  static var scriptTypeName: String { "ImageDataset" }
  static func from(_ value: Value) throws -> ImageDataset { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: DataBindings.imageDatasetType)) }
}

extension TensorDataset: ScriptConvertible {
  static var scriptTypeName: String { "TensorDataset" }
  static func from(_ value: Value) throws -> TensorDataset { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: DataBindings.tensorDatasetType)) }
}

extension Subset: ScriptConvertible {
  static var scriptTypeName: String { "Subset" }
  static func from(_ value: Value) throws -> Subset { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: DataBindings.subsetType)) }
}

extension DataLoader: ScriptConvertible {
  static var scriptTypeName: String { "DataLoader" }
  static func from(_ value: Value) throws -> DataLoader { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: DataBindings.loaderType)) }
}
