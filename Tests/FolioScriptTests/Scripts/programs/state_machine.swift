enum State: CustomStringConvertible {
  case idle
  case selecting(credit: Int)
  case dispensing(item: String, change: Int)
  case outOfOrder

  var description: String {
    switch self {
    case .idle: return "idle"
    case .selecting(let credit): return "selecting (credit \(credit))"
    case let .dispensing(item, change): return "dispensing \(item), change \(change)"
    case .outOfOrder: return "out of order"
    }
  }
}

enum Event {
  case insertCoin(Int)
  case choose(String)
  case take
  case kick
}

let prices = ["cola": 150, "chips": 100]

func transition(_ state: State, _ event: Event) -> State {
  switch (state, event) {
  case (.outOfOrder, _):
    return .outOfOrder
  case (_, .kick):
    return .outOfOrder
  case (.idle, .insertCoin(let amount)):
    return .selecting(credit: amount)
  case (.selecting(let credit), .insertCoin(let amount)):
    return .selecting(credit: credit + amount)
  case (.selecting(let credit), .choose(let item)):
    guard let price = prices[item] else {
      print("  no such item: \(item)")
      return state
    }
    guard credit >= price else {
      print("  need \(price - credit) more for \(item)")
      return state
    }
    return .dispensing(item: item, change: credit - price)
  case (.dispensing, .take):
    return .idle
  default:
    print("  ignored event in state \(state)")
    return state
  }
}

let events: [Event] = [.choose("cola"), .insertCoin(100), .choose("cola"), .insertCoin(100),
                       .choose("water"), .choose("cola"), .take, .insertCoin(25), .kick, .insertCoin(5)]
var state = State.idle
print("start: \(state)")  // expect: start: idle
for event in events {
  state = transition(state, event)
  print("-> \(state)")
}
// expect:   ignored event in state idle
// expect: -> idle
// expect: -> selecting (credit 100)
// expect:   need 50 more for cola
// expect: -> selecting (credit 100)
// expect: -> selecting (credit 200)
// expect:   no such item: water
// expect: -> selecting (credit 200)
// expect: -> dispensing cola, change 50
// expect: -> idle
// expect: -> selecting (credit 25)
// expect: -> out of order
// expect: -> out of order
