"""One measurement per process: ``python -m bench.tasks TASK ARGS...`` prints one JSON line.

Each task runs in a fresh process so that its peak memory (``ru_maxrss``) is
its own, and no cache of an earlier task helps it.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.corpus import corpus
from claimgraph.claims.model import ClaimSet


def _peak_mib(workers: int = 0) -> float:
    """This process's peak memory, plus ``workers`` times the largest peak of its finished children
    (an upper bound on what it and its workers held at once)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if workers else 0
    return (own + workers * children) / 1024


def map_only(claim_sets: list[ClaimSet]) -> tuple[list[str], str]:
    """A chunk check that maps without SHACL: times the write path apart from validation."""
    from claimgraph.kg.build import written_quads
    from claimgraph.kg.store import nquads

    return [], "".join(nquads(written_quads(claim_sets)))


def corpus_nquads(size: str, path: str) -> dict:
    """The corpus as the N-Quads file the peers load (what our build spools, vocabulary included)."""
    from claimgraph.kg.build import prepare

    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as out:
        plan = prepare(corpus(int(size)), out, check=map_only)
    return {"seconds": time.perf_counter() - start, "quads": plan.quads}


def build_ours(size: str, location: str, bulk: str) -> dict:
    """Our write path: claim sets -> quads -> N-Quads spool -> the on-disk store (SHACL timed apart),
    mapped in as many worker processes as ``claimgraph build`` starts by default."""
    from claimgraph.kg.build import prepare, write
    from claimgraph.kg.cpus import default_workers
    from claimgraph.kg.store import open_store

    store = open_store(location)
    workers = default_workers()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        spool = Path(folder) / "new.nq"
        with spool.open("w", encoding="utf-8") as out:
            plan = prepare(corpus(int(size)), out, workers, check=map_only)
        mapped = time.perf_counter()
        report = write(store, plan, spool, bulk=bulk == "bulk")
    store.oxigraph.flush()
    done = time.perf_counter()
    store.close()
    return {"seconds": done - start, "map_seconds": mapped - start, "write_seconds": done - mapped,
            "quads": report.quads_in_store, "claims": report.claims, "workers": workers, "peak_mib": _peak_mib(workers)}


def build_rdflib(size: str) -> dict:
    """The same claim sets through the same mapping into rdflib's default in-memory Dataset."""
    from rdflib import Dataset

    from claimgraph.kg.build import vocabulary_quads
    from claimgraph.kg.mapping import DEFAULT, claim_set_quads

    start = time.perf_counter()
    dataset = Dataset()
    graphs: dict = {}

    def context(name):
        if name not in graphs:
            graphs[name] = dataset.default_graph if name == DEFAULT else dataset.graph(name)
        return graphs[name]

    dataset.addN((s, p, o, context(g)) for s, p, o, g in vocabulary_quads())
    for claim_set in corpus(int(size)):
        dataset.addN((s, p, o, context(g)) for s, p, o, g in claim_set_quads(claim_set))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "quads": len(dataset), "peak_mib": _peak_mib()}


def load_floor(path: str, location: str) -> dict:
    """Bare pyoxigraph: bulk-load the ready N-Quads file into an on-disk store."""
    import pyoxigraph

    start = time.perf_counter()
    store = pyoxigraph.Store(location)
    store.bulk_load(path=path, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "quads": len(store), "peak_mib": _peak_mib()}


def shacl(size: str, engine: str) -> dict:
    """SHACL alone: the corpus mapped chunk by chunk as a build maps it (untimed), each chunk validated in this
    process by ``engine`` (``turbo``, claimgraph's, or ``pyshacl``, the reference); the time is the validation's.

    Each engine gets what a build would hand it: claimgraph's engine the chunk's N-Quads as spooled (written untimed,
    as the spool needs them anyway) and the entities' quads; pySHACL all of them as quads. The first chunk is
    validated once more beforehand, timed apart (``setup_seconds``): what a process pays once (parsing the shapes
    and vocabulary, compiling them, pySHACL's first parse of each SPARQL constraint).
    """
    from claimgraph.kg.build import _chunks, named_entity_quads, written_quads
    from claimgraph.kg.store import nquads

    if engine == "turbo":
        from claimgraph.kg.validation import problems

        def validate(chunk: list[ClaimSet]) -> Callable[[], list[str]]:
            text = "".join(nquads(written_quads(chunk)))
            return lambda: problems(named_entity_quads(chunk), written=text)
    else:
        from bench.shacl_reference import problems

        def validate(chunk: list[ClaimSet]) -> Callable[[], list[str]]:
            quads = written_quads(chunk) + named_entity_quads(chunk)
            return lambda: problems(quads)
    seconds, claims, found, chunks = 0.0, 0, 0, 0
    chunked = list(_chunks(corpus(int(size))))
    first = validate(chunked[0])
    start = time.perf_counter()
    first()
    setup = time.perf_counter() - start
    for chunk in chunked:
        run = validate(chunk)
        start = time.perf_counter()
        found += len(run())
        seconds += time.perf_counter() - start
        claims += sum(len(claim_set.claims) for claim_set in chunk)
        chunks += 1
    return {"seconds": seconds, "setup_seconds": setup, "claims": claims, "problems": found, "chunks": chunks, "peak_mib": _peak_mib()}


