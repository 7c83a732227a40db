enum StackError: Error {
  case empty
}
struct Stack {
  var items: [Int] = []
  mutating func push(_ x: Int) { items.append(x) }
  mutating func pop() throws -> Int {
    guard !items.isEmpty else { throw StackError.empty }
    return items.removeLast()
  }
}
var s = Stack()
s.push(1)
s.push(2)
do {
  print(try s.pop())  // expect: 2
  print(try s.pop())  // expect: 1
  print(try s.pop())
} catch StackError.empty {
  print("stack is empty")  // expect: stack is empty
}
