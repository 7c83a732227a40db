var xs: [Double] = []
for x in stride(from: 1.0, through: 2.0, by: 0.2) {
  xs.append(x)
}
print(xs.count)  // expect: 6
print(xs)  // expect: [1.0, 1.2, 1.4, 1.6, 1.8, 2.0]
