"""The reconciliation service: the W3C Entity Reconciliation API as OpenRefine speaks it, over a
local authority file (:class:`translit.reconcile.Authority`).

* ``GET /reconcile``: the service manifest (versions, name, identifierSpace, schemaSpace,
  defaultTypes, view); with ``callback=NAME`` the same as JSONP, as older clients ask.
* ``POST /reconcile`` with the form field ``queries`` (what OpenRefine sends), a JSON object of
  ``{"q0": {"query": "…", "limit": 3, "type": "person"}, …}``: answers
  ``{"q0": {"result": [{"id", "name", "score", "match", "type", "description"}, …]}, …}``.
  ``GET /reconcile?queries=…`` answers the same, and ``query=…`` (one query, a plain string or
  a JSON object) answers ``{"result": […]}``.
* ``GET /reconcile/view/{id}``: the heading, its type and variants, as a small page (the
  manifest's ``view`` template, so OpenRefine links each reconciled cell to it).

A batch that is not a JSON object of queries, or a query without a string ``query``, gets 400
naming what is wrong. Reconciliation runs in a worker thread, not in the event loop.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response

from translit.reconcile import MARC_TYPES, Authority
from translit.web.models import digits_limit

DEFAULT_LIMIT = 5
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")
TYPE_NAMES = {tid: name for tid, name in MARC_TYPES.values()} | {"heading": "Authority heading"}


def _jsonp(data: Any, callback: str | None) -> Response:
    if callback is None:
        return JSONResponse(data)
    if not _CALLBACK.match(callback) or len(callback) > 100:
        raise HTTPException(400, "callback must be a JavaScript identifier (letters, digits, _ $ and dots)")
    body = f"/**/{callback}({json.dumps(data, ensure_ascii=False)});"
    return Response(body, media_type="application/javascript; charset=utf-8")


def _one(authority: Authority, qid: str, q: Any) -> dict[str, Any]:
    if isinstance(q, str):
        q = {"query": q}
    if not isinstance(q, dict) or not isinstance(q.get("query"), str):
        raise HTTPException(400, f"query {qid!r} needs a string 'query'")
    limit = q.get("limit", DEFAULT_LIMIT)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise HTTPException(400, f"query {qid!r}: 'limit' must be a positive whole number")
    types = q.get("type")
    if types is not None and not isinstance(types, (str, list)):
        raise HTTPException(400, f"query {qid!r}: 'type' must be a type id or a list of them")
    types = [types] if isinstance(types, str) else [t for t in types or [] if isinstance(t, str)]
    found = authority.reconcile(q["query"], limit=limit, types=types)
    return {"result": [c.as_dict(TYPE_NAMES) for c in found]}


def _single(authority: Authority, query: str) -> dict[str, Any]:
    """One query given as a plain string or as a JSON object (reconciliation API 0.1)."""
    q: Any = query
    if query.lstrip().startswith("{"):
        try:
            q = json.loads(query)
        except (ValueError, RecursionError):  # not JSON, or a number past int()'s limit of digits: a plain string
            pass
    return _one(authority, "query", q)


def _batch(authority: Authority, raw: str) -> dict[str, Any]:
    try:
        queries = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise HTTPException(400, f"'queries' is not JSON: {exc}") from None
    except RecursionError:
        raise HTTPException(400, "'queries' is nested too deep") from None
    except ValueError:  # int() past its limit of digits (probe13: a 500)
        raise HTTPException(400, f"'queries' has a number of more than {digits_limit()}, too long to read") from None
    if not isinstance(queries, dict):
        raise HTTPException(400, "'queries' must be a JSON object of named queries: {\"q0\": {\"query\": …}}")
    return {qid: _one(authority, qid, q) for qid, q in queries.items()}


def manifest(authority: Authority, base: str) -> dict[str, Any]:
    base = base.rstrip("/")
    return {
        "versions": ["0.2"],
        "name": f"translit: {authority.name} ({len(authority)} headings, any script or romanization)",
        "identifierSpace": f"{base}/reconcile/view/",
        "schemaSpace": f"{base}/reconcile/types/",
        "defaultTypes": [{"id": t, "name": TYPE_NAMES.get(t, t)} for t in authority.types],
        "view": {"url": f"{base}/reconcile/view/{{{{id}}}}"},
    }


def reconcile_router(authority: Authority) -> APIRouter:
    """The /reconcile routes over ``authority``."""
    router = APIRouter(tags=["reconciliation"])

    @router.get("/reconcile", summary="reconciliation manifest, or queries given in the URL")
    def reconcile_get(request: Request, callback: str | None = None, queries: str | None = None,
                      query: str | None = None):
        if queries is not None:
            return _jsonp(_batch(authority, queries), callback)
        if query is not None:
            return _jsonp(_single(authority, query), callback)
        return _jsonp(manifest(authority, str(request.base_url)), callback)

    @router.post("/reconcile", summary="reconcile a batch of queries (form field 'queries')")
    async def reconcile_post(request: Request):
        form = await request.form()
        raw = form.get("queries")
        if raw is None:
            single = form.get("query")
            if single is None:
                raise HTTPException(400, "send the form field 'queries' (a JSON object of queries)")
            return await run_in_threadpool(_single, authority, str(single))
        return await run_in_threadpool(_batch, authority, str(raw))

    @router.get("/reconcile/view/{rid:path}", response_class=HTMLResponse, summary="one heading")
    def view(rid: str) -> str:
        e = authority.by_id.get(rid)
        if e is None:
            raise HTTPException(404, f"no heading with id {rid!r}")
        variants = "".join(f"<li>{html.escape(v)}</li>" for v in e.variants)
        return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(e.heading)}</title>"
                f"</head><body><h1>{html.escape(e.heading)}</h1><p>id {html.escape(e.id)} · "
                f"{html.escape(TYPE_NAMES.get(e.type, e.type))} · {html.escape(authority.name)}</p>"
                f"{'<h2>Variants</h2><ul>' + variants + '</ul>' if variants else ''}</body></html>")

    @router.get("/reconcile/types/{tid}", summary="one type of heading")
    def type_view(tid: str) -> dict[str, str]:
        if tid not in authority.types:
            raise HTTPException(404, f"no type {tid!r}")
        return {"id": tid, "name": TYPE_NAMES.get(tid, tid), "url": f"/reconcile/types/{quote(tid)}"}

    return router
