let x = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.sum(), x.sum(dim: 0), x.sum(dim: 1, keepDim: true).shape)
print(x.mean(dim: 1), x.variance(), x.std(dim: 0))
let (values, indices) = x.max(dim: 1)
print(values, indices, x.argmax())
print(x.softmax(dim: 1).sum(dim: 1))
print(x.logSumExp(dim: 1))
print((x - x.logSumExp(dim: 1, keepDim: true)).exp().sum(dim: 1))
print(x.clamp(min: 2, max: 5), x.relu().eq(x).sum().item())
print(x.pow(2).sum().sqrt(), x.norm())
print(x.cumsum(dim: 1))
print(Tensor.where(x > 3, x, 0.0))
print(2 * x - x / 2 + 1)
print(x.matmul(x.T), x.T.matmul(x).shape)
print(Tensor([1.0, 2.0]).dot(Tensor([3.0, 4.0])), Tensor([1.0, 2.0]).outer(Tensor([1.0, 0.0, -1.0])).shape)

// expect: tensor(21.) tensor([5., 7., 9.]) [2, 1]
// expect: tensor([2., 5.]) tensor(3.5000) tensor([2.1213, 2.1213, 2.1213])
// expect: tensor([3., 6.]) tensor([2, 2]) tensor(5)
// expect: tensor([1., 1.])
// expect: tensor([3.4076, 6.4076])
// expect: tensor([1.0000, 1.0000])
// expect: tensor([[2., 2., 3.],
// expect:         [4., 5., 5.]]) 6
// expect: tensor(9.5394) tensor(9.5394)
// expect: tensor([[ 1.,  3.,  6.],
// expect:         [ 4.,  9., 15.]])
// expect: tensor([[0., 0., 0.],
// expect:         [4., 5., 6.]])
// expect: tensor([[ 2.5000,  4.0000,  5.5000],
// expect:         [ 7.0000,  8.5000, 10.0000]])
// expect: tensor([[14., 32.],
// expect:         [32., 77.]]) [3, 3]
// expect: tensor(11.) [2, 3]
