"""Batch jobs over HTTP: ``POST /api/batch`` takes an uploaded CSV/TSV/JSON-lines table (any
batch command of the registry, :data:`translit.commands.BATCH_COMMANDS`, on one column) or a MARC
file (binary, MARCXML or MARC-in-JSON: check, romanize, add-880) and runs it in a worker thread; ``/api/batch/{job}/status`` gives
its progress, ``/api/batch/{job}/result`` and ``/report`` its files."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import time
import uuid
from pathlib import Path

from fastapi import APIRouter, File, Form, HTTPException, UploadFile
from fastapi.responses import FileResponse

from translit.commands import BATCH_COMMANDS
from translit.errors import TranslitError
from translit.schemes import SCHEME_IDS
from translit.web.models import SafeJSON


def _suffix(name: str) -> str:
    """The extension of an uploaded file's name (.csv, .mrc…), which says how to read it: the
    files of a job are named by it alone, so no name a client sends is ever a path on disk
    (too long, a NUL, or ../)."""
    ext = os.path.splitext(name)[1].lower()
    return ext if re.fullmatch(r"\.[a-z0-9]{1,8}", ext) else ""


_MARC_SUFFIXES = (".mrc", ".marc", ".xml", ".mrx")


def _is_marc(name: str, path: Path) -> bool:
    """Whether an upload is a MARC file: by its extension, or, for ``.json``, by its content
    (MARC-in-JSON records have a leader and fields; anything else is a table of JSON lines)."""
    low = name.lower()
    if low.endswith(_MARC_SUFFIXES):
        return True
    if low.endswith(".json"):
        from translit.marc import is_marc_json

        return is_marc_json(str(path))
    return False


def _check_table_form(command: str, column: str, scheme: str) -> None:
    """Refuse, with a 422 that says why, a table job whose command, column or scheme is wrong."""
    if command not in BATCH_COMMANDS:
        named = f"{', '.join(BATCH_COMMANDS[:-1])} or {BATCH_COMMANDS[-1]}"
        raise HTTPException(422, f"command must be {named}, not {command!r}")
    if not column:
        raise HTTPException(422, "name the column (field 'column')")
    allowed = SCHEME_IDS + (("cyrillic",) if command == "convert" else ())
    if command in ("romanize", "convert") and scheme not in allowed:
        raise HTTPException(422, f"unknown scheme {scheme!r}; the schemes are: {', '.join(allowed)}")


def batch_router(jobs, max_upload: int) -> APIRouter:
    """The batch routes over ``jobs`` (the app's :class:`translit.web.app._Jobs`)."""
    router = APIRouter()

    def run_job(job: str, d: Path, src: Path, name: str, marc: bool, command: str, column: str, scheme: str) -> dict:
        """The job itself, in a worker thread: progress goes into the job's state. An error names
        the upload as the client called it, never the server's work file."""
        try:
            return _run_job(job, d, src, name, marc, command, column, scheme)
        except TranslitError as exc:
            message = str(exc).replace(str(src), name).replace(str(d) + os.sep, "")
            raise TranslitError(message) from None

    def _run_job(job: str, d: Path, src: Path, name: str, marc: bool, command: str, column: str, scheme: str) -> dict:
        st = jobs.state[job]
        st["state"] = "running"

        def progress(done: int) -> None:
            st["done"] = done

        if marc:
            from translit.marc import run as marc_run

            action = command  # check, romanize or add-880 (the upload refuses the others)
            out = d / ("output" + _suffix(name)) if action != "check" else None
            report = d / "report.csv"
            r = marc_run(action, str(src), str(out) if out else None, report_path=str(report),
                         rejects_path=str(d / ("rejects" + _suffix(name))), progress=progress)
            summary = r.summary()
        else:
            from translit.batch import process_table

            opts = {"scheme": scheme} if command == "romanize" else ({"to": scheme} if command == "convert" else {})
            out = d / ("output" + _suffix(name))
            report = d / "report.txt"
            r = process_table(str(src), str(out), (command, opts), column=column, progress=progress)
            report.write_text("\n".join(f"line {p.line}: {p.reason}" for p in r.problems) + "\n", encoding="utf-8")
            summary = r.summary(name)
        return {"job": job, "summary": summary,
                "result": f"/api/batch/{job}/result" if out is not None else None,
                "report": f"/api/batch/{job}/report", "status": f"/api/batch/{job}/status"}

    def finish(job: str, future) -> None:
        st = jobs.state.get(job)
        if st is None:
            return
        try:
            st.update(future.result(), state="done")
        except TranslitError as exc:
            st.update(state="failed", error=str(exc))
        except Exception as exc:  # a bug, not bad input: say so rather than hang the page
            st.update(state="failed", error=f"{type(exc).__name__}: {exc}")
        st["ended"] = time.monotonic()

    @router.post("/api/batch")
    async def batch(file: UploadFile = File(...), command: str = Form("romanize"), column: str = Form(""),
                    scheme: str = Form("alalc"), wait: bool = Form(True)):
        """Run a batch job on an uploaded CSV/TSV/JSON-lines table or MARC file, in a worker thread.

        ``wait`` (default true) answers when the job is done; ``wait=false`` answers 202 at once
        with the job's status link, which gives its progress (rows or records done) until then."""
        jobs.expire()
        name = os.path.basename(file.filename or "upload") or "upload"
        if not name.lower().endswith(_MARC_SUFFIXES + (".json",)):  # a table: refuse a bad form before the upload
            _check_table_form(command, column, scheme)
        job = uuid.uuid4().hex
        d = jobs.work / job
        d.mkdir()
        src = d / ("input" + _suffix(name))  # the client's name is shown, never used as a path
        size = 0
        with open(src, "wb") as fh:
            while chunk := await file.read(1 << 20):
                size += len(chunk)
                if size > max_upload:
                    fh.close()
                    shutil.rmtree(d)
                    raise HTTPException(413, f"upload is over the limit of {max_upload:,} bytes")
                fh.write(chunk)
        marc = _is_marc(name, src)
        try:
            if marc:
                if command not in ("check", "romanize", "add-880"):
                    raise HTTPException(422, f"command must be check, romanize or add-880 for MARC, not {command!r}")
            else:
                _check_table_form(command, column, scheme)
        except HTTPException:
            shutil.rmtree(d)
            raise
        jobs.state[job] = {"job": job, "state": "queued", "done": 0, "name": name}
        future = jobs.pool.submit(run_job, job, d, src, name, marc, command, column, scheme)
        future.add_done_callback(lambda f: finish(job, f))
        if not wait:
            return SafeJSON(status_code=202, content={"job": job, "status": f"/api/batch/{job}/status"})
        try:
            return await asyncio.wrap_future(future)
        except TranslitError as exc:
            raise HTTPException(422, str(exc)) from None

    @router.get("/api/batch/{job}/status")
    def batch_status(job: str):
        """A job's state (queued, running, done, failed), rows or records done, and its links."""
        jobs.expire()
        st = jobs.state.get(job)
        if st is None:
            raise HTTPException(404, "no such job (finished jobs are kept for a while, then removed)")
        return {k: v for k, v in st.items() if k != "ended"}

    @router.get("/api/batch/{job}/{what}")
    def batch_file(job: str, what: str):
        jobs.expire()
        if not job.isalnum() or what not in ("result", "report") or job not in jobs.state:
            raise HTTPException(404, "no such file")
        d = jobs.work / job
        files = [p for p in d.glob("output*")] if what == "result" else [p for p in d.glob("report.*")]
        if not files:
            raise HTTPException(404, "no such file")
        p = files[0]
        name = jobs.state[job].get("name", "upload")
        return FileResponse(p, filename="translit-" + (name if what == "result" else p.name))

    return router
