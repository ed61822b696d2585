import Dispatch
import Foundation

/// Routes SIGINT/SIGTERM to a ``StopRequest`` (a second one ends the process at once)
/// and ignores SIGPIPE, so a closed stdout shows up as EPIPE on write.
final class SignalTrap {
    private var sources: [any DispatchSourceSignal] = []

    init(stop: StopRequest) {
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stop.isRequested { _exit(128 + number) }
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
