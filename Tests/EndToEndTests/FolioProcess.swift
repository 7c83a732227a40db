import Foundation
import XCTest

/// A temporary working folder and the built `folio` binary run in it, as a user runs it.
struct FolioProcess {
  /// The folder commands run in; removed by `cleanUp()`.
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  func cleanUp() {
    try? FileManager.default.removeItem(at: directory)
  }

  func write(_ text: String, to path: String) throws {
    let url = directory.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
  }

  func data(_ path: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(path))
  }

  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path)
  }

  /// The files under `path`, recursively, sorted.
  func files(under path: String) -> [String] {
    let root = directory.appendingPathComponent(path).path
    return (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
      .filter { !FileManager.default.isDirectoryAt(root + "/" + $0) }.sorted()
  }

  /// Runs `folio ARGUMENTS` in the folder.
  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
    // The test bundle sits beside the products of the same build.
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let binary = products.appendingPathComponent("folio")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw XCTSkip("the folio binary was not built beside the tests at \(binary.path)")
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    // Help text wraps at COLUMNS; fix it so snapshots do not depend on the terminal.
    process.environment = ProcessInfo.processInfo.environment.merging(["COLUMNS": "80"].merging(environment) { _, new in new }) { _, new in new }
    // Standard error goes to a file, so a child filling one pipe can never block on it.
    let errorFile = directory.appendingPathExtension("stderr")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let stderr = (try? Data(contentsOf: errorFile)) ?? Data()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
  }
}

extension FileManager {
  fileprivate func isDirectoryAt(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
