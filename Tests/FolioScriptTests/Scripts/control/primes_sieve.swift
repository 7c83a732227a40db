let limit = 30
var isPrime = Array(repeating: true, count: limit + 1)
isPrime[0] = false
isPrime[1] = false
for i in 2...limit where isPrime[i] {
  var multiple = i * i
  while multiple <= limit {
    isPrime[multiple] = false
    multiple += i
  }
}
let primes = (0...limit).filter { isPrime[$0] }
print(primes)  // expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
