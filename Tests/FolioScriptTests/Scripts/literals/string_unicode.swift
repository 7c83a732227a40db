let word = "café"
print(word)  // expect: café
print(word.count)  // expect: 4
let heart = "\u{2764}"
print(heart)  // expect: ❤
print("日本語".count)  // expect: 3
print("a\u{301}" == "á")  // expect: true
