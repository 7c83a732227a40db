class Node {
  var label: String
  init(_ label: String) { self.label = label }
}
let x = Node("x")
let y = x
let z = Node("x")
print(x === y)  // expect: true
print(x === z)  // expect: false
print(x !== z)  // expect: true
print(x.label == z.label)  // expect: true
