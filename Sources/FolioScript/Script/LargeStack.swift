import Glibc

/// Runs work on a thread with a large stack.
///
/// A tree-walking interpreter recurses natively for every nested call and expression, about
/// 11 KB per interpreted call in a debug build. The main thread's 8 MB would overflow, and
/// crash the runner, after some 700 nested calls; this stack holds far more than the
/// interpreter's own depth limit, so deep recursion ends in an error message instead.
enum LargeStack {
  /// The stack size. It is reserved, not used: pages are committed only when touched.
  static let size = 1 << 30

  /// Runs `body` on a thread with a `size`-byte stack and returns its result.
  static func run<T>(_ body: () throws -> T) rethrows -> T {
    try withoutActuallyEscaping(body) { body in
      let box = Job(body)
      var attributes = pthread_attr_t()
      pthread_attr_init(&attributes)
      defer { pthread_attr_destroy(&attributes) }
      pthread_attr_setstacksize(&attributes, size)
      var thread = pthread_t()
      let context = Unmanaged.passRetained(box).toOpaque()
      let created = pthread_create(&thread, &attributes, { context in
        let job = Unmanaged<AnyObject>.fromOpaque(context!).takeRetainedValue() as! Runnable
        job.runJob()
        return nil
      }, context)
      guard created == 0 else {
        // Without a thread (the system refused one), run here; only depth is at risk.
        Unmanaged<Job<T>>.fromOpaque(context).release()
        return try body()
      }
      pthread_join(thread, nil)
      return try box.result!.get()
    }
  }

  private protocol Runnable: AnyObject {
    func runJob()
  }

  private final class Job<T>: Runnable {
    let body: () throws -> T
    var result: Result<T, Error>?

    init(_ body: @escaping () throws -> T) { self.body = body }

    func runJob() { result = Result { try body() } }
  }
}
