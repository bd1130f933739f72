extension RelationType {
    /// The relation's name for people, in `language`: "medlem av", "sekretariat for"; "member
    /// of". The same words label relations in diagrams and in answers.
    ///
    /// ```swift
    /// RelationType.secretariatFor.label(in: .bokmal)    // "sekretariat for"
    /// RelationType.secretariatFor.label(in: .english)   // "secretariat for"
    /// ```
    public func label(in language: Language) -> String {
        guard language == .bokmal else { return rawValueWords }
        return switch self {
        case .memberOf: "medlem av"
        case .partOf: "del av"
        case .owns: "eier"
        case .participatesIn: "deltar i"
        case .partnerOf: "partner i"
        case .secretariatFor: "sekretariat for"
        case .leads: "leder"
        case .boardMemberOf: "styremedlem i"
        case .responsibleFor: "ansvarlig for"
        case .representedIn: "representert i"
        case .locatedIn: "ligger i"
        case .funds: "finansierer"
        case .hosts: "vertskap for"
        case .adopted: "vedtok"
        case .advises: "gir råd til"
        case .initiated: "tok initiativ til"
        case .holdsPositionIn: "har verv i"
        case .concerns: "gjelder"
        case .succeededBy: "etterfulgt av"
        }
    }

    /// The relation read forwards, for sentences, in `language`: "er medlem av", "is member of".
    ///
    /// ```swift
    /// RelationType.representedIn.phrase(in: .bokmal)   // "er representert i"
    /// // "Røros kommune er representert i Verdensarvrådet"
    /// ```
    public func phrase(in language: Language) -> String {
        guard language == .bokmal else { return phrase }
        return switch self {
        case .memberOf: "er medlem av"
        case .partOf: "er del av"
        case .owns: "eier"
        case .participatesIn: "deltar i"
        case .partnerOf: "er partner i"
        case .secretariatFor: "er sekretariat for"
        case .leads: "leder"
        case .boardMemberOf: "er styremedlem i"
        case .responsibleFor: "har ansvar for"
        case .representedIn: "er representert i"
        case .locatedIn: "ligger i"
        case .funds: "finansierer"
        case .hosts: "er vertskap for"
        case .adopted: "vedtok"
        case .advises: "gir råd til"
        case .initiated: "tok initiativ til"
        case .holdsPositionIn: "har verv i"
        case .concerns: "gjelder"
        case .succeededBy: "ble etterfulgt av"
        }
    }

    /// The relation read backwards, for sentences, in `language`: "har medlem", "has member".
    ///
    /// ```swift
    /// RelationType.owns.inversePhrase(in: .bokmal)   // "eies av"
    /// ```
    public func inversePhrase(in language: Language) -> String {
        guard language == .bokmal else { return inversePhrase }
        return switch self {
        case .memberOf: "har medlem"
        case .partOf: "har del"
        case .owns: "eies av"
        case .participatesIn: "har deltaker"
        case .partnerOf: "har partner"
        case .secretariatFor: "har sekretariat"
        case .leads: "ledes av"
        case .boardMemberOf: "har styremedlem"
        case .responsibleFor: "ansvaret ligger hos"
        case .representedIn: "har representant fra"
        case .locatedIn: "omfatter"
        case .funds: "finansieres av"
        case .hosts: "har vertskap hos"
        case .adopted: "ble vedtatt av"
        case .advises: "får råd fra"
        case .initiated: "ble initiert av"
        case .holdsPositionIn: "har verv besatt av"
        case .concerns: "berøres av"
        case .succeededBy: "etterfulgte"
        }
    }
}

extension RelationType {
    /// The letter that marks the relation in a membership matrix, in `language`; each type has
    /// its own, so a cell's letters decode through the legend: "M" for "medlem av", "E" for
    /// "eier"; "M" for "member of", "O" for "owns".
    public func mark(in language: Language) -> String {
        switch (self, language) {
        case (.memberOf, _): "M"
        case (.partOf, .bokmal): "I"
        case (.partOf, .english): "P"
        case (.owns, .bokmal): "E"
        case (.owns, .english): "O"
        case (.participatesIn, _): "D"
        case (.partnerOf, .bokmal): "P"
        case (.partnerOf, .english): "N"
        case (.secretariatFor, _): "K"
        case (.leads, _): "L"
        case (.boardMemberOf, .bokmal): "S"
        case (.boardMemberOf, .english): "B"
        case (.responsibleFor, _): "A"
        case (.representedIn, _): "R"
        case (.locatedIn, .bokmal): "B"
        case (.locatedIn, .english): "C"
        case (.funds, _): "F"
        case (.hosts, .bokmal): "V"
        case (.hosts, .english): "H"
        case (.adopted, _): "T"
        case (.advises, _): "G"
        case (.initiated, .bokmal): "N"
        case (.initiated, .english): "I"
        case (.holdsPositionIn, .bokmal): "H"
        case (.holdsPositionIn, .english): "Y"
        case (.concerns, .bokmal): "C"
        case (.concerns, .english): "X"
        case (.succeededBy, .bokmal): "Ø"
        case (.succeededBy, .english): "S"
        }
    }
}
