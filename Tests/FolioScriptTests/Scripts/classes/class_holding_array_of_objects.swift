class Student {
  let name: String
  var grades: [Int] = []
  init(name: String) { self.name = name }
  var average: Double {
    grades.isEmpty ? 0 : Double(grades.reduce(0, +)) / Double(grades.count)
  }
}
class Course {
  var students: [Student] = []
  func enroll(_ s: Student) { students.append(s) }
}
let course = Course()
let ann = Student(name: "Ann")
course.enroll(ann)
course.enroll(Student(name: "Ben"))
ann.grades += [90, 85]
course.students[1].grades.append(70)
for s in course.students {
  print("\(s.name): \(s.average)")
}
// expect: Ann: 87.5
// expect: Ben: 70.0
