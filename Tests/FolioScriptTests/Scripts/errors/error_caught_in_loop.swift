enum CheckError: Error {
  case tooSmall(Int)
  case tooLarge(Int)
}
func check(_ n: Int) throws -> Int {
  if n < 0 { throw CheckError.tooSmall(n) }
  if n > 10 { throw CheckError.tooLarge(n) }
  return n * n
}
var results: [Int] = []
for n in [3, -1, 4, 20] {
  do {
    results.append(try check(n))
  } catch CheckError.tooSmall(let v) {
    print("\(v) too small")
  } catch {
    print("failed: \(error)")
  }
}
// expect: -1 too small
// expect: failed: tooLarge(20)
print(results)  // expect: [9, 16]
