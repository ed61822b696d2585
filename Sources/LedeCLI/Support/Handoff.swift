/// Lets a non-`Sendable` value cross to other threads whose use of it is serialized
/// by a lock (``OrderedWorkQueue``'s commit token); the compiler cannot see that
/// serialization, this type states it.
struct Handoff<Value>: @unchecked Sendable {
    let value: Value
}
