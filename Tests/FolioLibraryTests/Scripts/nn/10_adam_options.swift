// Adam's betas and AdamW's decoupled decay from cells.
let w = Tensor.ones([2], requiresGrad: true)
let a = Adam([w], lr: 0.1, betas: (0.8, 0.99))
(w * w).sum().backward()
a.step()
print(w)
let b = AdamW([w], lr: 0.1)
print(b.lr)


// expect: tensor([0.9000, 0.9000])
// expect: 0.1
