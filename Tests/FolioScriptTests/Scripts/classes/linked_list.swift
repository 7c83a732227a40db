class ListNode {
  var value: Int
  var next: ListNode?
  init(_ value: Int, next: ListNode? = nil) {
    self.value = value
    self.next = next
  }
}
func values(_ node: ListNode?) -> [Int] {
  guard let node else {
    return []
  }
  return [node.value] + values(node.next)
}
let list = ListNode(1, next: ListNode(2, next: ListNode(3)))
print(values(list))  // expect: [1, 2, 3]
list.next?.next?.next = ListNode(4)
print(values(list.next))  // expect: [2, 3, 4]
print(list.next?.next?.value ?? 0)  // expect: 3
print(list.next?.next?.next?.next?.value ?? 0)  // expect: 0
