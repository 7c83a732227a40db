let n = 3
switch n {
case 0: print("zero")
case 1...9: print("small")
}

// Switch over Int without `default`
// expect error 2:1: switch must be exhaustive: add a 'default' case
