let t = true
let f = false
print(t && f)  // expect: false
print(t || f)  // expect: true
print(!f)  // expect: true
print(t && !f || f)  // expect: true
print(f || f && t)  // expect: false
print((1 < 2) && (3 < 4))  // expect: true
