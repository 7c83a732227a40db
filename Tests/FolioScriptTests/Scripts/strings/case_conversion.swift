let mixed = "Hello, World 42!"
print(mixed.uppercased())  // expect: HELLO, WORLD 42!
print(mixed.lowercased())  // expect: hello, world 42!
print(mixed)  // expect: Hello, World 42!
let a = "SWIFT"
let b = "swift"
print(a == b)  // expect: false
print(a.lowercased() == b)  // expect: true
