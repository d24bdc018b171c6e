"""The text endpoints (POST and GET), built from the command registry (:mod:`translit.commands`).

For every command in the table: ``POST /api/NAME`` with a body of ``text`` (or ``texts``) and the
command's options under the names the CLI spells with dashes; the answer for a text is the
command's JSON object, the line ``translit NAME --json`` prints for it (``{"results": […]}`` for
``texts``). The body model is made from the table too, so an option added there is on the CLI,
in the body, in the GET query (:mod:`translit.web.get_api`) and in the OpenAPI schema at once.
Commands that read documents take ``document`` (each text's lines read as one document), and
romanize keeps ``options`` (a scheme's options as an object) beside its flat options.
``POST /api/analyze`` answers with :func:`translit.commands.analyze`.

An answer is limited too (``max_answer`` bytes, 20 MB by default: ``create_app``): a reading explains each word
with its candidates and reasons, up to 600 bytes a character of text, so 1 MB of text could be
answered with 600 MB. A text (or, read as a document, a line) longer than the limit divided by its
command's ``answer_bytes`` is refused before any reading, and the answer's size is counted as it
is built, text by text and line by line, and refused at the limit; both are 413 naming the limit.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator, Literal, Optional

from fastapi import APIRouter, HTTPException
from pydantic import Field, create_model

from translit.commands import ANALYZE_ANSWER_BYTES, COMMANDS, Command, analyze, document_results
from translit.web.get_api import add_get_route
from translit.web.models import TextIn, json_bytes


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


class AnswerSize:
    """The size of one answer, counted piece by piece as it is built (each piece as the API writes
    it, and a byte between pieces): past ``limit`` it is refused with 413 naming the limit."""

    def __init__(self, limit: int, where: str):
        self.limit, self.where, self.seen = limit, where, 0

    def add(self, piece: Any, size: int | None = None) -> Any:
        """Count ``piece`` (or ``size`` bytes of it) and give it back."""
        self.seen += (len(json_bytes(piece)) if size is None else size) + 1
        if self.seen > self.limit:
            raise HTTPException(413, f"the answer of {self.where} is over the limit of {self.limit:,} bytes for "
                                     f"one answer (at {self.seen:,} bytes it was stopped): send less text in one "
                                     f"request")
        return piece

    def each(self, pieces: Iterable[Any]) -> Iterator[Any]:
        """Each of ``pieces``, counted as it comes."""
        for piece in pieces:
            yield self.add(piece)


def longest_allowed(items: list[str], per_char: int, limit: int, where: str, lines: bool, advice: str) -> None:
    """Refuse with 413, before any work, a text (a line, when ``lines``) whose answer could pass
    ``limit`` at ``per_char`` bytes a character: one reading is not cut in the middle."""
    pieces = [line for t in items for line in t.split("\n")] if lines else items
    longest = max(map(len, pieces), default=0)
    most = limit // per_char
    if longest > most:
        what = "line" if lines else "text"
        raise HTTPException(413, f"a {what} of {longest:,} characters is over the limit of {most:,} characters for "
                                 f"one {what} of {where}: its answer (up to {per_char:,} bytes a character) could "
                                 f"pass the limit of {limit:,} bytes for one answer; {advice}")


def _advice(c: Command | None) -> str:
    """What to do with a text too long for command ``c`` (None: analyze)."""
    ways = ["send it as several shorter texts (\"texts\": [...])"]
    if c is not None and c.document:
        ways.append("with \"document\": true, which is answered line by line")
    if c is not None and c.batch:
        ways.append("as a file to /api/batch")
    return ", or ".join(ways)


def text_router(max_text: int, max_texts: int, max_answer: int) -> APIRouter:
    """POST /api/NAME for every command of the registry, and POST /api/analyze."""
    router = APIRouter()

    def answer(body: TextIn, one: Callable[[str, AnswerSize], Any], where: str, per_char: int,
               advice: str, lines: bool = False) -> Any:
        """Apply ``one`` to the text (or each of the texts), within the size limits; ``one`` counts
        what it builds itself (``lines``: a document, counted line by line) or gives one piece."""
        items = body.items()
        if len(items) > max_texts:
            raise HTTPException(413, f"{len(items):,} texts is over the limit of {max_texts:,} in one request")
        total = sum(len(t.encode("utf-8")) for t in items)
        if total > max_text:
            raise HTTPException(413, f"{total:,} bytes of text is over the limit of {max_text:,}")
        longest_allowed(items, per_char, max_answer, where, lines, advice)
        size = AnswerSize(max_answer, where)
        results = [one(t, size) if lines else size.add(one(t, size)) for t in items]
        return results[0] if body.text is not None else {"results": results}

    def endpoint_for(c: Command, model: type[TextIn]):
        where, advice = f"/api/{c.name}", _advice(c)

        def endpoint(body):
            opts = {o.name: getattr(body, o.name) for o in c.options}
            if c.name == "romanize":
                opts["options"] = body.options
            if c.document and body.document:  # lang honoured line by line, as on the CLI
                if opts.get("scheme") is not None:
                    c.result("", **opts)  # the same check of the scheme as a text gets

                def document(t: str, size: AnswerSize) -> dict[str, Any]:
                    read = list(size.each(document_results(c.name, t.split("\n"), opts)))
                    return size.add({"input": t, "lines": read}, len(json_bytes(t)) + 20)

                return answer(body, document, where, c.answer_bytes, advice, lines=True)
            return answer(body, lambda t, size: c.result(t, **opts), where, c.answer_bytes, advice)

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
        return answer(body, lambda t, size: analyze(t), "/api/analyze", ANALYZE_ANSWER_BYTES, _advice(None))

    analyze_endpoint.__annotations__ = {"body": TextIn}
    router.add_api_route("/api/analyze", analyze_endpoint, methods=["POST"], name="analyze")
    add_get_route(router, "/api/analyze", analyze_endpoint, TextIn, "analyze")
    return router
