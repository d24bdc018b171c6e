"""FastAPI application: a single offline page for cataloguers and a JSON API for integrators.

Every endpoint mirrors a library function and returns the fields the CLI's ``--json`` gives.
Limits hold whatever the client sends: the body is counted as it arrives (chunked or not) and
stopped with 413 at the limit; the text of one request is limited in UTF-8 bytes and in the
number of texts. Malformed input gets 422 naming the field: unknown keys, unknown schemes,
archives or styles, and lone surrogates included. Text is never put into the page unescaped (the
page builds its DOM with ``textContent``). Batch jobs run in worker threads, never on the event
loop, with their progress at ``/api/batch/{job}/status``; their files expire after
``keep_results`` seconds and the work folder goes when the server stops. POSTs from another
origin (a cross-site form) are refused with 403. Bind to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.encoders import jsonable_encoder
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from translit.errors import TranslitError
from translit.schemes import SCHEME_IDS

DEFAULT_MAX_TEXT = 1_000_000  # bytes (UTF-8) of text in one JSON request
DEFAULT_MAX_TEXTS = 10_000  # texts in one request's "texts" list
DEFAULT_MAX_UPLOAD = 100 * 1024 * 1024  # bytes of an uploaded file
DEFAULT_KEEP_RESULTS = 3600  # seconds a batch job's files are kept after it ends
BATCH_WORKERS = 2  # batch jobs that run at once; more wait in line

_SURROGATE = re.compile("[\ud800-\udfff]")


class SafeJSON(JSONResponse):
    """JSON that is valid UTF-8 whatever it holds (a lone surrogate is written as its escape)."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


class In(BaseModel):
    """Every request body: unknown keys are an error, and so is a lone surrogate (not text)."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def known_keys_and_text(cls, data: Any) -> Any:
        if isinstance(data, dict):
            unknown = [k for k in data if k not in cls.model_fields]
            if unknown:
                raise ValueError(f"unknown key {', '.join(map(repr, unknown))}; the keys are: "
                                 f"{', '.join(cls.model_fields)}")
        for s in _strings(data):
            m = _SURROGATE.search(s)
            if m:
                raise ValueError(f"a lone surrogate (U+{ord(m.group()):04X}) is not a character: send UTF-8 text")
        return data


class TextIn(In):
    text: str | None = Field(default=None, description="one text")
    texts: list[str] | None = Field(default=None, description="several texts (list form)")

    @model_validator(mode="after")
    def one_of(self):
        if (self.text is None) == (self.texts is None):
            raise ValueError("give exactly one of 'text' or 'texts'")
        return self

    def items(self) -> list[str]:
        return [self.text] if self.text is not None else list(self.texts or [])


class RomanizeIn(TextIn):
    scheme: str = "alalc"
    options: dict[str, Any] = Field(default_factory=dict)
    lang: str | None = None  # ru (default), uk, be, bg, sr, mk, rue, or auto


class ReadIn(TextIn):
    policy: str | None = Field(default=None, description="catalogue, running or every (see translit.read.policy)")
    document: bool = Field(default=False, description="read each text's lines as one document")


class CyrillicIn(ReadIn):
    scheme: str | None = None
    candidates: int = 5
    yo: bool = False
    lang: str | None = None


class ConvertIn(ReadIn):
    to: str = "alalc"
    source: str | None = None
    threshold: float = 0.0
    case: str | None = None
    lang: str | None = None


class KeyIn(ReadIn):
    lang: str | None = None


def _document(t: str, lines_of) -> dict[str, Any]:
    """A text read as a document: one entry per line, each with the document's decisions."""
    return {"input": t, "lines": [d.as_dict() for d in lines_of(t.split("\n"))]}


class CiteIn(TextIn):
    style: Literal["english", "gost", "chicago"] = "english"
    archive: Literal["cited", "current"] = "cited"




class _Limits:
    """ASGI middleware: count the body as it arrives and answer 413 at the limit (a chunked body
    has no Content-Length to check), and refuse POSTs from another origin with 403."""

    def __init__(self, app, json_limit: int, upload_limit: int, allowed_origins: frozenset[str] = frozenset()):
        self.app, self.json_limit, self.upload_limit = app, json_limit, upload_limit
        self.allowed_origins = allowed_origins  # the origins named with --cors may POST too

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if scope["method"] == "POST":
            why = _cross_site(scope, headers)
            if why and headers.get("origin", "").rstrip("/") not in self.allowed_origins:
                return await SafeJSON({"detail": why}, status_code=403)(scope, receive, send)
        limit = self.upload_limit if scope["path"].startswith("/api/batch") else self.json_limit
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return await _too_big(int(length), limit)(scope, receive, send)
        seen, over, started = 0, False, False

        async def counted_receive():
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    over = True
                    raise _BodyTooBig()
            return message

        async def guarded_send(message):
            nonlocal started
            if over:
                return  # the app's own answer to the cut body is replaced by the 413
            started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not over:
                raise
        if over and not started:
            await _too_big(seen, limit, at_least=True)(scope, receive, send)


