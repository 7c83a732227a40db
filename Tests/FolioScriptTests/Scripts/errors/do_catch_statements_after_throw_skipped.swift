enum Stop: Error {
  case now
}
func step(_ n: Int) throws {
  print("step \(n)")
  if n == 2 {
    throw Stop.now
  }
}
do {
  try step(1)
  try step(2)
  try step(3)
} catch {
  print("stopped: \(error)")
}
// expect: step 1
// expect: step 2
// expect: stopped: now
print("after")  // expect: after
