#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import RetroMetadataCore

/// What `stat` says about a path, following symbolic links.
struct FileStatus {
    /// Whether the path is a folder.
    let isDirectory: Bool
    /// Whether the path is a regular file.
    let isRegularFile: Bool
    /// Device and inode, which identify a folder however it was reached.
    let identity: FileIdentity
    /// Size and modification time.
    let stamp: FileStamp

    /// Reads the status of `path`; throws a scan error naming it.
    init(path: String) throws(ScanError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileReader.error(path, errno) }
        let kind = info.st_mode & S_IFMT
        isDirectory = kind == S_IFDIR
        isRegularFile = kind == S_IFREG
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        #if canImport(Glibc)
            let time = info.st_mtim
        #else
            let time = info.st_mtimespec
        #endif
        stamp = FileStamp(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }
}
