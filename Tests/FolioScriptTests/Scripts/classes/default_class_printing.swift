class Plain {
  var x = 1
}
let p = Plain()
print(p)  // expect: main.Plain
print("value: \(p)")  // expect: value: main.Plain
print([p, p].count)  // expect: 2