def build_validated(size: str, location: str) -> dict:
    """What ``claimgraph build`` does, validation included: :func:`claimgraph.kg.build.build` with its default
    workers and write mode, into an on-disk store."""
    from claimgraph.kg.build import build
    from claimgraph.kg.cpus import default_workers
    from claimgraph.kg.store import open_store

    store = open_store(location)
    workers = default_workers()
    start = time.perf_counter()
    report = build(store, corpus(int(size)), workers=workers, agent="bench")
    store.oxigraph.flush()
    seconds = time.perf_counter() - start
    store.close()
    return {"seconds": seconds, "quads": report.quads_in_store, "claims": report.claims, "workers": workers, "bulk": report.bulk,
            "peak_mib": _peak_mib(workers)}


def oxigraph_load(path: str, location: str) -> dict:
    """The ``oxigraph load`` command (Oxigraph's own command line) on the ready N-Quads file."""
    import subprocess

    from bench.servers import oxigraph_binary

    start = time.perf_counter()
    subprocess.run([oxigraph_binary(), "load", "--location", location, "--file", path], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def analysis(location: str, nquads_path: str) -> dict:
    """Projection and analyses from our store, against rdflib's triple-by-triple projection of the same data."""
    from rdflib import Dataset, Graph
    from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

    from claimgraph.kg.analysis import centrality, communities, pagerank
    from claimgraph.kg.network import project
    from claimgraph.kg.store import open_store

    store = open_store(location)
    times = {}
    start = time.perf_counter()
    graph = project(store)
    times["projection"] = time.perf_counter() - start
    store.close()
    start = time.perf_counter()
    pagerank(graph)
    times["pagerank"] = time.perf_counter() - start
    start = time.perf_counter()
    ranked = centrality(graph)  # what users get: exact betweenness on small networks, estimated past a threshold
    times["betweenness"] = time.perf_counter() - start
    start = time.perf_counter()
    communities(graph)
    times["communities"] = time.perf_counter() - start
    dataset = Dataset()
    dataset.parse(nquads_path, format="nquads")
    merged = Graph()  # the projection reads triples; the graphs merged, untimed
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    start = time.perf_counter()
    baseline = rdflib_to_networkx_multidigraph(merged)
    times["baseline_projection"] = time.perf_counter() - start
    return {"seconds": times, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "betweenness_estimated": bool(ranked and ranked[0]["betweenness_estimated"]),
            "baseline_nodes": baseline.number_of_nodes(), "peak_mib": _peak_mib()}


def views(location: str, html: str, nodes: str) -> dict:
    """The network view at ``nodes`` nodes: produced from the store, then until interactive in headless Chromium."""
    from playwright.sync_api import sync_playwright

    from claimgraph.kg.analysis import pagerank
    from claimgraph.kg.network import read_network
    from claimgraph.kg.store import open_store
    from claimgraph.viz.render import render
    from claimgraph.viz.views import entity_view, with_tips

    store = open_store(location)
    start = time.perf_counter()
    network = read_network(store)
    graph = network.graph()
    view = with_tips(entity_view(graph, pagerank(graph), network, title="Benchmark", cap=int(nodes)), network)  # as `claimgraph view` writes it
    Path(html).write_text(render(view), encoding="utf-8")
    produced = time.perf_counter() - start
    store.close()
    arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=arguments)
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(Path(html).resolve().as_uri())
        page.wait_for_selector("body[data-network=ready]", timeout=600_000)
        page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")  # the laid-out network painted
        interactive = time.perf_counter() - start
        redraws = [page.evaluate("(() => { const start = performance.now(); network.redraw(); return performance.now() - start; })()")
                   for _ in range(3)]
        shown = page.evaluate("nodes.length")
        browser.close()
    return {"produce_seconds": produced, "interactive_seconds": interactive, "redraw_seconds": statistics.median(redraws) / 1000,
            "nodes": shown}


