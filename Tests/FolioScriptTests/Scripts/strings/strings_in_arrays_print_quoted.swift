let names = ["Ann", "Bob"]
print(names)  // expect: ["Ann", "Bob"]
print(names[0])  // expect: Ann
print([""])  // expect: [""]
print(["say \"hi\""])  // expect: ["say \"hi\""]
print(["tab\there"])  // expect: ["tab\there"]
print(["line\nbreak"])  // expect: ["line\nbreak"]
