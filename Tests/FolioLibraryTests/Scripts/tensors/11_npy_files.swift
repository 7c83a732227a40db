// Tensors round-trip through NumPy .npy files; a missing file is an error, not a crash.
let t = Tensor([[1.5, 2.0], [3.0, 4.0]], dtype: .float64)
t.T.save("/tmp/folio-engine-script.npy")
let back = Tensor.load("/tmp/folio-engine-script.npy")
print(back, back.dtype)
let missing = Tensor.load("/tmp/folio-no-such-file.npy")

// expect: tensor([[1.5000, 3.0000],
// expect:         [2.0000, 4.0000]], dtype: .float64) float64
// expect runtime error 6:15: cannot open /tmp/folio-no-such-file.npy: No such file or directory
