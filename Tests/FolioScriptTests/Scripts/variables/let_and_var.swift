let a = 1
var b = 2
b = b + a
print(b)  // expect: 3
b += 10
b -= 1
b *= 2
print(b)  // expect: 24
var word = "x"
word += "y"
print(word)  // expect: xy
