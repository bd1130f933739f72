import Foundation
@testable import RegionGraph
import Testing
@testable import RegionGraphIO

/// The checks made when a network is finished — relations stated twice, `part_of` in a
/// circle, a relation past its entity's end — run on two threads for a large network. They
/// report there exactly what they report for a small one.
@Suite struct LargeNetworkChecksTests {
    /// Entities with a circle of `part_of`, a relation stated twice and one that runs past
    /// its entity's end; then, when `padded`, 30,000 relations that are all in order.
    static func folder(padded: Bool) throws -> String {
        var entities = "id,kind,name,start,end\n"
        entities += "roros,municipality,Røros kommune,,\n"
        entities += "holtalen,municipality,Holtålen kommune,,2017-12-31\n"
        entities += "fjellregionen,region,Fjellregionen,,\n"
        entities += "ipr,regional_council,Interkommunalt politisk råd,,\n"
        var relations = "from,to,type,role,start,end,source\n"
        relations += "roros,fjellregionen,part_of,,,,kst-1\n"
        relations += "fjellregionen,roros,part_of,,,,kst-2\n"
        relations += "roros,ipr,member_of,,2017,,kst-3\n"
        relations += "roros,ipr,member_of,,2017,,kst-4\n"
        relations += "holtalen,ipr,member_of,,2015,2019,kst-5\n"
        if padded {
            for index in 0..<300 { entities += "m\(index),municipality,Kommune \(index),,\n" }
            for index in 0..<100 { entities += "c\(index),regional_council,Råd \(index),,\n" }
            for member in 0..<300 {
                for council in 0..<100 { relations += "m\(member),c\(council),member_of,,,,kst-9\n" }
            }
        }
        return try LargeSpreadsheetTests.folder([
            "entities.csv": Array(entities.utf8), "relations.csv": Array(relations.utf8),
        ])
    }

    @Test func aLargeNetworkIsCheckedAsASmallOneIs() throws {
        let small = try Self.folder(padded: false)
        let large = try Self.folder(padded: true)
        defer {
            try? FileManager.default.removeItem(atPath: small)
            try? FileManager.default.removeItem(atPath: large)
        }
        // Each diagnostic, with the folder's path taken out.
        let few = try DatasetLoader.load(from: small).diagnostics.map { $0.description.replacingOccurrences(of: small, with: "") }
        let many = try DatasetLoader.load(from: large).diagnostics.map { $0.description.replacingOccurrences(of: large, with: "") }
        // The large one is above the size at which the checks take two threads.
        #expect(try DatasetLoader.records(from: large).relations.count > ConcurrentJobs.itemsWorthTwoThreads)
        for expected in ["goes round in a circle", "is stated twice", "past the end of Holtålen kommune"] {
            #expect(few.contains { $0.contains(expected) }, "\(expected)")
        }
        #expect(many == few)
    }
}
