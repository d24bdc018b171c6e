"""FastAPI application: a single offline page for cataloguers and a JSON API for integrators.

Every endpoint mirrors a library function and returns the fields the CLI's ``--json`` gives.
Requests over the size limits get 413 with a clear message; malformed input gets 422 naming
the field (FastAPI's validation); text is never put into the page unescaped (the page builds
its DOM with ``textContent``). Bind to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from pydantic import BaseModel, Field, model_validator

from translit.errors import TranslitError
from translit.schemes import SCHEME_IDS

DEFAULT_MAX_TEXT = 1_000_000  # characters of text in one JSON request
DEFAULT_MAX_UPLOAD = 100 * 1024 * 1024  # bytes of an uploaded file


class TextIn(BaseModel):
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


class ReadIn(TextIn):
    policy: str | None = Field(default=None, description="catalogue, running or every (see translit.read.policy)")
    document: bool = Field(default=False, description="read each text's lines as one document")


class CyrillicIn(ReadIn):
    scheme: str | None = None
    candidates: int = 5
    yo: bool = False


class ConvertIn(ReadIn):
    to: str = "alalc"
    source: str | None = None
    threshold: float = 0.0
    case: str | None = None


def _document(t: str, lines_of) -> dict[str, Any]:
    """A text read as a document: one entry per line, each with the document's decisions."""
    return {"input": t, "lines": [d.as_dict() for d in lines_of(t.split("\n"))]}


class CiteIn(TextIn):
    style: str = "english"
    archive: str = "cited"




def create_app(max_text: int = DEFAULT_MAX_TEXT, max_upload: int = DEFAULT_MAX_UPLOAD) -> FastAPI:
    app = FastAPI(title="translit", version="0.1.0",
                  description="Romanize Russian in every scheme, read romanizations back, match, convert, cite.")
    work = Path(tempfile.mkdtemp(prefix="translit-web-"))

    @app.middleware("http")
    async def limit_size(request: Request, call_next):
        length = request.headers.get("content-length")
        limit = max_upload if request.url.path.startswith("/api/batch") else max_text * 4 + 4096
        if length is not None and length.isdigit() and int(length) > limit:
            return JSONResponse(status_code=413, content={
                "detail": f"request body of {int(length):,} bytes is over the limit of {limit:,} bytes"})
        return await call_next(request)

    @app.exception_handler(TranslitError)
    async def translit_error(request: Request, exc: TranslitError):
        return JSONResponse(status_code=422, content={"detail": str(exc)})

    def answer(body: TextIn, one) -> Any:
        """Apply ``one`` to the text (or each of the texts), within the size limit."""
        items = body.items()
        total = sum(len(t) for t in items)
        if total > max_text:
            raise HTTPException(413, f"{total:,} characters of text is over the limit of {max_text:,}")
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
            r = romanize_detailed(t, body.scheme, **body.options)
            return {"input": t, "output": r.text, "scheme": body.scheme, "notes": [n.as_dict() for n in r.notes]}

        return answer(body, one)

    @app.post("/api/cyrillic")
    def cyrillic(body: CyrillicIn):
        from translit.read.reader import to_cyrillic

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

        return answer(body, lambda t: _detect(t).as_dict())

    @app.post("/api/convert")
    def convert(body: ConvertIn):
        from translit.conversion import convert as _convert

        policy = body.policy or "running"
        if body.document:
            from translit.read.document import convert_document

            return answer(body, lambda t: _document(t, lambda ls: convert_document(
                ls, to=body.to, policy=policy, source=body.source, threshold=body.threshold, case=body.case)))
        return answer(body, lambda t: _convert(t, to=body.to, source=body.source, threshold=body.threshold,
                                                      case=body.case, policy=policy).as_dict())

    @app.post("/api/key")
    def key(body: ReadIn):
        from translit.matchkey import key as _key

        policy = body.policy or ("running" if body.document else "catalogue")
        if body.document:
            from translit.read.document import key_document

            return answer(body, lambda t: _document(t, lambda ls: key_document(ls, policy)))
        return answer(body, lambda t: {"input": t, "key": _key(t, policy=policy)})

    @app.post("/api/cite")
    def cite(body: CiteIn):
        from translit.archives.citation import find_citations, parse_citation


        def one(t: str) -> dict[str, Any]:
            found = find_citations(t)
            cits = []
            for c in found or [parse_citation(t)]:
                d = c.as_dict()
                if c.is_citation:
                    d["formatted"] = c.format(body.style, archive=body.archive)
                cits.append(d)
            return {"input": t, "citations": cits}

        return answer(body, one)

    @app.post("/api/gloss")
    def gloss(body: TextIn):
        from translit.glossary import gloss as _gloss

        return answer(body, lambda t: {"input": t, "words": [g.as_dict() for g in _gloss(t)]})

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

    @app.post("/api/batch")
    async def batch(file: UploadFile = File(...), command: str = Form("romanize"), column: str = Form(""),
                    scheme: str = Form("alalc")):
        """Run a batch job on an uploaded CSV/TSV/JSON-lines table or MARC file."""
        job = uuid.uuid4().hex
        d = work / job
        d.mkdir()
        name = os.path.basename(file.filename or "upload")
        src = d / ("input-" + name)
        size = 0
        with open(src, "wb") as fh:
            while chunk := await file.read(1 << 20):
                size += len(chunk)
                if size > max_upload:
                    shutil.rmtree(d)
                    raise HTTPException(413, f"upload is over the limit of {max_upload:,} bytes")
                fh.write(chunk)
        low = name.lower()
        if low.endswith((".mrc", ".marc", ".xml", ".mrx")):
            from translit.marc import run as marc_run

            action = command if command in ("check", "romanize", "add-880") else "check"
            out = d / ("output-" + name) if action != "check" else None
            report = d / "report.csv"
            r = marc_run(action, str(src), str(out) if out else None, report_path=str(report))
            summary = r.summary()
        else:
            from translit.batch import process_table

            if command not in ("romanize", "cyrillic", "key", "convert", "fix"):
                raise HTTPException(422, f"command must be romanize, cyrillic, key, convert or fix, not {command!r}")
            if not column:
                raise HTTPException(422, "name the column (field 'column')")
            opts = {"scheme": scheme} if command == "romanize" else ({"to": scheme} if command == "convert" else {})
            out = d / ("output-" + name)
            report = d / "report.txt"
            r = process_table(str(src), str(out), (command, opts), column=column, progress=False)
            report.write_text("\n".join(f"line {p.line}: {p.reason}" for p in r.problems) + "\n", encoding="utf-8")
            summary = r.summary(name)
        return {"job": job, "summary": summary,
                "result": f"/api/batch/{job}/result" if out is not None else None,
                "report": f"/api/batch/{job}/report"}

    @app.get("/api/batch/{job}/{what}")
    def batch_file(job: str, what: str):
        if not job.isalnum() or what not in ("result", "report"):
            raise HTTPException(404, "no such file")
        d = work / job
        files = [p for p in d.glob("output-*")] if what == "result" else [p for p in d.glob("report.*")]
        if not files:
            raise HTTPException(404, "no such file")
        p = files[0]
        return FileResponse(p, filename=p.name.replace("output-", "translit-"))

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return resources.files("translit.web").joinpath("page.html").read_text("utf-8")

    return app


app = create_app()


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(), host=host, port=port, log_level="info")
