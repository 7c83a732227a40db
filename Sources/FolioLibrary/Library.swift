import FolioScript
import FolioTensor

/// The names the engine adds to every session: types such as `Tensor`, and functions such
/// as `setSeed` and `plot`.
public enum Library {
  /// The engine's global names and their script values, for a session whose figures are
  /// kept in `figures`.
  static func globals(_ figures: OpenFigures) -> [String: Value] {
    AutodiffBindings.globals.merging(PlotBindings.globals(figures)) { first, _ in first }
      .merging(DataBindings.globals) { first, _ in first }
      .merging(TimeitBindings.globals) { first, _ in first }
      .merging(ProgressBindings.globals) { first, _ in first }
      .merging(NNBindings.globals) { first, _ in first }
      .merging(LayerBindings.globals) { first, _ in first }.merging([
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
    ]) { first, _ in first }
  }

  /// Creates a session with the engine's names, with the engine reset to a known state:
  /// seed 0, and one OpenBLAS thread (the fastest setting for MNIST-sized shapes on two cores).
  public static func makeSession(output: OutputSink) -> Session {
    setSeed(0)
    setBLASThreads(1)
    let figures = OpenFigures()
    let session = Session(output: output, globals: globals(figures), implicitMembers: DTypeBindings.implicitMembers)
    session.protocolExtensions[ScriptModule.protocolName] = ScriptModule.protocolExtension(of: NNBindings.moduleType)
    session.cellFinished = { try figures.showAll(on: output) }
    return session
  }
}
