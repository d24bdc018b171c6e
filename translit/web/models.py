"""The request and response types every API router shares: :class:`SafeJSON` (valid UTF-8 JSON
whatever it holds), :class:`In` (unknown keys and lone surrogates refused) and :class:`TextIn`
(``text`` or ``texts``)."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

_SURROGATE = re.compile("[\ud800-\udfff]")


def json_bytes(content: Any) -> bytes:
    """``content`` as the API writes it: compact JSON in UTF-8, a lone surrogate as its escape."""
    text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def digits_limit() -> str:
    """The longest integer Python reads from JSON, in words ("4,300 digits" unless the interpreter
    was set otherwise with ``sys.set_int_max_str_digits`` or ``PYTHONINTMAXSTRDIGITS``)."""
    limit = sys.get_int_max_str_digits()
    return f"{limit:,} digits" if limit else "the interpreter's limit of digits"


class SafeJSON(JSONResponse):
    """JSON that is valid UTF-8 whatever it holds (a lone surrogate is written as its escape)."""

    def render(self, content: Any) -> bytes:
        return json_bytes(content)


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
                from translit.errors import suggest

                named = []
                for k in unknown:
                    hints = suggest(k, list(cls.model_fields))
                    named.append(repr(k) + (f" (did you mean {' or '.join(map(repr, hints))}?)" if hints else ""))
                raise ValueError(f"unknown key {', '.join(named)}; the keys are: {', '.join(cls.model_fields)}")
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
