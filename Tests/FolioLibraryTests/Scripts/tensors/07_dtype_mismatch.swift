// Mixing float32 and float64 in a product says what was expected.
let a = Tensor.ones([2, 2])
let b = Tensor.ones([2, 2], dtype: .float64)
print((a + b).dtype)
let c = a.matmul(b)

// expect: float64
// expect runtime error 5:9: matmul: expected both operands to have the same dtype, got float32 and float64
