#!/usr/bin/env bash
# The extraction pipeline's rate next to the raw CoreNLP rate on the same texts: the five seeds (three rounds) and
# a generated corpus. One thread, warm, wall time. Prints the figures, also written to target/bench/extraction-rate.txt.
#
# Usage (from anywhere):  scripts/bench/extraction-rate.sh [GENERATED_ARTICLES (default 200)] [-- MAVEN_ARGS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-200}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
./mvnw -q -B "$@" test -Dtest=ExtractionRateBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.extraction="$articles" >target/bench-extraction.log 2>&1 \
  || { echo "the benchmark failed; see target/bench-extraction.log" >&2; tail -30 target/bench-extraction.log >&2; exit 1; }
cat target/bench/extraction-rate.txt
