// fomoh's parity check from a cell: a [784, 100, 10] ReLU MLP with cross-entropy gives the same
// predictions, loss, gᵀv and vᵀHv by hyper-dual forward mode as by reverse mode.
setSeed(7)
let x = Tensor.randn([16, 784], dtype: .float64)
let labels = Tensor.randint(0, 10, [16])
let shapes = [[784, 100], [100], [100, 10], [10]]
let params = shapes.map { Tensor.randn($0, dtype: .float64) * 0.1 }
let v = shapes.map { Tensor.randn($0, dtype: .float64) }

func forward(_ p: [Tensor]) -> Tensor {
  let logits = (x.matmul(p[0]) + p[1]).relu().matmul(p[2]) + p[3]
  return nllLoss(logits.logSoftmax(dim: 1), labels)
}

let hyper = (0..<4).map { HyperTensor(params[$0], eps1: v[$0], eps2: v[$0]) }
let hyperLogits = (HyperTensor(x).matmul(hyper[0]) + hyper[1]).relu().matmul(hyper[2]) + hyper[3]
let hyperLoss = nllLoss(hyperLogits.logSoftmax(dim: 1), labels)

let logits = (x.matmul(params[0]) + params[1]).relu().matmul(params[2]) + params[3]
let g = grad { (a: Tensor, b: Tensor, c: Tensor, d: Tensor) in forward([a, b, c, d]) }(params)
let hv = hvp({ (a: Tensor, b: Tensor, c: Tensor, d: Tensor) in forward([a, b, c, d]) }, primals: params, vectors: v)
var gv = 0.0
var vhv = 0.0
for i in 0..<4 {
  gv += (g[i] * v[i]).sum().item()
  vhv += (hv[i] * v[i]).sum().item()
}
func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-5 * max(1.0, abs(b)) }
print("predictions:", (hyperLogits.real - logits).abs().max().item() <= 1e-12)
print("loss:", close(hyperLoss.real.item(), forward(params).item()))
print("gᵀv:", close(hyperLoss.eps1.item(), gv))
print("vᵀHv:", close(hyperLoss.eps1eps2.item(), vhv))

// expect: predictions: true
// expect: loss: true
// expect: gᵀv: true
// expect: vᵀHv: true
