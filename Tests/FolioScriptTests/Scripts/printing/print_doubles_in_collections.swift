print([0.1 + 0.2, 1e-6, 1e16])  // expect: [0.30000000000000004, 1e-06, 1e+16]
print([1.0, -0.0])  // expect: [1.0, -0.0]
print((1.0, 2))  // expect: (1.0, 2)
print([Double.infinity, -Double.infinity])  // expect: [inf, -inf]
print([Double.nan])  // expect: [nan]
