"""The text endpoints (POST and GET), built from the command registry (:mod:`translit.commands`).

For every command in the table: ``POST /api/NAME`` with a body of ``text`` (or ``texts``) and the
command's options under the names the CLI spells with dashes; the answer for a text is the
command's JSON object, the line ``translit NAME --json`` prints for it (``{"results": […]}`` for
``texts``). The body model is made from the table too, so an option added there is on the CLI,
in the body, in the GET query (:mod:`translit.web.get_api`) and in the OpenAPI schema at once.
Commands that read documents take ``document`` (each text's lines read as one document), and
romanize keeps ``options`` (a scheme's options as an object) beside its flat options.
``POST /api/analyze`` answers with :func:`translit.commands.analyze`.
"""

from __future__ import annotations

from typing import Any, Callable, Literal, Optional

from fastapi import APIRouter, HTTPException
from pydantic import Field, create_model

from translit.commands import COMMANDS, Command, analyze, document_results
from translit.web.get_api import add_get_route
from translit.web.models import TextIn


def _field(o) -> tuple[Any, Any]:
    """The pydantic field of an option: a Literal where the API checks the choices itself."""
    choices = o.choice_list()
    if o.checked_by_api and choices:
        kind: Any = Literal[tuple(choices)]  # type: ignore[valid-type]
    else:
        kind = o.type
    if o.default is None:
        kind = Optional[kind]
    return kind, Field(default=o.default, description=o.help or None)


def body_model(c: Command) -> type[TextIn]:
    """The request body of command ``c``: text or texts, and its options."""
    fields: dict[str, Any] = {o.name: _field(o) for o in c.options}
    if c.name == "romanize":
        fields["options"] = (dict[str, Any], Field(default_factory=dict,
                                                   description="the scheme's options as an object (as the flat keys)"))
    if c.document:
        fields["document"] = (bool, Field(default=False, description="read each text's lines as one document"))
    return create_model(f"{c.name.capitalize()}In", __base__=TextIn, **fields)


def text_router(max_text: int, max_texts: int) -> APIRouter:
    """POST /api/NAME for every command of the registry, and POST /api/analyze."""
    router = APIRouter()

    def answer(body: TextIn, one: Callable[[str], Any]) -> Any:
        """Apply ``one`` to the text (or each of the texts), within the size limits."""
        items = body.items()
        if len(items) > max_texts:
            raise HTTPException(413, f"{len(items):,} texts is over the limit of {max_texts:,} in one request")
        total = sum(len(t.encode("utf-8")) for t in items)
        if total > max_text:
            raise HTTPException(413, f"{total:,} bytes of text is over the limit of {max_text:,}")
        results = [one(t) for t in items]
        return results[0] if body.text is not None else {"results": results}

    def endpoint_for(c: Command, model: type[TextIn]):
        def endpoint(body):
            opts = {o.name: getattr(body, o.name) for o in c.options}
            if c.name == "romanize":
                opts["options"] = body.options
            if c.document and body.document:  # lang honoured line by line, as on the CLI
                if opts.get("scheme") is not None:
                    c.result("", **opts)  # the same check of the scheme as a text gets
                return answer(body, lambda t: {"input": t, "lines": list(document_results(c.name, t.split("\n"), opts))})
            return answer(body, lambda t: c.result(t, **opts))

        endpoint.__annotations__ = {"body": model}  # FastAPI reads the body's model from here
        endpoint.__name__ = c.name
        endpoint.__doc__ = f"{c.help} (the object `translit {c.name} --json` prints for each text)."
        return endpoint

    for c in COMMANDS.values():
        model = body_model(c)
        endpoint = endpoint_for(c, model)
        router.add_api_route(f"/api/{c.name}", endpoint, methods=["POST"], name=c.name, summary=c.help)
        add_get_route(router, f"/api/{c.name}", endpoint, model, c.name, c.help)

    def analyze_endpoint(body):
        """Everything the page shows for one text, in one call (what `translit demo` prints)."""
        return answer(body, analyze)

    analyze_endpoint.__annotations__ = {"body": TextIn}
    router.add_api_route("/api/analyze", analyze_endpoint, methods=["POST"], name="analyze")
    add_get_route(router, "/api/analyze", analyze_endpoint, TextIn, "analyze")
    return router
