enum ParseError: Error { case bad(String) }
func parse(_ s: String) throws -> Int {
  guard let n = Int(s) else { throw ParseError.bad(s) }
  return n
}
print(try! parse("12"))
print(try! parse("x"))

// `try!` on a throwing call that throws
// expect: 12
// expect runtime error 7:7: 'try!' expression unexpectedly raised an error: main.ParseError.bad("x")
