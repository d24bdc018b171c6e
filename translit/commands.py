"""The command registry: one table of the text commands, read by the CLI, the web API and batch.

Each :class:`Command` names the library call it makes on one text, its options and the two
forms of its answer: :meth:`Command.result`, the JSON object (what ``translit NAME --json``
prints per line and what ``POST``/``GET /api/NAME`` returns per text), and :meth:`Command.line`,
the plain line (what ``translit NAME`` prints and what a batch job writes into its new column).
An :class:`Option` has one name everywhere: ``--drop-final-hard-sign`` on the command line is
``drop_final_hard_sign`` in the API body, the query string and a batch spec.

:func:`analyze` is the whole pipeline for one text (detect, read, romanize in every scheme, key,
cite, gloss) that ``translit demo`` prints and ``/api/analyze`` returns.

:func:`document_results` reads the lines of a document together (``--document`` on the CLI,
``"document": true`` in the API) and gives one object per line, the same object on both sides:
the CLI prints it as a line of ``--json``; the API answers a text with ``{"input": text,
"lines": [those objects]}``, the text split at ``\n``. Each is the command's own object for the
line (with ``candidates`` honoured) plus ``"document": {"forms": …, "spellings": …}``.

What is not here, because it is not "one text in, one object out": ``cluster``, ``marc``,
``serve`` and ``schemes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from translit.errors import TranslitError

_SAME = object()

# The most characters one text may have for a text command: the HTTP API's 1 MB of text per
# request (web/app.py, DEFAULT_MAX_TEXT) in characters. A longer text (a line of standard input
# that never ends, a 50 MB field of a table) is not read, which took minutes and gigabytes; it is
# written through unchanged and reported (:func:`too_long`), so nothing is lost.
MAX_TEXT_CHARS = 1_000_000


def too_long(text: str, limit: int | None = None) -> str | None:
    """Why ``text`` is not read (it is over ``limit``, default :data:`MAX_TEXT_CHARS`), or None."""
    limit = MAX_TEXT_CHARS if limit is None else limit
    if len(text) <= limit:
        return None
    return (f"{len(text):,} characters, over the limit of {limit:,} for one text (MAX_TEXT_CHARS): "
            "written through unchanged")


def _every_scheme() -> tuple[str, ...]:
    from translit.schemes import languages, scheme_ids

    return tuple(dict.fromkeys(sid for code in languages() for sid in scheme_ids(code)))


def _langs() -> tuple[str, ...]:
    from translit.schemes import languages

    return tuple(languages()) + ("auto",)


POLICIES = ("catalogue", "running", "every")
LANG_HELP = ("language of the text: ru (Russian), uk (Ukrainian), be (Belarusian), bg (Bulgarian), sr (Serbian), "
             "mk (Macedonian), rue (Rusyn); default (or auto): identified for each text, Russian when unsure")
POLICY_HELP = ("which words to read as Russian: catalogue (a title, heading or note that is romanized Russian), "
               "running (English prose with Russian inside: English stays English) or every (every Latin word)")


@dataclass(frozen=True)
class Option:
    """One option of a command: ``--name-with-dashes`` on the CLI, ``name`` in the API."""

    name: str
    type: type = str  # str, int, float or bool (a bool is a flag on the CLI)
    default: Any = None
    choices: tuple[str, ...] | Callable[[], tuple[str, ...]] | None = None
    help: str = ""
    short: str | None = None  # e.g. "-s"
    cli_default: Any = _SAME  # None: the CLI can tell "not given" (it then means ``default``)
    checked_by_api: bool = False  # the API refuses other values in validation (else the library does)

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def choice_list(self) -> tuple[str, ...] | None:
        return self.choices() if callable(self.choices) else self.choices

    def default_on_cli(self) -> Any:
        return self.default if self.cli_default is _SAME else self.cli_default


@dataclass(frozen=True)
class Command:
    """A text command: ``result(text, **options)`` gives its JSON object, ``line`` its plain line."""

    name: str
    help: str
    result: Callable[..., dict[str, Any]]
    line: Callable[..., str]
    options: tuple[Option, ...] = ()
    batch: bool = False  # runs over a table column (``--in``; ``/api/batch``)
    document: bool = False  # takes ``document`` (the lines of a text read together)
    # bytes of JSON answer per character of text at most, measured on the worst text found (words of
    # one letter, "a b c …", each with its candidates and reasons); the API refuses, before reading it,
    # a text whose answer could pass its answer limit (translit.web.text_api)
    answer_bytes: int = 10

    def option_names(self) -> list[str]:
        return [o.name for o in self.options]

    def defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}

    def complete(self, opts: dict[str, Any]) -> dict[str, Any]:
        """``opts`` with the defaults filled in; an unknown name is an error."""
        unknown = [k for k in opts if k not in self.option_names()]
        if unknown:
            raise TranslitError(f"{self.name}: unknown option {', '.join(map(repr, unknown))}")
        return {**self.defaults(), **opts}


# -- romanize ---------------------------------------------------------------------------------

# every Cyrillic block of Unicode (basic, supplement, extended A, B and C)
_ANY_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_ROMANIZE_FLAGS = ("ligatures", "drop_final_hard_sign", "middle_dot", "acronyms", "case")


def _scheme_options(o: dict[str, Any]) -> dict[str, Any]:
    """The options a scheme takes (the unset ones left out, so a scheme without them accepts)."""
    extra = dict(o.get("options") or {})
    extra.update({k: o[k] for k in _ROMANIZE_FLAGS if o.get(k)})
    return extra


def _choice(text: str, lang: str | None, scheme: str | None = None):
    """The language ``text`` is read or written in: ``lang`` when named, else the one chosen for it
    (:func:`translit.langs.choose.choose`; Russian when unsure). A chosen language without the named
    ``scheme`` gives way to Russian, whose table has it."""
    from translit.langs.choose import Choice, resolve_choice

    choice = resolve_choice(text, lang)
    if scheme and lang in (None, "auto") and choice.language != "ru":
        from translit.schemes import scheme_ids

        if scheme not in scheme_ids(choice.language):
            return Choice("ru", f"{choice.language} has no {scheme} table: Russian's serves", choice.evidence,
                          choice.confidence)
    return choice


def _romanize_detailed(text: str, scheme: str, lang: str | None, options: dict | None, flags: dict):
    from translit.romanize import romanize_detailed

    extra = _scheme_options(dict(flags, options=options))
    if lang in (None, "auto") and not _ANY_CYRILLIC.search(text):
        # romanization changes only Cyrillic: text without any is the same in every language, so
        # it is not sent to identification (which reads every word in every language: seconds
        # for a long line of English prose)
        from translit.langs.choose import Choice

        choice = Choice("ru", "no Cyrillic to romanize: Russian by default")
    else:
        choice = _choice(text, lang, scheme)
    if extra and lang in (None, "auto") and choice.language != "ru":
        from translit.langs.choose import Choice
        from translit.schemes import get_scheme

        own = {o.name for o in get_scheme(scheme, choice.language).options} | {"acronyms"}
        if set(extra) - own:
            # an option only the Russian table has (--middle-dot): the user asked for Russian's table
            missing = ", ".join(sorted(set(extra) - own))
            choice = Choice("ru", f"{choice.language}'s {scheme} table has no option {missing}: Russian's serves",
                            choice.evidence, choice.confidence)
    code = None if choice.language == "ru" and lang in (None, "auto") else choice.language
    return choice, romanize_detailed(text, scheme, code, **extra)


def _romanize_result(text: str, scheme: str = "alalc", lang: str | None = None, options: dict | None = None,
                     **flags: Any) -> dict[str, Any]:
    choice, r = _romanize_detailed(text, scheme, lang, options, flags)
    out = {"input": text, "output": r.text, "scheme": scheme, "notes": [n.as_dict() for n in r.notes]}
    out.update(choice.as_dict())
    return out


def _romanize_line(text: str, scheme: str = "alalc", lang: str | None = None, options: dict | None = None,
                   **flags: Any) -> str:
    return _romanize_detailed(text, scheme, lang, options, flags)[1].text


# -- cyrillic ---------------------------------------------------------------------------------

def _reading(text: str, scheme: str | None, lang: str | None, yo: bool, policy: str | None):
    from translit.read.reader import to_cyrillic
    from translit.schemes import SCHEME_IDS

    russian = None
    if lang in (None, "auto") and (scheme is None or scheme in SCHEME_IDS) and not _CYRILLIC.search(text):
        # read as Russian first: text every word of which Russian knows is Russian, read once
        from translit.langs.choose import choose_read

        russian = to_cyrillic(text, scheme=scheme, yo=yo, policy=policy or "catalogue")
        choice = choose_read(text, russian)
        if choice.language != "ru" and scheme is not None:
            choice = _choice(text, lang, scheme)
    else:
        choice = _choice(text, lang, scheme)
    if choice.language != "ru":
        from translit.langs.api import to_cyrillic as read_lang

        return choice, read_lang(text, choice.language, scheme=scheme)
    if scheme is not None and scheme not in SCHEME_IDS:
        from translit.errors import UnknownSchemeError

        raise UnknownSchemeError(scheme, SCHEME_IDS)
    return choice, russian or to_cyrillic(text, scheme=scheme, yo=yo, policy=policy or "catalogue")


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _check_candidates(candidates) -> None:
    if isinstance(candidates, bool) or not isinstance(candidates, int) or candidates < 0:
        raise TranslitError(f"candidates must be a whole number, 0 or more, not {candidates!r}")


def _cyrillic_result(text: str, scheme: str | None = None, lang: str | None = None, candidates: int = 5,
                     yo: bool = False, policy: str | None = None) -> dict[str, Any]:
    _check_candidates(candidates)
    choice, r = _reading(text, scheme, lang, yo, policy)
    return dict(r.as_dict(candidates), **choice.as_dict())


def _cyrillic_line(text: str, scheme: str | None = None, lang: str | None = None, candidates: int = 5,
                   yo: bool = False, policy: str | None = None) -> str:
    _check_candidates(candidates)
    return _reading(text, scheme, lang, yo, policy)[1].text


# -- detect -----------------------------------------------------------------------------------

def _detect_result(text: str) -> dict[str, Any]:
    from translit.langs.identify import identify
    from translit.read.detect import detect

    lang = identify(text)
    return dict(detect(text).as_dict(), language=lang.language, language_confidence=round(lang.confidence, 3),
                language_evidence=lang.ranking[0].evidence[:6] if lang.ranking else [])


def _detect_line(text: str) -> str:
    from translit.read.detect import detect

    d = detect(text)
    if not d.is_romanized_russian:
        return f"not romanized Russian ({d.reason})" + _other_language(text)
    top = d.ranking[0]
    return f"{top.scheme}\t{'; '.join(top.evidence)}"


def _other_language(text: str) -> str:
    """For a romanized line that is not Russian: the other language it is taken to be, as
    ``--lang auto`` takes it (:func:`translit.langs.choose.choose`), and how to read it back
    (``; romanized Ukrainian (uk, identified with confidence 1.00): translit cyrillic --lang uk``);
    empty when it is Russian, Cyrillic or not identified."""
    from translit.langs.choose import choose
    from translit.schemes import languages

    if _CYRILLIC.search(text):
        return ""
    choice = choose(text)
    if choice.language in (None, "ru"):
        return ""
    name = languages().get(choice.language, {}).get("name", choice.language)
    return (f"; romanized {name} ({choice.language}, {choice.reason}): "
            f"translit cyrillic --lang {choice.language}")


# -- convert ----------------------------------------------------------------------------------

def _conversion(text: str, to: str, source: str | None, lang: str | None, threshold: float, case: str | None,
                policy: str | None):
    choice = _choice(text, lang, source)
    if choice.language != "ru":
        from translit.langs.api import convert as convert_lang

        if to != "cyrillic" and lang in (None, "auto"):
            from translit.schemes import scheme_ids

            if to not in scheme_ids(choice.language):  # the chosen language has no such table
                choice = _russian_instead(choice, to)
        if choice.language != "ru":
            return choice, convert_lang(text, to=to, lang=choice.language, source=source,
                                        per_run=lang in (None, "auto"), policy=policy or "running")
    from translit.conversion import convert

    return choice, convert(text, to=to, source=source, threshold=threshold, case=case, policy=policy or "running")


def _russian_instead(choice, scheme: str):
    from translit.langs.choose import Choice

    return Choice("ru", f"{choice.language} has no {scheme} table: Russian's serves", choice.evidence,
                  choice.confidence)


def _convert_result(text: str, to: str = "alalc", source: str | None = None, lang: str | None = None,
                    threshold: float = 0.0, case: str | None = None, policy: str | None = None) -> dict[str, Any]:
    choice, c = _conversion(text, to, source, lang, threshold, case, policy)
    return dict(c.as_dict(), **choice.as_dict())


def _convert_line(text: str, to: str = "alalc", source: str | None = None, lang: str | None = None,
                  threshold: float = 0.0, case: str | None = None, policy: str | None = None) -> str:
    return _conversion(text, to, source, lang, threshold, case, policy)[1].text


# -- key --------------------------------------------------------------------------------------

def _keying(text: str, lang: str | None, policy: str | None):
    """The key and the language chosen for it, as the library's :func:`translit.key` makes them
    (:func:`translit.langs.api.chosen_key`: one rule for the CLI, the API and the library)."""
    from translit.langs.api import chosen_key

    return chosen_key(text, lang, policy)


def _key_line(text: str, lang: str | None = None, policy: str | None = None) -> str:
    return _keying(text, lang, policy)[1]


def _key_result(text: str, lang: str | None = None, policy: str | None = None) -> dict[str, Any]:
    choice, k = _keying(text, lang, policy)
    return dict({"input": text, "key": k}, **choice.as_dict())


# -- cite -------------------------------------------------------------------------------------

def cited_in_line(text: str, around: tuple[str, str] | None = None) -> list:
    """The citations that start in ``text``, a line of a document; ``around``: the lines before and
    after it, with their line breaks, when a citation runs across lines
    (:func:`translit.archives.rewrite.crossing_citations`): the citations are then found in the
    lines together and each is given on the line it starts on, whole (RGASPI, f. 17, op. / 162, d.
    9, l. 54), its offsets into ``text`` (its end past the line's end when it goes on)."""
    from translit.archives.citation import parse_citations

    if not around:
        return parse_citations(text)
    before, after = around
    lead = len(before)
    found = [c for c in parse_citations(before + text + after) if lead <= c.start < lead + len(text)]
    for c in found:
        c.start, c.end = c.start - lead, c.end - lead
        c.spans = {k: [a - lead, b - lead] for k, (a, b) in c.spans.items()}
        c.marks = [(kind, name, a - lead, b - lead) for kind, name, a, b in c.marks]
    return found


def cite_lines(lines: Iterable[str]) -> Iterator[tuple[str, tuple[str, str] | None]]:
    """Each line of a stream with the context :func:`cited_in_line` reads it in (None: alone),
    reading one line ahead; a line over the text limit is read alone and read with no other."""
    from translit.archives.rewrite import crossing_citations

    it = iter(lines)
    prev, cur, crossed = None, next(it, None), False
    while cur is not None:
        nxt = next(it, None)
        crosses = nxt is not None and too_long(cur) is None and too_long(nxt) is None \
            and bool(crossing_citations([cur, nxt]))
        before = f"{prev}\n" if crossed else ""
        after = f"\n{nxt}" if crosses else ""
        yield cur, ((before, after) if crossed or crosses else None)
        prev, cur, crossed = cur, nxt, crosses


def _cite_result(text: str, style: str = "english", archive: str = "cited",
                 around: tuple[str, str] | None = None) -> dict[str, Any]:
    return {"input": text, "citations": [dict(c.as_dict(), formatted=c.format(style, archive=archive))
                                         for c in cited_in_line(text, around)]}


def _cite_line(text: str, style: str = "english", archive: str = "cited",
               around: tuple[str, str] | None = None) -> str:
    found = cited_in_line(text, around)
    written = [c.format(style, archive=archive) for c in found]
    # "…, d. 157; GARF, …": a citation's closing period gives way to the semicolon, unless it
    # closes an abbreviation (the verso: ll. 5-7ob.; zv.; об.)
    return "; ".join([w[:-1] if w.endswith(".") and not c.ends_abbreviated(style) else w
                      for c, w in zip(found, written[:-1])] + written[-1:])


# -- gloss, fix -------------------------------------------------------------------------------

def _glossing(text: str, lang: str | None):
    """The text glossed in its language (``lang``, else the one chosen for it; Russian when unsure)."""
    from translit.glossary import gloss_text

    choice = _choice(text, lang)
    return choice, gloss_text(text, choice.language)


def _gloss_result(text: str, lang: str | None = None) -> dict[str, Any]:
    choice, g = _glossing(text, lang)
    return dict(g.as_dict(), **choice.as_dict())


def _gloss_line(text: str, lang: str | None = None) -> str:
    g = _glossing(text, lang)[1]
    return f"{g.cyrillic}\tgloss: {g.gloss}"


def _fix_result(text: str) -> dict[str, Any]:
    from translit.repair import fix

    return fix(text).as_dict()


def _fix_line(text: str) -> str:
    from translit.repair import fix

    return fix(text).text


# -- the table --------------------------------------------------------------------------------

_LANG = Option("lang", choices=_langs, help=LANG_HELP, short="-l")


def _policy(default: str) -> Option:
    """The ``policy`` option of a command, its help naming that command's default."""
    return Option("policy", choices=POLICIES, help=f"{POLICY_HELP} (default {default})")


_POLICY_CATALOGUE = _policy("catalogue; running when the lines are read as one document")

COMMANDS: dict[str, Command] = {c.name: c for c in (
    Command("romanize", "Cyrillic → a romanization scheme", _romanize_result, _romanize_line, (
        Option("scheme", default="alalc", choices=_every_scheme, short="-s",
               help="the scheme to write (default alalc; `translit schemes` lists them all)"),
        _LANG,
        Option("ligatures", choices=("unicode", "marc"),
               help="how ALA-LC writes its ties (t͡s): unicode, one U+0361 (the default), or marc, the half "
                    "marks U+FE20/U+FE21 of MARC records"),
        Option("drop_final_hard_sign", bool, False,
               help="leave out word-final ъ in pre-1918 text (AACR2-era practice; RDA keeps it)"),
        Option("middle_dot", bool, False,
               help="BGN/PCGN only: the strict form, a dot between letters that could be misread (Kay·afa)"),
        Option("acronyms", choices=("title", "upper"),
               help="abbreviations in capitals: ЦК → TsK (title, the default) or TSK (upper)"),
        Option("case", choices=("keep", "catalog"),
               help="keep the source's capitals (keep, the default) or capitalize as RDA appendix A asks "
                    "(catalog: first word and names)"),
    ), batch=True),
    Command("cyrillic", "any romanization → Cyrillic", _cyrillic_result, _cyrillic_line, (
        Option("scheme", choices=_every_scheme, short="-s",
               help="the scheme the input is in (default: detected for each line)"),
        _LANG,
        Option("candidates", int, 5, short="-n", cli_default=None,
               help="how many readings of each word to give (default 5): with --json, each word's "
                    "candidates; without it, the readings of each uncertain word after a tab"),
        Option("yo", bool, False, help="restore ё from the dictionary where the input did not mark it"),
        _POLICY_CATALOGUE,
    ), batch=True, document=True, answer_bytes=600),
    Command("convert", "convert the Russian inside running text to another scheme", _convert_result,
            _convert_line, (
        Option("to", default="alalc", choices=lambda: ("cyrillic",) + _every_scheme(),
               help="the scheme to write, or cyrillic (default alalc)"),
        Option("source", choices=_every_scheme, help="the scheme the input is in (default: detected)"),
        _LANG,
        Option("threshold", float, 0.0,
               help="leave a stretch of Russian read with less confidence than this (0 to 1) as it is "
                    "(default 0: convert every one)"),
        Option("case", choices=("keep", "catalog"),
               help="keep the source's capitals (keep, the default) or capitalize as RDA appendix A asks "
                    "(catalog: first word and names)"),
        _policy("running"),
    ), batch=True, document=True),
    Command("key", "match key of a title or name (for search indexes)", _key_result, _key_line, (
        Option("lang", choices=_langs, short="-l",
               help="read the text in this language: ru, uk, be, bg, sr, mk or rue (default: identified for each "
                    "text, a Russian text keeping its Russian key); auto: identified, and keyed through the "
                    "established forms, so keys agree across languages (Kyiv, Kiev, Київ, Киев)"),
        _POLICY_CATALOGUE,
    ), batch=True, document=True),
    Command("detect", "which scheme is this, with the evidence", _detect_result, _detect_line),
    Command("cite", "find, parse and re-format archival citations (one output line per input line)",
            _cite_result, _cite_line, (
        Option("style", default="english", choices=("english", "gost", "chicago"), checked_by_api=True,
               help="the style to write: english (the default), gost (ГОСТ, in Cyrillic) or chicago"),
        Option("archive", default="cited", choices=("cited", "current"), checked_by_api=True,
               help="write the archive as cited (default) or under its current name"),
    ), answer_bytes=60),
    Command("gloss", "gloss every word of a Russian title in English (a gloss, not a translation)",
            _gloss_result, _gloss_line, (_LANG,), answer_bytes=120),
    Command("fix", "repair mojibake, lookalike letters and Unicode form; report lost letters", _fix_result,
            _fix_line, batch=True),
)}

BATCH_COMMANDS = tuple(name for name, c in COMMANDS.items() if c.batch)


def read_document(name: str, lines: Iterable[str], opts: dict[str, Any]) -> Iterator[Any]:
    """The lines of a document read together by command ``name`` (cyrillic, convert or key), one
    :class:`translit.read.document.DocumentLine` per line; the policy defaults to running text."""
    from translit.read import document

    policy = opts.get("policy") or "running"
    if name == "cyrillic":
        return document.cyrillic_document(lines, policy, scheme=opts.get("scheme"), yo=opts.get("yo", False))
    if name == "convert":
        return document.convert_document(lines, to=opts.get("to", "alalc"), policy=policy, source=opts.get("source"),
                                         threshold=opts.get("threshold", 0.0), case=opts.get("case"))
    if name == "key":
        return document.key_document(lines, policy)
    raise TranslitError(f"{name} does not read documents")


def document_results(name: str, lines: Iterable[str], opts: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One JSON object per line of a document: what ``translit NAME --document --json`` prints
    for the line and what the API lists under ``"lines"``."""
    for choice, d, line in document_lines(name, lines, opts):
        yield other_language_object(name, line, opts) if d is None else dict(document_object(name, d, opts), **choice.as_dict())




def other_language_object(name: str, line: str, opts: dict[str, Any]) -> dict[str, Any]:
    """The JSON object of a document's line done alone in another language than Russian: the
    command's object for the line with an empty ``"document"`` (the Russian lines' decisions do not
    reach it), so every line of a document has the same keys."""
    return dict(COMMANDS[name].result(line, **opts), document=dict(forms=[], spellings={}))


def reads_together(name: str, opts: dict[str, Any]) -> bool:
    """Whether command ``name`` may read a document's lines together under ``opts``: not with
    ``lang`` naming another language than Russian (every line is in it, read alone), nor ``key``
    with ``lang`` auto, which keys every line through the established forms, one line at a time
    (what ``_keying`` does for a single text)."""
    lang = opts.get("lang")
    return lang in (None, "ru") or (lang == "auto" and name != "key")


def document_lines(name: str, lines: Iterable[str], opts: dict[str, Any]) -> Iterator[tuple[Any, Any, str | None]]:
    """A document's lines, each with the language chosen for it (``lang``, else identified; Russian
    when unsure): (choice, the document reader's line, None) for a Russian line, and (choice, None,
    the line) for a line in another language, which the caller does in that language. The Russian
    lines are read together; a line in another language reaches the document reader as an empty
    line (it breaks the Russian text there). ``lang`` is honoured as for one text: named, every
    line is in it (``ru``: all read together). Streamed: nothing is read ahead of the reader."""
    if not reads_together(name, opts):
        for line in lines:
            yield _choice(line, opts.get("lang")), None, line
        return
    choices: dict[int, Any] = {}
    other: dict[int, str] = {}

    def feed() -> Iterator[str]:
        for i, line in enumerate(lines):
            choice = choices[i] = _choice(line, opts.get("lang"))
            if choice.language != "ru":
                other[i] = line
                yield ""
            else:
                yield line

    for i, d in enumerate(read_document(name, feed(), opts)):
        choice = choices.pop(i)
        yield (choice, None, other.pop(i)) if i in other else (choice, d, None)


def document_object(name: str, d: Any, opts: dict[str, Any]) -> dict[str, Any]:
    """The JSON object of one line of a document read by command ``name``."""
    if name == "cyrillic":
        candidates = opts.get("candidates")
        if candidates is not None:
            _check_candidates(candidates)
        candidates = candidates or COMMANDS[name].defaults().get("candidates")
        return dict(d.result.as_dict(candidates), document=d.as_dict()["document"])
    return d.as_dict()


ANALYZE_ANSWER_BYTES = 700  # as Command.answer_bytes, for analyze (measured: 643 a character on "a b a b …")


def analyze(text: str) -> dict[str, Any]:
    """Everything about one text: detection, reading (when it is not Cyrillic), the Cyrillic
    romanized in every Russian scheme, match key, citations and glossed words."""
    from translit.archives.citation import find_citations
    from translit.glossary import gloss, gloss_text
    from translit.matchkey import key
    from translit.read.detect import detect
    from translit.read.reader import to_cyrillic
    from translit.romanize import romanize
    from translit.schemes import SCHEME_IDS

    has_cyr = any("\u0400" <= c <= "\u04ff" for c in text)
    det = detect(text)
    reading = to_cyrillic(text) if not has_cyr else None
    cyr = reading.text if reading is not None else text
    cites = find_citations(text)
    converted = None
    if not has_cyr and not det.is_romanized_russian:
        from translit.conversion import convert

        c = convert(text, to="alalc")
        converted = c.text if any(s.converted for s in c.spans) else None
    return {
        "input": text,
        "detection": det.as_dict(),
        "reading": reading.as_dict(5) if reading is not None else None,
        "converted": converted,  # romanized Russian inside other text, written in ALA-LC (else null)
        "cyrillic": cyr,
        "schemes": {s: romanize(cyr, s) for s in SCHEME_IDS},
        "key": key(text),
        "citations": [dict(c.as_dict(), formatted=c.format("english"),
                           formatted_current=c.format("english", archive="current"),
                           gost=c.format("gost", archive="current"),
                           renamed=(f"{c.archive_cited} is now {c.archive_current}"
                                    if c._match is not None and c._match.is_predecessor else None))
                      for c in cites],
        "gloss": [g.as_dict() for g in gloss(text) if g.gloss],
        "gloss_line": gloss_text(cyr).gloss,
    }
