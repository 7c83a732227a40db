var original = [1, 2, 3]
var copy = original
copy[0] = 99
copy.append(4)
print(original)  // expect: [1, 2, 3]
print(copy)  // expect: [99, 2, 3, 4]
func modified(_ xs: [Int]) -> [Int] {
  var ys = xs
  ys.removeAll()
  return ys
}
print(modified(original), original)  // expect: [] [1, 2, 3]
