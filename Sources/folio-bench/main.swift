import Glibc

/// `folio-bench`: the speed figures the issues name, measured in release builds.
///
///     folio-bench language    the cell language against CPython
///     folio-bench tensor      the tensor engine against NumPy and direct BLAS calls
///     folio-bench autodiff    autodiff against hand-written gradients and reverse mode
///     folio-bench nn          an MLP epoch on Fashion-MNIST written as cells, against PyTorch
///     folio-bench plot        rendering and encoding figures
///     folio-bench runner      the folio binary: start-up, and -j 2 against -j 1
let arguments = CommandLine.arguments.dropFirst()
let options = Array(arguments.dropFirst())
let benchmarks: [String: () throws -> Void] = [
  "language": LanguageBenchmark.run, "tensor": TensorBenchmark.run, "autodiff": { try AutodiffBenchmark.run(options) },
  "nn": { try NNBenchmark.run(options) },
  "plot": PlotBenchmark.run, "runner": RunnerBenchmark.run,
]
guard let name = arguments.first, let benchmark = benchmarks[name] else {
  print("usage: folio-bench language|tensor|autodiff|nn|plot|runner [--python PATH]")
  exit(arguments.isEmpty ? 0 : 2)
}
do {
  try benchmark()
} catch {
  print("benchmark failed: \(error)")
  exit(1)
}
