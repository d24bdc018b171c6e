"""MARC 21 work on pymarc: check the romanized fields of Russian records against their 880s,
romanize Cyrillic-only records, and build 880s for romanized-only records.

Records stream one at a time (binary MARC is cut at record terminators before parsing, so a
damaged record cannot swallow its neighbours). A record the command does not change is written
back byte for byte as it was read; a record that cannot be parsed goes to a rejects file with
its position and the reason; records in = records out + rejects. Output files are written
atomically. The per-record work runs in this process, in ``--jobs N`` processes, or on Dask,
through the same ordered runner as the table batch jobs (:mod:`translit.batch`).
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import html
import io
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterator

from translit.errors import TranslitError
from translit.normalize import fold_ties

ROMANIZED_TAGS = re.compile(r"^(1\d\d|245|246|250|260|264|490|6\d\d|7\d\d|8[0-3]\d)$")
_CYR = re.compile("[\u0400-\u04ff]")
_TITLE_TAGS = {"245", "246"}
RECORD_END = b"\x1d"


@dataclass
class Difference:
    record: str
    field: str
    found: str
    expected: str
    kind: str

    def row(self) -> list[str]:
        return [self.record, self.field, self.found, self.expected, self.kind]


@dataclass
class Result:
    """What one record's processing gives back (picklable, for processes and Dask)."""

    position: int
    output: bytes | None  # None: the record is rejected
    changed: bool
    differences: list[Difference] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)
    reject_reason: str | None = None
    raw: bytes = b""


# -- reading ------------------------------------------------------------------------------------

def iter_raw(path: str) -> Iterator[tuple[int, bytes]]:
    """Yield (byte position, raw record) from a binary MARC file, cut at record terminators."""
    with open(path, "rb") as fh:
        buf = b""
        pos = 0
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            buf += chunk
            while True:
                end = buf.find(RECORD_END)
                if end < 0:
                    break
                rec = buf[:end + 1]
                buf = buf[end + 1:]
                if rec.strip(b"\r\n\x00 "):
                    yield pos, rec.lstrip(b"\r\n")
                pos += end + 1
        if buf.strip(b"\r\n\x00 "):
            yield pos, buf  # trailing bytes without a terminator: a damaged record


def is_xml(path: str) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(512).lstrip()
    return head.startswith(b"<")


def iter_xml(path: str) -> Iterator[tuple[int, bytes]]:
    """Yield (record number, record as UTF-8 MARC) from MARCXML."""
    import pymarc

    for n, rec in enumerate(pymarc.parse_xml_to_array(path)):
        yield n, rec.as_marc() if rec is not None else b""


def parse(raw: bytes):
    """Parse one raw record (UTF-8 or MARC-8); raise ValueError when it is damaged."""
    return parse_reporting(raw)[0]


def parse_reporting(raw: bytes):
    """Parse one raw record; also return the MARC-8 characters pymarc could not map."""
    import pymarc

    if len(raw) < 24 or not raw[:5].isdigit():
        raise ValueError("no valid leader (record length is not a number)")
    length = int(raw[:5])
    if length != len(raw):
        raise ValueError(f"leader says {length} bytes, the record has {len(raw)}")
    # pymarc's MARC-8 decoder writes each character it cannot map to stderr and puts a space in
    # its place; catch those lines so they can be reported per record (0x20, the space itself in
    # the Cyrillic sets, is harmless and dropped).
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        rec = pymarc.Record(data=raw, to_unicode=True, force_utf8=raw[9:10] == b"a", utf8_handling="strict")
    lost = [ln for ln in captured.getvalue().splitlines() if ln and "character 0x20 " not in ln]
    return rec, lost


def record_id(rec, position: int) -> str:
    fields = rec.get_fields("001") if rec is not None else []
    return fields[0].value().strip() if fields and fields[0].value().strip() else f"#{position}"


# -- comparing a romanized field with the ALA-LC of its 880 -------------------------------------

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFC", fold_ties(unicodedata.normalize("NFC", s)))
    return re.sub(r"\s+", " ", s).strip()


def _only(s: str, keep) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if keep(c))


_KINDS = (
    ("tie", lambda c: c == "\u0361"),
    ("diacritic", lambda c: unicodedata.combining(c) and c != "\u0361"),
    ("soft sign", lambda c: c in "ʹʺ'\"’”′″"),
    ("punctuation", lambda c: not c.isalnum() and not c.isspace() and not unicodedata.combining(c)
     and c not in "ʹʺ'\"’”′″"),
)


