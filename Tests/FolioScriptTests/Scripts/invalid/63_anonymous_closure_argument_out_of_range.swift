// Found reading the front end: `$9223372036854775807` overflowed the resolver's parameter count,
// and `$100000000` spent minutes making a hundred million parameters.
let last = { $255 }
let huge = { $9223372036854775807 } // expect error 4:14: anonymous closure argument '$9223372036854775807' is out of range; closures take at most 256 ($0 to $255)
let many = { $100000000 } // expect error 5:14: anonymous closure argument '$100000000' is out of range; closures take at most 256 ($0 to $255)
let next = { $256 } // expect error 6:14: anonymous closure argument '$256' is out of range; closures take at most 256 ($0 to $255)
