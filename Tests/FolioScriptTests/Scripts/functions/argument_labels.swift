func greet(person name: String, from town: String) -> String {
  "Hello \(name) from \(town)"
}
print(greet(person: "Ann", from: "Oslo"))  // expect: Hello Ann from Oslo
func move(from start: Int, to end: Int) -> Int {
  end - start
}
print(move(from: 3, to: 10))  // expect: 7
