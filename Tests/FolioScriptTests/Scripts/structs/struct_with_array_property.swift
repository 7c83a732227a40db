struct Stack {
  var items: [Int] = []
  var isEmpty: Bool { items.isEmpty }
  var top: Int? { items.last }
  mutating func push(_ x: Int) { items.append(x) }
  mutating func pop() -> Int? {
    isEmpty ? nil : items.removeLast()
  }
}
var s = Stack()
s.push(1)
s.push(2)
print(s.top!)  // expect: 2
print(s.pop()!, s.pop()!)  // expect: 2 1
print(s.pop() == nil)  // expect: true
print(s)  // expect: Stack(items: [])
