#!/usr/bin/env bash
# Builds Kontor and runs every test: the dev build (-Werror) with all suites, the core suite
# again under ASan+UBSan, and the fuzz targets for a few seconds. Works on a fresh Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
jobs=$(nproc)

echo "== dev build (-Werror) and all tests"
cmake --preset dev
cmake --build --preset dev -j "$jobs"
scripts/test-services.sh ctest --preset dev -j "$jobs"

echo "== Debian packages: build, install, run, remove"
scripts/package-check.sh build/dev

echo "== core tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset asan
cmake --build --preset asan -j "$jobs" --target core_tests
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --preset asan -L core -j "$jobs"

echo "== fuzz targets (short run)"
cmake --preset fuzz
cmake --build --preset fuzz -j "$jobs" --target fuzz_wireformat fuzz_csvreader fuzz_vcardreader
ctest --test-dir build/fuzz -L fuzz --output-on-failure

echo "== all tests passed"
