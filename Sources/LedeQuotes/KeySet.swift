/// A set of ``WordKey``s with open addressing on the key's own bits: `WordKey` is
/// already a hash, so look-ups skip `Hasher` and cost a few instructions.
struct KeySet: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ keys: S) where S.Element == WordKey {
        let list = Array(keys)
        var size = 16
        while size < list.count * 4 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for k in list { insert(k) }
    }

    @inline(__always) private static func stored(_ k: WordKey) -> UInt64 { k.value == 0 ? 1 : k.value }

    private mutating func insert(_ k: WordKey) {
        let v = Self.stored(k)
        var i = Int(truncatingIfNeeded: v ^ (v >> 29)) & mask
        while slots[i] != 0 {
            if slots[i] == v { return }
            i = (i + 1) & mask
        }
        slots[i] = v
    }

    @inline(__always) func contains(_ k: WordKey) -> Bool {
        let v = Self.stored(k)
        var i = Int(truncatingIfNeeded: v ^ (v >> 29)) & mask
        while true {
            let s = slots[i]
            if s == v { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// The one empty slot every unwritten ``KeyMap`` shares: a look-up finds 0 and stops
/// before reading a value; the first write grows the map (copying on write).
private let emptyKeySlot: [UInt64] = [0]

/// A map from ``WordKey`` to a small value, with the same open addressing as ``KeySet``.
struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private var count = 0

    /// An empty map with room for `slots` keys before it grows (`slots` a power of two);
    /// with no slots it allocates nothing until the first write (one shared empty slot).
    init(slots: Int = 64) {
        guard slots > 1 else {
            keys = emptyKeySlot
            values = []
            mask = 0
            return
        }
        keys = [UInt64](repeating: 0, count: slots)
        values = [Value?](repeating: nil, count: slots)
        mask = slots - 1
    }

    @inline(__always) private static func stored(_ k: WordKey) -> UInt64 { k.value == 0 ? 1 : k.value }

    subscript(_ k: WordKey) -> Value? {
        get {
            let v = Self.stored(k)
            var i = Int(truncatingIfNeeded: v ^ (v >> 29)) & mask
            while true {
                let s = keys[i]
                if s == v { return values[i] }
                if s == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            let v = Self.stored(k)
            var i = Int(truncatingIfNeeded: v ^ (v >> 29)) & mask
            while keys[i] != 0 && keys[i] != v { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = v
            values[i] = newValue
        }
    }

    /// The keys held, as stored (a key whose value is 0 reads as 1, which a ``KeyFilter`` maps to the same bit).
    var storedKeys: [WordKey] { keys.filter { $0 != 0 }.map { WordKey(raw: $0) } }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (i, v) in oldKeys.enumerated() where v != 0 {
            var j = Int(truncatingIfNeeded: v ^ (v >> 29)) & mask
            while keys[j] != 0 { j = (j + 1) & mask }
            keys[j] = v
            values[j] = oldValues[i]
        }
    }
}

/// A 4096-bit filter of ``WordKey``s: `false` means the key is certainly not in the
/// set it was built from, `true` that it may be. One load and one test per look-up.
/// (With the ~300 head nouns, 1024 bits let a quarter of all other words through.)
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)

    init<S: Sequence>(_ keys: S) where S.Element == WordKey {
        for k in keys {
            let b = Self.bit(k)
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }
    }

    @inline(__always) private static func bit(_ k: WordKey) -> Int { Int(truncatingIfNeeded: k.value >> 40) & 4095 }

    @inline(__always) func mayContain(_ k: WordKey) -> Bool {
        let b = Self.bit(k)
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
