enum Day: CaseIterable {
  case mon, tue, wed, thu, fri, sat, sun
}
func kind(_ d: Day) -> String {
  switch d {
  case .sat, .sun:
    return "weekend"
  default:
    return "weekday"
  }
}
print(Day.allCases.map(kind))  // expect: ["weekday", "weekday", "weekday", "weekday", "weekday", "weekend", "weekend"]
