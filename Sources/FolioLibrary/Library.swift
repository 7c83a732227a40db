import FolioScript
import FolioTensor

/// The names the engine adds to every session: types such as `Tensor`, and functions such
/// as `setSeed` and `plot`.
public enum Library {
  /// The engine's global names and their script values.
  public static var globals: [String: Value] {
    AutodiffBindings.globals.merging([
      "Tensor": .type(.host(TensorBindings.type)),
      "DType": .type(.host(DTypeBindings.type)),
      "Generator": .type(.host(GeneratorBindings.type)),
      "setSeed": .function(Bind.function("setSeed", .unlabelled) { (seed: Int) in
        setSeed(UInt64(bitPattern: Int64(seed)))
        return Nothing()
      }),
      "setBLASThreads": .function(Bind.function("setBLASThreads", .unlabelled) { (count: Int) in
        setBLASThreads(count)
        return Nothing()
      }),
      "plot": .function(PlotBindings.plot),
    ]) { first, _ in first }
  }

  /// Creates a session with the engine's names, with the engine reset to a known state:
  /// seed 0, and one OpenBLAS thread (the fastest setting for MNIST-sized shapes on two cores).
  public static func makeSession(output: OutputSink) -> Session {
    setSeed(0)
    setBLASThreads(1)
    return Session(output: output, globals: globals, implicitMembers: DTypeBindings.implicitMembers)
  }
}
