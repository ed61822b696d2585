import Lede
import LedeCLI

ExtractCommand.main(registry: .builtIn)
