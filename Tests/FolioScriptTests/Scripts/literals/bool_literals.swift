let yes = true
let no = false
print(yes)  // expect: true
print(no)  // expect: false
print(!yes)  // expect: false
print(yes && no, yes || no)  // expect: false true
print(yes == !no)  // expect: true
