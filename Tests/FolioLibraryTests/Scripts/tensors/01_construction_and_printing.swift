// Tensors from nested arrays take PyTorch's dtypes: Ints give int64, Doubles float32.
let a = Tensor([[1.0, 2.5], [3.0, 4.0]])
print(a)
print(a.dtype, a.shape)
let labels = Tensor([3, 0, 12])
print(labels, labels.dtype)
print(Tensor([true, false, true]))
print(Tensor([1, 2], dtype: .float64))
print(Tensor.zeros([2, 3], dtype: DType.int64))
print(Tensor.eye(2), Tensor.full([2], 7))
print(Tensor.arange(4), Tensor.arange(1, 2, 0.25))
print(Tensor.linspace(0, 1, 5))
setSeed(3)
let r = Tensor.randint(0, 10, [5])
setSeed(3)
print(r.eq(Tensor.randint(0, 10, [5])).sum().item() == 5)
let g = Generator(seed: 1)
print(Tensor.rand([2], generator: g).shape, Tensor.randperm(6).sum())

// expect: tensor([[1.0000, 2.5000],
// expect:         [3.0000, 4.0000]])
// expect: float32 [2, 2]
// expect: tensor([ 3,  0, 12]) int64
// expect: tensor([ True, False,  True])
// expect: tensor([1., 2.], dtype: .float64)
// expect: tensor([[0, 0, 0],
// expect:         [0, 0, 0]])
// expect: tensor([[1., 0.],
// expect:         [0., 1.]]) tensor([7., 7.])
// expect: tensor([0, 1, 2, 3]) tensor([1.0000, 1.2500, 1.5000, 1.7500])
// expect: tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
// expect: true
// expect: [2] tensor(15)
