let values: [Any] = [1, "two", 3.0, -4]
for v in values {
  switch v {
  case let n as Int where n < 0:
    print("negative int \(n)")
  case let n as Int:
    print("int \(n)")
  case let s as String:
    print("string of length \(s.count)")
  case is Double:
    print("a double")
  default:
    print("unknown")
  }
}
// expect: int 1
// expect: string of length 3
// expect: a double
// expect: negative int -4
