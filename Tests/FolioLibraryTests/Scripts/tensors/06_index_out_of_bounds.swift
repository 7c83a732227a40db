// A bad index names the index and the dimension.
let t = Tensor.zeros([2, 3])
print(t[1, 2])
print(t[1, 3])

// expect: tensor(0.)
// expect runtime error 4:7: index 3 is out of bounds for dimension 1 with size 3
