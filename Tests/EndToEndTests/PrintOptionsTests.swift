import Foundation
import Testing

/// `render --dpi` and `--page`: drawings made for paper.
@Suite struct PrintOptionsTests {
    /// The width and height a PNG's header gives.
    static func pixelSize(_ png: Data) -> (Int, Int) {
        let bytes = [UInt8](png)
        func number(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test func aPNGAt300DotsPerInchHasThreeTimesThePixelsOf96AndTheSVGStaysTheSame() throws {
        let folder = try CommandRunner.temporaryFolder("print")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.png"), fine = folder.appendingPathComponent("fine.png")
        #expect(try CommandRunner.run(["render", "green-flyway", "--output", plain.path]).status == 0)
        #expect(try CommandRunner.run(["render", "green-flyway", "--dpi", "300", "--output", fine.path]).status == 0)
        let (width96, height96) = Self.pixelSize(try Data(contentsOf: plain))
        let (width300, height300) = Self.pixelSize(try Data(contentsOf: fine))
        #expect(abs(Double(width300) / Double(width96) - 300.0 / 96) < 0.05, "\(width96) → \(width300)")
        #expect(abs(Double(height300) / Double(height96) - 300.0 / 96) < 0.05, "\(height96) → \(height300)")
        let svg = try CommandRunner.run(["render", "green-flyway", "--format", "svg", "--dpi", "300", "--output", "-"])
        let committed = try String(contentsOf: CommandRunner.packageFolder.appendingPathComponent("Graphs/green-flyway.svg"), encoding: .utf8)
        #expect(svg.stdout == committed)
        let bad = try CommandRunner.run(["render", "green-flyway", "--dpi", "5", "--output", plain.path])
        #expect(bad.status == 64)
    }

    @Test func aDrawingLargerThanItsPageIsShrunkToFitIt() throws {
        let result = try CommandRunner.run(["render", "kommuner-og-rad", "--whole", "--page", "a4", "--format", "svg", "--output", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let size = try #require(result.stdout.firstMatch(of: /<svg width="(\d+)pt" height="(\d+)pt"/))
        let (width, height) = (Double(size.1)!, Double(size.2)!)
        // A4 upright, 17 × 25.7 cm printable: 482 × 729 pt.
        #expect(width <= 482.5 && height <= 729)
        #expect(width >= 481 || height >= 728, "shrunk to touch the page's edge: \(width) × \(height)")
    }
}
