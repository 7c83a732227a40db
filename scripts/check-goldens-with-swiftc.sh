#!/usr/bin/env bash
# Checks golden scripts that are valid Swift against what real Swift prints.
#
# For every script under Tests/FolioScriptTests/Scripts without an `expect error` or
# `expect runtime error` line, compiles it with swiftc (with Glibc imported, as Folio
# provides its math functions without an import) and compares the binary's output with the
# script's `// expect:` lines. The test suite itself never needs swiftc; run this after
# adding or changing scripts.
#
#   scripts/check-goldens-with-swiftc.sh --record FILE.swift
#
# records instead: it appends to a new script, which has no `// expect:` lines yet, one
# such line per line that swiftc's binary prints.
set -euo pipefail
if [[ ${1:-} == --record ]]; then
  script=$2
  if grep -q "// expect" "$script"; then echo "$script already has expectations" >&2; exit 1; fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  { echo "import Glibc"; grep -v '^import ' "$script"; } > "$work/main.swift"
  swiftc -suppress-warnings -module-name main -o "$work/program" "$work/main.swift"
  "$work/program" > "$work/output"
  { echo; echo "// What swiftc's binary prints:"; sed 's|^|// expect: |' "$work/output"; } >> "$script"
  echo "recorded $(wc -l < "$work/output") lines into $script"
  exit 0
fi
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checked=0
failed=0
while IFS= read -r script; do
  if grep -q "// expect error\|// expect runtime error" "$script"; then continue; fi
  { echo "import Glibc"; grep -v '^import ' "$script"; } > "$work/main.swift"
  if ! swiftc -suppress-warnings -module-name main -o "$work/program" "$work/main.swift" 2> "$work/errors"; then
    echo "FAIL $script: swiftc rejects it:"; sed 's/^/  /' "$work/errors"; failed=$((failed + 1)); continue
  fi
  "$work/program" > "$work/actual"
  sed -n 's|.*// expect: \(.*\)$|\1|p' "$script" > "$work/expected"
  if ! diff -u "$work/expected" "$work/actual" > "$work/diff"; then
    echo "FAIL $script: output differs from real Swift:"; sed 's/^/  /' "$work/diff"; failed=$((failed + 1))
  fi
  checked=$((checked + 1))
done < <(find Tests/FolioScriptTests/Scripts -name '*.swift' | sort)
echo "$checked checked against swiftc, $failed failed"
[[ $failed -eq 0 ]]
