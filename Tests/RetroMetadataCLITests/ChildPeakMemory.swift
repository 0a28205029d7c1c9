import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built binary as a child and reports its exit status and peak resident memory (`ru_maxrss`, the
/// child's own VmHWM), so a memory bound is not disturbed by tests running in parallel in this process.
enum ChildPeakMemory {
    /// Exit status and peak resident bytes of `retro-metadata arguments...`.
    static func run(_ arguments: [String]) throws -> (status: Int32, peakBytes: Int) {
        let binary = CommandRunner.binary.path
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return ((status >> 8) & 0xFF, usage.ru_maxrss * 1024)
    }
}
