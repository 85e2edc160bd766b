"""`watchfloor serve` as a user starts it: a process that prints its address and answers."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_prints_its_address_and_answers_read_only(served_db):
    port = _free_port()
    exe = Path(sys.executable).with_name("watchfloor")
    proc = subprocess.Popen(
        [str(exe), "--db", str(served_db), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        address = proc.stdout.readline().strip()
        assert address == f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(address + "api/events", params={"limit": 1})
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
                time.sleep(0.1)
        assert response.status_code == 200 and response.json()["total"] > 50
        assert httpx.post(address + "api/ingest", json={}).status_code in (404, 405)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
