import Glibc

/// Runs commands as child processes of this same binary, a few at a time, collecting each
/// child's terminal output so it can be printed whole when the child ends.
///
/// Processes, not threads: the engine keeps process-global state (the seeded random
/// generator, OpenBLAS's settings), so two notebooks must never share a process.
enum Workers {
  /// How a child ended.
  struct Finished {
    /// The index of its argument list.
    var index: Int
    /// Its exit code; a child killed by a signal counts as 1.
    var status: Int32
    /// What it wrote to standard output and standard error, interleaved.
    var output: [UInt8]
  }

  private struct Child {
    var index: Int
    var pid: pid_t
    var descriptor: Int32
    var output: [UInt8] = []
  }

  /// Runs `folio ARGUMENTS` for each argument list, at most `parallel` at once; calls
  /// `started` as each starts and `finished` as each ends, on this thread.
  static func run(
    _ argumentLists: [[String]], parallel: Int, started: (Int) -> Void, finished: (Finished) -> Void
  ) throws {
    var pending = argumentLists.indices.makeIterator()
    var running: [Child] = []
    while true {
      while running.count < parallel, let index = pending.next() {
        running.append(try spawn(argumentLists[index], index: index))
        started(index)
      }
      guard !running.isEmpty else { return }
      var descriptors = running.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
      guard poll(&descriptors, nfds_t(descriptors.count), -1) >= 0 || errno == EINTR else {
        throw Failure(message: "poll failed: \(String(cString: strerror(errno)))")
      }
      var ended: [Int] = []
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      for (slot, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
        let count = read(descriptor.fd, &buffer, buffer.count)
        if count > 0 {
          running[slot].output += buffer[0..<count]
        } else if count == 0 || errno != EINTR {
          ended.append(slot)
        }
      }
      for slot in ended.reversed() {
        let child = running.remove(at: slot)
        close(child.descriptor)
        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
        // Exited normally when the low 7 bits (the terminating signal) are zero.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 1
        finished(Finished(index: child.index, status: code, output: child.output))
      }
    }
  }

  private static func spawn(_ arguments: [String], index: Int) throws -> Child {
    var pipe: [Int32] = [0, 0]
    guard Glibc.pipe(&pipe) == 0 else { throw Failure(message: "cannot create a pipe: \(String(cString: strerror(errno)))") }
    // Other children must not inherit this child's pipe, or its end would never be seen.
    for descriptor in pipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
    let argv = (["folio"] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let environment = workerEnvironment.map { strdup($0) } + [nil]
    defer { environment.forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, "/proc/self/exe", &actions, nil, argv, environment)
    close(pipe[1])
    guard result == 0 else {
      close(pipe[0])
      throw Failure(message: "cannot start a worker process: \(String(cString: strerror(result)))")
    }
    return Child(index: index, pid: pid, descriptor: pipe[0])
  }

  /// This process's environment, plus OPENBLAS_NUM_THREADS=1 unless it is set.
  ///
  /// Sessions use one BLAS thread anyway (`Library.makeSession`), but OpenBLAS starts a pool
  /// of threads as it loads; without this, `-j 2` on four tensor notebooks ran 2–4% slower on
  /// two cores. The same setting does not pay for re-executing a lone `folio run` (the
  /// second exec costs more than the pool), so only workers get it.
  private static let workerEnvironment: [String] = {
    var entries: [String] = []
    var index = 0
    while let entry = environ[index] {
      entries.append(String(cString: entry))
      index += 1
    }
    if !entries.contains(where: { $0.hasPrefix("OPENBLAS_NUM_THREADS=") }) { entries.append("OPENBLAS_NUM_THREADS=1") }
    return entries
  }()

  /// A worker could not be started.
  struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
