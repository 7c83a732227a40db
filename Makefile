# Folio's two commands for a new user: `make notebooks` and `make test`.
# Each runs setup first, which is quick when everything is already installed.

.PHONY: setup build notebooks test clean

setup:
	@scripts/setup.sh

build: setup
	swift build -c release

notebooks: build
	.build/release/folio run notebooks/ -o output

test: setup
	swift test

clean:
	rm -rf .build
