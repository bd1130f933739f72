import Foundation
import RegionGraph

extension DatasetLoader {
    /// The texts of `documents` that have a `file:`, read from `documentsFolder` the way
    /// ``quoteProblems(in:documentsFolder:)`` reads them, by document id. Documents whose file
    /// is missing or not UTF-8 are left out.
    ///
    /// ```swift
    /// let texts = DatasetLoader.documentTexts(of: network.documents, in: "../shared/seeds")
    /// texts["roros-samfunnsutvikling"]?.lines(of: "Røros kommune er prosjekteier")   // 45...45
    /// ```
    ///
    /// - Complexity: O(*t*) for *t* characters of text.
    public static func documentTexts(
        of documents: [SourceDocument], in documentsFolder: String
    ) -> [DocumentID: DocumentText] {
        var texts: [DocumentID: DocumentText] = [:]
        for document in documents {
            guard let file = document.file, let text = documentText(file: file, in: documentsFolder) else { continue }
            texts[document.id] = DocumentText(text)
        }
        return texts
    }

    /// The UTF-8 text of a document's `file` in `documentsFolder`, or `nil` when it cannot be
    /// read.
    static func documentText(file: String, in documentsFolder: String) -> String? {
        guard let data = FileManager.default.contents(atPath: join(documentsFolder, file)) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
