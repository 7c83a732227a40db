enum Genre: String, CaseIterable {
  case fiction, science, history
}
final class Book: CustomStringConvertible {
  let title: String
  let genre: Genre
  var borrower: String?

  init(_ title: String, genre: Genre) {
    self.title = title
    self.genre = genre
  }
  var isAvailable: Bool { borrower == nil }
  var description: String {
    guard let borrower else { return "\(title) [\(genre.rawValue)]" }
    return "\(title) [\(genre.rawValue)] -> \(borrower)"
  }
}
enum LibraryError: Error {
  case notFound(String)
  case alreadyBorrowed(by: String)
  case limitReached(String)
}
class Library {
  var books: [Book] = []
  let limit = 2

  func add(_ title: String, _ genre: Genre) {
    books.append(Book(title, genre: genre))
  }
  func find(_ title: String) -> Book? {
    for book in books where book.title == title {
      return book
    }
    return nil
  }

  func checkout(_ title: String, to person: String) throws {
    guard let book = find(title) else { throw LibraryError.notFound(title) }
    if let current = book.borrower { throw LibraryError.alreadyBorrowed(by: current) }
    let held = books.filter { $0.borrower == person }.count
    guard held < limit else { throw LibraryError.limitReached(person) }
    book.borrower = person
  }

  func giveBack(_ title: String) {
    find(title)?.borrower = nil
  }
}
let library = Library()
library.add("Dune", .fiction)
library.add("Cosmos", .science)
library.add("SPQR", .history)
library.add("Emma", .fiction)
let requests = [("Dune", "ann"), ("Cosmos", "ann"), ("Emma", "ann"), ("Dune", "bob"), ("Ulysses", "bob")]
for (title, person) in requests {
  do {
    try library.checkout(title, to: person)
    print("\(person) borrowed \(title)")
  } catch LibraryError.alreadyBorrowed(let other) {
    print("\(title) is with \(other)")
  } catch {
    print("cannot lend \(title): \(error)")
  }
}
// expect: ann borrowed Dune
// expect: ann borrowed Cosmos
// expect: cannot lend Emma: limitReached("ann")
// expect: Dune is with ann
// expect: cannot lend Ulysses: notFound("Ulysses")
library.giveBack("Dune")
try? library.checkout("Dune", to: "bob")
print(library.books)  // expect: [Dune [fiction] -> bob, Cosmos [science] -> ann, SPQR [history], Emma [fiction]]
for genre in Genre.allCases {
  let available = library.books.filter { $0.genre == genre && $0.isAvailable }.count
  print("\(genre): \(available) available")
}
// expect: fiction: 1 available
// expect: science: 0 available
// expect: history: 1 available
