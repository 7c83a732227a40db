// A float update of an int64 tensor in place is refused, as in PyTorch.
let counts = Tensor([1, 2, 3])
counts += 1
print(counts)
counts += 0.5

// expect: tensor([2, 3, 4])
// expect runtime error 5:8: add_: the result is float32 but the tensor updated in place is int64
