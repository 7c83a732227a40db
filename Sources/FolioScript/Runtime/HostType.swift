/// The script-facing members of an engine type, filled in by the library layer.
///
/// The language knows nothing of tensors or figures; it looks members and operators up in
/// these tables.
public final class HostType {
  /// The type's name as cells write it: `Tensor`.
  public let name: String
  /// Instance methods; the receiver is passed as the first argument.
  public var methods: [String: Function] = [:]
  /// Read-only instance properties.
  public var properties: [String: (AnyObject) throws -> Value] = [:]
  /// Static members, reached through the type's name: `Tensor.randn`.
  public var staticMembers: [String: Value] = [:]
  /// Infix operators where either operand is of this type: `(op, lhs, rhs)`.
  /// Returns nil when the operator does not apply to these operands.
  public var infix: ((String, Value, Value) throws -> Value?)?
  /// Prefix operators (`-t`); returns nil when the operator does not apply.
  public var prefix: ((String, AnyObject) throws -> Value?)?
  /// `object[i, j]` for engine objects that support subscripts.
  public var subscriptGet: ((AnyObject, [Value]) throws -> Value)?
  /// `object[i, j] = value`, writing into the object.
  public var subscriptSet: ((AnyObject, [Value], Value) throws -> Void)?
  /// Compound assignment that mutates the object in place, as PyTorch's `w -= g` does.
  /// Returns false when the operator does not apply.
  public var inPlace: ((String, AnyObject, Value) throws -> Bool)?
  /// The printed form, as `print` and string interpolation show it.
  public var describe: (AnyObject) -> String
  /// Further type names an object answers to where a cell declares a type, beyond `name`:
  /// every layer is a `Module`, and one of them is also a `Linear` (`let fc: Linear = …`).
  public var alsoNamed: ((AnyObject) -> String)?
  /// The elements a `for` loop over the object visits, for engine objects that are sequences.
  public var makeIterator: ((AnyObject) throws -> HostIterator)?

  /// Creates a type with a name and a printed form.
  public init(name: String, describe: @escaping (AnyObject) -> String) {
    self.name = name
    self.describe = describe
  }
}

/// The elements of an engine sequence, handed to a `for` loop one at a time.
///
/// Elements are produced as the loop asks for them, rather than all before the first
/// iteration as for arrays, so that the engine can see the loop advance (a progress bar).
public struct HostIterator {
  /// The next element, or nil when the sequence is exhausted.
  public var next: () throws -> Value?
  /// Called once when the loop is left for any reason: exhausted, `break`, `return` or an
  /// error, as a Python generator's `close()` is.
  public var finish: () throws -> Void

  /// Creates an iterator from its two steps.
  public init(next: @escaping () throws -> Value?, finish: @escaping () throws -> Void = {}) {
    self.next = next
    self.finish = finish
  }
}
