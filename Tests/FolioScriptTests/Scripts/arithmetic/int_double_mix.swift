let n = 3
let y = n * 2.5  // expect runtime error 2:11: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'
