let allowed = ["read", "write"]
for action in ["read", "delete"] {
  if allowed.contains(action) {
    print("\(action): ok")
  } else {
    print("\(action): denied")
  }
}
// expect: read: ok
// expect: delete: denied
print(allowed.contains { $0.hasPrefix("w") })  // expect: true
