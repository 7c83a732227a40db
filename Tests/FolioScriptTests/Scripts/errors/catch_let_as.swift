enum ParseError: Error {
  case empty
  case notANumber(String)
}
func parse(_ s: String) throws -> Int {
  if s.isEmpty { throw ParseError.empty }
  guard let n = Int(s) else { throw ParseError.notANumber(s) }
  return n
}
for input in ["12", "", "abc"] {
  do {
    let n = try parse(input)
    print("parsed \(n)")
  } catch let e as ParseError {
    print("parse error: \(e)")
  } catch {
    print("unexpected")
  }
}
// expect: parsed 12
// expect: parse error: empty
// expect: parse error: notANumber("abc")
