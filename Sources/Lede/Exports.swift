// The umbrella module: `import Lede` brings every Lede module.
@_exported import LedeCore
@_exported import LedeDateline
@_exported import LedeQuotes
@_exported import LedeRegex
