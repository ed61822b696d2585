import Foundation
import LedeCore

/// Runs documents on worker threads and hands results back in input order.
///
/// A reader thread reads items, `workers` threads process them, and the calling
/// thread writes results in order. At most `windowCount` items (and, beyond one,
/// `windowBytes` of text) are in flight between reading and writing, so memory stays
/// flat however long the input is, and a slow document only stalls the window, not
/// the workers. Output is the same bytes whatever the number of workers.
final class OrderedWorkQueue: @unchecked Sendable {
    // All mutable state below is guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [(index: Int, item: InputItem)] = []
    private var pendingHead = 0
    private var finished: [Int: ProcessedDocument] = [:]
    private var dispatched = 0
    private var inFlight = 0
    private var inFlightBytes = 0
    private var readerDone = false
    private var writerStopped = false

    private let workers: Int
    private let windowCount: Int
    private let windowBytes: Int

    init(workers: Int, windowCount: Int, windowBytes: Int) {
        self.workers = max(1, workers)
        self.windowCount = max(1, windowCount)
        self.windowBytes = windowBytes
    }

    /// Reads every item from `reader`, processes it with `processor`, and calls
    /// `deliver` on the calling thread in input order. `idle` runs (unlocked) when
    /// the next result is not ready yet: the moment to flush output.
    ///
    /// If `deliver` throws, reading and processing stop and the error is rethrown.
    func run(reader: DocumentReader, processor: DocumentProcessor,
             deliver: (ProcessedDocument) throws -> Void, idle: () throws -> Void) throws {
        let handoff = Handoff(value: reader)
        Thread.detachNewThread { [self] in readLoop(handoff.value) }
        for _ in 0..<workers {
            Thread.detachNewThread { [self] in workLoop(processor) }
        }
        do {
            try writeLoop(deliver: deliver, idle: idle)
        } catch {
            condition.lock()
            writerStopped = true
            condition.broadcast()
            condition.unlock()
            throw error
        }
    }

    private func readLoop(_ reader: DocumentReader) {
        while true {
            condition.lock()
            while !writerStopped && (inFlight >= windowCount || (inFlight > 0 && inFlightBytes >= windowBytes)) {
                condition.wait()
            }
            let stopped = writerStopped
            condition.unlock()
            let item = stopped ? nil : reader.next()
            condition.lock()
            defer { condition.broadcast(); condition.unlock() }
            guard let item, !writerStopped else {
                readerDone = true
                return
            }
            pending.append((dispatched, item))
            dispatched += 1
            inFlight += 1
            inFlightBytes += item.byteCount
        }
    }

    private func workLoop(_ processor: DocumentProcessor) {
        while true {
            condition.lock()
            while pendingHead == pending.count && !readerDone && !writerStopped {
                condition.wait()
            }
            guard pendingHead < pending.count, !writerStopped else {
                condition.unlock()
                return
            }
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
            condition.broadcast()
            condition.unlock()
        }
    }

    private func writeLoop(deliver: (ProcessedDocument) throws -> Void, idle: () throws -> Void) throws {
        var next = 0
        while true {
            condition.lock()
            if finished[next] == nil && !(readerDone && next == dispatched) {
                condition.unlock()
                try idle()
                condition.lock()
                while finished[next] == nil && !(readerDone && next == dispatched) {
                    condition.wait()
                }
            }
            guard let result = finished.removeValue(forKey: next) else {
                condition.unlock()
                return // reader done and everything dispatched is written
            }
            inFlight -= 1
            inFlightBytes -= result.bytes
            condition.broadcast()
            condition.unlock()
            next += 1
            try deliver(result)
        }
    }
}

extension InputItem {
    /// Text bytes held in memory by this item.
    var byteCount: Int {
        switch self {
        case .document(let document): document.bytes.count
        case .failure: 0
        }
    }
}
