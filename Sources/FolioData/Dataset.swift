import FolioTensor

/// Samples that can be fetched a batch at a time, as `torch.utils.data.Dataset` with a
/// batched `__getitems__`: a loader asks for many indices at once and the dataset gathers
/// whole rows, so there is no per-sample work between the loader and the tensors.
public protocol Dataset: AnyObject {
  /// The number of samples.
  var count: Int { get }
  /// The samples at `indices` (int64, 1-D), stacked along a new first dimension: one tensor
  /// per field of a sample, usually inputs then labels.
  func batch(_ indices: Tensor) throws -> [Tensor]
}

extension Dataset {
  /// The sample at `index`, each field without the batch dimension (`dataset[i]`).
  public func sample(_ index: Int) throws -> [Tensor] {
    guard (-count..<count).contains(index) else {
      throw TensorError("index \(index) is out of range for a dataset of \(count) samples")
    }
    let position = index < 0 ? index + count : index
    return try batch(Tensor(shape: [1], values: [Int64(position)])).map { try $0.squeeze(0) }
  }
}

/// Tensors whose first dimensions are aligned samples (`TensorDataset(X, Y)`).
public final class TensorDataset: Dataset {
  /// The fields, each with one row per sample.
  public let tensors: [Tensor]

  /// Pairs up tensors of equal length along dimension 0.
  public init(_ tensors: [Tensor]) throws {
    guard let first = tensors.first else { throw TensorError("TensorDataset: pass at least one tensor") }
    guard first.rank > 0, tensors.allSatisfy({ $0.rank > 0 && $0.shape[0] == first.shape[0] }) else {
      throw TensorError("TensorDataset: every tensor needs the same size in dimension 0, got shapes \(tensors.map(\.shape))")
    }
    self.tensors = tensors
  }

  public var count: Int { tensors[0].shape[0] }

  public func batch(_ indices: Tensor) throws -> [Tensor] {
    try tensors.map { try $0.indexSelect(dim: 0, index: indices) }
  }
}

/// The samples of another dataset at chosen positions (`torch.utils.data.Subset`).
public final class Subset: Dataset {
  /// The dataset the samples come from.
  public let base: any Dataset
  /// Positions in `base`, int64.
  public let indices: Tensor

  /// The samples of `base` at `indices`.
  public init(_ base: any Dataset, indices: Tensor) throws {
    guard indices.dtype == .int64, indices.rank == 1 else {
      throw TensorError("Subset: indices must be a 1-D int64 tensor, got \(indices.dtype) \(indices.shape)")
    }
    self.base = base
    self.indices = indices
  }

  public var count: Int { indices.count }

  public func batch(_ positions: Tensor) throws -> [Tensor] {
    try base.batch(indices.indexSelect(dim: 0, index: positions))
  }
}

/// Splits `dataset` into non-overlapping random subsets of the given sizes
/// (`random_split`). Sizes may be counts that add up to the dataset's size, or fractions that
/// add up to 1, whose rounding remainder goes one sample at a time to the first subsets.
public func randomSplit(_ dataset: any Dataset, _ lengths: [Double], generator: Generator = .global) throws -> [Subset] {
  let total = dataset.count
  var counts: [Int]
  if lengths.allSatisfy({ $0 >= 0 && $0 == $0.rounded() }) && lengths.reduce(0, +) == Double(total) {
    counts = lengths.map { Int($0) }
  } else if lengths.allSatisfy({ (0...1).contains($0) }) && abs(lengths.reduce(0, +) - 1) < 1e-9 {
    counts = lengths.map { Int(($0 * Double(total)).rounded(.down)) }
    for i in 0..<(total - counts.reduce(0, +)) { counts[i % counts.count] += 1 }
  } else {
    throw TensorError("randomSplit: lengths \(lengths) must be counts adding up to \(total) or fractions adding up to 1")
  }
  let order = try Tensor.randperm(total, generator: generator)
  var start = 0
  return try counts.map { length in
    defer { start += length }
    return try Subset(dataset, indices: order.slice(dim: 0, start: start, end: start + length).contiguous())
  }
}
