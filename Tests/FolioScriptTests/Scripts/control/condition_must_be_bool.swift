let n = 1
if n {  // expect runtime error 2:4: type 'Int' cannot be used as a boolean; test for '!= 0' instead
  print("never")
}
