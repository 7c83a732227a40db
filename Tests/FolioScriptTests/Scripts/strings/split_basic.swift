let csv = "red,green,blue"
let parts = csv.split(separator: ",").map(String.init)
print(parts)  // expect: ["red", "green", "blue"]
print(parts.count)  // expect: 3
let words = "the quick  brown fox".split(separator: " ").map(String.init)
print(words)  // expect: ["the", "quick", "brown", "fox"]
print("a,,b,".split(separator: ",").map(String.init))  // expect: ["a", "b"]
print("".split(separator: ",").map(String.init))  // expect: []
