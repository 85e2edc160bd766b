"""Running the application: in the foreground for ``watchfloor serve``, or on a free port in a
background thread for tests and benchmarks (a real uvicorn server answering real HTTP)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI

from watchfloor.api.app import LOCAL_HOSTS, create_app
from watchfloor.settings import Settings


def address(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


def serve(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve until interrupted. A host other than this machine's is also a name the server
    answers to (the others are refused, against DNS rebinding)."""
    extra_hosts = [] if host in LOCAL_HOSTS else ["*"] if host in ("0.0.0.0", "::") else [host]
    app = create_app(settings, token, hosts=extra_hosts)
    announce(address(host, port))
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


class BackgroundServer:
    """``with BackgroundServer(app) as server: httpx.get(server.url + "api/events")``."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1"):
        self.app = app
        self.host = host
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return address(self.host, self.port)

    def __enter__(self) -> BackgroundServer:
        sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
