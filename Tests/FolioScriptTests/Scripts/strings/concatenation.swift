let first = "Ada"
let last = "Lovelace"
let full = first + " " + last
print(full)  // expect: Ada Lovelace
var log = "start"
log += ", middle"
log.append(", end")
print(log)  // expect: start, middle, end
var built = ""
for i in 1...3 {
  built += String(i)
}
print(built)  // expect: 123
