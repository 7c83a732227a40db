class Counter {
  var count = 0
  func increment() -> Int {
    count += 1
    return count
  }
}
let counter = Counter()
_ = counter.increment()
_ = counter.increment()
print(counter.increment())  // expect: 3
print(counter.count)  // expect: 3