def classify(found: str, expected: str) -> str | None:
    """None when the two agree up to what ALA-LC practice leaves to judgment (capitalization,
    tie encoding); otherwise the kinds of difference, most telling first: letter, tie,
    diacritic, soft sign, punctuation (``"tie, soft sign"`` for Ulianovsk against Ulʹi͡anovsk)."""
    f, e = _norm(found).lower(), _norm(expected).lower()
    if f == e:
        return None
    kinds = [name for name, keep in _KINDS if _only(f, keep) != _only(e, keep)]
    letters_f = _only(f, lambda c: c.isalnum() and c not in "ʹʺ")
    letters_e = _only(e, lambda c: c.isalnum() and c not in "ʹʺ")
    if letters_f != letters_e:
        kinds.insert(0, "letter")
    return ", ".join(kinds) or "letter"


def _linked_pairs(rec):
    """(romanized field, its 880) for every 880 linked by $6."""
    by_link: dict[tuple[str, str], Any] = {}
    for f in rec.fields:
        if f.tag != "880" and not f.is_control_field() and f.get("6"):
            link = f.get("6")
            if link.startswith("880-"):
                by_link[(f.tag, link[4:6])] = f
    for f in rec.get_fields("880"):
        link = f.get("6") or ""
        m = re.match(r"^(\d{3})-(\d\d)", link)
        if m and (m.group(1), m.group(2)) in by_link:
            yield by_link[(m.group(1), m.group(2))], f


def record_language(rec) -> str | None:
    """The record's language as a translit code (ru, uk, be, bg, sr, mk, rue), or None.

    Read from 008/35-37, else the first 041 $a, through the MARC codes in
    ``schemes/languages.toml``; a language translit has no tables for gives None (Russian tables).
    """
    from translit.schemes import languages

    codes = []
    for f in rec.get_fields("008"):
        data = f.data if hasattr(f, "data") else ""
        if len(data) >= 38:
            codes.append(data[35:38])
    for f in rec.get_fields("041"):
        codes.extend(v[:3] for c, v in _subfields(f) if c == "a")
    by_marc = {row["marc"]: code for code, row in languages().items()}
    for code in codes:
        if code.strip() and code.lower() in by_marc:
            return by_marc[code.lower()]
    return None


def check_record(rec, rid: str) -> list[Difference]:
    from translit.romanize import romanize

    lang = record_language(rec)
    diffs = []
    for rom, vern in _linked_pairs(rec):
        if not _CYR.search(" ".join(v for c, v in _subfields(vern) if c != "6")):
            continue
        rsubs = [(c, v) for c, v in _subfields(rom) if c != "6"]
        vsubs = [(c, v) for c, v in _subfields(vern) if c != "6"]
        # pair the n-th $a with the n-th $a, and so on, so an extra subfield cannot shift the rest
        vern_by_code: dict[str, list[str]] = {}
        for c, v in vsubs:
            vern_by_code.setdefault(c, []).append(v)
        seen: dict[str, int] = {}
        for rc, rv in rsubs:
            k = seen.get(rc, 0)
            seen[rc] = k + 1
            vv_list = vern_by_code.get(rc, [])
            if k >= len(vv_list):
                continue
            expected = romanize(vv_list[k], "alalc", lang)
            kind = classify(rv, expected)
            if kind is not None:
                diffs.append(Difference(rid, f"{rom.tag} ${rc}", rv, expected, kind))
        if [c for c, _ in rsubs] != [c for c, _ in vsubs]:
            diffs.append(Difference(rid, rom.tag, " ".join(f"${c}" for c, _ in rsubs),
                                    " ".join(f"${c}" for c, _ in vsubs), "subfields"))
    return diffs


def _subfields(f) -> list[tuple[str, str]]:
    return [(s.code, s.value) for s in f.subfields]


# -- building fields --------------------------------------------------------------------------------

def _next_occurrence(rec) -> int:
    used = set()
    for f in rec.fields:
        if not f.is_control_field() and f.get("6"):
            m = re.search(r"-(\d\d)", f.get("6"))
            if m:
                used.add(int(m.group(1)))
    n = 1
    while n in used:
        n += 1
    return n


def romanize_record(rec) -> bool:
    """Move Cyrillic fields to linked 880s (model A) and write ALA-LC in their place."""
    from pymarc import Field, Subfield

    from translit.romanize import romanize

    changed = False
    lang = record_language(rec)
    for f in list(rec.fields):
        if f.is_control_field() or not ROMANIZED_TAGS.match(f.tag) or f.get("6"):
            continue
        if not any(_CYR.search(v) for _, v in _subfields(f)):
            continue
        occ = _next_occurrence(rec)
        vern = Field(tag="880", indicators=list(f.indicators),
                     subfields=[Subfield("6", f"{f.tag}-{occ:02d}/(N")] + [Subfield(c, v) for c, v in _subfields(f)])
        case = "catalog" if f.tag in _TITLE_TAGS and lang in (None, "ru") else None
        new = [Subfield("6", f"880-{occ:02d}")]
        for c, v in _subfields(f):
            new.append(Subfield(c, romanize(v, "alalc", lang, case=case) if case and c in "abnp" else romanize(v, "alalc", lang)))
        f.subfields = new
        rec.add_ordered_field(vern) if hasattr(rec, "add_ordered_field") else rec.add_field(vern)
        changed = True
    if changed:
        rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
    return changed


