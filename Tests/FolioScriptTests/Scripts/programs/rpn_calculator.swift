enum RPNError: Error, CustomStringConvertible {
  case stackUnderflow(op: String)
  case unknownToken(String)
  case leftover(count: Int)
  case divisionByZero

  var description: String {
    switch self {
    case .stackUnderflow(let op): return "not enough operands for '\(op)'"
    case .unknownToken(let t): return "unknown token '\(t)'"
    case .leftover(let n): return "\(n) values left on the stack"
    case .divisionByZero: return "division by zero"
    }
  }
}

struct RPNCalculator {
  private var stack: [Double] = []
  private let binary: [String: (Double, Double) -> Double] = [
    "+": { $0 + $1 },
    "-": { $0 - $1 },
    "*": { $0 * $1 },
    "/": { $0 / $1 },
    "^": { pow($0, $1) },
  ]

  mutating func evaluate(_ expression: String) throws -> Double {
    stack.removeAll()
    for token in expression.split(separator: " ").map(String.init) {
      if let value = Double(token) {
        stack.append(value)
      } else if let op = binary[token] {
        guard stack.count >= 2 else { throw RPNError.stackUnderflow(op: token) }
        let rhs = stack.removeLast()
        let lhs = stack.removeLast()
        if token == "/" && rhs == 0 { throw RPNError.divisionByZero }
        stack.append(op(lhs, rhs))
      } else if token == "sqrt", let top = stack.last {
        stack[stack.count - 1] = top.squareRoot()
      } else {
        throw RPNError.unknownToken(token)
      }
    }
    guard stack.count == 1 else { throw RPNError.leftover(count: stack.count) }
    return stack[0]
  }
}

var calc = RPNCalculator()
let inputs = [
  "3 4 +",
  "5 1 2 + 4 * + 3 -",
  "2 10 ^ 24 -",
  "9 sqrt 2 /",
  "1 +",
  "4 0 /",
  "1 2 3",
  "2 x *",
]
for input in inputs {
  do {
    let result = try calc.evaluate(input)
    print("\(input) => \(result)")
  } catch {
    print("\(input) => error: \(error)")
  }
}
// expect: 3 4 + => 7.0
// expect: 5 1 2 + 4 * + 3 - => 14.0
// expect: 2 10 ^ 24 - => 1000.0
// expect: 9 sqrt 2 / => 1.5
// expect: 1 + => error: not enough operands for '+'
// expect: 4 0 / => error: division by zero
// expect: 1 2 3 => error: 3 values left on the stack
// expect: 2 x * => error: unknown token 'x'
