let number: Int? = 5
print(number! * 2)  // expect: 10
let text = Int("123")!
print(text + 1)  // expect: 124
let array = [3, 1, 2]
print(array.max()!)  // expect: 3
let dict = ["a": 1]
print(dict["a"]!)  // expect: 1
