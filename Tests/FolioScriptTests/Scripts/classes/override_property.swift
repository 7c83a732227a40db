class Employee {
  var name: String
  var salary: Double { 3000 }
  init(name: String) { self.name = name }
}
class Manager: Employee {
  var reports = 0
  override var salary: Double { super.salary + 500 * Double(reports) }
}
let e = Employee(name: "Eve")
let m = Manager(name: "Max")
m.reports = 3
print(e.salary)  // expect: 3000.0
print(m.salary)  // expect: 4500.0
let staff: [Employee] = [e, m]
print(staff.map { $0.salary }.reduce(0, +))  // expect: 7500.0