class _BodyTooBig(Exception):
    pass


def _too_big(n: int, limit: int, at_least: bool = False) -> SafeJSON:
    size = f"over {limit:,} bytes" if at_least else f"of {n:,} bytes"
    # "Connection: close": the server stops taking the rest of the body instead of reading it away
    return SafeJSON({"detail": f"request body {size} is over the limit of {limit:,} bytes"}, status_code=413,
                    headers={"Connection": "close"})


def _cross_site(scope, headers: dict[str, str]) -> str | None:
    """Why a POST is refused as cross-site (None: it is not). Browsers send Origin with every
    cross-origin POST and Sec-Fetch-Site where they support it; curl and scripts send neither."""
    site = headers.get("sec-fetch-site")
    if site in ("cross-site", "same-site"):
        return f"cross-site request refused (Sec-Fetch-Site: {site})"
    origin = headers.get("origin")
    if origin is None:
        return None
    host = headers.get("host", "")
    if origin == "null" or re.sub(r"^https?://", "", origin).rstrip("/") != host:
        return f"cross-site request refused: origin {origin} is not this server ({host})"
    return None


def _sweep_stale_work_folders() -> None:
    """Remove the work folders of servers that are gone (their process id no longer runs)."""
    from translit.outfile import _alive

    for d in Path(tempfile.gettempdir()).glob("translit-web-*"):
        m = re.match(r"translit-web-(\d+)-", d.name)
        if m and not _alive(int(m.group(1))):
            shutil.rmtree(d, ignore_errors=True)


class _Jobs:
    """Batch jobs: a worker pool, their state, and their files (expired after ``keep`` s)."""

    def __init__(self, keep: float):
        self.keep = keep
        self.pool = ThreadPoolExecutor(max_workers=BATCH_WORKERS, thread_name_prefix="translit-batch")
        self.state: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self._work: Path | None = None

    @property
    def work(self) -> Path:
        with self.lock:
            if self._work is None:  # made on the first upload, not at import or start
                _sweep_stale_work_folders()
                self._work = Path(tempfile.mkdtemp(prefix=f"translit-web-{os.getpid()}-"))
            return self._work

    def expire(self) -> None:
        now = time.monotonic()
        with self.lock:
            old = [j for j, st in self.state.items() if st.get("ended") and now - st["ended"] > self.keep]
            for j in old:
                del self.state[j]
        if self._work is not None:
            for j in old:
                shutil.rmtree(self._work / j, ignore_errors=True)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)


