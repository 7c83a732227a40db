// A hook sees the gradient with respect to a layer's output during backward.
let x = Tensor([[1.0, 2.0], [3.0, 4.0]])
let w = Tensor([[0.5], [-0.5]], requiresGrad: true)
let out = x.matmul(w)
var seen: [Double] = []
out.registerHook { g in seen = g.toArray() }
(out * out).sum().backward()
print(seen, w.grad!)

// expect: [-1.0, -1.0] tensor([[-4.],
// expect:         [-6.]])
