let file = "report.final.pdf"
print(file.hasPrefix("report"))  // expect: true
print(file.hasSuffix(".pdf"))  // expect: true
print(file.hasSuffix(".txt"))  // expect: false
print(file.hasPrefix(""))  // expect: true
print("Swift".hasPrefix("swift"))  // expect: false
let files = ["a.swift", "b.txt", "c.swift"]
print(files.filter { $0.hasSuffix(".swift") })  // expect: ["a.swift", "c.swift"]
