"""A real server on a free loopback port and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from claimgraph.api.app import create_app
from claimgraph.api.settings import Settings
from claimgraph.claims.loader import load_claim_set
from claimgraph.kg.build import build, vocabulary_quads
from claimgraph.kg.mapping import Quad
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, insert_data, open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NETWORK_DATA = Path(__file__).resolve().parents[1] / "data" / "network"


class Server:
    """uvicorn serving the app in a thread, on a socket bound to 127.0.0.1 port 0."""

    def __init__(self, store: Store, **settings: object) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.origin = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        config = uvicorn.Config(create_app(Settings(store=MEMORY, **settings), store=store), log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return self
            self.thread.join(0.05)
        raise RuntimeError("the server did not start within 10 s")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.socket.close()


@pytest.fixture(scope="module")
def serve() -> Iterator[Callable[[Store], Server]]:
    """Start a server on a store (with settings); every server started is stopped at the end of the module."""
    started: list[Server] = []

    def start(store: Store, **settings: object) -> Server:
        server = Server(store, **settings).__enter__()
        started.append(server)
        return server

    yield start
    for server in started:
        server.__exit__()


@pytest.fixture(scope="module")
def bundled_server(serve, bundled_quads: list[Quad]) -> Iterator[Server]:
    """The app on a store holding the bundled claim set."""
    yield serve(bundled_store(bundled_quads))


def bundled_store(bundled_quads: list[Quad]) -> Store:
    """A new in-memory store holding the vocabulary and the bundled claims."""
    store = open_store(MEMORY)
    store.update(insert_data(vocabulary_quads() + bundled_quads))
    return store


@pytest.fixture(scope="module")
def hostile_server(serve) -> Iterator[Server]:
    """The app on a store holding a claim set full of markup and script."""
    store = open_store(MEMORY)
    build(store, [load_claim_set(NETWORK_DATA / "hostile.yaml", NETWORK_DATA)])
    yield serve(store)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless (never a downloaded browser).

    Playwright starts it with a fresh temporary user-data dir of its own (it
    refuses ``--user-data-dir`` in the arguments), and every test gets a new
    context on top of that.
    """
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """A page with a record of every request it made and every dialog it opened."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: self.errors.append(str(error)))


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    """A fresh browser context and page; requests to anything but loopback are aborted (and recorded)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(("http://127.0.0.1:", "file://", "data:", "blob:")) else route.abort(),
    )
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield Visit(page)
    context.close()


def node_point(page: Page, node_id: str) -> tuple[float, float]:
    """Where a node is on the screen."""
    box = page.locator("#mynetwork canvas").bounding_box()
    point = page.evaluate("(id) => network.canvasToDOM(network.getPositions([id])[id])", node_id)
    return box["x"] + point["x"], box["y"] + point["y"]


def edge_point(page: Page, edge_id: str) -> tuple[float, float]:
    """The middle of a (possibly curved) link on the screen, after zooming in on its two ends."""
    page.evaluate("(id) => { const e = edges.get(id); network.fit({nodes: [e.from, e.to], animation: false}); }", edge_id)
    box = page.locator("#mynetwork canvas").bounding_box()
    point = page.evaluate("(id) => network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5))", edge_id)
    return box["x"] + point["x"], box["y"] + point["y"]


@pytest.fixture
def hover_edge() -> Callable[[Page, str], object]:
    """Move the mouse onto a link; return its tooltip once it shows, and where the mouse is."""

    def hover(page: Page, edge_id: str):
        x, y = edge_point(page, edge_id)
        box = page.locator("#mynetwork canvas").bounding_box()
        assert page.evaluate("([x, y]) => network.getEdgeAt({x, y})", [x - box["x"], y - box["y"]]) == edge_id
        page.mouse.move(x - 30, y - 30)
        page.mouse.move(x, y)
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible")
        return tooltip, (x, y)

    return hover


@pytest.fixture
def click_node() -> Callable[[Page, str], None]:
    """Click on a node, after zooming in on it."""

    def click(page: Page, node_id: str) -> None:
        page.evaluate("(id) => network.fit({nodes: [id], animation: false})", node_id)
        page.mouse.click(*node_point(page, node_id))

    return click
