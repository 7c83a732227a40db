// Views share memory with their base; subscripts follow NumPy's rules.
let t = Tensor.arange(12).reshape([3, 4])
print(t[1])
print(t[-1, 2], t[0..., 1], t[1..<3, 2...])
print(t.T.shape, t.T.isContiguous, t.permute([1, 0]).contiguous().isContiguous)
let row = t[0]
row[0] = 100
print(t[0, 0])
print(t[Tensor([2, 0])])
print(t[Tensor.arange(3), Tensor([0, 1, 3])])
print(t[t > 8])
print(t[.newAxis].shape, t[.ellipsis, 0])
print(t.unsqueeze(0).shape, t.flatten().shape, t.view([-1, 6]).shape)
let parts = t.split(2, dim: 1)
print(parts.count, parts[1])
print(Tensor.cat([t, t], dim: 0).shape, Tensor.stack([t, t]).shape)

// expect: tensor([4, 5, 6, 7])
// expect: tensor(10) tensor([1, 5, 9]) tensor([[ 6,  7],
// expect:         [10, 11]])
// expect: [4, 3] false true
// expect: tensor(100)
// expect: tensor([[  8,   9,  10,  11],
// expect:         [100,   1,   2,   3]])
// expect: tensor([100,   5,  11])
// expect: tensor([100,   9,  10,  11])
// expect: [1, 3, 4] tensor([100,   4,   8])
// expect: [1, 3, 4] [12] [2, 6]
// expect: 2 tensor([[ 2,  3],
// expect:         [ 6,  7],
// expect:         [10, 11]])
// expect: [6, 4] [2, 3, 4]
