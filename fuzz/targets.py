"""What the fuzzers drive, kept apart from atheris so the regression tests can replay the corpus
without it. Each target must never raise anything but the documented errors."""

from __future__ import annotations


def citation(data: bytes) -> None:
    from translit.archives.citation import find_citations, parse_citation

    text = data.decode("utf-8", errors="surrogateescape")
    c = parse_citation(text)
    if c.is_citation:
        for style in ("english", "gost", "chicago"):
            c.format(style)
            c.format(style, archive="current")
    find_citations(text)


def marc(data: bytes) -> None:
    from translit.marc import work

    for command in ("check", "romanize"):
        results = work((command, {}), [(0, data)])
        assert len(results) == 1  # one record in, one result out (kept, changed or rejected)
        r = results[0]
        assert r.output is not None or r.reject_reason
