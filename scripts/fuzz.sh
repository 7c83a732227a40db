#!/usr/bin/env bash
# Fuzzes the notebook reader and the language front end (lexer, parser, resolver) with
# libFuzzer for SECONDS (default 60), on one core.
#
#   scripts/fuzz.sh [SECONDS]
#
# SwiftPM cannot add `-sanitize=fuzzer` to one target without breaking the normal build, so
# this compiles the sources in place with swiftc into one instrumented binary. Crashes are
# written to .fuzz/crashes/; replay one with `swift run folio-fuzz FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
work=.fuzz
mkdir -p "$work/corpus" "$work/crashes"

# The seed corpus: every golden script and notebook. libFuzzer adds what it finds to the first
# corpus directory, so the seeds are copied there rather than fuzzed in place.
find Tests/FolioScriptTests/Scripts notebooks -type f \( -name '*.swift' -o -name '*.md' \) -print0 |
  xargs -0 -I{} sh -c 'cp "$1" "$2/$(echo "$1" | tr / _)"' _ {} "$work/corpus"

# Recompiling takes about a minute, so it is skipped when no source changed.
binary=$work/folio-fuzz
sources=(
  $(find Sources/FolioScript -name '*.swift' | sort)
  # The reader and what it needs: front matter, cell options and their YAML scalars.
  Sources/FolioNotebook/{Notebook,NotebookReader,CellOptions,FrontMatter,Scalar,YAMLSubset,Parameter}.swift
  Sources/folio-fuzz/FuzzInput.swift Sources/folio-fuzz/LibFuzzerEntry.swift
)
if [[ ! -x $binary ]] || [[ -n $(find "${sources[@]}" -newer "$binary" | head -n 1) ]]; then
  echo "fuzz.sh: compiling ${#sources[@]} sources with -sanitize=fuzzer,address"
  # The module keeps the name FolioScript because the interpreter qualifies a few names with it.
  swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name FolioScript \
    -swift-version 5 "${sources[@]}" -o "$binary" 2> >(grep -v "Cannot export local symbol" >&2)
fi

# Swift's own crash reporter reads memory that AddressSanitizer forbids and reports itself
# instead of the crash; libFuzzer's report is the useful one.
export SWIFT_BACKTRACE=enable=no
# Leak checking is off: a session's user types and their initializers refer to each other, so
# every session leaks a few objects by design (sessions live as long as a notebook run).
export ASAN_OPTIONS=detect_leaks=0
# -timeout turns a hang (a front end stuck in a loop) into a reported crash.
"$binary" "$work/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -max_len=4096 -dict=scripts/fuzz.dict -artifact_prefix="$work/crashes/" -print_final_stats=1 -seed="${FUZZ_SEED:-1}"
