import Dispatch
import Foundation

/// Routes SIGINT/SIGTERM to a ``StopRequest`` and ignores SIGPIPE, so a closed stdout
/// shows up as EPIPE on write. A second SIGINT/SIGTERM ends the process at once, after
/// `onForcedExit` (which removes a temporary output file).
final class SignalTrap {
    private var sources: [any DispatchSourceSignal] = []

    init(stop: StopRequest, onForcedExit: @escaping @Sendable () -> Void = {}) {
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stop.isRequested {
                    onForcedExit()
                    _exit(128 + number)
                }
                stop.request(by: number)
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
