import Glibc
import FolioTensor

/// Saving and loading a model's parameters as an .npz archive, NumPy's format for named
/// arrays, so `numpy.load("net.npz")["0.weight"]` reads what a cell saved.
extension Module {
  /// Writes every parameter to an .npz file at `path`, named as `namedParameters()` names them.
  ///
  /// The file is replaced atomically, so a crash mid-save leaves the previous file intact.
  /// Only parameters are saved, as in a PyTorch state dict: the layers themselves are code,
  /// and loading needs a model built the same way.
  public func save(to path: String) throws {
    try NPZ.write(namedParameters(), to: path)
  }

  /// Copies the arrays of the .npz file at `path` into the parameters of the same names, in place.
  ///
  /// Every parameter must have an array of its shape and every array a parameter; nothing is
  /// copied unless all match, so a failed load leaves the model as it was. The copies are not
  /// recorded for autodiff, and arrays are converted to their parameter's dtype, as PyTorch's
  /// `load_state_dict` converts them.
  public func load(from path: String) throws {
    guard access(path, F_OK) == 0 else {
      throw TensorError(
        "cannot load parameters from \(path): there is no such file; save the parameters there first")
    }
    let arrays = try NPZ.read(path)
    let saved = Dictionary(arrays.map { ($0.name, $0.tensor) }, uniquingKeysWith: { first, _ in first })
    let parameters = namedParameters()
    let differentModel = "build the model with the same layers and sizes as the one saved"
    let pairs = try parameters.map { parameter -> (Tensor, Tensor) in
      guard let array = saved[parameter.name] else {
        throw TensorError("\(path) has no array for parameter '\(parameter.name)'; \(differentModel)")
      }
      guard array.shape == parameter.tensor.shape else {
        throw TensorError(
          "\(path) holds '\(parameter.name)' with shape \(array.shape), but the parameter has shape "
            + "\(parameter.tensor.shape); \(differentModel)")
      }
      return (parameter.tensor, array)
    }
    let names = Set(parameters.map(\.name))
    if let extra = arrays.first(where: { !names.contains($0.name) }) {
      throw TensorError("\(path) holds '\(extra.name)', which is not a parameter of this model; \(differentModel)")
    }
    try noGrad {
      for (parameter, array) in pairs { try parameter.copy(from: array) }
    }
  }
}
