"""GET for every single-text endpoint, for tools that can only fetch a URL: OpenRefine's "Add
column by fetching URLs", spreadsheets' web functions (WEBSERVICE, IMPORTDATA), a browser.

``/api/romanize?text=Щукин&scheme=alalc`` answers with the same JSON as the POST with
``{"text": "Щукин", "scheme": "alalc"}``: :mod:`translit.web.text_api` adds a GET route beside
each POST route it builds from the command registry, the query parameters are validated by the
same model and the same endpoint function answers, so there is no second copy of any endpoint's
logic. ``text`` given more than once is the list form
(``{"results": […]}``); a parameter the model does not have goes into its ``options`` when it has
one (``&ligatures=marc``) unless it is a near spelling of one of the model's own parameters
(``shceme``), and is otherwise refused with 422 naming it and what it was probably meant to be.
"""

from __future__ import annotations

import inspect
import json
import typing
from typing import Any, Callable

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from translit.web.models import digits_limit


def _scalar(value: str) -> Any:
    """An option value from a query string: true/false as booleans, whole numbers as ints."""
    low = value.lower()
    if low in ("true", "false"):
        return low == "true"
    if value.lstrip("-").isdigit():
        return int(value)
    return value


def not_utf8(query: bytes) -> list[dict[str, Any]]:
    """The errors of a query string whose percent-escapes are not UTF-8 (``%FF``, an escaped lone
    surrogate ``%ED%A0%80``), one per parameter: decoded with replacement characters they would
    be answered as text the client never sent, so they are refused with the parameter named."""
    from urllib.parse import unquote_to_bytes

    errors = []
    for part in query.split(b"&"):
        name, _, value = part.partition(b"=")
        for piece in (name, value):
            raw = unquote_to_bytes(piece.replace(b"+", b" "))
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                where = unquote_to_bytes(name.replace(b"+", b" ")).decode("utf-8", "replace")
                errors.append({"type": "unicode_invalid", "loc": ["query", where],
                               "msg": f"not UTF-8 ({exc.reason} at byte {exc.start}): percent-encode UTF-8 text",
                               "input": piece.decode("latin-1")})
                break
    return errors


def _is_dict(field) -> bool:
    ann = field.annotation
    return ann is dict or typing.get_origin(ann) is dict


def _hints(name: str, model: type[BaseModel]) -> list[str]:
    """The model's parameters ``name`` was probably meant to be (``shceme`` → ``scheme``)."""
    from translit.errors import suggest

    return suggest(name, [n for n in model.model_fields if n != "texts"])


def unknown_parameter(name: str, model: type[BaseModel]) -> str:
    """The 422 message for a query parameter ``model`` does not take: the parameter named, what it
    was probably meant to be, and the parameters there are, as a POST body's unknown key is told."""
    hints = _hints(name, model)
    hint = f" (did you mean {' or '.join(map(repr, hints))}?)" if hints else ""
    known = ", ".join(n for n in model.model_fields if n != "texts")
    return f"unknown parameter {name!r}{hint}; the parameters are: {known}"


def query_to_body(model: type[BaseModel], request: Request) -> BaseModel:
    """Build ``model`` from the request's query parameters (422 on what it cannot take)."""
    params = request.query_params
    data: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    dict_field = next((n for n, f in model.model_fields.items() if _is_dict(f)), None)
    errors = not_utf8(request.scope.get("query_string", b""))
    for name in dict.fromkeys(params.keys()):
        values = params.getlist(name)
        if name in ("text", "texts"):
            if name == "text" and len(values) == 1:
                data["text"] = values[0]
            else:
                data["texts"] = data.get("texts", []) + values
        elif name in model.model_fields:
            if _is_dict(model.model_fields[name]):
                try:
                    data[name] = json.loads(values[-1])
                except json.JSONDecodeError as exc:
                    errors.append({"type": "json_invalid", "loc": ["query", name], "msg": f"not JSON: {exc}",
                                   "input": values[-1]})
                except (RecursionError, ValueError) as exc:  # probe13: these were a 500
                    errors.append({"type": "json_invalid", "loc": ["query", name], "input": values[-1][:200],
                                   "msg": "JSON nested too deeply to read" if isinstance(exc, RecursionError)
                                   else f"JSON with a number of more than {digits_limit()}, too long to read"})
            else:
                data[name] = values[-1]
        elif dict_field is not None and not _hints(name, model):
            extra[name] = _scalar(values[-1])
        else:
            errors.append({"type": "extra_forbidden", "loc": ["query", name],
                           "msg": unknown_parameter(name, model), "input": values[-1]})
    if errors:
        raise RequestValidationError(errors)
    if extra:
        data[dict_field] = {**data.get(dict_field, {}), **extra}
    if "text" in data and "texts" in data:  # text given once beside texts: all of them, in order
        data["texts"] = [data.pop("text")] + data["texts"]
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError([dict(e, loc=("query", *e["loc"])) for e in exc.errors()]) from None


def _openapi_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    out = []
    for name, f in model.model_fields.items():
        if name == "texts":
            continue
        schema = {"type": "string"} if name == "text" or _is_dict(f) else {}
        out.append({"name": name, "in": "query", "required": name == "text",
                    "description": ("the text (repeat for several)" if name == "text"
                                    else f.description or ("JSON object, or give its keys as parameters"
                                                           if _is_dict(f) else "as in the POST body")),
                    "schema": schema or {"type": "string"}})
    return out


def add_get_route(router: APIRouter, path: str, endpoint: Callable, model: type[BaseModel], name: str,
                  summary: str | None = None) -> None:
    """Add ``GET path`` to ``router``: the query parameters become a ``model`` (validated as the
    POST body is) and ``endpoint(body)``, the POST route's own function, answers."""
    if inspect.iscoroutinefunction(endpoint):
        async def get(request: Request):
            return await endpoint(query_to_body(model, request))
    else:
        def get(request: Request):
            return endpoint(query_to_body(model, request))

    router.add_api_route(path, get, methods=["GET"], name=f"{name} (GET)",
                         summary=f"{summary or name} with query parameters",
                         openapi_extra={"parameters": _openapi_parameters(model)})
