let scores = [98, 85, 73, 61, 40]
var report: [String] = []
for s in scores {
  switch s {
  case 90...100: report.append("A")
  case 80..<90: report.append("B")
  case 70..<80: report.append("C")
  case 60..<70: report.append("D")
  default: report.append("F")
  }
}
print(report.joined(separator: ""))  // expect: ABCDF