def add_880_record(rec, rid: str, threshold: float) -> tuple[bool, list[dict[str, Any]]]:
    """Build vernacular 880s for romanized fields through the reverse reading."""
    from pymarc import Field, Subfield

    from translit.read.reader import to_cyrillic

    changed, review = False, []
    if rec.get_fields("880"):
        return False, review
    for f in list(rec.fields):
        if f.is_control_field() or not ROMANIZED_TAGS.match(f.tag) or f.get("6"):
            continue
        subs = _subfields(f)
        if not any(re.search(r"[A-Za-z]", v) for _, v in subs) or any(_CYR.search(v) for _, v in subs):
            continue
        readings = [(c, to_cyrillic(v, scheme="alalc")) if c not in "0123456789" else (c, None) for c, v in subs]
        conf = 1.0
        for _, r in readings:
            if r is not None:
                conf *= r.confidence
        cyr_subs = [(c, r.text if r is not None else v) for (c, r), (_, v) in zip(readings, subs)]
        if not any(_CYR.search(v) for _, v in cyr_subs):
            continue  # nothing in the field reads as Russian (an English title): no 880
        entry = {"record": rid, "field": f.tag, "romanized": " ".join(v for _, v in subs),
                 "cyrillic": " ".join(v for _, v in cyr_subs), "confidence": round(conf, 3)}
        if conf < threshold:
            entry["status"] = "review"
            review.append(entry)
            continue
        occ = _next_occurrence(rec)
        vern = Field(tag="880", indicators=list(f.indicators),
                     subfields=[Subfield("6", f"{f.tag}-{occ:02d}/(N")] + [Subfield(c, v) for c, v in cyr_subs])
        f.subfields = [Subfield("6", f"880-{occ:02d}")] + list(f.subfields)
        rec.add_ordered_field(vern) if hasattr(rec, "add_ordered_field") else rec.add_field(vern)
        entry["status"] = "written"
        review.append(entry)
        changed = True
    if changed:
        rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
    return changed, review


# -- the per-chunk worker (picklable) -------------------------------------------------------------

def work(spec: tuple[str, dict], chunk: list[tuple[int, bytes]]) -> list[Result]:
    command, opts = spec
    out = []
    for position, raw in chunk:
        try:
            rec, lost = parse_reporting(raw)
        except Exception as exc:
            out.append(Result(position, None, False, reject_reason=f"{type(exc).__name__}: {exc}", raw=raw))
            continue
        rid = record_id(rec, position)
        try:
            if command == "check":
                out.append(Result(position, raw, False, check_record(rec, rid)))
            elif command == "romanize":
                changed = romanize_record(rec)
                out.append(Result(position, rec.as_marc() if changed else raw, changed))
            elif command == "add-880":
                changed, review = add_880_record(rec, rid, opts.get("threshold", 0.8))
                out.append(Result(position, rec.as_marc() if changed else raw, changed, review=review))
            else:
                raise TranslitError(f"no MARC command {command!r}")
        except TranslitError:
            raise
        except Exception as exc:  # the record parsed but could not be processed: keep it as it was
            out.append(Result(position, raw, False, review=[{"record": rid, "status": "error",
                                                             "reason": f"{type(exc).__name__}: {exc}"}]))
        if lost:
            out[-1].review.append({"record": rid, "status": "marc8", "reason": "; ".join(sorted(set(lost)))})
    return out


# -- the run --------------------------------------------------------------------------------------

@dataclass
class MarcReport:
    records_in: int = 0
    records_out: int = 0
    changed: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.records_in} records in, {self.records_out} out, {self.changed} changed, "
                f"{len(self.rejected)} rejected, {len(self.differences)} differences, "
                f"{sum(1 for r in self.review if r.get('status') == 'review')} fields for review")


