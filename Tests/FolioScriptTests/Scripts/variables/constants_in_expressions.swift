let secondsPerMinute = 60
let minutesPerHour = 60
let hoursPerDay = 24
let secondsPerDay = secondsPerMinute * minutesPerHour * hoursPerDay
print(secondsPerDay)  // expect: 86400
let days = 7
print("a week has \(days * secondsPerDay) seconds")  // expect: a week has 604800 seconds
