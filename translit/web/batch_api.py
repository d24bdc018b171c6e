"""Batch jobs over HTTP: ``POST /api/batch`` takes an uploaded CSV/TSV/JSON-lines table (any
batch command of the registry, :data:`translit.commands.BATCH_COMMANDS`, on one column), a MARC
file (binary, MARCXML or MARC-in-JSON: check, romanize, add-880) or a document (Word, HTML,
BibTeX, RIS: ``command=convert`` without a column, as ``translit convert --in FILE --out FILE``)
and runs it in a worker thread; ``/api/batch/{job}/status`` gives its progress,
``/api/batch/{job}/result`` and ``/report`` its files.

A document job is the CLI's document conversion (:func:`translit.documents.convert_file`) on the
saved upload: its result is the converted file in the upload's own format and extension, its
report the object ``translit convert --in FILE --out FILE --json`` prints (``report.json``, and
``document`` in the job's answer). Its options are the ``convert`` command's own
(:data:`translit.commands.COMMANDS`), sent as form fields under their API names (``to``,
``source``, ``lang``, ``threshold``, ``case``, ``policy``), with ``format`` and ``line_by_line``
as on the CLI; ``scheme`` stands for ``to`` as it does for a table job. A job that fails leaves
nothing behind: its folder (the upload included) is removed."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import time
import unicodedata
import uuid
from pathlib import Path
from typing import Any

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse

from translit.commands import BATCH_COMMANDS, COMMANDS
from translit.errors import TranslitError
from translit.schemes import SCHEME_IDS
from translit.web.models import SafeJSON


def _suffix(name: str) -> str:
    """The extension of an uploaded file's name (.csv, .mrc…), which says how to read it: the
    files of a job are named by it alone, so no name a client sends is ever a path on disk
    (too long, a NUL, or ../)."""
    ext = os.path.splitext(name)[1].lower()
    return ext if re.fullmatch(r"\.[a-z0-9]{1,8}", ext) else ""


def client_name(filename: str | None) -> str:
    """The name an upload is shown and downloaded under: the last part of what the client sent
    (after ``/`` or ``\\``, whichever system it came from), without control characters, at most
    200 characters; ``upload`` when nothing is left. It is never a path on the server."""
    name = re.split(r"[/\\]", filename or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip().lstrip(".") or "upload"
    if len(name) > 200:
        stem, ext = os.path.splitext(name)
        name = stem[:200 - len(ext[:10])] + ext[:10]
    return name


_MARC_SUFFIXES = (".mrc", ".marc", ".xml", ".mrx")
# the form fields every job has; a document job also takes the convert command's options
_FIXED_FIELDS = ("file", "command", "column", "scheme", "wait")
_DOCUMENT_FIELDS = ("format", "line_by_line")


def _form_value(name: str, kind: type, value: Any) -> Any:
    """A form field's text as the option's type (bool, int, float, str); 422 naming the field."""
    if not isinstance(value, str):
        raise HTTPException(422, f"field {name!r} must be text, not a file")
    if kind is bool:
        low = value.strip().lower()
        if low not in ("true", "false", "1", "0", "on", "off", "yes", "no"):
            raise HTTPException(422, f"field {name!r} must be true or false, not {value!r}")
        return low in ("true", "1", "on", "yes")
    if kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            raise HTTPException(422, f"field {name!r} must be a number, not {value!r}") from None
    return value


def document_form(fields: dict[str, Any], scheme: str) -> tuple[dict[str, Any], str | None, bool]:
    """A document job's (convert options, format, line by line) from its extra form fields: the
    options of the ``convert`` command in the registry under their API names, ``to`` given by
    ``scheme`` when not sent; checked as the CLI checks them (422 naming what is wrong)."""
    from translit.documents import FORMATS

    command = COMMANDS["convert"]
    kinds = {o.name: o.type for o in command.options}
    unknown = [k for k in fields if k not in kinds and k not in _DOCUMENT_FIELDS]
    if unknown:
        from translit.errors import _did_you_mean

        known = list(_FIXED_FIELDS) + list(kinds) + list(_DOCUMENT_FIELDS)
        named = ", ".join(repr(k) + _did_you_mean(k, known) for k in unknown)
        raise HTTPException(422, f"unknown field {named}; a document job takes: {', '.join(known)}")
    opts = {k: _form_value(k, kinds[k], v) for k, v in fields.items() if k in kinds and v != ""}
    opts.setdefault("to", scheme)
    fmt = fields.get("format") or None
    if fmt is not None and fmt not in FORMATS:
        raise HTTPException(422, f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    line_by_line = _form_value("line_by_line", bool, fields.get("line_by_line", "false"))
    try:
        opts = command.complete(opts)
        command.line("", **opts)  # the options checked as the CLI checks them, before the upload is kept
    except TranslitError as exc:
        raise HTTPException(422, str(exc)) from None
    return opts, fmt, line_by_line


def _is_document(command: str, column: str, fmt: str | None, path: Path) -> bool:
    """Whether an upload is a document to convert: ``command=convert`` without a column, and a
    format named or found by the file's extension or content (what the CLI decides for ``--in``)."""
    if command != "convert" or column:
        return False
    from translit.documents import format_of

    return fmt is not None or format_of(str(path)) is not None


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

    def run_job(job: str, d: Path, src: Path, name: str, kind: str, command: str, column: str, scheme: str,
                document: tuple | None = None) -> dict:
        """The job itself, in a worker thread: progress goes into the job's state. An error names
        the upload as the client called it, never the server's work file."""
        try:
            if kind == "document":
                return _run_document(job, d, src, name, *document)
            return _run_job(job, d, src, name, kind == "marc", command, column, scheme)
        except TranslitError as exc:
            message = str(exc).replace(str(src), name).replace(str(d) + os.sep, "")
            raise TranslitError(message) from None

    def _run_document(job: str, d: Path, src: Path, name: str, opts: dict, fmt: str | None,
                      line_by_line: bool) -> dict:
        """Convert an uploaded document as ``translit convert --in FILE --out FILE --json`` does."""
        from translit.documents import EXTENSIONS, convert_file, format_of

        jobs.state[job]["state"] = "running"
        found = fmt or format_of(str(src))
        ext = src.suffix or next((e for e, f in EXTENSIONS.items() if f == found), "")
        out = d / ("output" + ext)
        # the format as the client gave it (None: by the name, checked against the content)
        report = convert_file(str(src), str(out), fmt, together=not line_by_line, **opts)
        report.path = name  # the report names the upload as the client called it
        from translit.cli import _dumps

        (d / "report.json").write_text(_dumps(report.as_dict()) + "\n", encoding="utf-8")
        return {"job": job, "summary": report.summary(), "result": f"/api/batch/{job}/result",
                "report": f"/api/batch/{job}/report", "status": f"/api/batch/{job}/status",
                "document": report.as_dict()}

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
        if st["state"] == "failed":  # nothing to download: the upload and any part of a result go
            shutil.rmtree(jobs.work / job, ignore_errors=True)
        st["ended"] = time.monotonic()

    @router.post("/api/batch")
    async def batch(request: Request, file: UploadFile = File(...), command: str = Form("romanize"),
                    column: str = Form(""), scheme: str = Form("alalc"), wait: bool = Form(True)):
        """Run a batch job on an uploaded CSV/TSV/JSON-lines table, MARC file or document (Word,
        HTML, BibTeX, RIS: ``command=convert`` without a column), in a worker thread.

        ``wait`` (default true) answers when the job is done; ``wait=false`` answers 202 at once
        with the job's status link, which gives its progress (rows or records done) until then.
        A document job takes the ``convert`` options as fields (``to``, ``source``, ``lang``,
        ``threshold``, ``case``, ``policy``) and ``format``, ``line_by_line``."""
        jobs.expire()
        name = client_name(file.filename)
        form = await request.form()  # the fields parsed for the parameters above (cached)
        extra = {k: form.getlist(k)[-1] for k in form.keys() if k not in _FIXED_FIELDS}
        maybe_document = command == "convert" and not column
        document = document_form(extra, scheme) if maybe_document else None
        if extra and not maybe_document:
            # probe13: field=title (the CLI's --field) was answered as if a convert job had been sent
            hint = "; a JSON-lines field is named by column=, as a CSV column is" if "field" in extra else ""
            raise HTTPException(422, f"unknown field {', '.join(map(repr, extra))}: a {command} job of a table takes "
                                     f"{', '.join(_FIXED_FIELDS)}{hint} (the options of a convert job are for "
                                     "documents: command=convert without a column)")
        if not maybe_document and not name.lower().endswith(_MARC_SUFFIXES + (".json",)):
            _check_table_form(command, column, scheme)  # a table: refuse a bad form before the upload
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
        try:
            if document is not None and _is_document(command, column, document[1], src):
                kind = "document"
            elif _is_marc(name, src):
                kind = "marc"
                if command not in ("check", "romanize", "add-880"):
                    raise HTTPException(422, f"command must be check, romanize or add-880 for MARC, not {command!r}")
            else:
                kind = "table"
                if extra:
                    raise HTTPException(422, f"unknown field {', '.join(map(repr, extra))} for a table job")
                _check_table_form(command, column, scheme)
        except HTTPException:
            shutil.rmtree(d)
            raise
        jobs.state[job] = {"job": job, "state": "queued", "done": 0, "name": name}
        future = jobs.pool.submit(run_job, job, d, src, name, kind, command, column, scheme,
                                  document if kind == "document" else None)
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
        files = sorted(d.glob("output*")) if what == "result" else sorted(d.glob("report.*"))
        if not files:
            raise HTTPException(404, "no such file")
        p = files[0]
        name = jobs.state[job].get("name", "upload")
        return FileResponse(p, filename="translit-" + (name if what == "result" else p.name))

    return router
