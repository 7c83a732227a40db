// Broadcasting failures name the operation and both shapes.
let a = Tensor.ones([2, 3])
let b = a + Tensor.ones([3])
print(b.shape)
let c = a * Tensor.ones([2])

// expect: [2, 3]
// expect runtime error 5:11: mul: shapes [2, 3] and [2] are not compatible
