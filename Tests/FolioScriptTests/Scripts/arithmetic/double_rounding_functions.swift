let values = [2.5, -2.5, 3.49, -0.4]
for v in values {
  print(v.rounded(), floor(v), ceil(v), Int(v))
}
// expect: 3.0 2.0 3.0 2
// expect: -3.0 -3.0 -2.0 -2
// expect: 3.0 3.0 4.0 3
// expect: -0.0 -1.0 -0.0 0
