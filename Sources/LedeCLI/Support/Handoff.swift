/// Moves a non-`Sendable` value to one other thread that is its only user from then
/// on (the reader thread owns the ``DocumentReader``); the compiler cannot see that
/// ownership moves, this type states it.
struct Handoff<Value>: @unchecked Sendable {
    let value: Value
}
