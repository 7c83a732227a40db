enum Priority: Int, CaseIterable {
  case low = 1, medium, high

  var label: String {
    switch self {
    case .low: return "low"
    case .medium: return "medium"
    case .high: return "HIGH"
    }
  }
}

struct TodoItem {
  let id: Int
  var title: String
  var priority: Priority
  var done = false
}

class TodoList {
  private var items: [TodoItem] = []
  private var nextID = 1

  func add(_ title: String, priority: Priority = .medium) -> Int {
    items.append(TodoItem(id: nextID, title: title, priority: priority))
    nextID += 1
    return nextID - 1
  }

  func complete(_ id: Int) -> Bool {
    for i in 0..<items.count where items[i].id == id {
      items[i].done = true
      return true
    }
    return false
  }

  var pending: [TodoItem] {
    items.filter { !$0.done }.sorted { $0.priority.rawValue > $1.priority.rawValue }
  }

  func show() {
    for item in items {
      let box = item.done ? "[x]" : "[ ]"
      print("\(box) #\(item.id) \(item.title) (\(item.priority.label))")
    }
  }
}

let list = TodoList()
_ = list.add("buy milk", priority: .low)
let report = list.add("write report", priority: .high)
_ = list.add("call mom")
_ = list.add("fix bike", priority: .high)

print(list.complete(report))  // expect: true
print(list.complete(42))  // expect: false
list.show()
// expect: [ ] #1 buy milk (low)
// expect: [x] #2 write report (HIGH)
// expect: [ ] #3 call mom (medium)
// expect: [ ] #4 fix bike (HIGH)

print("next up: \(list.pending.map(\.title))")  // expect: next up: ["fix bike", "call mom", "buy milk"]
for p in Priority.allCases.reversed() {
  let count = list.pending.filter { $0.priority == p }.count
  print("\(p.label): \(count)")
}
// expect: HIGH: 1
// expect: medium: 1
// expect: low: 1
