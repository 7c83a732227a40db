let temps = [18.5, 22.1, 15.0, 30.2]
print(temps.min()!)  // expect: 15.0
print(temps.max()!)  // expect: 30.2
print(temps.contains(22.1))  // expect: true
print(temps.contains(99))  // expect: false
print(temps.contains { $0 > 25 })  // expect: true
print(temps.contains(where: { $0 < 0 }))  // expect: false
print(["b", "a"].min()!)  // expect: a
