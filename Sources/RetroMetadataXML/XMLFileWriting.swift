import RetroMetadataFiles

/// Writes serialized XML through the shared atomic writer, reporting failures as `XMLError`.
func writeXMLAtomically(_ bytes: [UInt8], to path: String, keepsBackup: Bool) throws(XMLError) {
    do {
        try AtomicFile.write(bytes, to: path, keepsBackup: keepsBackup)
    } catch {
        throw XMLError.io(error.reason, file: error.path)
    }
}
