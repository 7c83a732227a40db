import Glibc

/// One epoch of a 784-100-10 ReLU MLP on Fashion-MNIST's 60,000 training images, written as
/// cells (FashionMNIST, DataLoader, Sequential, SGD) and run by the `folio` binary beside this
/// one, so the figure includes the interpreter, the loader and the process's whole memory.
///
///     .build/release/folio-bench nn [--python PATH]
///
/// Three epochs run at batch 64 and at batch 500 with lr 0.1, with one OpenBLAS thread (what
/// a notebook gets unless it calls `setBLASThreads`) and with two (PyTorch's default on this
/// two-core machine). The second epoch is the steady-state figure, as
/// ../shared/peers/mlp_epoch_torch.py takes its second; the test accuracy after the third is
/// the acceptance check. With `--python`, a Python with
/// PyTorch runs that peer script in the same run; otherwise its recorded figures are shown.
enum NNBenchmark {
  static func run(_ arguments: [String]) throws {
    let folio = try folioBinary()
    print("MLP epoch on Fashion-MNIST (release build; cells run by `folio script`)")
    print("\nthreads batch  epoch 1   epoch 2   epoch 3   target        test accuracy      peak memory")
    for threads in [1, 2] {
      for (batch, target) in [(64, 0.45), (500, 0.30)] {
        try measure(folio, threads: threads, batch: batch, target: target)
      }
    }
    peer(arguments)
  }

  /// Runs the script once and prints its row.
  private static func measure(_ folio: String, threads: Int, batch: Int, target: Double) throws {
    let path = "/tmp/folio-bench-mlp-\(getpid())-\(batch).swift"
    try writeFile(script(batchSize: batch, threads: threads), to: path)
    defer { unlink(path) }
    guard let result = runProcess([folio, "script", path]), result.status == 0 else {
      throw BenchmarkError("the MLP script failed at batch \(batch); run `folio script \(path)` to see why")
    }
    let (epochs, accuracy) = try parse(result.output)
    let memoryMB = Double(result.peakBytes) / 1e6
    let times = epochs.map { padded(format3($0) + " s", 10) }.joined()
    let verdict = padded("≤ \(target) s" + (epochs[1] <= target ? " ok" : " over"), 14)
    let check = batch == 64 ? (accuracy >= 0.84 ? " (≥ 0.84 ok)" : " (< 0.84)") : ""
    let memory = "\(Int(memoryMB.rounded())) MB" + (memoryMB <= 400 ? " (≤ 400 ok)" : " (over 400)")
    print(padded(String(threads), 8) + padded(String(batch), 7) + times + verdict + padded(format3(accuracy) + check, 19) + memory)
  }

  /// The cells: load, three epochs timed with perfCounter, then accuracy on the test set.
  static func script(batchSize: Int, threads: Int) -> String {
    """
    setSeed(0)
    setBLASThreads(\(threads))
    let train = FashionMNIST(train: true, transform: ToTensor())
    let test = FashionMNIST(train: false, transform: ToTensor())
    let loader = DataLoader(train, batchSize: \(batchSize), shuffle: true, generator: Generator(seed: 0))
    let model = Sequential(Flatten(), Linear(784, 100), ReLU(), Linear(100, 10))
    let optimizer = SGD(model.parameters(), lr: 0.1)
    let criterion = CrossEntropyLoss()
    var seconds: [Double] = []
    for epoch in 0..<3 {
      let start = perfCounter()
      for (images, labels) in loader {
        let loss = criterion(model(images), labels)
        optimizer.zeroGrad()
        loss.backward()
        optimizer.step()
      }
      seconds.append(perfCounter() - start)
    }
    var correct = 0
    noGrad {
      for (images, labels) in DataLoader(test, batchSize: 1000) {
        correct += model(images).argmax(dim: 1).eq(labels).sum().item()
      }
    }
    print("epochs", seconds[0], seconds[1], seconds[2])
    print("accuracy", Double(correct) / Double(test.count))

    """
  }

  private static func parse(_ output: String) throws -> (epochs: [Double], accuracy: Double) {
    var epochs: [Double] = []
    var accuracy: Double?
    for line in output.split(separator: "\n") {
      let fields = line.split(separator: " ")
      if fields.first == "epochs" { epochs = fields.dropFirst().compactMap { Double($0) } }
      if fields.first == "accuracy", fields.count == 2 { accuracy = Double(fields[1]) }
    }
    guard epochs.count == 3, let accuracy else { throw BenchmarkError("unexpected output from the MLP script:\n\(output)") }
    return (epochs, accuracy)
  }

  /// PyTorch's epoch times, run now if a Python with torch is given.
  private static func peer(_ arguments: [String]) {
    guard let python = pythonOption(arguments) else {
      print("\nPyTorch (recorded in ../shared/peers/README.md, not this run): batch 64 0.89 s indexing, 1.26 s DataLoader;")
      print("batch 500 0.33 s indexing, 0.64 s DataLoader")
      return
    }
    let script = "../shared/peers/mlp_epoch_torch.py"
    print("\nPyTorch, same run (\(script)):")
    for batch in ["64", "500"] {
      guard let output = shell([python, script, batch]) else {
        print("  did not run with \(python)")
        return
      }
      print(output.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
    }
  }

  private static func format3(_ value: Double) -> String { String((value * 1000).rounded() / 1000) }
}
