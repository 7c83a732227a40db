func search(_ xs: [Int], _ target: Int, _ lo: Int, _ hi: Int) -> Int {
  if lo > hi { return -1 }
  let mid = (lo + hi) / 2
  if xs[mid] == target { return mid }
  if xs[mid] < target {
    return search(xs, target, mid + 1, hi)
  }
  return search(xs, target, lo, mid - 1)
}
let sorted = [1, 3, 5, 7, 9, 11]
print(search(sorted, 7, 0, sorted.count - 1))  // expect: 3
print(search(sorted, 1, 0, sorted.count - 1))  // expect: 0
print(search(sorted, 4, 0, sorted.count - 1))  // expect: -1
