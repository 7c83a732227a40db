import FolioScript
import FolioTensor

/// Element types as cells see them: `DType.float64`, or `.float64` where a dtype is expected.
final class DTypeObject {
  let dtype: DType
  init(_ dtype: DType) { self.dtype = dtype }

  /// One shared object per dtype.
  static let all: [DType: DTypeObject] = Dictionary(uniqueKeysWithValues: DType.allCases.map { ($0, DTypeObject($0)) })
}

/// The index markers `.newAxis` and `.ellipsis` of `t[.newAxis, 0]`.
final class IndexMarker {
  let index: TensorIndex
  let name: String
  init(_ index: TensorIndex, _ name: String) {
    self.index = index
    self.name = name
  }
}

enum DTypeBindings {
  /// The script-facing `DType` type, whose static members are the dtypes.
  static let type: HostType = {
    let type = HostType(name: "DType") { unsafeDowncast($0, to: DTypeObject.self).dtype.rawValue }
    for (dtype, object) in DTypeObject.all {
      type.staticMembers[dtype.rawValue] = .object(HostObject(object, type: type))
    }
    return type
  }()

  /// The markers' type.
  static let markerType = HostType(name: "TensorIndex") { unsafeDowncast($0, to: IndexMarker.self).name }

  /// Names cells may write with a leading dot where the engine expects a dtype or an index.
  static var implicitMembers: [String: Value] {
    var members = type.staticMembers
    members["newAxis"] = .object(HostObject(IndexMarker(.newAxis, ".newAxis"), type: markerType))
    members["ellipsis"] = .object(HostObject(IndexMarker(.ellipsis, ".ellipsis"), type: markerType))
    return members
  }
}

extension DType: ScriptConvertible {
  static var scriptTypeName: String { "DType" }
  static func from(_ value: Value) throws -> DType {
    guard case .object(let object) = value, let wrapper = object.object as? DTypeObject else { throw mismatch(value) }
    return wrapper.dtype
  }
  var scriptValue: Value { .object(HostObject(DTypeObject.all[self]!, type: DTypeBindings.type)) }
}

extension Generator: ScriptConvertible {
  static var scriptTypeName: String { "Generator" }
  static func from(_ value: Value) throws -> Generator { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: GeneratorBindings.type)) }
}

/// `Generator(seed: 1)`: an explicit random stream, like `torch.Generator().manual_seed(1)`.
enum GeneratorBindings {
  static let type: HostType = {
    let type = HostType(name: "Generator") { _ in "Generator" }
    type.staticMembers["init"] = .function(Bind.function("init", .labelled("seed")) { (seed: Int) in
      Generator(seed: UInt64(bitPattern: Int64(seed)))
    })
    Binder<Generator>(type: type).method("manualSeed", .unlabelled) { (g, seed: Int) in
      g.reseed(UInt64(bitPattern: Int64(seed)))
      return g
    }
    return type
  }()
}