AFTER_WRITE_ROUNDS = 2
"""Rounds of write, then first request, then the same request kept (medians are reported)."""
AFTER_WRITE_PAUSE = 2.0
"""Seconds between a curation and the request that follows it a moment later."""


def after_write(location: str) -> dict:
    """The service's first request after a write against the same request with everything kept: the home page, the
    biggest entity's page and the centrality after an ingest (new entities and candidates), after a curation (one of its
    candidates accepted onto the record), and the home and entity pages after a review (everything kept before it). The
    service runs in process on a copy of the store."""
    import shutil

    from fastapi.testclient import TestClient

    from claimgraph.api.app import create_app
    from claimgraph.api.settings import Settings
    from claimgraph.kg import tokens
    from claimgraph.kg.store import open_store

    work = Path(tempfile.mkdtemp(prefix="after-write-"))
    shutil.copytree(location, work / "store")
    token_file = work / "tokens.json"
    editor, reviewer = (tokens.create(token_file, role, role) for role in ("editor", "reviewer"))
    store = open_store(str(work / "store"))
    (hub,) = store.select("SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c schema:about ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1")
    hub = str(hub["e"]).rsplit("/", 1)[-1]
    (claim,) = store.select(f"SELECT ?c WHERE {{ ?c schema:about <https://w3id.org/claimgraph/id/entity/{hub}> }} LIMIT 1")
    claim = str(claim["c"]).rsplit("/", 1)[-1]
    requests = {"home": "/", "entity page": f"/entities/{hub}", "centrality": "/api/analysis/centrality", "claim list": "/claims"}
    seconds: dict[str, list[float]] = {}

    def timed(name: str, method: str, url: str, **arguments: object) -> dict:
        start = time.perf_counter()
        answer = client.request(method, url, **arguments)
        seconds.setdefault(name, []).append(time.perf_counter() - start)
        if answer.status_code >= 300:
            raise RuntimeError(f"{url}: {answer.status_code} {answer.text[:300]}")
        return answer.json() if answer.headers.get("content-type", "").startswith("application/json") else {}

    with TestClient(create_app(Settings(store="memory:", tokens=token_file), store=store)) as client:
        for name, url in requests.items():
            timed(f"{name}, first after start", "GET", url)  # what the service reads whole once, before any write
        for round_number in range(AFTER_WRITE_ROUNDS):
            for name, url in requests.items():
                text = f"Nimbus{round_number}{name.replace(' ', '')} Labs raised $5m from Northwall Capital last year, according to Dealroom."
                ingested = timed("ingest", "POST", "/api/documents", params={"published": "2025-05-01", "title": f"Nimbus {round_number} {name}"},
                                 content=text.encode(), headers={"Content-Type": "text/plain", "Authorization": f"Bearer {editor}"})
                timed(f"{name}, first after an ingest", "GET", url)
                timed(f"{name}, kept", "GET", url)
                timed("curation", "POST", f"/api/claims/{ingested['claims'][0]['id']}/accept", json={},
                      headers={"Authorization": f"Bearer {editor}"})
                timed(f"{name}, first after a curation", "GET", url)
                again = timed("ingest", "POST", "/api/documents", params={"published": "2025-05-01", "title": f"Nimbus {round_number} {name} again"},
                              content=text.replace("Labs", "Works").encode(), headers={"Content-Type": "text/plain", "Authorization": f"Bearer {editor}"})
                timed("curation", "POST", f"/api/claims/{again['claims'][0]['id']}/accept", json={}, headers={"Authorization": f"Bearer {editor}"})
                time.sleep(AFTER_WRITE_PAUSE)  # what a person takes to click: the service warms meanwhile
                timed(f"{name}, {AFTER_WRITE_PAUSE:g} s after a curation", "GET", url)
            for url in requests.values():
                client.get(url)
            timed("review", "POST", f"/api/claims/{claim}/reviews", json={"verdict": "mixed", "rationale": f"round {round_number}"},
                  headers={"Authorization": f"Bearer {reviewer}"})
            for name in ("home", "entity page"):
                timed(f"{name}, first after a review", "GET", requests[name])
    store.close()
    shutil.rmtree(work, ignore_errors=True)
    return {"seconds": {name: statistics.median(times) for name, times in seconds.items()}, "rounds": AFTER_WRITE_ROUNDS,
            "entity": hub, "peak_mib": _peak_mib()}


