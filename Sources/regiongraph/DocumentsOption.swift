import ArgumentParser
import Foundation
import RegionGraph
import RegionGraphIO

/// `--documents`: the folder of the source documents' text files, where explanations find the
/// line of each quote.
struct DocumentsOption: ParsableArguments {
    /// Where the documents are when `--documents` is not given and the folder exists.
    static let defaultFolder = "../shared/seeds"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder of the documents' text files (each document's 'file:'), to give each quote's line "
                + "(default: \(DocumentsOption.defaultFolder) when it exists).",
            valueName: "dir"))
    var documents: String?

    func validate() throws {
        if let documents, !Self.isFolder(documents) {
            throw ValidationError("the documents folder '\(documents)' does not exist or is not a folder")
        }
    }

    /// `--documents`, else the default folder when it exists, else `nil`.
    var folder: String? {
        documents ?? (Self.isFolder(Self.defaultFolder) ? Self.defaultFolder : nil)
    }

    /// The texts of `network`'s documents, read from ``folder``; none without a folder.
    func texts(of network: Network) -> [DocumentID: DocumentText] {
        guard let folder else { return [:] }
        return DatasetLoader.documentTexts(of: network.documents, in: folder)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
