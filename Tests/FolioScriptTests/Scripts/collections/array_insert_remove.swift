var letters = ["a", "b", "c", "d"]
letters.insert("z", at: 0)
print(letters)  // expect: ["z", "a", "b", "c", "d"]
letters.insert("m", at: 3)
print(letters)  // expect: ["z", "a", "b", "m", "c", "d"]
let removed = letters.remove(at: 1)
print(removed, letters)  // expect: a ["z", "b", "m", "c", "d"]
let last = letters.removeLast()
print(last, letters)  // expect: d ["z", "b", "m", "c"]
letters.removeAll()
print(letters, letters.isEmpty)  // expect: [] true
