func firstDuplicate(_ values: [Int]) -> Int? {
  var seen: [Int] = []
  for v in values {
    if seen.contains(v) {
      return v
    }
    seen.append(v)
  }
  return nil
}
print(firstDuplicate([3, 1, 4, 1, 5]) ?? -1)  // expect: 1
print(firstDuplicate([1, 2, 3]) ?? -1)  // expect: -1
