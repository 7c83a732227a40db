import FolioTensor
import XCTest

/// Checks a function's derivatives several independent ways, in float64.
///
/// First order: the reverse-mode gradient, the forward-mode directional derivative and a
/// central finite difference must agree on ⟨w, J v⟩ for random w and v. Second order: the
/// Hessian-vector product by double backward, by forward over reverse, and by finite
/// differences of gradients must agree.
struct DerivativeCheck {
  let generator = Generator(seed: 42)
  let step = 1e-6
  let tolerance = 1e-6

  /// Checks first derivatives of `f` at `inputs` (float64 tensors), naming `label` on failure.
  func first(
    _ label: String, at inputs: [Tensor], file: StaticString = #filePath, line: UInt = #line,
    _ f: @escaping ([Tensor]) throws -> Tensor
  ) throws {
    let output = try noGrad { try f(inputs) }
    let weights = try Tensor.randn(output.shape, dtype: .float64, generator: generator)
    let directions = try inputs.map { try Tensor.randn($0.shape, dtype: .float64, generator: generator) }
    let scalar: ([Tensor]) throws -> Tensor = { try (f($0) * weights).sum() }

    let gradients = try Transforms.grad(scalar)(inputs)
    let reverse = try zip(gradients, directions).reduce(0.0) { $0 + (try ($1.0 * $1.1).sum().item()) }
    let forward = try (Transforms.jvp(f, primals: inputs, tangents: directions).tangent * weights).sum().item()
    let finite = try difference(scalar, inputs, directions)
    let scale = max(1, abs(finite))
    XCTAssertEqual(reverse, finite, accuracy: tolerance * scale, "\(label): reverse mode vs finite differences", file: file, line: line)
    XCTAssertEqual(forward, finite, accuracy: tolerance * scale, "\(label): forward mode vs finite differences", file: file, line: line)
  }

  /// Checks the Hessian-vector products of the scalar function `f` three ways.
  func second(
    _ label: String, at inputs: [Tensor], file: StaticString = #filePath, line: UInt = #line,
    _ f: @escaping ([Tensor]) throws -> Tensor
  ) throws {
    let directions = try inputs.map { try Tensor.randn($0.shape, dtype: .float64, generator: generator) }
    let probe = try inputs.map { try Tensor.randn($0.shape, dtype: .float64, generator: generator) }
    func project(_ vectors: [Tensor]) throws -> Double {
      try zip(vectors, probe).reduce(0.0) { $0 + (try ($1.0 * $1.1).sum().item()) }
    }
    // Double backward: the gradient of ⟨∇f, v⟩.
    let doubleBackward = try Transforms.grad { xs in
      let g = try Transforms.grad(f)(xs)
      return try zip(g, directions).map { try ($0 * $1).sum() }.reduce(Tensor.zeros([], dtype: .float64)) { try $0 + $1 }
    }(inputs)
    let forwardOverReverse = try Transforms.hvp(f, primals: inputs, vectors: directions)
    let gradientOf: ([Tensor]) throws -> Double = { xs in try project(Transforms.grad(f)(xs)) }
    let plus = try zip(inputs, directions).map { try $0 + $1 * step }
    let minus = try zip(inputs, directions).map { try $0 - $1 * step }
    let finite = (try gradientOf(plus) - gradientOf(minus)) / (2 * step)
    let scale = max(1, abs(finite))
    XCTAssertEqual(try project(doubleBackward), finite, accuracy: 1e-5 * scale, "\(label): double backward", file: file, line: line)
    XCTAssertEqual(try project(forwardOverReverse), finite, accuracy: 1e-5 * scale, "\(label): forward over reverse", file: file, line: line)
  }

  /// The central difference of `f` along `directions`.
  private func difference(_ f: ([Tensor]) throws -> Tensor, _ x: [Tensor], _ v: [Tensor]) throws -> Double {
    let plus = try zip(x, v).map { try $0 + $1 * step }
    let minus = try zip(x, v).map { try $0 - $1 * step }
    return (try f(plus).item() - f(minus).item()) / (2 * step)
  }
}
