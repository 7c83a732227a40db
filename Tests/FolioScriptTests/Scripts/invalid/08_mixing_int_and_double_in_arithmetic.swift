let count = 3
let price = 2.5
print(count * price)

// Mixing Int and Double in arithmetic
// expect runtime error 3:13: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'
