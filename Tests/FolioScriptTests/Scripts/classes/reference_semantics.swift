class Box {
  var value: Int
  init(value: Int) { self.value = value }
}
let a = Box(value: 1)
let b = a
b.value = 99
print(a.value)  // expect: 99
func reset(_ box: Box) {
  box.value = 0
}
reset(a)
print(b.value)  // expect: 0
let boxes = [a, Box(value: 5)]
boxes[0].value = 7
print(a.value, boxes[1].value)  // expect: 7 5
