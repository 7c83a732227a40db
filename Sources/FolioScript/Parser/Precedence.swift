/// Swift's precedence groups for the infix operators the language knows, as data.
///
/// Higher binds tighter. Comparison and range formation do not associate, so `a < b < c`
/// is rejected as Swift rejects it.
struct PrecedenceGroup {
  enum Associativity { case left, right, none }

  var name: String
  var level: Int
  var associativity: Associativity

  static let assignment = PrecedenceGroup(name: "AssignmentPrecedence", level: 10, associativity: .right)
  static let ternary = PrecedenceGroup(name: "TernaryPrecedence", level: 20, associativity: .right)
  static let disjunction = PrecedenceGroup(name: "LogicalDisjunctionPrecedence", level: 40, associativity: .left)
  static let conjunction = PrecedenceGroup(name: "LogicalConjunctionPrecedence", level: 50, associativity: .left)
  static let comparison = PrecedenceGroup(name: "ComparisonPrecedence", level: 60, associativity: .none)
  static let nilCoalescing = PrecedenceGroup(name: "NilCoalescingPrecedence", level: 70, associativity: .right)
  static let casting = PrecedenceGroup(name: "CastingPrecedence", level: 80, associativity: .left)
  static let rangeFormation = PrecedenceGroup(name: "RangeFormationPrecedence", level: 90, associativity: .none)
  static let addition = PrecedenceGroup(name: "AdditionPrecedence", level: 100, associativity: .left)
  static let multiplication = PrecedenceGroup(name: "MultiplicationPrecedence", level: 110, associativity: .left)
  static let bitwiseShift = PrecedenceGroup(name: "BitwiseShiftPrecedence", level: 120, associativity: .none)

  /// Every infix operator and its group.
  static let infix: [String: PrecedenceGroup] = [
    "=": .assignment, "+=": .assignment, "-=": .assignment, "*=": .assignment,
    "/=": .assignment, "%=": .assignment,
    "||": .disjunction,
    "&&": .conjunction,
    "==": .comparison, "!=": .comparison, "===": .comparison, "!==": .comparison, "<": .comparison, "<=": .comparison,
    ">": .comparison, ">=": .comparison,
    "??": .nilCoalescing,
    "..<": .rangeFormation, "...": .rangeFormation,
    "+": .addition, "-": .addition,
    "*": .multiplication, "/": .multiplication, "%": .multiplication,
  ]

  /// The prefix operators.
  static let prefix: Set<String> = ["-", "+", "!"]
}
