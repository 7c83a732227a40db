let a = 1 +  // expect error 1:12: expected an expression, found 'let'
let b = )  // expect error 2:9: expected an expression, found ')'
let c = "open  // expect error 3:9: unterminated string literal
