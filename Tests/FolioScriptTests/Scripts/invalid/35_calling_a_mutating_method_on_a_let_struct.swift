struct Counter {
  var count = 0
  mutating func increment() { count += 1 }
}
let c = Counter()
c.increment()

// Calling a mutating method on a `let` struct
// expect runtime error 6:1: cannot mutate 'c': it is a 'let' constant; declare it with 'var'
