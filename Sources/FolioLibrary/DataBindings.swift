import FolioData
import FolioScript
import FolioTensor

/// The datasets as cells see them, in torchvision's shape: `MNIST(train: true).data`.
enum DataBindings {
  static let datasetType: HostType = {
    let type = HostType(name: "ImageDataset") { object in
      let dataset = unsafeDowncast(object, to: ImageDataset.self)
      return "ImageDataset(\(dataset.count) images of shape \(Array(dataset.data.shape.dropFirst())), \(dataset.classes.count) classes)"
    }
    let bind = Binder<ImageDataset>(type: type)
    bind.property("data") { $0.data }
    bind.property("targets") { $0.targets }
    bind.property("classes") { $0.classes }
    bind.property("count") { $0.count }
    return type
  }()

  /// `MNIST(train:)` and `FashionMNIST(train:)`.
  static var globals: [String: Value] {
    [
      "MNIST": .type(.host(loader("MNIST") { try MNIST.load(train: $0) })),
      "FashionMNIST": .type(.host(loader("FashionMNIST") { try FashionMNIST.load(train: $0) })),
    ]
  }

  private static func loader(_ name: String, _ load: @escaping (Bool) throws -> ImageDataset) -> HostType {
    let type = HostType(name: name) { _ in name }
    type.staticMembers["init"] = .function(Bind.function("init", .labelled("train", default: true)) { (train: Bool) in
      try load(train)
    })
    return type
  }
}

extension ImageDataset: ScriptConvertible {
  static var scriptTypeName: String { "ImageDataset" }
  static func from(_ value: Value) throws -> ImageDataset { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: DataBindings.datasetType)) }
}
