/// A file system object's identity: device and inode.
struct FileIdentity: Hashable {
    /// The device number.
    let device: UInt64
    /// The inode number.
    let inode: UInt64
}
