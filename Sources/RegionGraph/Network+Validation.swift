extension Network {
    /// Checks every record of a dataset and builds the network when there are no errors.
    ///
    /// Reports, each with its file, line and column: duplicate ids, unknown kinds and relation
    /// types, references to entities or documents that do not exist, relations between kinds
    /// that make no sense, malformed dates, validity that starts after it ends, facts without a
    /// source, and relations from an entity to itself. Duplicate relations are warnings.
    ///
    /// ```swift
    /// let validation = Network.validating(records)
    /// validation.errors.count   // 0 for the shipped data
    /// ```
    ///
    /// To add relations one at a time, without keeping their records, use a
    /// ``NetworkBuilder``.
    ///
    /// - Complexity: O(*n* log *n* + *m*) for *n* entities and *m* relations, plus the cost of
    ///   suggestions for the names that were not found.
    public static func validating(_ records: DatasetRecords) -> DatasetValidation {
        var builder = NetworkBuilder(records: records)
        return builder.finish()
    }
}
