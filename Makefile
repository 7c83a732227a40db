# Folio's two commands for a new user: `make notebooks` and `make test`.
# Each runs setup first, which is quick when everything is already installed.

.PHONY: setup build notebooks test clean

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

clean:
	rm -rf .build
