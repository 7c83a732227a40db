print(true)  // expect: true
print(1 == 1, 2 > 3)  // expect: true false
let flag = 5 > 3
print("flag is \(flag)")  // expect: flag is true
print(!flag)  // expect: false
