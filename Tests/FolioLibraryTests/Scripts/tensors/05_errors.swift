// Shape mismatches name the operation and both shapes; a cell error never crashes.
let a = Tensor.zeros([2, 3])
let b = Tensor.zeros([4, 5])
print(a.shape)
let c = a.matmul(b)

// expect: [2, 3]
// expect runtime error 5:9: matmul: shapes [2, 3] and [4, 5] cannot be multiplied (3 != 4)
