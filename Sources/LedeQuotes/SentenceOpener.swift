extension MentionParser {
    /// Whether the capitalised word at item `i`, opening its sentence, is not a name: a
    /// sentence adverb (`Ironically,`, `Shortly after`, `Relentlessly upbeat`) or a code
    /// ending in a digit (`EB-5 requires`). Names that end like adverbs
    /// (`Kelly`, `Emily`, `Beverly`, `Italy`, `Neely`) stay names.
    func isNonNameOpener(_ i: Int) -> Bool {
        let it = view.items[i]
        let s = Int(it.start), e = Int(it.end)
        let bytes = view.bytes
        if bytes[e - 1] >= 0x30 && bytes[e - 1] <= 0x39 { return true }  // `EB-5`, `F-35`
        return Self.isAdverbSpelling(bytes, s, e)
    }

    /// Whether `bytes[s..<e]` (ASCII letters, any case) spells an `-ly` adverb rather than a name.
    static func isAdverbSpelling(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let n = e - s
        guard n >= 5 else { return false }
        @inline(__always) func lower(_ k: Int) -> UInt8 { bytes[e - k] | 0x20 }  // k-th byte from the end
        guard lower(1) == 0x79, lower(2) == 0x6C else { return false }  // `ly`
        let before = lower(3)
        switch before {
        case 0x6C:  // `-lly`: only `-ally` (not `Sally`) and `-fully`; `Kelly`, `Molly` are names
            return (lower(4) == 0x61 && n >= 6) || (lower(4) == 0x75 && lower(5) == 0x66)
        case 0x69: return n >= 7  // `Hastily`, not `Emily`
        case 0x65: return lower(4) != 0x65  // `Largely`, not `Neely`
        case 0x72: return lower(4) != 0x65 && (n >= 6 || lower(5) == 0x65)  // `Nearly`, `Early`, not `Beverly`, `Carly`
        case 0x61, 0x6F, 0x79: return false  // `Italy`, `Anatoly`
        default: return before >= 0x61 && before <= 0x7A
        }
    }
}

extension MentionParser {
    /// Whether the lower-case word at `k`, right after a name word or a head noun, is the
    /// clause's verb rather than more of the phrase (`The Post sent its`, `My father spent
    /// the`, `The group seeks to`): it is no head noun itself and modifies no noun after it.
    /// `the Clinton campaign`, `the Times editorial board` keep growing.
    func isVerbAfterHead(_ k: Int) -> Bool {
        guard k > 0, k + 1 < view.count else { return false }
        let prev = view.items[k - 1].key
        guard (view.items[k - 1].capitalized && isNameWord(k - 1)) || classes.personHeads.contains(prev)
                || classes.organizationHeads.contains(prev) else { return false }
        let key = view.items[k].key
        if classes.personHeads.contains(key) || classes.organizationHeads.contains(key) || isTitle(k) || isAgentNoun(k) {
            return false
        }
        guard isWord(k + 1) else { return true }
        // A noun before `of` (`the American-born children of`) is no verb.
        if view.items[k + 1].key == Self.of { return false }
        return !(view.isLowercaseWord(k + 1) && !isFunction(k + 1) && !classes.auxiliaries.contains(view.items[k + 1].key))
    }
}

extension MentionParser {
    private static let contractionEndings = KeySet(["s", "re", "ll", "d", "ve", "m"].map { WordKey($0) })

    /// The pronoun a contraction opens (`He’s` → `he`, `They’re` → `they`, `I’d` → `i`), or nil.
    func contractedPronoun(_ i: Int) -> WordKey? {
        guard isWord(i) else { return nil }
        let it = view.items[i]
        let s = Int(it.start), e = Int(it.end)
        guard e - s >= 3 && e - s <= 9 else { return nil }
        // Pronouns start with h, s, t, i, w or y: most words stop here.
        switch view.bytes[s] | 0x20 {
        case 0x68, 0x73, 0x74, 0x69, 0x77, 0x79: break
        default: return nil
        }
        // The apostrophe follows a pronoun of one to four letters (`I’d` … `they’re`).
        var p = s + 1
        while p <= min(s + 4, e - 2) {
            let b = view.bytes[p]
            let width = b == 0x27 ? 1 : (b == 0xE2 && p + 2 < e && view.bytes[p + 1] == 0x80 && view.bytes[p + 2] == 0x99 ? 3 : 0)
            if width > 0 {
                let stem = WordKey(view.bytes, s, p)
                guard classes.pronouns.contains(stem), stem != Self.who,
                      Self.contractionEndings.contains(WordKey(view.bytes, p + width, e)) else { return nil }
                return stem
            }
            p += 1
        }
        return nil
    }

    /// The pronoun of a pronoun mention's word, contractions included (`He’s` → `he`).
    func pronounKey(_ i: Int) -> WordKey {
        contractedPronoun(i) ?? view.items[i].key
    }
}

extension MentionParser {
    static let which = WordKey("which")

    /// A relative `that`/`which` right after a noun phrase and before a cue the quote
    /// follows (`a message that said, “…”`): the clause's subject, standing for that phrase.
    func isRelativeSubject(_ j: Int) -> Bool {
        let key = view.items[j].key
        guard key == Self.that || key == Self.which, view.isLowercaseWord(j), j > 0, isCue(j + 1) != nil,
              isWord(j - 1), !isFunction(j - 1), isCue(j - 1) == nil else { return false }
        // Only when the quote follows the cue (`that said, “…”`): a relative clause further
        // from the quote is rarely what governs it.
        var k = j + 2
        if k < view.count, view.items[k].kind == .comma || view.items[k].kind == .colon { k += 1 }
        return k < view.count && view.quote[k] >= 0
    }

    /// The phrase a relative pronoun stands for: `a message` for `that` in `a message that
    /// said`, the phrase before the comma for `, who said`.
    func antecedent(ofRelative j: Int) -> Mention? {
        let key = view.items[j].key
        if key == Self.who {
            guard j >= 2, view.items[j - 1].kind == .comma else { return nil }
            return backward(j - 2, floor: max(0, j - 14)).flatMap { $0.kind == .pronoun ? nil : $0 }
        }
        guard key == Self.that || key == Self.which, j >= 1 else { return nil }
        return backward(j - 1, floor: max(0, j - 12)).flatMap { $0.kind == .pronoun ? nil : $0 }
    }
}
