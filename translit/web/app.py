"""FastAPI application: a single offline page for cataloguers and a JSON API for integrators.

Every endpoint mirrors a library function and returns the fields the CLI's ``--json`` gives.
``create_app`` puts routers together: the text commands from the registry
(:mod:`translit.web.text_api`, POST and GET), batch jobs (:mod:`translit.web.batch_api`), the page
and /health (:func:`site_router`) and, given an authority file, /reconcile; this module keeps what
they share: the limits middleware and the batch jobs' pool and files.
Limits hold whatever the client sends: the body is counted as it arrives (chunked or not) and
stopped with 413 at the limit; the text of one request is limited in UTF-8 bytes and in the
number of texts, and its answer in bytes (an explained reading is up to 600 bytes a character). Malformed input gets 422 naming the field: unknown keys, unknown schemes,
archives or styles, and lone surrogates included. Text is never put into the page unescaped (the
page builds its DOM with ``textContent``). Batch jobs run in worker threads, never on the event
loop, with their progress at ``/api/batch/{job}/status``; their files expire after
``keep_results`` seconds and the work folder goes when the server stops. POSTs from another
origin (a cross-site form) are refused with 403. Bind to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from translit.errors import TranslitError
from translit.web.models import In, SafeJSON, TextIn, digits_limit  # noqa: F401  (In, TextIn: shared with the routers)

DEFAULT_MAX_TEXT = 1_000_000  # bytes (UTF-8) of text in one JSON request
DEFAULT_MAX_TEXTS = 10_000  # texts in one request's "texts" list
DEFAULT_MAX_ANSWER = 20_000_000  # bytes (JSON, UTF-8) of one answer of a text endpoint
DEFAULT_MAX_UPLOAD = 100 * 1024 * 1024  # bytes of an uploaded file
DEFAULT_KEEP_RESULTS = 3600  # seconds a batch job's files are kept after it ends
BATCH_WORKERS = 2  # batch jobs that run at once; more wait in line


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
    """Why a POST is refused as cross-site (None: it is not). Curl and scripts send neither
    header below and are let through; a browser says where a request comes from:

    * ``Sec-Fetch-Site`` (every current browser): ``cross-site`` and ``same-site`` are refused,
      ``same-origin`` (this server's own page) and ``none`` (typed by the user) pass. A page
      cannot set this header, and it stays right behind a reverse proxy, whose Host is often the
      upstream's address rather than the name the browser used.
    * Without it (older browsers), ``Origin`` must name the host the request was sent to: the
      ``Host`` header, or the host a proxy says the client used (``X-Forwarded-Host``,
      ``Forwarded: host=``), headers a cross-site page cannot send without a CORS preflight,
      which this server answers only for the origins named with ``--cors``."""
    site = headers.get("sec-fetch-site")
    if site in ("cross-site", "same-site"):
        return f"cross-site request refused (Sec-Fetch-Site: {site})"
    if site in ("same-origin", "none"):
        return None
    origin = headers.get("origin")
    if origin is None:
        return None
    hosts = {_authority(h) for h in _hosts(headers)}
    if origin == "null" or _authority(origin) not in hosts:
        return f"cross-site request refused: origin {origin} is not this server ({headers.get('host', '')})"
    return None


def _hosts(headers: dict[str, str]) -> list[str]:
    """The names the client may have used for this server: Host and a proxy's forwarded host."""
    out = [headers.get("host", "")]
    out += [h.strip() for h in headers.get("x-forwarded-host", "").split(",") if h.strip()]
    for part in re.split(r"[;,]", headers.get("forwarded", "")):
        name, _, value = part.strip().partition("=")
        if name.lower() == "host" and value:
            out.append(value.strip('"'))
    return out


def _authority(value: str) -> str:
    """host[:port] of an origin or Host header, in small letters, without the scheme's default port."""
    m = re.match(r"^(?:(https?)://)?([^/]*)/?$", value.strip().lower())
    if not m:
        return value
    scheme, authority = m.groups()
    for default, port in (("http", ":80"), ("https", ":443")):
        if authority.endswith(port) and scheme in (default, None):
            authority = authority[: -len(port)]
    return authority


def _finite(value: Any) -> Any:
    """``value`` with every NaN or infinity written as a string: a validation error echoes the
    client's input, and a body may hold ``NaN`` (Python's JSON reader takes it), which JSON
    cannot carry back."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


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


def site_router() -> APIRouter:
    """The page, /health and /api/schemes."""
    router = APIRouter()

    @router.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/api/schemes")
    def schemes(lang: str | None = None) -> list[dict[str, Any]]:
        """The schemes of a language (``?lang=uk``; Russian's without it)."""
        from translit import schemes as _schemes
        from translit.errors import TranslitError

        try:
            return _schemes(lang) if lang else _schemes()
        except TranslitError as exc:
            raise HTTPException(422, str(exc)) from None

    @router.get("/", response_class=HTMLResponse)
    def page() -> str:
        return resources.files("translit.web").joinpath("page.html").read_text("utf-8")

    return router


def _unread_body(cause: BaseException) -> str:
    """Why a request body that FastAPI could not parse was not read, in words (probe13: a body
    nested thousands of levels deep or a number of thousands of digits was answered "There was an
    error parsing the body", naming neither)."""
    if isinstance(cause, UnicodeDecodeError):
        return f"the body is not UTF-8 ({cause.reason} at byte {cause.start}): send JSON in UTF-8"
    if isinstance(cause, RecursionError):
        return ("the body's JSON nests too deeply to read: send one object, "
                '{"text": "…"} or {"texts": ["…", …]}, with options as strings, numbers or booleans')
    if isinstance(cause, ValueError) and "digits" in str(cause):  # int() past its limit of digits
        return f"the body's JSON has a number of more than {digits_limit()}, too long to read; send numbers of ordinary size"
    return f"the body could not be read as JSON ({type(cause).__name__}: {cause})"


def _body_error(error: dict, content_type: str | None) -> dict:
    """One validation error, said in words when the body was not read as JSON at all: FastAPI
    reads JSON only under a JSON content type, and otherwise quotes the whole raw body (bytes that
    need not be UTF-8, up to the size limit) under an unclear message. Its ``input`` is cut to
    its first 200 characters there (bytes that are not UTF-8 as ``\\udcXX`` escapes)."""
    raw = error.get("input")
    if tuple(error.get("loc", ())) != ("body",) or not isinstance(raw, (bytes, str)) \
            or "json" in (content_type or "").lower():
        return error
    text = raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw
    sent = f"Content-Type {content_type.split(';')[0].strip()!r}" if content_type else "no Content-Type"
    return {**error, "input": text[:200],
            "msg": f"the body was sent with {sent}, so it was not read as JSON: send the JSON object "
                   "with Content-Type: application/json"}


def create_app(max_text: int = DEFAULT_MAX_TEXT, max_upload: int = DEFAULT_MAX_UPLOAD,
               max_texts: int = DEFAULT_MAX_TEXTS, keep_results: float = DEFAULT_KEEP_RESULTS,
               cors: str | list[str] | None = None, authority: Any = None,
               max_answer: int = DEFAULT_MAX_ANSWER) -> FastAPI:
    """The app. ``max_answer``: bytes of one answer of a text endpoint (:mod:`translit.web.text_api`);
    ``cors``: origins allowed to call the API from a browser (off by default);
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

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        # SafeJSON: a detail may quote the client's bytes (a column name that was not UTF-8)
        detail = exc.detail
        cause = exc.__cause__
        if exc.status_code == 400 and cause is not None and detail == "There was an error parsing the body":
            # FastAPI's bare message, said in words (a 400 of our own keeps its own)
            detail = _unread_body(cause)
        return SafeJSON(status_code=exc.status_code, content={"detail": _finite(detail)},
                        headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        errors = [_body_error(e, request.headers.get("content-type")) for e in exc.errors()]
        return SafeJSON(status_code=422, content={"detail": _finite(jsonable_encoder(
            errors, custom_encoder={bytes: lambda b: b.decode("utf-8", "surrogateescape")}))})

    app.include_router(site_router())
    from translit.web.batch_api import batch_router
    from translit.web.text_api import text_router

    app.include_router(text_router(max_text, max_texts, max_answer))
    app.include_router(batch_router(jobs, max_upload))
    from translit.web.extras import include_extras

    include_extras(app, cors=cors, authority=authority)
    return app


app = create_app()


def serve(host: str = "127.0.0.1", port: int = 8000, cors: list[str] | None = None,
          authority: Any = None) -> None:
    import uvicorn

    uvicorn.run(create_app(cors=cors, authority=authority), host=host, port=port, log_level="info")
