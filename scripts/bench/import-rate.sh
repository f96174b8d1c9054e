#!/usr/bin/env bash
# The import rate through the import job, on a generated corpus of war reports (no seed articles), on 1 and on 2
# worker threads (frontline.import.threads). Runs ImportRateBenchmark against a fresh embedded database and prints
# articles per second; the figures are also in target/bench/import-rate.txt.
#
# Usage (from anywhere):  scripts/bench/import-rate.sh [--articles N] [--threads 1,2] [--importer pipeline|source-rows]
#                                                      [--warm-up N] [-- MAVEN_ARGS...]
#   --importer pipeline     the real importer: extraction pipeline and store (default)
#   --importer source-rows  a stand-in that stores bare source rows: the job's own overhead
#   --warm-up N             an unmeasured first run of N articles (loads the models, compiles hot code); default 50
# Example: scripts/bench/import-rate.sh --articles 1000 --importer source-rows -- -o
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=1000
threads=1,2
importer=pipeline
warm_up=50
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --importer) importer=$2; shift 2 ;;
    --warm-up) warm_up=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option $1 (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
./mvnw -q -B "$@" test -Dtest=ImportRateBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.articles="$articles" -Dbench.threads="$threads" -Dbench.importer="$importer" \
  -Dbench.warm-up="$warm_up" >target/bench-run.log 2>&1 \
  || { echo "the benchmark failed; see target/bench-run.log" >&2; tail -30 target/bench-run.log >&2; exit 1; }
cat target/bench/import-rate.txt
