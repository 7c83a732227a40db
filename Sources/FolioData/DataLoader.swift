import FolioTensor

/// Batches of a dataset, in order or shuffled anew each epoch (`torch.utils.data.DataLoader`).
///
/// Each batch is gathered in one call to the dataset (whole rows copied at once), and a
/// shuffled loader draws a fresh permutation from its generator every time a loop starts, so a
/// seeded generator gives the same batches on every run.
public final class DataLoader {
  /// Where the samples come from.
  public let dataset: any Dataset
  /// Samples per batch; the last batch may be smaller unless `dropLast`.
  public let batchSize: Int
  /// Whether each epoch visits the samples in a new random order.
  public let shuffle: Bool
  /// Whether a final batch smaller than `batchSize` is skipped.
  public let dropLast: Bool
  /// The source of the permutations.
  public let generator: Generator

  /// A loader over `dataset`.
  public init(
    _ dataset: any Dataset, batchSize: Int = 1, shuffle: Bool = false, dropLast: Bool = false, generator: Generator = .global
  ) throws {
    guard batchSize > 0 else { throw TensorError("DataLoader: batchSize must be positive, got \(batchSize)") }
    self.dataset = dataset
    self.batchSize = batchSize
    self.shuffle = shuffle
    self.dropLast = dropLast
    self.generator = generator
  }

  /// The number of batches in one epoch (`len(loader)`).
  public var count: Int {
    dropLast ? dataset.count / batchSize : (dataset.count + batchSize - 1) / batchSize
  }

  /// Starts an epoch: the order is drawn now, the batches as the loop asks for them
  /// (`while let batch = try epoch.next()`).
  public func epoch() throws -> Epoch {
    Epoch(loader: self, order: try shuffle ? Tensor.randperm(dataset.count, generator: generator) : Tensor.arange(dataset.count))
  }

  /// One pass over the batches. Not a Swift `Sequence`, whose `next()` cannot throw: a
  /// transform that fails on a batch must stop the loop with its message.
  public struct Epoch {
    let loader: DataLoader
    let order: Tensor
    var batchIndex = 0

    /// The next batch, or nil at the end of the epoch.
    public mutating func next() throws -> [Tensor]? {
      guard batchIndex < loader.count else { return nil }
      let start = batchIndex * loader.batchSize
      let end = min(start + loader.batchSize, order.count)
      batchIndex += 1
      return try loader.dataset.batch(order.slice(dim: 0, start: start, end: end))
    }
  }
}
