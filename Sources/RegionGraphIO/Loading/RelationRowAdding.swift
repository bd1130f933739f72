import RegionGraph

/// Adds batches to a builder as they come, with the strings their roles and notes share, and
/// calls `progress` about once per megabyte of the file.
struct RelationRowAdding {
    private let progress: ((Int) -> Void)?
    private var shared = ByteInternTable<String>()
    private var nextReport = 1 << 20

    init(progress: ((Int) -> Void)?) {
        self.progress = progress
    }

    mutating func add(_ batch: RelationRowBatch, to builder: inout NetworkBuilder) {
        batch.add(to: &builder, sharing: &shared)
        guard let progress else { return }
        if batch.isLast || batch.offset >= nextReport {
            progress(batch.offset)
            nextReport = batch.offset + (1 << 20)
        }
    }
}
