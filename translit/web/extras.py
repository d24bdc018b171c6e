"""What ``create_app`` adds after its own routes: the reconciliation service when an authority file is given
(:mod:`translit.web.reconcile`), and CORS for the origins named (none by default)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI


def include_extras(app: FastAPI, cors: str | list[str] | None = None, authority: Any = None) -> None:
    if authority is not None:
        from translit.reconcile import Authority
        from translit.web.reconcile import reconcile_router

        if not isinstance(authority, Authority):
            authority = Authority.load(str(authority))
        app.state.authority = authority
        app.include_router(reconcile_router(authority))
    origins = [cors] if isinstance(cors, str) else list(cors or [])
    if origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"])
