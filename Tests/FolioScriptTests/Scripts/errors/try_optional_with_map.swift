enum ConvertError: Error {
  case bad(String)
}
func toInt(_ s: String) throws -> Int {
  guard let n = Int(s) else { throw ConvertError.bad(s) }
  return n
}
let inputs = ["1", "x", "3"]
let converted = inputs.map { try? toInt($0) }
print(converted)  // expect: [Optional(1), nil, Optional(3)]
let valid = inputs.compactMap { try? toInt($0) }
print(valid)  // expect: [1, 3]
