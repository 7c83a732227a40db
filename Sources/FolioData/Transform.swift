import FolioTensor

/// A function applied to each batch of inputs a dataset hands out, as torchvision's
/// transforms are applied to each sample: `Compose([ToTensor(), Normalize(mean:std:)])`.
///
/// Transforms see whole batches (`[B, H, W]` images), so they cost one tensor operation per
/// batch rather than one per image.
public struct Transform: CustomStringConvertible {
  /// How the transform prints: `ToTensor()`.
  public let description: String
  private let body: (Tensor) throws -> Tensor

  /// A transform made from a function of a batch.
  public init(_ description: String, _ body: @escaping (Tensor) throws -> Tensor) {
    self.description = description
    self.body = body
  }

  /// The transformed batch.
  public func callAsFunction(_ batch: Tensor) throws -> Tensor { try body(batch) }

  /// Pixel values 0...255 scaled to [0, 1] as float32, with a channel dimension: `[B, H, W]`
  /// becomes `[B, 1, H, W]` and channels-last `[B, H, W, C]` becomes `[B, C, H, W]`, the
  /// layout torchvision's `ToTensor` produces.
  public static let toTensor = Transform("ToTensor()") { batch in
    let scaled = batch.to(.float32) / 255
    switch batch.rank {
    case 3: return try scaled.unsqueeze(1)
    case 4: return try scaled.permute([0, 3, 1, 2]).contiguous()
    default: throw TensorError("ToTensor: expected a batch of images [B, H, W] or [B, H, W, C], got shape \(batch.shape)")
    }
  }

  /// (x − mean) / std per channel (dimension 1 of `[B, C, H, W]`); one value applies to
  /// every element, whatever the shape.
  public static func normalize(mean: [Double], std: [Double]) throws -> Transform {
    guard !mean.isEmpty, mean.count == std.count else {
      throw TensorError("Normalize: mean and std need the same, non-zero number of values, got \(mean.count) and \(std.count)")
    }
    guard std.allSatisfy({ $0 > 0 }) else { throw TensorError("Normalize: std must be positive, got \(std)") }
    let printed = "Normalize(mean=\(mean), std=\(std))"
    return Transform(printed) { batch in
      if mean.count == 1 { return (batch - mean[0]) / std[0] }
      guard batch.rank == 4, batch.shape[1] == mean.count else {
        throw TensorError("\(printed): expected a batch [B, \(mean.count), H, W], got shape \(batch.shape)")
      }
      let shape = [1, mean.count, 1, 1]
      let m = try Tensor(shape: shape, values: mean).to(batch.dtype)
      let s = try Tensor(shape: shape, values: std).to(batch.dtype)
      return try (batch - m) / s
    }
  }

  /// The transforms applied in order.
  public static func compose(_ transforms: [Transform]) -> Transform {
    Transform("Compose(\(transforms.map(\.description).joined(separator: ", ")))") { batch in
      try transforms.reduce(batch) { try $1($0) }
    }
  }
}
