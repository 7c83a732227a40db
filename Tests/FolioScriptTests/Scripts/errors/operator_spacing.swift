let a = 1
let b = a -1  // expect error 2:11: '-' needs whitespace on both sides or on neither to be a binary operator
