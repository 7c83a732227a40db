let add = { (a: Int, b: Int) -> Int in
  return a + b
}
print(add(2, 3))  // expect: 5
let greet = { (name: String) -> String in
  "Hi \(name)"
}
print(greet("Zoe"))  // expect: Hi Zoe
let noArgs = { () -> Int in 42 }
print(noArgs())  // expect: 42
