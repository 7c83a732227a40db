import FolioTensor
import Glibc

/// Automatic differentiation's speed figures, each against the hand-written or reverse-mode
/// computation it replaces, measured in the same run.
///
///     .build/release/folio-bench autodiff [--python PATH]
///
/// With `--python`, a Python that has PyTorch runs ../shared/peers/fwdgrad_epoch_torch.py in
/// the same run for the forward-gradient peer; without it, the peer's recorded figures are
/// shown for reference.
enum AutodiffBenchmark {
  static func run(_ arguments: [String]) throws {
    setBLASThreads(1)
    print("Automatic differentiation (release build, 1 OpenBLAS thread; best of 7 batches)")
    try backwardAgainstHandWritten()
    try jvpAgainstBackprop()
    peer(arguments)
    try hyperDual()
  }

  /// A ReLU MLP: weights and biases alternate.
  private struct MLP {
    var parameters: [Tensor]

    init(_ sizes: [Int], generator: Generator) throws {
      parameters = []
      for (fanIn, fanOut) in zip(sizes, sizes.dropFirst()) {
        let bound = 1 / Double(fanIn).squareRoot()
        parameters.append(try Tensor.uniform([fanIn, fanOut], low: -bound, high: bound, generator: generator))
        parameters.append(try Tensor.uniform([fanOut], low: -bound, high: bound, generator: generator))
      }
    }

    /// The mean cross-entropy of the network with `parameters` on `x` and `labels`.
    static func loss(_ parameters: [Tensor], _ x: Tensor, _ labels: Tensor) throws -> Tensor {
      var h = x
      for layer in stride(from: 0, to: parameters.count, by: 2) {
        h = try h.matmul(parameters[layer]) + parameters[layer + 1]
        if layer + 2 < parameters.count { h = h.relu() }
      }
      let picked = try h.logSoftmax(dim: 1).index([.tensor(Tensor.arange(x.shape[0])), .tensor(labels)])
      return try -picked.mean()
    }
  }

  private static func batch(_ size: Int, generator: Generator) throws -> (Tensor, Tensor) {
    (try Tensor.rand([size, 784], generator: generator), try Tensor.randint(0, 10, [size], generator: generator))
  }

  /// backward() of a 784-100-10 MLP at batch 64 against the same gradients written by hand.
  private static func backwardAgainstHandWritten() throws {
    let generator = Generator(seed: 1)
    let net = try MLP([784, 100, 10], generator: generator)
    let (x, labels) = try batch(64, generator: generator)
    let leaves = try net.parameters.map { try $0.detach().requireGrad() }
    let autograd = try Timing.best {
      let loss = try MLP.loss(leaves, x, labels)
      try loss.backward()
      for leaf in leaves { leaf.grad = nil }
    }
    let forwardOnly = try Timing.best { _ = try noGrad { try MLP.loss(net.parameters, x, labels) } }
    let byHand = try Timing.best { _ = try handWrittenGradients(net.parameters, x, labels) }
    // Both gradients must agree, or the comparison means nothing.
    let loss = try MLP.loss(leaves, x, labels)
    try loss.backward()
    let manual = try handWrittenGradients(net.parameters, x, labels)
    let gap = try zip(leaves, manual).map { try ($0.grad! - $1).abs().max().item() }.max()!
    print("\n784-100-10 MLP, batch 64, cross-entropy    time           target")
    print(row("forward (no graph)", Timing.ms(forwardOnly), ""))
    print(row("forward + backward, autograd", Timing.ms(autograd), ""))
    print(row("forward + backward, by hand", Timing.ms(byHand), ""))
    let ratio = (autograd - forwardOnly) / (byHand - forwardOnly)
    print(row("backward: autograd / by hand", format2(ratio) + "×", "≤ 1.3×" + (ratio <= 1.3 ? "  ok" : "  over")))
    print(row("largest gradient difference", String(gap), ""))
  }

  /// The gradients of `MLP.loss` for two layers, with the chain rule written out.
  private static func handWrittenGradients(_ p: [Tensor], _ x: Tensor, _ labels: Tensor) throws -> [Tensor] {
    let n = Double(x.shape[0])
    let pre = try x.matmul(p[0]) + p[1]
    let h = pre.relu()
    let logits = try h.matmul(p[2]) + p[3]
    let dLogits = try logits.softmax(dim: 1)
    try dLogits.indexPut([.tensor(Tensor.arange(x.shape[0])), .tensor(labels)], dLogits.index([.tensor(Tensor.arange(x.shape[0])), .tensor(labels)]) - 1)
    try dLogits /= n
    let dHidden = try dLogits.matmul(p[2].T)
    try dHidden.indexPut([.tensor(pre <= 0)], 0)
    return [
      try x.T.matmul(dHidden), try dHidden.sum(dims: [0]), try h.T.matmul(dLogits), try dLogits.sum(dims: [0]),
    ]
  }

