enum Weekday: CaseIterable {
  case mon, tue, wed, thu, fri
}
print(Weekday.allCases.count)  // expect: 5
print(Weekday.allCases.first!)  // expect: mon
for day in Weekday.allCases {
  print(day, terminator: day == .fri ? "\n" : ", ")
}
// expect: mon, tue, wed, thu, fri
print(Weekday.allCases.last == .fri)  // expect: true
