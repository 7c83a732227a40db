/// A struct, class or enum declared in a cell: its layout and its members.
///
/// The resolver fills this in when it meets the declaration; instances point back to it.
public final class UserType {
  /// Which kind of type this is.
  enum Kind { case structure, `class`, enumeration }

  /// A stored property.
  struct StoredProperty {
    var name: String
    var type: StaticType
    var isConstant: Bool
    /// The initial value written in the declaration, if any.
    var initialValue: ExprNode?
  }

  /// A computed property's accessors.
  struct ComputedProperty {
    var getter: CompiledFunction
    var setter: CompiledFunction?
    var type: StaticType
  }

  /// An enum case: its raw value and its associated values' labels and types.
  struct Case {
    var name: String
    var rawValue: Value?
    var associatedLabels: [String?]?
    var associatedTypes: [StaticType]
  }

  /// The type's name.
  public let name: String
  let kind: Kind
  /// The superclass of a class.
  var superclass: UserType?
  /// Stored properties in layout order, a superclass's first.
  var storedProperties: [StoredProperty] = []
  /// The position of each stored property in an instance's fields.
  var fieldIndex: [String: Int] = [:]
  var computedProperties: [String: ComputedProperty] = [:]
  var methods: [String: CompiledFunction] = [:]
  var initializers: [CompiledFunction] = []
  /// Static stored properties, their current values once first read.
  var staticValues: [String: Value] = [:]
  /// Static stored properties' initial values, evaluated lazily as Swift does.
  var staticInitializers: [String: (ExprNode, StaticType)] = [:]
  var staticMethods: [String: CompiledFunction] = [:]
  var staticComputed: [String: ComputedProperty] = [:]
  /// The cases of an enum, in declaration order.
  var cases: [Case] = []
  /// The raw type of an enum with raw values.
  var rawType: StaticType?
  /// Protocols the type declares it conforms to.
  var conformances: Set<String> = []
  /// For cases with associated values: the functions that build them, by case index.
  var caseConstructors: [Int: CompiledFunction] = [:]
  /// Shared instances of enum cases without associated values.
  var caseSingletons: [Int: EnumInstance] = [:]

  init(name: String, kind: Kind) {
    self.name = name
    self.kind = kind
  }

  /// Whether instances are copied on assignment.
  var isValueType: Bool { kind != .class }

  /// A method of this type or, for classes, inherited from a superclass.
  func method(named name: String) -> CompiledFunction? {
    methods[name] ?? superclass?.method(named: name)
  }

  /// A computed property of this type or a superclass.
  func computedProperty(named name: String) -> ComputedProperty? {
    computedProperties[name] ?? superclass?.computedProperty(named: name)
  }

  /// Whether this type is `other` or inherits from it.
  func isSubtype(of other: UserType) -> Bool {
    self === other || (superclass?.isSubtype(of: other) ?? false)
  }

  /// Whether the type or a superclass declares conformance to a protocol.
  func conforms(to protocolName: String) -> Bool {
    conformances.contains(protocolName) || (superclass?.conforms(to: protocolName) ?? false)
  }

  /// The case of an enum with this name.
  func caseIndex(named name: String) -> Int? {
    cases.firstIndex { $0.name == name }
  }

  /// The value of a case without associated values.
  func singleton(_ index: Int) -> EnumInstance {
    if let existing = caseSingletons[index] { return existing }
    let made = EnumInstance(type: self, caseIndex: index, payload: [])
    caseSingletons[index] = made
    return made
  }
}

/// An instance of a struct or class.
///
/// Struct instances are shared until one is changed: writers copy first unless they hold the
/// only reference, which gives structs Swift's value semantics at the cost of one check.
public final class Instance {
  /// The instance's type (for a class, its dynamic type).
  public let type: UserType
  /// The stored properties, in the type's layout order.
  var fields: [Value]

  init(type: UserType, fields: [Value]) {
    self.type = type
    self.fields = fields
  }

  /// A copy with the same field values.
  func copy() -> Instance { Instance(type: type, fields: fields) }

  /// The name of the instance's type.
  public var typeName: String { type.name }

  /// Whether the instance's type or a superclass declares conformance to `name`.
  public func conforms(to name: String) -> Bool { type.conforms(to: name) }

  /// The stored properties by name, in declaration order (a superclass's first), as the host
  /// reads them to find a model's layers and parameters.
  public var storedProperties: [(name: String, value: Value)] {
    zip(type.storedProperties, fields).map { ($0.name, $1) }
  }
}

/// A value of an enum: which case, and its associated values.
public final class EnumInstance {
  /// The enum.
  public let type: UserType
  /// The case's position among the enum's cases.
  let caseIndex: Int
  /// The associated values, in order.
  let payload: [Value]

  init(type: UserType, caseIndex: Int, payload: [Value]) {
    self.type = type
    self.caseIndex = caseIndex
    self.payload = payload
  }

  /// The case's declaration.
  var caseInfo: UserType.Case { type.cases[caseIndex] }
}
