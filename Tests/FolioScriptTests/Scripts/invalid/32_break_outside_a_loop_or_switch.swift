let x = 1
if x > 0 {
  print(x)
}
break

// `break` outside a loop or switch
// expect error 5:1: 'break' is only allowed inside a loop, if, do, or switch