AS_OF_ROUNDS = 3
"""Rounds of the claim list and the network view, read afresh, kept and as of a time (medians are reported)."""


def as_of(location: str) -> dict:
    """The claim list (``/api/claims``, a page of 50) and the network view (``/views/network``) as of a time, against the
    same requests without ``as_of``, read afresh (a new service, as after a write) and kept: as of the end of today, which
    holds every claim of the build and no later write, and, on a copy of the store, as of a time before three writes (an
    ingest, the acceptance of its candidate, a review). The service runs in process."""
    import datetime as dt
    import shutil

    from fastapi.testclient import TestClient

    from claimgraph.api.app import create_app
    from claimgraph.api.settings import Settings
    from claimgraph.kg import curation, reviews
    from claimgraph.kg.ingest import ingest
    from claimgraph.kg.store import open_store

    requests = {"claim list": "/api/claims?limit=50", "network view": "/views/network"}
    seconds: dict[str, list[float]] = {}
    totals: set[int] = set()

    def timed(client: TestClient, name: str, address: str) -> dict:
        start = time.perf_counter()
        answer = client.get(address)
        seconds.setdefault(name, []).append(time.perf_counter() - start)
        if answer.status_code != 200:
            raise RuntimeError(f"{address}: {answer.status_code} {answer.text[:300]}")
        return answer.json() if "/api/" in address else {}

    store = open_store(location)
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    for _ in range(AS_OF_ROUNDS):
        with TestClient(create_app(Settings(store="memory:"), store=store)) as client:
            for name, url in requests.items():
                for kind, address in (("afresh", url), ("kept", url), ("as_of", f"{url}{'&' if '?' in url else '?'}as_of={today}")):
                    answer = timed(client, f"{name}, {kind}", address)
                    if name == "claim list":
                        totals.add(answer["total"])
    store.close()
    if len(totals) != 1:
        raise RuntimeError(f"the claim list with and without as_of disagree: {sorted(totals)} claims")

    work = Path(tempfile.mkdtemp(prefix="as-of-"))
    shutil.copytree(location, work / "store")
    store = open_store(str(work / "store"))
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    time.sleep(1.1)  # the writes below end after ``before``, to the second
    (claim,) = store.select("SELECT ?c WHERE { ?c a cg:Claim } LIMIT 1")
    report = ingest(store, "Nimbus Labs raised $5m from Northwall Capital last year, according to Dealroom.", "2025-05-01", title="Nimbus")
    curation.curate(store, report.claims[0].id, "accept", "bench")
    reviews.add_review(store, str(claim["c"]).rsplit("/", 1)[-1], "mixed", "a check", [], "bench")
    stamp = before.strftime("%Y-%m-%dT%H:%M:%SZ")
    for _ in range(AS_OF_ROUNDS):
        with TestClient(create_app(Settings(store="memory:"), store=store)) as client:
            for name, url in requests.items():
                client.get(url)
                timed(client, f"{name}, kept beside later writes", url)
                timed(client, f"{name}, as_of before later writes", f"{url}{'&' if '?' in url else '?'}as_of={stamp}")
    store.close()
    shutil.rmtree(work, ignore_errors=True)
    return {"seconds": {name: statistics.median(times) for name, times in seconds.items()}, "rounds": AS_OF_ROUNDS,
            "claims": totals.pop(), "peak_mib": _peak_mib()}


def pledges(location: str) -> dict:
    """``/api/pledges`` now and as of the end of today, filtered by a due date, a pledge's timeline, the claim list and one
    claim as of today, and a fulfilment write (which the store keeps), medians of :data:`AS_OF_ROUNDS`. In process."""
    import datetime as dt

    from fastapi.testclient import TestClient

    from claimgraph.api.app import create_app
    from claimgraph.api.settings import Settings
    from claimgraph.kg import fulfilment
    from claimgraph.kg.store import open_store

    store = open_store(location)
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    seconds: dict[str, list[float]] = {}
    with TestClient(create_app(Settings(store="memory:"), store=store)) as client:
        listed = client.get("/api/pledges").json()["items"]
        pledge = listed[0]["id"]
        requests = {"pledges": "/api/pledges", "pledges as of today": f"/api/pledges?as_of={today}",
                    "pledges due before 2030": "/api/pledges?due_before=2030-01-01", "pledge timeline": f"/api/claims/{pledge}/timeline",
                    "claim list as of today": f"/api/claims?limit=50&as_of={today}", "a claim as of today": f"/api/claims/{pledge}?as_of={today}"}  # fmt: skip
        for _ in range(AS_OF_ROUNDS):
            for name, url in requests.items():
                start = time.perf_counter()
                answer = client.get(url)
                seconds.setdefault(name, []).append(time.perf_counter() - start)
                if answer.status_code != 200:
                    raise RuntimeError(f"{url}: {answer.status_code} {answer.text[:300]}")
            start = time.perf_counter()
            fulfilment.record_fulfilment(store, pledge, "open", "timed by the benchmark", [], "bench")
            seconds.setdefault("fulfilment write", []).append(time.perf_counter() - start)
    store.close()
    return {"seconds": {name: statistics.median(times) for name, times in seconds.items()}, "rounds": AS_OF_ROUNDS, "pledges": len(listed)}


