"""Run the benchmark: ``python -m bench.run`` (``make bench``). Writes docs/benchmarks.{md,json,png}.

Knobs (environment): ``BENCH_SIZES`` (claims, comma-separated; default
10000,100000; empty, ``BENCH_SIZES=``, measures no corpus: only the endpoint's
overhead on the bundled claims, and SHACL unless ``BENCH_SHACL_CLAIMS=0``), ``BENCH_REPEAT`` (runs per build measurement up to 10k claims; default 3),
``BENCH_REPEAT_LARGE`` (the same above 10k; default 2),
``BENCH_SHACL_REPEAT`` (runs of the SHACL timing per engine; default 3),
``BENCH_RDFLIB_ENDPOINT_MAX`` (largest corpus served by rdflib-endpoint;
default 10000), ``BENCH_QUIET=1`` or ``--quiet`` (no steps on a terminal's standard error; a pipe gets none anyway), ``BENCH_SHACL_CLAIMS`` (claims validated to time SHACL
alone, pySHACL against claimgraph's engine; default 2000; 0 keeps the last measurement), ``BENCH_WORK`` (scratch folder;
default a temporary one).

Each size's results replace that size's in docs/benchmarks.json and keep the
others, each with the date, command and machine load of the run that measured
it: so a million claims can be measured in a run of its own,
``BENCH_SIZES=1000000 BENCH_REPEAT_LARGE=1 BENCH_SHACL_CLAIMS=0 make bench``.
The endpoint's overhead (:func:`measure_overhead`), the command line's start
(:mod:`bench.startup`, on the same bundled store) and extraction's time per KB
of text (:mod:`bench.extraction`) are measured in every run,
with the date, command and load of that run; on their own, in about a minute
and without Chromium (which only the views' timing needs):
``BENCH_SIZES= BENCH_SHACL_CLAIMS=0 make bench``.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from datetime import datetime, timezone
from importlib.resources import files
from pathlib import Path

import httpx

from bench import extraction, report, startup
from bench.corpus import entities_for, population
from bench.servers import free_port, oxigraph_binary, oxigraph_server, running
from claimgraph.kg import projection, sparql_text
from claimgraph.kg.sparql import TRUNCATED_HEADER

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
REQUESTS = 5
"""Timed requests per query and server (after one untimed warm-up)."""
THROUGHPUT_SECONDS = 5.0
WINDOWS = 3
"""Throughput windows per server and number of clients, the servers taking turns."""
CLIENT_TIMEOUT = 60.0
SLOW = 10.0
RDFLIB_MAX = 100_000
"""rdflib's in-memory store held 100k claims in about 3.5 GB; a million would not fit in 24 GiB."""
VALIDATED_MAX = 100_000
"""Largest corpus built with validation (``claimgraph build`` as a user runs it); a million claims would validate for
about half an hour on two cores."""
SHACL_ENGINES = ("pyshacl", "turbo")


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def task(*args: str, timeout: float = 7200) -> dict:
    """Run one measurement in a fresh process and return its JSON answer."""
    done = subprocess.run([sys.executable, "-m", "bench.tasks", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(f"bench task {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _log(message: str) -> None:
    """A step of the run, on standard error when it is a terminal, unless ``--quiet`` (``BENCH_QUIET=1``)."""
    if sys.stderr.isatty() and "--quiet" not in sys.argv[1:] and os.environ.get("BENCH_QUIET") != "1":
        print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def _median(runs: list[dict], key: str = "seconds") -> float:
    return statistics.median(run[key] for run in runs)


def measure_build(size: int, work: Path, repeat: int) -> dict:
    """Build and load times of ours and the peers, ``repeat`` times each (rdflib's once at 100k and above).

    The paths take turns run by run (ours, the bare load, rdflib, ...), so a
    change in the shared machine's load falls on all of them alike.
    """
    nq = work / f"corpus-{size}.nq"
    made = task("corpus_nquads", str(size), str(nq))
    result: dict = {"quads_file": made["quads"]}
    rdflib_runs = 0 if size > RDFLIB_MAX else repeat if size < 100_000 else 1
    wanted = {"ours_validated": repeat if size <= VALIDATED_MAX else 0, "oxigraph_load": repeat, "ours_bulk": repeat, "floor": repeat,
              "rdflib": rdflib_runs, "ours_atomic": repeat if size <= 10_000 else 0}
    samples: dict[str, list[dict]] = {name: [] for name, runs in wanted.items() if runs}
    for run in range(repeat):
        for name in samples:
            if run >= wanted[name]:
                continue
            target = work / f"{name}-{size}-{run}"
            shutil.rmtree(target, ignore_errors=True)
            _log(f"build {name} {size} run {run + 1}/{wanted[name]}")
            if name == "ours_validated":
                samples[name].append(task("build_validated", str(size), str(target)))
            elif name == "oxigraph_load":
                samples[name].append(task("oxigraph_load", str(nq), str(target)))
            elif name == "ours_bulk":
                samples[name].append(task("build_ours", str(size), str(target), "bulk"))
            elif name == "ours_atomic":
                samples[name].append(task("build_ours", str(size), str(target), "atomic"))
            elif name == "floor":
                samples[name].append(task("load_floor", str(nq), str(target)))
            else:
                samples[name].append(task("build_rdflib", str(size)))
            if run < repeat - 1 or name not in ("ours_bulk", "floor"):
                shutil.rmtree(target, ignore_errors=True)
    for name, runs in samples.items():
        result[name] = {"runs": runs, "seconds": _median(runs), "peak_mib": max(s.get("peak_mib", 0) for s in runs)}
    result["stores"] = {"ours": str(work / f"ours_bulk-{size}-{repeat - 1}"), "floor": str(work / f"floor-{size}-{repeat - 1}")}
    result["nquads"] = str(nq)
    return result


EXAMPLE_LABELS = {"OpenAI": "firm", "Dealroom": "data_provider"}
"""The entities two example queries ask about, and the type of the corpus hub asked about instead."""


def _queries(size: int) -> dict[str, str]:
    """The example queries, asking about the corpus's biggest hubs where they name an entity of the article, and with
    ``?asOf`` bound to the present, as ``claimgraph query --as-of`` binds it (left unbound, it compares with nothing)."""
    folder = files("claimgraph.kg.queries")
    queries = {path.name.removesuffix(".rq"): path.read_text(encoding="utf-8")
               for path in sorted(folder.iterdir(), key=lambda p: p.name) if path.name.endswith(".rq")}
    people = population(entities_for(size))
    for label, kind in EXAMPLE_LABELS.items():
        named = [name for name, text in queries.items() if f'rdfs:label "{label}"' in text]
        if not named:
            raise RuntimeError(f"no example query asks about {label!r} any more: update EXAMPLE_LABELS")
        for name in named:
            queries[name] = queries[name].replace(f'rdfs:label "{label}"', f'rdfs:label "{people.by_type[kind][0].label}"')
    now = projection.moment(datetime.now(timezone.utc))
    return {name: sparql_text.bind(text, "asOf", now).text if "?asOf" in text else text for name, text in queries.items()}


OVERHEAD_REQUESTS = 200
"""Timed requests per cheap query and server when measuring the endpoint's own overhead."""
CHEAP_QUERIES = {
    "ask-empty": "ASK {}",
    "documents": "SELECT ?d WHERE { ?d a <https://w3id.org/claimgraph/ns#Document> }",
    "five-statements": "SELECT ?c ?s WHERE { ?c <https://w3id.org/claimgraph/ns#statement> ?s } LIMIT 5",
}
"""Queries the engine answers in well under a millisecond, so that what is timed is the endpoint around it."""


def _ask(client: httpx.Client, endpoint: str, query: str) -> float:
    start = time.perf_counter()
    response = client.post(endpoint, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
    response.raise_for_status()
    response.read()
    return time.perf_counter() - start


def latencies(endpoints: dict[str, str], queries: dict[str, str], requests: int = REQUESTS) -> dict[str, dict[str, float | None]]:
    """Median latency of each query on each server (None when a request failed or passed the client's time limit).

    The servers take turns request by request. A query slower than ``SLOW``
    on a server is timed once more there rather than ``requests`` times, to
    bound the run.
    """
    medians: dict[str, dict[str, float | None]] = {name: {} for name in endpoints}
    clients = {name: httpx.Client(timeout=CLIENT_TIMEOUT) for name in endpoints}
    try:
        for query_name, query in queries.items():
            wanted: dict[str, int] = {}
            for name, endpoint in endpoints.items():
                try:
                    wanted[name] = requests if _ask(clients[name], endpoint, query) < SLOW else 1
                except httpx.HTTPError:
                    medians[name][query_name] = None
            samples: dict[str, list[float]] = {name: [] for name in wanted}
            for turn in range(max(wanted.values(), default=0)):
                for name in [name for name in samples if turn < wanted[name]]:
                    try:
                        samples[name].append(_ask(clients[name], endpoints[name], query))
                    except httpx.HTTPError:
                        medians[name][query_name] = None
                        del samples[name]
            for name, times in samples.items():
                medians[name][query_name] = statistics.median(times)
    finally:
        for client in clients.values():
            client.close()
    return medians


def _asked_once(endpoint: str, query: str) -> dict:
    """What a user asking ``query`` once gets: the status, the seconds, the rows, and whether the row cap cut them."""
    start = time.perf_counter()
    with httpx.Client(timeout=CLIENT_TIMEOUT) as client:
        response = client.post(endpoint, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
    seconds = time.perf_counter() - start
    rows = len(response.json()["results"]["bindings"]) if response.status_code == 200 else 0
    return {"status": response.status_code, "seconds": seconds, "rows": rows, "truncated": TRUNCATED_HEADER in response.headers}


def throughput(endpoint: str, query: str, clients: int) -> float:
    """Requests per second answered to ``clients`` clients asking ``query`` back to back."""
    counts = [0] * clients
    stop = time.perf_counter() + THROUGHPUT_SECONDS

    def work(number: int) -> None:
        with httpx.Client(timeout=CLIENT_TIMEOUT) as client:
            while time.perf_counter() < stop:
                try:
                    _ask(client, endpoint, query)
                except httpx.HTTPError:
                    return
                counts[number] += 1

    threads = [threading.Thread(target=work, args=(n,)) for n in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.perf_counter() - start)


def _serve(endpoints: dict[str, str], queries: dict[str, str], cheapest: str | None) -> dict[str, dict]:
    """Latencies, then requests per second on the cheapest query (the first server's, unless given),
    the servers taking turns window by window (``WINDOWS`` each)."""
    measured: dict[str, dict] = {name: {"latency": times} for name, times in latencies(endpoints, queries).items()}
    if cheapest is None:
        first = measured[next(iter(endpoints))]["latency"]
        cheapest = min((name for name in first if first[name] is not None), key=first.get)
    for name in endpoints:
        measured[name].update(cheapest=cheapest, rps={})
    for clients in (1, 2):
        windows: dict[str, list[float]] = {name: [] for name in endpoints}
        for _ in range(WINDOWS):
            for name, endpoint in endpoints.items():
                windows[name].append(throughput(endpoint, queries[cheapest], clients))
        for name, rates in windows.items():
            measured[name]["rps"][str(clients)] = statistics.median(rates)
    return measured


def measure_sparql(size: int, built: dict, work: Path, rdflib_max: int) -> dict:
    """The example queries over HTTP: oxigraph serve (floor, on a copy of our store) and claimgraph serve side by side,
    then rdflib-endpoint (on that copy's quads).

    rdflib-endpoint runs on its own afterwards: it goes on evaluating a query
    its client gave up on, which would load the machine under the others.
    """
    queries = _queries(size)
    # oxigraph serve answers from a copy of our store: the record's entries, which `record-as-of` reads, are written by
    # the build after the spool that the floor's own store was loaded from
    floor = work / f"served-floor-{size}"
    shutil.rmtree(floor, ignore_errors=True)
    shutil.copytree(built["stores"]["ours"], floor)
    os.environ.update({"CLAIMGRAPH_QUERY_MAX_ROWS": "100000000", "CLAIMGRAPH_QUERY_TIME_LIMIT": str(CLIENT_TIMEOUT)})
    port = free_port()  # the same answers as the floor: no row cap, the client's time limit
    base = f"http://127.0.0.1:{port}"
    _log(f"sparql {size}: oxigraph serve and claimgraph serve, taking turns")
    command = [str(Path(sys.executable).with_name("claimgraph")), "serve", "--store", built["stores"]["ours"], "--port", str(port)]
    with oxigraph_server(floor, read_only=True) as server, \
            running(command, base, f"{base}/sparql?query=ASK%7B%7D", log=work / "claimgraph-serve.log", timeout=300):
        result = _serve({"floor": server.query_url, "ours": f"{base}/sparql"}, queries, None)
    for name in ("CLAIMGRAPH_QUERY_MAX_ROWS", "CLAIMGRAPH_QUERY_TIME_LIMIT"):
        del os.environ[name]
    _log(f"sparql {size}: claimgraph serve at its default limits, each example query asked once")
    with running(command, base, f"{base}/sparql?query=ASK%7B%7D", log=work / "claimgraph-serve-defaults.log", timeout=300):
        result["defaults"] = {name: _asked_once(f"{base}/sparql", query) for name, query in queries.items()}
    if size <= rdflib_max:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        _log(f"sparql {size}: rdflib-endpoint")
        served = work / f"served-{size}.nq"
        subprocess.run([oxigraph_binary(), "dump", "--location", str(floor), "--file", str(served)], check=True, capture_output=True)
        command = [str(Path(sys.executable).with_name("rdflib-endpoint")), "serve", "--host", "127.0.0.1",
                   "--port", str(port), str(served)]
        with running(command, base, f"{base}/?query=ASK%7B%7D", log=work / "rdflib-endpoint.log", timeout=1800):
            result.update(_serve({"rdflib_endpoint": f"{base}/"}, queries, result["floor"]["cheapest"]))
    return result


LAYERS = ("asgi", "fastapi", "worker")
"""The partial servers of :mod:`bench.layers`, timed beside the two servers to show what each layer costs."""


def measure_overhead(work: Path) -> dict:
    """The endpoint's own cost: cheap queries on the bundled claims, claimgraph serve against oxigraph serve.

    Both serve the same quads (claimgraph's store, exported and loaded into
    Oxigraph's own) and take turns request by request, ``OVERHEAD_REQUESTS``
    times per query. claimgraph runs as a user starts it, with its checks,
    its query workers and its limits. The servers of :mod:`bench.layers` take
    their turns too: uvicorn alone, a FastAPI route, and that route with the
    lexer and a query worker (on a copy of the store).
    """
    claimgraph = str(Path(sys.executable).with_name("claimgraph"))
    store, nquads, floor, layered = work / "bundled", work / "bundled.nq", work / "bundled-floor", work / "bundled-layers"
    for path in (store, floor, layered):
        shutil.rmtree(path, ignore_errors=True)
    subprocess.run([claimgraph, "build", "--store", str(store)], check=True, cwd=REPO, capture_output=True)
    subprocess.run([claimgraph, "export", "--store", str(store), "--format", "nquads", "-o", str(nquads)], check=True, capture_output=True)
    subprocess.run([oxigraph_binary(), "load", "--location", str(floor), "--file", str(nquads)], check=True, capture_output=True)
    shutil.copytree(store, layered)
    _log("endpoint overhead: cheap queries on the bundled claims, oxigraph serve, claimgraph serve and its layers taking turns")
    with ExitStack() as servers:
        endpoints = {"floor": servers.enter_context(oxigraph_server(floor, read_only=True)).query_url}
        for layer in LAYERS:
            base = f"http://127.0.0.1:{free_port()}"
            command = [sys.executable, "-m", "bench.layers", layer, base.rsplit(":", 1)[1], str(layered)]
            servers.enter_context(running(command, base, f"{base}/sparql", log=work / f"layer-{layer}.log"))
            endpoints[layer] = f"{base}/sparql"
        base = f"http://127.0.0.1:{free_port()}"
        servers.enter_context(running([claimgraph, "serve", "--store", str(store), "--port", base.rsplit(":", 1)[1]], base,
                                      f"{base}/sparql?query=ASK%7B%7D", log=work / "claimgraph-overhead.log", timeout=300))
        endpoints["ours"] = f"{base}/sparql"
        measured = latencies(endpoints, CHEAP_QUERIES, OVERHEAD_REQUESTS)
    return {"requests": OVERHEAD_REQUESTS, "latency": measured}


def measure_shacl(claims: int, repeat: int) -> dict:
    """SHACL alone, pySHACL against the engine claimgraph runs, ``repeat`` times each, taking turns."""
    runs: dict[str, list[dict]] = {engine: [] for engine in SHACL_ENGINES}
    for number in range(repeat):
        for engine in SHACL_ENGINES:
            _log(f"SHACL on {claims} claims, {engine}, run {number + 1}/{repeat}")
            runs[engine].append(task("shacl", str(claims), engine))
    return {"claims": claims, "engines": {engine: {"runs": done, "seconds": _median(done)} for engine, done in runs.items()}}


def measure_extraction() -> dict:
    """Extraction's start-up and time per KB (:mod:`bench.extraction`), in a fresh process."""
    done = subprocess.run([sys.executable, "-m", "bench.extraction", "--json"], capture_output=True, text=True, timeout=7200, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(f"bench.extraction failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _machine() -> dict:
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "?")
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), "?")
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gib": round(int(memory) / 1024 / 1024, 1),
            "python": platform.python_version()}


def main() -> int:
    sizes = [int(size) for size in os.environ.get("BENCH_SIZES", "10000,100000").split(",") if size.strip()]
    repeat = _env_int("BENCH_REPEAT", 3)
    repeat_large = _env_int("BENCH_REPEAT_LARGE", 2)
    rdflib_max = _env_int("BENCH_RDFLIB_ENDPOINT_MAX", 10_000)
    shacl_claims = _env_int("BENCH_SHACL_CLAIMS", 2000)
    work = Path(os.environ.get("BENCH_WORK") or tempfile.mkdtemp(prefix="claimgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    run = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "command": f"BENCH_SIZES={','.join(map(str, sizes))} BENCH_REPEAT={repeat} BENCH_REPEAT_LARGE={repeat_large} "
                      f"BENCH_SHACL_CLAIMS={shacl_claims} make bench",
           "load_at_start": [round(x, 2) for x in os.getloadavg()]}
    saved = DOCS / "benchmarks.json"
    results: dict = json.loads(saved.read_text(encoding="utf-8")) if saved.exists() else {"sizes": {}}
    results.update({"machine": _machine(), "requests": REQUESTS})
    overhead_started = time.perf_counter()
    results["overhead"] = measure_overhead(work)
    results["overhead"]["run"] = {**run, "minutes": round((time.perf_counter() - overhead_started) / 60, 1),
                                  "load_at_end": [round(x, 2) for x in os.getloadavg()]}
    _log("the command line's start: every --help against python -c 'import argparse', a query against bare pyoxigraph")
    startup_started, startup_load = time.perf_counter(), [round(x, 2) for x in os.getloadavg()]
    results["startup"] = startup.measure(work / "bundled")
    results["startup"]["run"] = {**run, "load_at_start": startup_load, "minutes": round((time.perf_counter() - startup_started) / 60, 1),
                                 "load_at_end": [round(x, 2) for x in os.getloadavg()]}
    _log(f"extraction: articles of {', '.join(f'{size:,}' for size in extraction.SIZES)} characters, start-up apart")
    extraction_started, extraction_load = time.perf_counter(), [round(x, 2) for x in os.getloadavg()]
    results["extraction"] = measure_extraction()
    results["extraction"]["run"] = {**run, "load_at_start": extraction_load, "minutes": round((time.perf_counter() - extraction_started) / 60, 1),
                                    "load_at_end": [round(x, 2) for x in os.getloadavg()]}
    if shacl_claims:
        results["shacl"] = measure_shacl(shacl_claims, _env_int("BENCH_SHACL_REPEAT", 3))
        results["shacl"]["run"] = run
    for size in sizes:
        size_started = time.perf_counter()
        entry: dict = {}
        entry["build"] = measure_build(size, work, repeat if size <= 10_000 else repeat_large)
        if size <= 100_000:
            entry["sparql"] = measure_sparql(size, entry["build"], work, rdflib_max)
            _log(f"claim matching at {size}, 10% of the claims said again elsewhere")
            entry["matching"] = task("matching", str(size))
        if size == 100_000 or (size == max(sizes) and size < 100_000):
            _log(f"analysis and views at {size}")
            entry["analysis"] = task("analysis", entry["build"]["stores"]["ours"], entry["build"]["nquads"])
            entry["views"] = task("views", entry["build"]["stores"]["ours"], str(work / "view.html"), "2000")
            _log(f"the service's first requests after a write at {size}")
            entry["after_write"] = task("after_write", entry["build"]["stores"]["ours"])
            _log(f"the record as of a time at {size}")
            entry["as_of"] = task("as_of", entry["build"]["stores"]["ours"])
            _log(f"pledges at {size}")
            entry["pledges"] = task("pledges", entry["build"]["stores"]["ours"])
        for name in ("stores", "nquads"):
            entry["build"].pop(name)
        entry["run"] = {**run, "minutes": round((time.perf_counter() - size_started) / 60, 1),
                        "load_at_end": [round(x, 2) for x in os.getloadavg()]}
        results["sizes"][str(size)] = entry
        (work / "partial.json").write_text(json.dumps(results, indent=1), encoding="utf-8")  # a later failure keeps this
        for leftover in work.glob(f"*-{size}-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        (work / f"corpus-{size}.nq").unlink(missing_ok=True)
    results["sizes"] = dict(sorted(results["sizes"].items(), key=lambda item: int(item[0])))
    DOCS.mkdir(exist_ok=True)
    saved.write_text(json.dumps(results, indent=1), encoding="utf-8")
    report.write(results, DOCS)
    shutil.rmtree(work, ignore_errors=True)
    _log(f"done in {(time.perf_counter() - started) / 60:.1f} min: {DOCS / 'benchmarks.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
