let samples = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
let mean = samples.reduce(0, +) / Double(samples.count)
let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(samples.count)
print(mean)  // expect: 5.0
print(variance)  // expect: 4.0
print(variance.squareRoot())  // expect: 2.0
