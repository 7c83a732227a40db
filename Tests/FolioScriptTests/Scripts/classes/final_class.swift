final class Logger {
  private var lines: [String] = []
  func log(_ message: String) {
    lines.append("[\(lines.count + 1)] \(message)")
  }
  func dump() {
    for line in lines {
      print(line)
    }
  }
}
let logger = Logger()
logger.log("start")
logger.log("stop")
logger.dump()
// expect: [1] start
// expect: [2] stop
