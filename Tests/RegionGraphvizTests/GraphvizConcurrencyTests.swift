import Testing
import RegionGraphviz

@Suite struct GraphvizConcurrencyTests {
    struct Job: Hashable, Sendable {
        var dot: String
        var layout: GraphvizLayout
        var format: GraphvizFormat
    }

    @Test func sixtyFourConcurrentRendersGiveTheSequentialBytes() async throws {
        let kinds = [
            Job(dot: Fixtures.clustered, layout: .dot, format: .svg),
            Job(dot: Fixtures.clustered, layout: .dot, format: .png),
            Job(dot: Fixtures.clustered, layout: .fdp, format: .svg),
            Job(dot: Fixtures.small, layout: .neato, format: .png),
            Job(dot: Fixtures.small, layout: .sfdp, format: .svg),
            Job(dot: Fixtures.small, layout: .circo, format: .dot),
            Job(dot: Fixtures.clustered, layout: .twopi, format: .svg),
            Job(dot: "digraph { a -> -> b }", layout: .dot, format: .svg),  // fails every time
        ]
        var expected: [Job: Result<[UInt8], GraphvizError>] = [:]
        for job in kinds {
            expected[job] = Result { () throws(GraphvizError) in
                try Graphviz.render(dot: job.dot, layout: job.layout, format: job.format)
            }
        }
        let results = await withTaskGroup(of: (Job, Result<[UInt8], GraphvizError>).self) { group in
            for index in 0..<64 {
                let job = kinds[index % kinds.count]
                group.addTask {
                    (job, Result { () throws(GraphvizError) in
                        try Graphviz.render(dot: job.dot, layout: job.layout, format: job.format)
                    })
                }
            }
            var all: [(Job, Result<[UInt8], GraphvizError>)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        for (job, result) in results {
            switch (result, expected[job]!) {
            case (.success(let bytes), .success(let sequential)):
                let same = bytes == sequential
                #expect(same, "\(job.layout) \(job.format) differs from the sequential render")
            case (.failure(let error), .failure(let sequential)):
                #expect(error == sequential)
            default:
                Issue.record("\(job.layout) \(job.format): \(result) differs from the sequential render")
            }
        }
    }
}
