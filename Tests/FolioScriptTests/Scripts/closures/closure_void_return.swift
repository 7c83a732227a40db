let sayHello: () -> Void = {
  print("hello")
}
sayHello()  // expect: hello
let log: (String, Int) -> Void = { label, value in
  print("\(label) = \(value)")
}
log("x", 3)  // expect: x = 3
let actions = [sayHello, { print("bye") }]
actions.forEach { $0() }
// expect: hello
// expect: bye
