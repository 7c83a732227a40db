// Parameters saved to .npz load into a fresh model built the same way, which then computes
// exactly what the saved one does; a model of other sizes is refused.
setSeed(0)
let path = "/tmp/folio-engine-script-net.npz"
let x = Tensor.randn([4, 1, 8, 8])
let trained = Sequential(Conv2d(1, 2, kernelSize: 3), ReLU(), Flatten(), Linear(72, 3))
trained.save(path)
let fresh = Sequential(Conv2d(1, 2, kernelSize: 3), ReLU(), Flatten(), Linear(72, 3))
print((fresh(x) - trained(x)).abs().max().item() > 0)
fresh.load(path)
print((fresh(x) - trained(x)).abs().max().item())
print(fresh.parameters()[0].requiresGrad, fresh.parameters()[0].grad == nil)
let wider = Sequential(Conv2d(1, 4, kernelSize: 3), ReLU(), Flatten(), Linear(144, 3))
wider.load(path)

// expect: true
// expect: 0.0
// expect: true true
// expect runtime error 14:1: /tmp/folio-engine-script-net.npz holds '0.weight' with shape [2, 1, 3, 3], but the parameter has shape [4, 1, 3, 3]; build the model with the same layers and sizes as the one saved
