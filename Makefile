# Folio's two commands for a new user: `make notebooks` and `make test`.
# Each runs setup first, which is quick when everything is already installed.

.PHONY: setup build notebooks test bench fuzz clean

setup:
	@scripts/setup.sh

build: setup
	swift build -c release

notebooks: build
	.build/release/folio run notebooks/ -o output

# XCTest only: the suite has no Swift Testing tests, and its empty run would print a misleading
# "0 tests" summary last.
test: setup
	swift test --disable-swift-testing

# Speed figures against their peers (CPython for the cell language), release build.
bench: setup
	swift build -c release
	.build/release/folio-bench language
	.build/release/folio-bench tensor
	.build/release/folio-bench autodiff
	.build/release/folio-bench nn
	.build/release/folio-bench plot
	.build/release/folio-bench runner

# A minute of libFuzzer on the notebook reader and the language front end; crashes land in
# .fuzz/crashes/. `scripts/fuzz.sh SECONDS` runs longer.
fuzz: setup
	scripts/fuzz.sh 60

clean:
	rm -rf .build