def create_app(max_text: int = DEFAULT_MAX_TEXT, max_upload: int = DEFAULT_MAX_UPLOAD,
               max_texts: int = DEFAULT_MAX_TEXTS, keep_results: float = DEFAULT_KEEP_RESULTS,
               cors: str | list[str] | None = None, authority: Any = None) -> FastAPI:
    """The app. ``cors``: origins allowed to call the API from a browser (off by default);
    ``authority``: a file or :class:`translit.reconcile.Authority` to serve /reconcile over."""
    jobs = _Jobs(keep_results)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        jobs.close()

    app = FastAPI(title="translit", version="0.1.0", default_response_class=SafeJSON, lifespan=lifespan,
                  description="Romanize Russian in every scheme, read romanizations back, match, convert, cite.")
    app.state.jobs = jobs
    # a JSON body may escape every character (\u0416: 6 bytes for 2 of UTF-8): room for that
    origins = [cors] if isinstance(cors, str) else list(cors or [])
    app.add_middleware(_Limits, json_limit=6 * max_text + 65_536, upload_limit=max_upload + 65_536,
                       allowed_origins=frozenset(o.rstrip("/") for o in origins))

    @app.exception_handler(TranslitError)
    async def translit_error(request: Request, exc: TranslitError):
        return SafeJSON(status_code=422, content={"detail": str(exc)})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return SafeJSON(status_code=422, content={"detail": jsonable_encoder(exc.errors())})

    def answer(body: TextIn, one) -> Any:
        """Apply ``one`` to the text (or each of the texts), within the size limits."""
        items = body.items()
        if len(items) > max_texts:
            raise HTTPException(413, f"{len(items):,} texts is over the limit of {max_texts:,} in one request")
        total = sum(len(t.encode("utf-8")) for t in items)
        if total > max_text:
            raise HTTPException(413, f"{total:,} bytes of text is over the limit of {max_text:,}")
        results = [one(t) for t in items]
        return results[0] if body.text is not None else {"results": results}

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/schemes")
    def schemes() -> list[dict[str, Any]]:
        from translit import schemes as _schemes

        return _schemes()

    @app.post("/api/romanize")
    def romanize(body: RomanizeIn):
        from translit.romanize import romanize_detailed


        def one(t: str) -> dict[str, Any]:
            r = romanize_detailed(t, body.scheme, body.lang, **body.options)
            out = {"input": t, "output": r.text, "scheme": body.scheme, "notes": [n.as_dict() for n in r.notes]}
            if body.lang is not None:
                out["lang"] = r.lang
            return out

        return answer(body, one)

    @app.post("/api/cyrillic")
    def cyrillic(body: CyrillicIn):
        from translit.read.reader import to_cyrillic

        if body.lang is not None:
            from translit.langs.api import to_cyrillic as _lang

            return answer(body, lambda t: _lang(t, body.lang, scheme=body.scheme).as_dict(body.candidates))
        if body.scheme is not None and body.scheme not in SCHEME_IDS:
            raise HTTPException(422, f"unknown scheme {body.scheme!r}")
        policy = body.policy or ("running" if body.document else "catalogue")
        if body.document:
            from translit.read.document import cyrillic_document

            return answer(body, lambda t: _document(t, lambda ls: cyrillic_document(ls, policy, scheme=body.scheme,
                                                                                    yo=body.yo)))
        return answer(body, lambda t: to_cyrillic(t, scheme=body.scheme, yo=body.yo, policy=policy)
                      .as_dict(body.candidates))

    @app.post("/api/detect")
    def detect(body: TextIn):
        from translit.read.detect import detect as _detect

        from translit.langs.identify import identify

        return answer(body, lambda t: dict(_detect(t).as_dict(), language=identify(t).language))

    @app.post("/api/convert")
    def convert(body: ConvertIn):
        from translit.conversion import convert as _convert

        if body.lang is not None:
            from translit.langs.api import convert as _lang

            return answer(body, lambda t: _lang(t, to=body.to, lang=body.lang, source=body.source).as_dict())
        policy = body.policy or "running"
        if body.document:
            from translit.read.document import convert_document

            return answer(body, lambda t: _document(t, lambda ls: convert_document(
                ls, to=body.to, policy=policy, source=body.source, threshold=body.threshold, case=body.case)))
        return answer(body, lambda t: _convert(t, to=body.to, source=body.source, threshold=body.threshold,
                                                      case=body.case, policy=policy).as_dict())

    @app.post("/api/key")
    def key(body: KeyIn):
        from translit.matchkey import key as _key

        if body.lang is not None:
            from translit import key as _lang_key

            return answer(body, lambda t: {"input": t, "key": _lang_key(t, body.lang)})
        policy = body.policy or ("running" if body.document else "catalogue")
        if body.document:
            from translit.read.document import key_document

            return answer(body, lambda t: _document(t, lambda ls: key_document(ls, policy)))
        return answer(body, lambda t: {"input": t, "key": _key(t, policy=policy)})

    @app.post("/api/cite")
    def cite(body: CiteIn):
        """Every citation in each text, with its span (offsets into that text); an ibid.
        inherits from the previous citation in the same text."""
        from translit.archives.citation import STYLES, parse_citations

        if body.style not in STYLES or body.archive not in ("cited", "current"):
            raise HTTPException(422, "style must be english, gost or chicago; archive cited or current")

        def one(t: str) -> dict[str, Any]:
            cits = [dict(c.as_dict(), formatted=c.format(body.style, archive=body.archive)) for c in parse_citations(t)]
            return {"input": t, "citations": cits}

        return answer(body, one)

    @app.post("/api/gloss")
    def gloss(body: TextIn):
        """Every word glossed, and the word-by-word gloss line (the shape of ``translit gloss --json``)."""
        from translit.glossary import gloss_text

        return answer(body, lambda t: gloss_text(t).as_dict())

    @app.post("/api/fix")
    def fix(body: TextIn):
        from translit.repair import fix as _fix

        return answer(body, lambda t: _fix(t).as_dict())

    @app.post("/api/analyze")
    def analyze(body: TextIn):
        """Everything the page shows for one text, in one call."""
        from translit.archives.citation import find_citations
        from translit.glossary import gloss as _gloss
        from translit.matchkey import key as _key
        from translit.read.detect import detect as _detect
        from translit.read.reader import to_cyrillic
        from translit.romanize import romanize as _romanize


        def one(t: str) -> dict[str, Any]:
            has_cyr = any("\u0400" <= c <= "\u04ff" for c in t)
            det = _detect(t)
            reading = to_cyrillic(t) if not has_cyr else None
            cyr = reading.text if reading is not None else t
            return {
                "input": t,
                "detection": det.as_dict(),
                "reading": reading.as_dict(5) if reading is not None else None,
                "cyrillic": cyr,
                "schemes": {s: _romanize(cyr, s) for s in SCHEME_IDS},
                "key": _key(t),
                "citations": [dict(c.as_dict(), formatted=c.format("english")) for c in find_citations(t)],
                "gloss": [g.as_dict() for g in _gloss(t) if g.gloss],
            }

        return answer(body, one)

    def run_job(job: str, d: Path, src: Path, name: str, command: str, column: str, scheme: str) -> dict:
        """The job itself, in a worker thread: progress goes into the job's state."""
        st = jobs.state[job]
        st["state"] = "running"

        def progress(done: int) -> None:
            st["done"] = done

        low = name.lower()
        if low.endswith((".mrc", ".marc", ".xml", ".mrx")):
            from translit.marc import run as marc_run

            action = command if command in ("check", "romanize", "add-880") else "check"
            out = d / ("output-" + name) if action != "check" else None
            report = d / "report.csv"
            r = marc_run(action, str(src), str(out) if out else None, report_path=str(report),
                         rejects_path=str(d / ("rejects-" + name)), progress=progress)
            summary = r.summary()
        else:
            from translit.batch import process_table

            opts = {"scheme": scheme} if command == "romanize" else ({"to": scheme} if command == "convert" else {})
            out = d / ("output-" + name)
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

    @app.post("/api/batch")
    async def batch(file: UploadFile = File(...), command: str = Form("romanize"), column: str = Form(""),
                    scheme: str = Form("alalc"), wait: bool = Form(True)):
        """Run a batch job on an uploaded CSV/TSV/JSON-lines table or MARC file, in a worker thread.

        ``wait`` (default true) answers when the job is done; ``wait=false`` answers 202 at once
        with the job's status link, which gives its progress (rows or records done) until then."""
        jobs.expire()
        name = os.path.basename(file.filename or "upload") or "upload"
        marc = name.lower().endswith((".mrc", ".marc", ".xml", ".mrx"))
        table_commands = ("romanize", "cyrillic", "key", "convert", "fix")
        if marc and command not in table_commands + ("check", "add-880"):
            raise HTTPException(422, f"command must be check, romanize or add-880 for MARC, not {command!r}")
        if not marc:
            if command not in table_commands:
                raise HTTPException(422, f"command must be romanize, cyrillic, key, convert or fix, not {command!r}")
            if not column:
                raise HTTPException(422, "name the column (field 'column')")
            allowed = SCHEME_IDS + (("cyrillic",) if command == "convert" else ())
            if command in ("romanize", "convert") and scheme not in allowed:
                raise HTTPException(422, f"unknown scheme {scheme!r}; the schemes are: {', '.join(allowed)}")
        job = uuid.uuid4().hex
        d = jobs.work / job
        d.mkdir()
        src = d / ("input-" + name)
        size = 0
        with open(src, "wb") as fh:
            while chunk := await file.read(1 << 20):
                size += len(chunk)
                if size > max_upload:
                    fh.close()
                    shutil.rmtree(d)
                    raise HTTPException(413, f"upload is over the limit of {max_upload:,} bytes")
                fh.write(chunk)
        jobs.state[job] = {"job": job, "state": "queued", "done": 0, "name": name}
        future = jobs.pool.submit(run_job, job, d, src, name, command, column, scheme)
        future.add_done_callback(lambda f: finish(job, f))
        if not wait:
            return SafeJSON(status_code=202, content={"job": job, "status": f"/api/batch/{job}/status"})
        try:
            return await asyncio.wrap_future(future)
        except TranslitError as exc:
            raise HTTPException(422, str(exc)) from None

    @app.get("/api/batch/{job}/status")
    def batch_status(job: str):
        """A job's state (queued, running, done, failed), rows or records done, and its links."""
        jobs.expire()
        st = jobs.state.get(job)
        if st is None:
            raise HTTPException(404, "no such job (finished jobs are kept for a while, then removed)")
        return {k: v for k, v in st.items() if k != "ended"}

    @app.get("/api/batch/{job}/{what}")
    def batch_file(job: str, what: str):
        jobs.expire()
        if not job.isalnum() or what not in ("result", "report") or job not in jobs.state:
            raise HTTPException(404, "no such file")
        d = jobs.work / job
        files = [p for p in d.glob("output-*")] if what == "result" else [p for p in d.glob("report.*")]
        if not files:
            raise HTTPException(404, "no such file")
        p = files[0]
        return FileResponse(p, filename=p.name.replace("output-", "translit-"))

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return resources.files("translit.web").joinpath("page.html").read_text("utf-8")

    from translit.web.extras import include_extras

    include_extras(app, cors=cors, authority=authority)
    return app


app = create_app()


def serve(host: str = "127.0.0.1", port: int = 8000, cors: list[str] | None = None,
          authority: Any = None) -> None:
    import uvicorn

    uvicorn.run(create_app(cors=cors, authority=authority), host=host, port=port, log_level="info")
