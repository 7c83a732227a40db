struct Counter {
  var count = 0
  mutating func increment() {
    count += 1
  }
  mutating func add(_ n: Int) {
    count += n
  }
  mutating func reset() {
    self = Counter()
  }
}
var c = Counter()
c.increment()
c.increment()
c.add(10)
print(c.count)  // expect: 12
c.reset()
print(c)  // expect: Counter(count: 0)
