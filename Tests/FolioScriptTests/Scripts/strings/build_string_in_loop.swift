var row = ""
for i in 1...5 {
  if !row.isEmpty {
    row += " "
  }
  row += "\(i * i)"
}
print(row)  // expect: 1 4 9 16 25
print("[\(row)]")  // expect: [1 4 9 16 25]