  /// A forward-gradient step (one jvp along a random tangent) against a backprop step, on a
  /// 784-1024-1024-10 MLP at batch 64.
  private static func jvpAgainstBackprop() throws {
    let generator = Generator(seed: 2)
    let net = try MLP([784, 1024, 1024, 10], generator: generator)
    let (x, labels) = try batch(64, generator: generator)
    let tangents = try net.parameters.map { try $0.randnLike(generator: generator) }
    let forwardGradient = try Timing.best {
      _ = try Transforms.jvp({ try MLP.loss($0, x, labels) }, primals: net.parameters, tangents: tangents)
    }
    let leaves = try net.parameters.map { try $0.detach().requireGrad() }
    let backprop = try Timing.best {
      try MLP.loss(leaves, x, labels).backward()
      for leaf in leaves { leaf.grad = nil }
    }
    print("\n784-1024-1024-10 MLP, batch 64              time           target")
    print(row("jvp along one tangent (forward mode)", Timing.ms(forwardGradient), ""))
    print(row("forward + backward (reverse mode)", Timing.ms(backprop), ""))
    let ratio = forwardGradient / backprop
    print(row("jvp / backprop step", format2(ratio) + "×", "≤ 1×" + (ratio <= 1 ? "  ok" : "  over")))
  }

  /// FoMoH-KD's hyper-dual pass: all K(K+1)/2 = 55 pairs of K = 10 directions, one vectorised
  /// evaluation of a [784, 100, 10] ReLU MLP with cross-entropy at batch 2048.
  private static func hyperDual() throws {
    let generator = Generator(seed: 3)
    let net = try MLP([784, 100, 10], generator: generator)
    let (x, labels) = try batch(2048, generator: generator)
    let k = 10
    var pairs: [(Int, Int)] = []
    for i in 0..<k { for j in i..<k { pairs.append((i, j)) } }
    let directions = try net.parameters.map { try Tensor.randn([k] + $0.shape, generator: generator) }
    let parameters = try zip(net.parameters, directions).map { try HyperTensor($0, directions: $1, pairs: pairs) }
    let pass = try Timing.best(repeats: 5) {
      var h = HyperTensor(x)
      for layer in stride(from: 0, to: parameters.count, by: 2) {
        h = try h.matmul(parameters[layer]) + parameters[layer + 1]
        if layer + 2 < parameters.count { h = try h.relu() }
      }
      _ = try nllLoss(h.logSoftmax(dim: 1), labels).eps1eps2
    }
    print("\nFoMoH-KD, K = 10 (55 pairs), [784, 100, 10], batch 2048    time     target")
    print(row("one vectorised hyper-dual pass", Timing.ms(pass), "≤ 300 ms" + (pass <= 0.3 ? "  ok" : "  over")))
    print("fomoh itself (recorded in ../shared/peers/README.md, not this run): 0.91 s sequential, 1.17 s vectorised")
  }

  /// PyTorch's figures for the forward-gradient step, run now if a Python with torch is given.
  private static func peer(_ arguments: [String]) {
    guard let python = pythonOption(arguments) else {
      print("\nPyTorch (recorded in ../shared/peers/README.md, not this run): jvp step 19.8 ms, backprop step 7.2 ms (2.75×)")
      return
    }
    let script = "../shared/peers/fwdgrad_epoch_torch.py"
    guard let output = shell([python, script, "100"]) else {
      print("\nPyTorch: \(script) did not run with \(python)")
      return
    }
    print("\nPyTorch, same run: " + output.trimmingCharacters(in: [" ", "\n"]))
  }
}

/// Best-of timing shared by the benchmarks.
enum Timing {
  /// The best time of `body`, run in batches of about 20 ms.
  static func best(repeats: Int = 7, _ body: () throws -> Void) throws -> Double {
    try body()
    var iterations = 1
    var elapsed = 0.0
    while true {
      let start = now()
      for _ in 0..<iterations { try body() }
      elapsed = now() - start
      if elapsed > 0.02 || iterations >= 1 << 24 { break }
      iterations *= 2
    }
    var bestTime = elapsed / Double(iterations)
    for _ in 1..<repeats {
      let start = now()
      for _ in 0..<iterations { try body() }
      bestTime = min(bestTime, (now() - start) / Double(iterations))
    }
    return bestTime
  }

  static func ms(_ seconds: Double) -> String { format2(seconds * 1e3) + " ms" }
}