class _Atomic:
    """A file written under a temporary name and renamed into place on success."""

    def __init__(self, path: str, mode: str = "wb"):
        self.path = path
        d = os.path.dirname(os.path.abspath(path)) or "."
        fd, self.tmp = tempfile.mkstemp(dir=d, prefix=".translit-", suffix=".part")
        self.fh = os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""}))

    def commit(self) -> None:
        self.fh.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.fh.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def run(command: str, in_path: str, out_path: str | None = None, report_path: str | None = None,
        rejects_path: str | None = None, threshold: float = 0.8, dry_run: bool = False, jobs: int = 1,
        dask: Any = None, progress: bool | None = None) -> MarcReport:
    """Run ``check``, ``romanize`` or ``add-880`` over a MARC file (binary or MARCXML)."""
    from translit.batch import _chunks, _progress, run_ordered

    if not os.path.exists(in_path):
        raise TranslitError(f"{in_path}: no such file")
    xml = is_xml(in_path)
    records = iter_xml(in_path) if xml else iter_raw(in_path)
    writes = command != "check" and not dry_run
    if writes and not out_path:
        raise TranslitError(f"marc {command} needs an output file (or --dry-run)")
    rejects_path = rejects_path or (f"{out_path}.rejects.mrc" if out_path else f"{in_path}.rejects.mrc")
    report = MarcReport()
    out = _Atomic(out_path) if writes else None
    rej: _Atomic | None = None
    xml_writer = None
    if out is not None and (xml or out_path.lower().endswith(".xml")):
        import pymarc

        xml_writer = pymarc.XMLWriter(out.fh)
    bar = _progress(None, progress)
    try:
        for results in run_ordered((command, {"threshold": threshold}), _chunks(records, 64), jobs, dask, worker=work):
            for r in results:
                report.records_in += 1
                if r.output is None:
                    report.rejected.append((r.position, r.reject_reason))
                    if rej is None:
                        rej = _Atomic(rejects_path)
                    rej.fh.write(r.raw)
                    continue
                report.records_out += 1
                report.changed += r.changed
                report.differences.extend(r.differences)
                report.review.extend(r.review)
                if out is not None:
                    if xml_writer is not None:
                        xml_writer.write(parse(r.output))
                    else:
                        out.fh.write(r.output)
            if bar is not None:
                bar.update(len(results))
        if xml_writer is not None:
            xml_writer.close(close_fh=False)
        if out is not None:
            out.commit()
        if rej is not None:
            rej.commit()
    except BaseException:
        for f in (out, rej):
            if f is not None:
                f.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    if report_path:
        write_report(report, report_path)
    return report


def write_report(report: MarcReport, path: str) -> None:
    f = _Atomic(path, "w")
    try:
        if path.lower().endswith((".html", ".htm")):
            f.fh.write(_html(report))
        else:
            w = csv.writer(f.fh, lineterminator="\n")
            w.writerow(["record", "field", "found", "expected", "kind"])
            for d in report.differences:
                w.writerow(d.row())
            for r in report.review:
                w.writerow([r.get("record", ""), r.get("field", ""), r.get("romanized", ""), r.get("cyrillic", ""),
                            f"880 {r.get('status')} (confidence {r.get('confidence', '')})"])
            for pos, reason in report.rejected:
                w.writerow([f"#{pos}", "", "", "", f"rejected: {reason}"])
        f.commit()
    except BaseException:
        f.abort()
        raise


def _mark(a: str, b: str) -> tuple[str, str]:
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    xa, xb = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        sa, sb = html.escape(a[i1:i2]), html.escape(b[j1:j2])
        if op == "equal":
            xa.append(sa), xb.append(sb)
        else:
            xa.append(f"<mark>{sa}</mark>" if sa else ""), xb.append(f"<mark>{sb}</mark>" if sb else "")
    return "".join(xa), "".join(xb)


def _html(report: MarcReport) -> str:
    rows = []
    for d in report.differences:
        fa, fb = _mark(_norm(d.found), _norm(d.expected))
        rows.append(f"<tr><td>{html.escape(d.record)}</td><td>{html.escape(d.field)}</td><td>{html.escape(d.kind)}</td>"
                    f"<td lang='ru-Latn'>{fa}</td><td lang='ru-Latn'>{fb}</td></tr>")
    body = "\n".join(rows) or "<tr><td colspan='5'>No differences: every romanized field agrees with its 880.</td></tr>"
    rejected = "".join(f"<li>record at byte {p}: {html.escape(r)}</li>" for p, r in report.rejected)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>translit: MARC romanization check</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #222; background: #fcfcfa; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border-bottom: 1px solid #ddd; padding: .4rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #f0efe9; position: sticky; top: 0; }} mark {{ background: #ffe08a; padding: 0 1px; }}
caption {{ text-align: left; padding: .5rem 0; color: #555; }}
</style></head><body>
<h1>Romanization check</h1>
<p>{html.escape(report.summary())}. Differences in capitalization and in tie encoding (U+0361 or U+FE20/U+FE21) are not reported.</p>
<table><caption>Each row: a romanized subfield that differs from the ALA-LC romanization of its 880.</caption>
<thead><tr><th>Record</th><th>Field</th><th>Kind</th><th>Found</th><th>Expected (ALA-LC of the 880)</th></tr></thead>
<tbody>
{body}
</tbody></table>
{f"<h2>Rejected records</h2><ul>{rejected}</ul>" if rejected else ""}
</body></html>
"""
