extension RelationType {
    /// The relation read forwards in Norwegian bokmål, the language of the data: "er medlem av".
    ///
    /// ```swift
    /// RelationType.representedIn.norwegianPhrase   // "er representert i"
    /// // "Røros kommune er representert i Verdensarvrådet"
    /// ```
    public var norwegianPhrase: String {
        switch self {
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
        }
    }
}
