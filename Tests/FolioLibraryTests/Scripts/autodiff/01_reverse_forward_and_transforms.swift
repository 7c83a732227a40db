// Gradients in reverse mode, forward mode and as transforms of closures, as cells use them.
setSeed(0)
let x = Tensor.randn([4, 3])
let w = Tensor.randn([3, 2], requiresGrad: true)
let loss = x.matmul(w).clamp(min: 0).pow(2).sum()
loss.backward()
print(w.grad!.shape, w.requiresGrad, loss.requiresGrad, w.isLeaf, loss.isLeaf)
noGrad {
  w -= 0.01 * w.grad!
  w.grad!.zero()
}
print(w.grad!)
let df = grad { (t: Tensor) in (t * t).sum() }
print(df(Tensor([1.0, 2.0, 3.0])))
let (value, tangent) = jvp({ (t: Tensor) in t.exp() }, primals: [Tensor([0.0, 1.0])], tangents: [Tensor([1.0, 1.0])])
print(value, tangent)
print(hvp({ (t: Tensor) in t.pow(3).sum() }, primals: [Tensor([1.0, 2.0])], vectors: [Tensor([1.0, 1.0])]))
let a = Tensor([2.0], requiresGrad: true)
let y = (a * a * a).sum()
let g = grad(of: y, wrt: [a], createGraph: true)
print(g[0], grad(of: g[0].sum(), wrt: [a])[0])
w -= 1

// expect: [3, 2] true true true false
// expect: tensor([[0., 0.],
// expect:         [0., 0.],
// expect:         [0., 0.]])
// expect: tensor([2., 4., 6.])
// expect: tensor([1.0000, 2.7183]) tensor([1.0000, 2.7183])
// expect: tensor([ 6., 12.])
// expect: tensor([12.]) tensor([12.])
// expect runtime error 22:3: sub_: a tensor that requires grad cannot be changed in place while gradients are recorded; do it inside noGrad { }
