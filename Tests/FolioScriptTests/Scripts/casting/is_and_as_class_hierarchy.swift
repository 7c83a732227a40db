class Media {
  let title: String
  init(title: String) { self.title = title }
}
class Movie: Media {
  let director: String
  init(title: String, director: String) {
    self.director = director
    super.init(title: title)
  }
}
class Song: Media {
  let artist: String
  init(title: String, artist: String) {
    self.artist = artist
    super.init(title: title)
  }
}
let library: [Media] = [Movie(title: "Up", director: "Docter"), Song(title: "Hey", artist: "Pixies"), Movie(title: "Heat", director: "Mann")]
var movies = 0
for item in library {
  if item is Movie { movies += 1 }
}
print(movies)  // expect: 2
for item in library {
  if let movie = item as? Movie {
    print("movie \(movie.title) by \(movie.director)")
  } else if let song = item as? Song {
    print("song \(song.title) by \(song.artist)")
  }
}
// expect: movie Up by Docter
// expect: song Hey by Pixies
// expect: movie Heat by Mann
