print("apple" < "banana")  // expect: true
print("apple" == "apple")  // expect: true
print("Apple" < "apple")  // expect: true
print("Z" < "a")  // expect: true
print("abc" < "abd")  // expect: true
print("ab" < "abc")  // expect: true
print("b" > "abc")  // expect: true
print(["pear", "Fig", "apple"].sorted())  // expect: ["Fig", "apple", "pear"]
