enum Token: Equatable, CustomStringConvertible {
  case keyword(String)
  case identifier(String)
  case integer(Int)
  case decimal(Double)
  case symbol(String)

  var description: String {
    switch self {
    case .keyword(let word): return "kw:\(word)"
    case .identifier(let name): return "id:\(name)"
    case .integer(let value): return "int:\(value)"
    case .decimal(let value): return "dec:\(value)"
    case .symbol(let s): return "sym:\(s)"
    }
  }
}

enum LexError: Error {
  case badToken(line: Int, text: String)
}

let keywords = ["let", "var", "func", "return", "if"]
let symbols = ["=", "+", "-", "*", "/", "(", ")", "{", "}", "==", "->"]

func classify(_ word: String, line: Int) throws -> Token {
  if keywords.contains(word) {
    return .keyword(word)
  } else if symbols.contains(word) {
    return .symbol(word)
  } else if let n = Int(word) {
    return .integer(n)
  } else if let d = Double(word) {
    return .decimal(d)
  } else if word.lowercased() != word.uppercased() {
    return .identifier(word)
  }
  throw LexError.badToken(line: line, text: word)
}

func tokenize(_ source: String) throws -> [Token] {
  var tokens: [Token] = []
  for (index, line) in source.split(separator: "\n").map(String.init).enumerated() {
    for word in line.split(separator: " ").map(String.init) {
      tokens.append(try classify(word, line: index + 1))
    }
  }
  return tokens
}

let program = """
  let rate = 0.25
  var total = rate * 100
  if total == 25 { return total }
  """
do {
  let tokens = try tokenize(program)
  print(tokens.count)  // expect: 18
  print(tokens[0...3])  // expect: [kw:let, id:rate, sym:=, dec:0.25]
  let names = tokens.compactMap { token -> String? in
    switch token {
    case .identifier(let name): return name
    default: return nil
    }
  }
  print(names)  // expect: ["rate", "total", "rate", "total", "total"]
  print(tokens.filter { $0 == .keyword("return") }.count)  // expect: 1
  _ = try tokenize("let x = 3\nlet y = 4 $ 5")
} catch LexError.badToken(let line, let text) {
  print("bad token '\(text)' on line \(line)")  // expect: bad token '$' on line 2
}
