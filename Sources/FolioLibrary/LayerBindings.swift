import FolioNN
import FolioScript
import FolioTensor

/// The convolutional-network layers as cells build them, with PyTorch's arguments in Swift's
/// casing: `Conv2d(1, 32, kernelSize: 3, padding: 1)`, `MaxPool2d(2)`, `Dropout(p: 0.2)`,
/// `Softmax(dim: 1)`. The values they make are Modules, so `model.save("net.npz")` and
/// `model.load("net.npz")` come with NNBindings' module type.
enum LayerBindings {
  /// The global names: one constructor per layer.
  static var globals: [String: Value] {
    [
      "Conv2d": Bind.constructor("Conv2d", Arguments.function("init", convolution + [("bias", .bool(true))]) { _, a in
        try Conv2d(
          a.positional(0), a.positional(1), kernelSize: a.labelled("kernelSize"), stride: a.labelled("stride"),
          padding: a.labelled("padding"), bias: a.labelled("bias")
        ).scriptValue
      }),
      "ConvTranspose2d": Bind.constructor("ConvTranspose2d", Arguments.function(
        "init", convolution + [("outputPadding", .int(0)), ("bias", .bool(true))]
      ) { _, a in
        try ConvTranspose2d(
          a.positional(0), a.positional(1), kernelSize: a.labelled("kernelSize"), stride: a.labelled("stride"),
          padding: a.labelled("padding"), outputPadding: a.labelled("outputPadding"), bias: a.labelled("bias")
        ).scriptValue
      }),
      "MaxPool2d": Bind.constructor("MaxPool2d", Bind.function("init", .unlabelled, .optional("stride"), .labelled("padding", default: 0)) {
        (kernelSize: Int, stride: Int?, padding: Int) in try MaxPool2d(kernelSize, stride: stride, padding: padding)
      }),
      "AvgPool2d": Bind.constructor("AvgPool2d", Bind.function("init", .unlabelled, .optional("stride"), .labelled("padding", default: 0)) {
        (kernelSize: Int, stride: Int?, padding: Int) in try AvgPool2d(kernelSize, stride: stride, padding: padding)
      }),
      "Softmax": Bind.constructor("Softmax", Bind.function("init", .labelled("dim")) { (dim: Int) in Softmax(dim: dim) }),
      "LogSoftmax": Bind.constructor("LogSoftmax", Bind.function("init", .labelled("dim")) { (dim: Int) in LogSoftmax(dim: dim) }),
      "Dropout": Bind.constructor("Dropout", Bind.function("init", .labelled("p", default: 0.5)) { (p: Double) in try Dropout(p: p) }),
    ]
  }

  /// The leading parameters Conv2d and ConvTranspose2d share, in Swift's order: channels in
  /// and out, the kernel size, then stride and padding.
  private static let convolution: [(String?, Value?)] = [
    (nil, nil), (nil, nil), ("kernelSize", nil), ("stride", .int(1)), ("padding", .int(0)),
  ]
}
