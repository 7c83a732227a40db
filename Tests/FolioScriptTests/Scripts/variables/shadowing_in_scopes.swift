let x = 1
do {
  let x = 2
  print(x)  // expect: 2
  do {
    let x = "three"
    print(x)  // expect: three
  }
  print(x)  // expect: 2
}
print(x)  // expect: 1
if true {
  let x = x + 10
  print(x)  // expect: 11
}
