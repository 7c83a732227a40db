let name = "Ada"
let text = """
  She said "hello" to \(name).
  Two lines, "quoted".
  """
print(text)
// expect: She said "hello" to Ada.
// expect: Two lines, "quoted".
let withBlank = """
first

third
"""
print(withBlank)
// expect: first
// expect: 
// expect: third
