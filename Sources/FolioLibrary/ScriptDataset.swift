import FolioData
import FolioScript
import FolioTensor

/// A dataset written as a class in a cell, as a PyTorch user subclasses `Dataset`:
///
///     class Squares: Dataset {
///       let count = 100
///       subscript(index: Int) -> (Tensor, Tensor) { (Tensor([Double(index)]), Tensor([Double(index * index)])) }
///     }
///
/// A loader asks it for one sample at a time, as PyTorch's default loader does, and stacks
/// each field of the samples into the batch; ints and doubles become tensors on the way, as
/// PyTorch's collation makes them. The built-in datasets gather whole rows instead.
final class ScriptDataset: Dataset {
  /// The name cells declare conformance to.
  static let protocolName = "Dataset"

  private let instance: Instance
  private let context: CallContext
  let count: Int

  /// Wraps the instance, reading its `count` once.
  init(_ instance: Instance, context: CallContext) throws {
    self.instance = instance
    self.context = context
    guard case .int(let count) = try context.member("count", of: .instance(instance)), count >= 0 else {
      throw RuntimeError("\(instance.typeName) needs a 'count' property giving its number of samples as an Int")
    }
    self.count = count
  }

  func batch(_ indices: Tensor) throws -> [Tensor] {
    var fields: [[Tensor]] = []
    for position in try indices.elements(Int64.self) {
      let sample = try context.element(of: .instance(instance), at: .int(Int(position)))
      let values: [Value]
      if case .tuple(let tuple) = sample { values = tuple.elements } else { values = [sample] }
      if fields.isEmpty { fields = Array(repeating: [], count: values.count) }
      guard values.count == fields.count else {
        throw RuntimeError("\(instance.typeName)[\(position)] has \(values.count) fields, but earlier samples had \(fields.count)")
      }
      for (field, value) in values.enumerated() { fields[field].append(try tensor(value, position)) }
    }
    return try fields.map { try Tensor.stack($0) }
  }

  /// One field of one sample as a tensor.
  private func tensor(_ value: Value, _ position: Int64) throws -> Tensor {
    switch value {
    case .object(let object) where object.object is Tensor: return object.object as! Tensor
    case .int(let n): return Tensor(scalar: Int64(n))
    case .double(let d): return Tensor(scalar: d)
    case .bool(let b): return Tensor(scalar: b)
    default:
      throw RuntimeError("\(instance.typeName)[\(position)] returned a '\(value.typeName)'; a sample's fields must be tensors or numbers")
    }
  }
}
