import Foundation
import LedeCore

/// Runs documents on worker threads and writes results in input order.
///
/// The calling thread reads items; `workers` threads process them. Whichever worker
/// finishes the next document in input order writes it, and every following one that
/// is already done ("ordered commit"), so no thread wakes per document just to write.
/// At most `windowCount` items (and, beyond one, `windowBytes` of text) are between
/// reading and writing, so memory stays flat however long the input is, and a slow
/// document stalls only the window, not the workers. Output is the same bytes
/// whatever the number of workers.
final class OrderedWorkQueue: @unchecked Sendable {
    // All mutable state below is guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [(index: Int, item: InputItem)] = []
    private var pendingHead = 0
    private var finished: [Int: ProcessedDocument] = [:]
    private var dispatched = 0
    private var nextToWrite = 0
    private var committing = false
    private var inFlight = 0
    private var inFlightBytes = 0
    private var readerDone = false
    private var runningWorkers = 0
    private var failure: (any Error)?
    // Who is asleep, so that threads are woken only when one of them can go on.
    private var readerWaiting = false
    private var idleWorkers = 0

    private let workers: Int
    private let windowCount: Int
    private let windowBytes: Int
    /// Items read per lock round at most.
    private static let readBatch = 8

    init(workers: Int, windowCount: Int, windowBytes: Int) {
        self.workers = max(1, workers)
        self.windowCount = max(1, windowCount)
        self.windowBytes = windowBytes
    }

    /// Reads every item from `reader` on the calling thread, processes it with
    /// `processor`, and calls `deliver` in input order, one call at a time (from
    /// worker threads). `idle` runs when no further result is ready: the moment to
    /// flush output. Returns when every item read is delivered; if `deliver` or `idle`
    /// throws, reading and processing stop and the error is rethrown.
    func run(reader: DocumentReader, processor: DocumentProcessor,
             deliver: @escaping (ProcessedDocument) throws -> Void, idle: @escaping () throws -> Void) throws {
        // Workers call these one at a time (under the commit token) and are all
        // finished before `run` returns.
        let output = Handoff(value: (deliver: deliver, idle: idle))
        condition.lock()
        runningWorkers = workers
        condition.unlock()
        for _ in 0..<workers {
            Thread.detachNewThread { [self] in workLoop(processor, output.value.deliver, output.value.idle) }
        }
        readLoop(reader)
        condition.lock()
        while runningWorkers > 0 { condition.wait() }
        let error = failure
        condition.unlock()
        if let error { throw error }
    }

    private func readLoop(_ reader: DocumentReader) {
        var batch: [InputItem] = []
        while true {
            condition.lock()
            while failure == nil && (inFlight >= windowCount || (inFlight > 0 && inFlightBytes >= windowBytes)) {
                readerWaiting = true
                condition.wait()
                readerWaiting = false
            }
            let stopped = failure != nil
            let room = min(Self.readBatch, windowCount - inFlight)
            condition.unlock()
            // Take every item that is ready, up to `room`, per lock round: fewer
            // contended locks with small documents, no wait on a pausing stream.
            var done = stopped
            while !done && batch.count < room && (batch.isEmpty || reader.nextIsReady) {
                if let item = reader.next() { batch.append(item) } else { done = true }
            }
            condition.lock()
            defer { condition.unlock() }
            if failure == nil {
                for item in batch {
                    pending.append((dispatched, item))
                    dispatched += 1
                    inFlight += 1
                    inFlightBytes += item.byteCount
                }
            }
            batch.removeAll(keepingCapacity: true)
            if done || failure != nil {
                readerDone = true
                condition.broadcast()
                return
            }
            if idleWorkers > 0 { condition.broadcast() }
        }
    }

    private func workLoop(_ processor: DocumentProcessor, _ deliver: (ProcessedDocument) throws -> Void,
                          _ idle: () throws -> Void) {
        condition.lock()
        defer {
            runningWorkers -= 1
            condition.broadcast()
            condition.unlock()
        }
        while true {
            while pendingHead == pending.count && !readerDone && failure == nil {
                idleWorkers += 1
                condition.wait()
                idleWorkers -= 1
            }
            guard pendingHead < pending.count, failure == nil else { return }
            let (index, item) = pending[pendingHead]
            pendingHead += 1
            if pendingHead > 1024, pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()
            let result = processor.process(item)
            condition.lock()
            finished[index] = result
            if !committing && index == nextToWrite {
                commit(deliver, idle)
            }
        }
    }

    /// Writes every result that is next in order; called with the lock held, returns
    /// with it held. Only one thread commits at a time.
    private func commit(_ deliver: (ProcessedDocument) throws -> Void, _ idle: () throws -> Void) {
        committing = true
        defer { committing = false }
        var wroteSinceIdle = false
        while failure == nil {
            if let result = finished.removeValue(forKey: nextToWrite) {
                nextToWrite += 1
                inFlight -= 1
                inFlightBytes -= result.heldBytes
                // Wake a waiting reader only once the window is half empty, so it
                // reads a run of documents per wake-up instead of one.
                if readerWaiting, inFlight == 0 || (inFlight <= windowCount / 2 && inFlightBytes <= windowBytes / 2) {
                    condition.broadcast()
                }
                condition.unlock()
                let error = Self.attempt { try deliver(result) }
                condition.lock()
                wroteSinceIdle = true
                if let error { fail(error) }
            } else if wroteSinceIdle {
                condition.unlock()
                let error = Self.attempt(idle)
                condition.lock()
                wroteSinceIdle = false
                if let error { fail(error) }
            } else {
                return
            }
        }
    }

    private func fail(_ error: any Error) {
        if failure == nil { failure = error }
        condition.broadcast()
    }

    private static func attempt(_ body: () throws -> Void) -> (any Error)? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }
}
