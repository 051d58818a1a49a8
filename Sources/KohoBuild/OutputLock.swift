#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on one output folder, so two builds into it take turns instead of swapping folders
/// under each other. It is `flock` on a file beside the output (`.<name>.lock`): the system releases it when
/// the process ends, even by `kill -9`, so a killed build never leaves a stale lock.
///
/// The holder removes the lock file when it is done, so a site folder is not left with it. A build that was
/// waiting may then hold a lock on a file that is gone; it checks that the file it locked is still the one at
/// the path, and otherwise tries again with the new one.
final class OutputLock {
    private let path: String
    private let descriptor: Int32

    /// Waits for and takes the lock at `path`; `waiting` is called once when another build holds it.
    init(path: String, waiting: @Sendable () -> Void) throws(OutputWriter.WriteError) {
        var toldWaiting = false
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw FileTree.failure(path) }
            var locked = flock(fd, LOCK_EX | LOCK_NB) == 0
            if !locked, errno == EWOULDBLOCK {
                if !toldWaiting {
                    waiting()
                    toldWaiting = true
                }
                repeat { locked = flock(fd, LOCK_EX) == 0 } while !locked && errno == EINTR
            }
            guard locked else {
                let error = FileTree.failure(path)
                close(fd)
                throw error
            }
            var held = stat()
            var named = stat()
            if fstat(fd, &held) == 0, lstat(path, &named) == 0, held.st_dev == named.st_dev,
                held.st_ino == named.st_ino
            {
                self.path = path
                self.descriptor = fd
                return
            }
            // The previous holder removed the file while this build waited for it.
            close(fd)
        }
    }

    /// Removes the lock file and releases the lock (in that order, see the type's comment).
    func release() {
        unlink(path)
        close(descriptor)
    }
}
