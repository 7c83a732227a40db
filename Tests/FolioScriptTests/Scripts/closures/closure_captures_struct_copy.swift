struct Box { var value: Int }
var box = Box(value: 1)
let read = { box.value }
box.value = 2
print(read())  // expect: 2
let copy = box
let readCopy = { copy.value }
box.value = 3
print(readCopy(), read())  // expect: 2 3
