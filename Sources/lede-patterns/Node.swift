/// A value of a patterns file: the YAML subset the tool reads (block and flow
/// mappings and sequences of strings), which JSON is also written in.
indirect enum Node {
    case scalar(Scalar)
    case sequence([Node], start: Int)
    case mapping([(key: Scalar, value: Node)], start: Int)

    /// File offset where the value starts.
    var start: Int {
        switch self {
        case .scalar(let s): s.start
        case .sequence(_, let start), .mapping(_, let start): start
        }
    }
}
