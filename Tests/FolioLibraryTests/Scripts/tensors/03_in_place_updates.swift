// In-place operators change the tensor for every name, as in PyTorch, even through `let`.
let w = Tensor([1.0, -2.0, 3.0])
let alias = w
w -= 0.5 * Tensor([2.0, 2.0, 2.0])
print(alias)
w *= 2
print(w)
let grad = Tensor([[0.5, -1.0], [-0.25, 2.0]])
grad[grad < 0] = 0
print(grad)
grad[0] = Tensor([9.0, 9.0])
print(grad)
var total = 0
total += 1
print(total)

// expect: tensor([ 0., -3.,  2.])
// expect: tensor([ 0., -6.,  4.])
// expect: tensor([[0.5000, 0.0000],
// expect:         [0.0000, 2.0000]])
// expect: tensor([[9., 9.],
// expect:         [0., 2.]])
// expect: 1
