"""Shared fixtures. The lexicon is the real one (pymorphy3 + wordfreq), built once per machine."""

import functools
import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent

# A request that is the first to need the lexicon or the dictionaries can take longer than httpx's
# five-second default on a loaded machine; the tests wait for the real answer (a call that names its
# own timeout keeps it).
for _verb in ("get", "post", "put", "delete", "request"):
    setattr(httpx, _verb, functools.partial(getattr(httpx, _verb), timeout=180))


@pytest.fixture(scope="session")
def run_cli():
    """Run the real ``translit`` command in a subprocess; returns CompletedProcess."""

    def run(*args: str, input: str | bytes | None = None, check: bool = True):
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        binary = isinstance(input, bytes)
        proc = subprocess.run(
            [sys.executable, "-m", "translit", *args], input=input, capture_output=True,
            text=not binary, env=env, cwd=ROOT, timeout=300,
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"translit {' '.join(args)} failed: {proc.stderr}")
        return proc

    return run


@contextmanager
def live_server(app):
    """Serve ``app`` with a real uvicorn server on a free port of 127.0.0.1; yields its base URL."""
    import httpx
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    try:
        yield base
    finally:
        srv.should_exit = True
        t.join(timeout=10)
