// Minimise f(x) = (x - 3)^2 + 2 with plain gradient descent.
func f(_ x: Double) -> Double {
  (x - 3) * (x - 3) + 2
}

func gradient(_ x: Double) -> Double {
  2 * (x - 3)
}

func round4(_ x: Double) -> Double {
  (x * 10_000).rounded() / 10_000
}

struct Descent {
  var x: Double
  let learningRate: Double
  var steps = 0

  mutating func step() {
    x -= learningRate * gradient(x)
    steps += 1
  }

  mutating func run(tolerance: Double, maxSteps: Int) -> Bool {
    while steps < maxSteps {
      let before = f(x)
      step()
      if abs(before - f(x)) < tolerance {
        return true
      }
    }
    return false
  }
}

var descent = Descent(x: 0, learningRate: 0.1)
for _ in 1...5 {
  descent.step()
  print("step \(descent.steps): x = \(round4(descent.x)), f = \(round4(f(descent.x)))")
}
// expect: step 1: x = 0.6, f = 7.76
// expect: step 2: x = 1.08, f = 5.6864
// expect: step 3: x = 1.464, f = 4.3593
// expect: step 4: x = 1.7712, f = 3.5099
// expect: step 5: x = 2.017, f = 2.9664

let converged = descent.run(tolerance: 1e-9, maxSteps: 1000)
print("converged: \(converged) after \(descent.steps) steps")  // expect: converged: true after 51 steps
print("x = \(round4(descent.x)), f(x) = \(round4(f(descent.x)))")  // expect: x = 3.0, f(x) = 2.0

for rate in [0.01, 0.5, 1.1] {
  var d = Descent(x: 0, learningRate: rate)
  let ok = d.run(tolerance: 1e-9, maxSteps: 20)
  print("rate \(rate): \(ok ? "converged" : "did not converge"), x = \(round4(d.x))")
}
// expect: rate 0.01: did not converge, x = 0.9972
// expect: rate 0.5: converged, x = 3.0
// expect: rate 1.1: did not converge, x = -112.0128
