// Operations without a derivative say so instead of returning a wrong gradient.
let a = Tensor([[2.0, 1.0], [1.0, 2.0]], requiresGrad: true)
print(noGrad { a.inverse() }.shape)
let b = a.inverse()

// expect: [2, 2]
// expect runtime error 4:9: inverse is not differentiable; call it on t.detach() or inside noGrad { } if no gradient is needed
