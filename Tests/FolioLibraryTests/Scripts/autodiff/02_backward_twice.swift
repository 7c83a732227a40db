// The graph is freed after backward unless it is retained, as in PyTorch.
let w = Tensor([1.0, 2.0], requiresGrad: true)
let loss = (w * w).sum()
loss.backward(retainGraph: true)
loss.backward()
print(w.grad!)
let other = (w * 3).sum()
other.backward()
print(w.grad!)
other.backward()

// expect: tensor([4., 8.])
// expect: tensor([ 7., 11.])
// expect runtime error 10:1: backward: this graph was already freed by an earlier backward(); pass retainGraph: true to the first one
