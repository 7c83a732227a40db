enum Priority: Int {
  case low = 1, medium, high
}
struct Task {
  var title: String
  var priority: Priority
}
let tasks = [Task(title: "email", priority: .low), Task(title: "deploy", priority: .high)]
print(tasks[1])  // expect: Task(title: "deploy", priority: main.Priority.high)
let urgent = tasks.filter { $0.priority == .high }.map { $0.title }
print(urgent)  // expect: ["deploy"]
print(tasks.map { $0.priority.rawValue })  // expect: [1, 3]
