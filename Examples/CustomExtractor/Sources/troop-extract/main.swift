// `extract` with one more extractor: every option of the built-in command works, and
// pipeline files and `--pipeline` may name `troops`.
import LedeCLI
import TroopCounts

ExtractCommand.main(registry: TroopCounter.registry)
