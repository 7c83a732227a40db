let s = "quoted?"
print(s)  // expect: quoted?
print([s])  // expect: ["quoted?"]
print((s, 1))  // expect: ("quoted?", 1)
print("\([s])")  // expect: ["quoted?"]
let empty = ""
print([empty, empty])  // expect: ["", ""]
