let n = 1
switch n {
case 1:
case 2:
  print("one or two")
default:
  print("other")
}

// Empty `case` body
// expect error 3:1: 'case' label in a 'switch' must have at least one executable statement
