// Convolution, pooling and LAPACK decompositions from a cell.
let image = Tensor.arange(16).float().reshape([1, 1, 4, 4])
let kernel = Tensor.ones([1, 1, 2, 2])
print(image.conv2d(weight: kernel, stride: 2))
print(image.conv2d(weight: kernel, bias: Tensor([1.0]), padding: 1).shape)
let (pooled, where_) = image.maxPool2d(kernelSize: 2)
print(pooled, where_)
print(pooled.maxUnpool2d(indices: where_, outputSize: (4, 4)).sum(), image.unfold(kernelSize: 2).shape)
let a = Tensor([[4.0, 1.0], [1.0, 3.0]])
let (values, vectors) = a.eigh()
print(values.shape, vectors.shape)
let l = a.cholesky()
print((l.matmul(l.T) - a).abs().max().item() < 1e-6)
print(Tensor.solve(a, Tensor([1.0, 2.0])), (a.matmul(a.inverse()) - Tensor.eye(2)).abs().max().item() < 1e-6)

// expect: tensor([[[[10., 18.],
// expect:           [42., 50.]]]])
// expect: [1, 1, 5, 5]
// expect: tensor([[[[ 5.,  7.],
// expect:           [13., 15.]]]]) tensor([[[[ 5,  7],
// expect:           [13, 15]]]])
// expect: tensor(40.) [1, 4, 9]
// expect: [2] [2, 2]
// expect: true
// expect: tensor([0.0909, 0.6364]) true
