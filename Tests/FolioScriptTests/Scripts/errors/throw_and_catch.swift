enum VendingError: Error {
  case outOfStock
  case insufficientFunds(needed: Int)
}
func buy(_ item: String, coins: Int) throws -> String {
  if item == "gum" {
    throw VendingError.outOfStock
  }
  if coins < 5 {
    throw VendingError.insufficientFunds(needed: 5 - coins)
  }
  return "enjoy your \(item)"
}
do {
  print(try buy("chips", coins: 10))  // expect: enjoy your chips
  print(try buy("gum", coins: 10))
  print("not reached")
} catch {
  print("error: \(error)")  // expect: error: outOfStock
}
