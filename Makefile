# Quick start targets. Each installs libpcre2-dev first if it is missing.
.PHONY: deps demo test release

deps:
	@scripts/ensure-deps.sh

# Runs the default pipeline over the bundled example articles and prints a readable report.
demo: deps
	swift build -c release --product extract
	.build/release/extract --format text --reference-date 2025-11-01 Examples/articles

# Runs the test suite.
test: deps
	swift test

release: deps
	swift build -c release
