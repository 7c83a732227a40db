let things: [Any] = [42, 3.5, "hello", true, [1, 2]]
for thing in things {
  if let i = thing as? Int {
    print("int \(i)")
  } else if let d = thing as? Double {
    print("double \(d)")
  } else if let s = thing as? String {
    print("string \(s)")
  } else {
    print("other \(thing)")
  }
}
// expect: int 42
// expect: double 3.5
// expect: string hello
// expect: other true
// expect: other [1, 2]
