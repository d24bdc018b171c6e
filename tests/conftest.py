"""Shared fixtures. The lexicon is the real one (pymorphy3 + wordfreq), built once per machine."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