MATCHING_ROUNDS = 3
"""Times claim matching is run on one corpus; the median is reported."""


def _pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for group in groups for a in group for b in group if a < b}


def matching(size: str, share: str = "0.1") -> dict:
    """Claim matching on a corpus with ``share`` of its claims said again in other documents
    (:func:`bench.corpus.restated_corpus`): the time to group every claim (read as the network holds them, without
    the store), and the groups against the generator's truth, pair by pair (precision and recall of the pairs of
    claims grouped together) and whole (the true groups found exactly). ``pair_precision_same_fact`` also counts as
    right the pairs the generator drew twice by chance with the very same object (entity, words or amount)."""
    from claimgraph.claims.times import interval
    from claimgraph.kg import matching as matcher
    from claimgraph.kg.namespaces import CG, entity_iri
    from claimgraph.kg.network import Entity, Network
    from claimgraph.kg.projection import ClaimRecord

    from bench.corpus import restated_corpus

    sets, truth = restated_corpus(int(size), float(share))
    entities = {e.id: Entity(e.id, str(entity_iri(e.id)), e.label, e.type) for claim_set in sets for e in claim_set.entities}
    claims = {
        c.id: ClaimRecord(
            id=c.id, iri=c.id, type=c.type, statement=c.statement, status=c.status, subject=c.subject, predicate=str(CG[c.predicate]),
            claimant=c.claimant, document=c.document, anchor=c.anchor, about=c.about, about_interval=interval(c.about), stated=c.stated,
            object=c.object_entity, value=c.object_money or c.object_literal, publisher=claim_set.document.publisher,
        )
        for claim_set in sets for c in claim_set.claims
    }  # fmt: skip
    network = Network(entities=entities, claims=claims)
    seconds = []
    for _ in range(MATCHING_ROUNDS):
        start = time.perf_counter()
        found = matcher.groups(network.claims)
        seconds.append(time.perf_counter() - start)
    grouped = [{claim.id for claim in group} for group in found if len(group) > 1]
    true_pairs, found_pairs = _pairs(truth), _pairs(grouped)
    hits = len(true_pairs & found_pairs)
    kind = lambda pair: type(matcher.object_of(claims[next(iter(pair))])).__name__.replace("str", "entity").lower()  # noqa: E731
    same_fact = {pair for pair in found_pairs - true_pairs if len({repr(matcher.object_of(claims[c])) for c in pair}) == 1}
    by_kind = {name: {"found": sum(kind(p) == name for p in found_pairs), "true": sum(kind(p) == name for p in true_pairs & found_pairs)}
               for name in ("money", "entity", "literal")}  # fmt: skip
    exact = {frozenset(group) for group in grouped}
    return {
        "claims": len(claims), "restated": sum(len(group) - 1 for group in truth), "true_groups": len(truth),
        "groups_found": len(grouped), "seconds": statistics.median(seconds), "rounds": MATCHING_ROUNDS,
        "pair_precision": hits / len(found_pairs) if found_pairs else 1.0, "pair_recall": hits / len(true_pairs) if true_pairs else 1.0,
        "groups_found_exactly": sum(frozenset(group) in exact for group in truth) / len(truth) if truth else 1.0,
        "pairs_by_value": by_kind,
        "pair_precision_same_fact": (hits + len(same_fact)) / len(found_pairs) if found_pairs else 1.0,
        "peak_mib": _peak_mib(),
    }  # fmt: skip


TASKS = {task.__name__: task for task in (corpus_nquads, build_ours, build_validated, build_rdflib, load_floor, oxigraph_load, shacl, analysis,
                                          views, after_write, as_of, pledges, matching)}

if __name__ == "__main__":
    print(json.dumps(TASKS[sys.argv[1]](*sys.argv[2:])))
