// Found while fuzzing the front end: the implicit raw value after Int.max crashed the resolver.
enum Big: Int {
  case last = 9223372036854775807
  case next // expect error 4:8: raw value for enum case 'next' would overflow 'Int'; give it an explicit raw value
}
enum Fine: Int {
  case a = 9223372036854775806
  case b
}
