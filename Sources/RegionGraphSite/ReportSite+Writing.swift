import RegionGraphIO

extension ReportSite {
    /// The file that marks a folder as a report, which a later report may replace.
    public static let marker = ".regiongraph-report"

    /// Writes the report to `path`: one HTML file when ``ReportOptions/singleFile`` is set
    /// (atomically, ``AtomicFile``), else a folder, written beside it and then put in its place
    /// (``FolderReplacement``): a failed or interrupted write leaves what was there before.
    ///
    /// - Returns: the number of files and bytes written.
    /// - Throws: ``AtomicFile/WriteError`` when the file or folder cannot be written, or the
    ///   folder holds files that are not a report.
    @discardableResult
    public func write(to path: String) throws(AtomicFile.WriteError) -> (files: Int, bytes: Int) {
        if options.singleFile {
            let bytes = singlePage()
            try AtomicFile.write(bytes, to: path)
            return (1, bytes.count)
        }
        var replacement = try FolderReplacement(folder: path, marker: Self.marker)
        var count = 0
        var size = 0
        do {
            try files { (file) throws(AtomicFile.WriteError) in
                try replacement.write(file.bytes, to: file.name)
                count += 1
                size += file.bytes.count
            }
            try replacement.commit()
        } catch {
            replacement.discard()
            throw error
        }
        return (count, size)
    }
}
