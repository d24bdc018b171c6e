"""Hostile input against the server, the batch tables and MARC (issue 14), one test per promise:
real files, a real uvicorn server on 127.0.0.1, real processes and signals."""

import contextlib
import csv
import json
import os
import pty
import resource
import select
import shutil
import signal
import socket
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pymarc
import pytest

from translit.batch import process_table
from translit.errors import TranslitError
from translit.marc import iter_raw, parse, run
from translit.web.app import create_app

from conftest import live_server

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("/work/shared/data/marc")
if not DATA.exists():
    DATA = ROOT.parent / "shared" / "data" / "marc"
SPEC = DATA / "solrmarc__solrmarc__specTestRecs.mrc"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(**limits):
    """A real uvicorn server on 127.0.0.1 running ``create_app(**limits)`` in a thread."""
    app = create_app(**limits)
    with live_server(app) as base:
        yield base, app


@pytest.fixture(scope="module")
def server():
    with serving(max_text=20_000, max_upload=20_000_000, max_texts=100) as (base, _):
        yield base


def _cli(*args, input=None, env=None, cwd=None, **kw):
    return subprocess.run([sys.executable, "-m", "translit", *args], input=input, capture_output=True,
                          env=dict(os.environ, **(env or {})), cwd=cwd or ROOT, timeout=600, **kw)


# 1. a batch job runs in a worker: the server keeps answering, and the job's progress is visible

def test_batch_job_does_not_freeze_the_server(server):
    rows = 60_000
    body = "id,title\n" + "".join(f"{i},Реабилитация как это было {i}\n" for i in range(rows))
    c = httpx.Client(base_url=server, timeout=120)
    started = c.post("/api/batch", files={"file": ("big.csv", body.encode())},
                     data={"command": "romanize", "column": "title", "wait": "false"})
    assert started.status_code == 202
    status_url = started.json()["status"]
    assert c.get("/health").json() == {"status": "ok"}  # answered while the job runs
    first = c.get(status_url).json()
    assert first["state"] in ("queued", "running") and first["done"] < rows
    seen = []
    while True:
        st = c.get(status_url).json()
        seen.append(st["done"])
        if st["state"] in ("done", "failed"):
            break
        time.sleep(0.05)
    assert st["state"] == "done" and f"{rows:,} rows in, {rows:,} rows out" in st["summary"]
    assert any(0 < d < rows for d in seen)  # progress in between, not only 0 and the end
    lines = c.get(st["result"]).text.splitlines()
    assert len(lines) == rows + 1 and lines[1] == "0,Реабилитация как это было 0,Reabilitat͡sii͡a kak ėto bylo 0"


# 2. add-880 writes Cyrillic only into Russian records; English words in them stay English

def test_add_880_leaves_records_in_other_languages_alone(tmp_path):
    out, report = tmp_path / "out.mrc", tmp_path / "r.csv"
    r = run("add-880", str(SPEC), str(out), report_path=str(report))
    ins = [raw for _, raw in iter_raw(str(SPEC))]
    outs = [raw for _, raw in iter_raw(str(out))]
    assert len(ins) == len(outs) == r.records_in
    changed = []
    for a, b in zip(ins, outs):
        rec = parse(a)
        lang = rec["008"].data[35:38] if rec["008"] else ""
        if a != b:
            changed.append((rec["001"].value(), lang))
        elif lang == "rus" and not rec.get_fields("880"):  # one with 880s already is left as it is
            raise AssertionError(f"the Russian record {rec['001'].value()} got no 880")
    assert changed and all(lang == "rus" for _, lang in changed), changed
    new = parse(outs[ins.index(next(a for a in ins if parse(a)["001"].value() == changed[0][0]))])
    assert any("Федоров" in f.value() for f in new.get_fields("880"))


def _record(*fields, lang=None, f041=None):
    r = pymarc.Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(pymarc.Field(tag="001", data="t1"))
    if lang is not None:
        r.add_field(pymarc.Field(tag="008", data="850101s1983    xx            000 0 " + lang + " d"))
    if f041:
        r.add_field(pymarc.Field(tag="041", indicators=["0", " "], subfields=[pymarc.Subfield("a", c) for c in f041]))
    for tag, subs in fields:
        r.add_field(pymarc.Field(tag=tag, indicators=["1", "0"], subfields=[pymarc.Subfield(c, v) for c, v in subs]))
    return r.as_marc()


@pytest.mark.parametrize("lang,f041,title,expected", [
    ("rus", None, "Istoriia Rossii", True),                 # 008 says Russian
    ("eng", ["eng", "rus"], "Istoriia Rossii", True),       # 041 lists Russian too
    ("ger", None, "Germany Foreign relations", False),      # 008 says German
    ("ita", None, "Busoni", False),
    (None, None, "Istoriia Rossii : uchebnik", True),       # no code: romanized Russian with marks
    ("und", None, "A history of Russia", False),            # no code: English
    (None, None, "Kozloff Shabasova", False),               # no code, no evidence either way
])
def test_add_880_language_from_008_041_and_text(tmp_path, lang, f041, title, expected):
    src = tmp_path / "in.mrc"
    raw = _record(("245", [("a", title)]), lang=lang, f041=f041)
    src.write_bytes(raw)
    r = run("add-880", str(src), str(tmp_path / "o.mrc"), threshold=0.0)
    assert (r.changed == 1) == expected, r.review
    if not expected:
        assert (tmp_path / "o.mrc").read_bytes() == raw


def test_add_880_keeps_english_words_of_a_russian_record(tmp_path):
    src = tmp_path / "in.mrc"
    src.write_bytes(_record(("245", [("a", "Istoriia Rossii :"), ("b", "Proceedings of the conference /")]),
                            ("250", [("a", "Izd. 2-e.")]), lang="rus"))
    run("add-880", str(src), str(tmp_path / "o.mrc"), threshold=0.0)
    rec = parse(next(raw for _, raw in iter_raw(str(tmp_path / "o.mrc"))))
    vern = {f.get("6")[:3]: f for f in rec.get_fields("880")}
    assert vern["245"].get("a") == "История России :"
    assert vern["245"].get("b") == "Proceedings of the conference /"
    assert vern["250"].get("a").startswith("Изд.")


def test_add_880_in_a_record_of_several_languages_reads_only_russian_fields(tmp_path):
    src = tmp_path / "in.mrc"
    src.write_bytes(_record(("100", [("a", "Shali\ufe20a\ufe21pin, Fedor Ivanovich.")]),
                            ("245", [("a", "Le russe tout de suite! /"), ("c", "par Lydia Vaïsser.")]),
                            ("246", [("a", "Russkiĭ i\ufe20a\ufe21zyk srazu")]),
                            ("250", [("a", "Nouv. éd.")]), lang="rus", f041=["fre", "rus"]))
    r = run("add-880", str(src), str(tmp_path / "o.mrc"), threshold=0.0)
    rec = parse(next(raw for _, raw in iter_raw(str(tmp_path / "o.mrc"))))
    linked = sorted(f.get("6")[:3] for f in rec.get_fields("880"))
    assert linked == ["100", "246"], r.review
    assert rec["250"].get("6") is None and rec["245"].get("6") is None


# 3. short rows are padded, long rows reported: a result never lands under another column

def test_short_and_long_rows_never_shift(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,title,note\n7,Щукин\n8,Жуков,a,extra\n9,Ежов,n\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    rep = process_table(str(src), str(out), ("romanize", {"scheme": "bgn-pcgn"}), column="title")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0] == {"id": "7", "title": "Щукин", "note": "", "title_romanize": "Shchukin"}
    assert out.read_text(encoding="utf-8").splitlines()[2] == "8,Жуков,a,extra"  # written through
    assert rows[2]["note"] == "n" and rows[2]["title_romanize"] == "Yezhov"
    reasons = {p.line: p.reason for p in rep.problems}
    assert "padded" in reasons[2] and "4 fields where the header has 3" in reasons[3]
    assert (rep.rows_in, rep.rows_out) == (3, 3)


# 4. a spreadsheet's byte-order mark is read, and written back

def test_csv_with_a_byte_order_mark(tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes("\ufefftitle,id\r\nЖуков,1\r\n".encode("utf-8"))
    out = tmp_path / "out.csv"
    process_table(str(src), str(out), ("romanize", {"scheme": "alalc"}), column="title")
    assert out.read_bytes() == "\ufefftitle,id,title_romanize\r\nЖуков,1,Zhukov\r\n".encode("utf-8")


# 5. columns not written stay byte for byte; a malformed file is an error with its line

def test_tables_pass_through_byte_for_byte(tmp_path):
    tsv = tmp_path / "in.tsv"
    tsv.write_bytes('"q"\ttitle\r\n"x y"\tЖуков\r\n'.encode())
    process_table(str(tsv), str(tmp_path / "o.tsv"), ("romanize", {"scheme": "alalc"}), column="title")
    assert (tmp_path / "o.tsv").read_bytes() == '"q"\ttitle\ttitle_romanize\r\n"x y"\tЖуков\tZhukov\r\n'.encode()
    jl = tmp_path / "in.jsonl"
    jl.write_bytes(b'{"n": 1e5, "t": "\\u0416ukov", "k": [1.50, "a\\/b"]}\r\n{"t":"\xd0\x95zhov"}\n')
    process_table(str(jl), str(tmp_path / "o.jsonl"), ("romanize", {"scheme": "alalc"}), column="t", out_column="lc")
    assert (tmp_path / "o.jsonl").read_bytes() == (b'{"n": 1e5, "t": "\\u0416ukov", "k": [1.50, "a\\/b"], "lc": "Zhukov"}\r\n'
                                                   b'{"t":"\xd0\x95zhov","lc":"Ezhov"}\n')
    c = tmp_path / "in.csv"
    c.write_text('id,title\n1,"Москва, ""город"""\n2,"multi\nline"\n', encoding="utf-8")
    process_table(str(c), str(tmp_path / "o.csv"), ("key", {}), column="title", out_column="k")
    lines = (tmp_path / "o.csv").read_text(encoding="utf-8").split("\n")
    assert lines[1].startswith('1,"Москва, ""город""",') and lines[2] == '2,"multi' and lines[3].startswith('line",')


def test_an_unclosed_quote_is_an_error_with_its_line(tmp_path, run_cli):
    src = tmp_path / "in.csv"
    src.write_text('id,title\n1,Жуков\n2,"Ежов\n3,Бухарин\n4,Рыков\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    proc = run_cli("romanize", "--in", str(src), "--out", str(out), "--column", "title", check=False)
    assert proc.returncode == 2 and "line 3:" in proc.stderr and "never closed" in proc.stderr
    assert not out.exists() and not list(tmp_path.glob(".translit-*"))
    src.write_text('id,title\n1,"Жуков"x\n', encoding="utf-8")
    with pytest.raises(TranslitError, match="line 2: text after the closing quote"):
        process_table(str(src), str(out), ("key", {}), column="title")


# 6. output files: the mode is kept, non-regular targets refused, SIGTERM and dead runs leave nothing

def test_output_keeps_mode_and_symlink_and_refuses_a_fifo(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,title\n1,Жуков\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    out.write_text("old\n")
    out.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(out)
    proc = _cli("romanize", "--in", str(src), "--out", str(link), "--column", "title")
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8") == "id,title,title_romanize\n1,Жуков,Zhukov\n"
    fresh = tmp_path / "new.csv"  # a new file gets the usual 0666 & ~umask, not mkstemp's 0600
    assert _cli("romanize", "--in", str(src), "--out", str(fresh), "--column", "title").returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (fifo, tmp_path, "/dev/full"):
        proc = _cli("romanize", "--in", str(src), "--out", str(target), "--column", "title")
        assert proc.returncode == 2 and "regular file" in proc.stderr.decode() and b"Traceback" not in proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    proc = _cli("marc", "romanize", str(SPEC), str(fifo))
    assert proc.returncode == 2 and "FIFO" in proc.stderr.decode()


def test_sigterm_removes_the_part_file_and_dead_runs_are_swept(tmp_path):
    src = tmp_path / "in.csv"
    with open(src, "w", encoding="utf-8") as fh:
        fh.write("id,title\n")
        for i in range(400_000):
            fh.write(f"{i},Реабилитация как это было {i}\n")
    out = tmp_path / "out.csv"
    p = subprocess.Popen([sys.executable, "-m", "translit", "romanize", "--in", str(src), "--out", str(out),
                          "--column", "title"], stderr=subprocess.PIPE, cwd=ROOT)
    for _ in range(600):  # wait until it is writing
        if list(tmp_path.glob(".translit-*.part")) and os.path.getsize(next(tmp_path.glob(".translit-*.part"))):
            break
        time.sleep(0.05)
    assert list(tmp_path.glob(".translit-*.part")), "the run never started writing"
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 143 and b"SIGTERM" in err and b"Traceback" not in err
    assert not list(tmp_path.glob(".translit-*")) and not out.exists()
    # a part file of a run that was killed outright (SIGKILL) goes at the next run in that folder
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".translit-{dead.pid}-abcd1234.part"
    stale.write_text("half")
    small = tmp_path / "small.csv"
    small.write_text("id,title\n1,Жуков\n", encoding="utf-8")
    assert _cli("key", "--in", str(small), "--out", str(tmp_path / "k.csv"), "--column", "title").returncode == 0
    assert not stale.exists()


# 7. one-line errors, not tracebacks; bad MARCXML records go to rejects and the run goes on

def test_file_errors_are_one_line_messages(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,title\n" + "".join(f"{i},Жуков {i}\n" for i in range(20_000)), encoding="utf-8")
    for target, words in ((tmp_path / "no" / "out.csv", "does not exist"), (tmp_path, "folder")):
        proc = _cli("romanize", "--in", str(src), "--out", str(target), "--column", "title")
        assert proc.returncode == 2 and words in proc.stderr.decode() and b"Traceback" not in proc.stderr

    def small_disk():  # a file-size limit: writes past 64 KB fail as on a full disk (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65_536, 65_536))

    proc = subprocess.run([sys.executable, "-m", "translit", "romanize", "--in", str(src), "--out",
                           str(tmp_path / "out.csv"), "--column", "title"], capture_output=True, cwd=ROOT,
                          preexec_fn=small_disk, timeout=300)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "File too large" in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert not list(tmp_path.glob(".translit-*")) and not (tmp_path / "out.csv").exists()


def test_every_row_failed_exits_non_zero(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"x": 1}\n{"x": 2}\n', encoding="utf-8")
    proc = _cli("key", "--in", str(src), "--out", str(tmp_path / "o.jsonl"), "--field", "title")
    assert proc.returncode == 1 and "2 rows in, 2 rows out" in proc.stderr.decode()
    src.write_text('{"x": 1}\n{"title": "Жуков"}\n', encoding="utf-8")
    assert _cli("key", "--in", str(src), "--out", str(tmp_path / "o.jsonl"), "--field", "title").returncode == 0


XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n'


def _xml_record(n: int, leader: str = "00000nam a2200000 a 4500", title: str = "Istoriia Rossii") -> str:
    return (f'<record><leader>{leader}</leader><controlfield tag="001">r{n}</controlfield>'
            f'<datafield tag="245" ind1="1" ind2="0"><subfield code="a">{title} {n}</subfield></datafield></record>\n')


def test_bad_marcxml_goes_to_rejects_and_the_run_goes_on(tmp_path):
    src = tmp_path / "in.xml"
    src.write_text(XML_HEAD + _xml_record(1) + _xml_record(2, leader="short") + _xml_record(3) + "</collection>\n",
                   encoding="utf-8")
    out = tmp_path / "out.xml"
    proc = _cli("marc", "romanize", str(src), str(out))
    err = proc.stderr.decode()
    assert proc.returncode == 0 and "Traceback" not in err and "record 2 rejected" in err and "leader" in err
    assert [r["001"].value() for r in pymarc.parse_xml_to_array(str(out))] == ["r1", "r3"]
    import xml.etree.ElementTree as ET

    rejected = ET.parse(str(out) + ".rejects.xml").getroot()
    assert [c.text for c in rejected.iter("{http://www.loc.gov/MARC21/slim}controlfield")] == ["r2"]
    cut = tmp_path / "cut.xml"
    cut.write_text((XML_HEAD + _xml_record(1) + _xml_record(2) + _xml_record(3))[:-60], encoding="utf-8")
    proc = _cli("marc", "romanize", str(cut), str(tmp_path / "cut-out.xml"))
    err = proc.stderr.decode()
    assert proc.returncode == 0 and "Traceback" not in err and "not well-formed at line 5" in err
    assert "4 records in, 2 out" not in err and "3 records in, 2 out" in err
    assert [r["001"].value() for r in pymarc.parse_xml_to_array(str(tmp_path / "cut-out.xml"))] == ["r1", "r2"]


# 8. --json is valid JSON (UTF-8) whatever bytes come in, and gives the bytes back

@pytest.mark.parametrize("command", ["romanize", "cyrillic", "detect", "fix", "convert"])
def test_json_lines_parse_for_bytes_that_are_not_utf8(command):
    proc = _cli(command, "--json", input=b"Mir\xff\nok \xd0\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode("utf-8").splitlines()  # valid UTF-8 throughout
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["input"].encode("utf-8", "surrogateescape") == b"Mir\xff"


# 9. web limits hold: chunked bodies, counts, bytes, surrogates, unknown keys and values

def _raw_post(base: str, path: str, chunks, headers: str = "") -> tuple[int, bytes]:
    """POST a chunked body over a plain socket; return the status and the answer's body."""
    host, port = base.removeprefix("http://").split(":")
    s = socket.create_connection((host, int(port)), timeout=60)
    s.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
              f"Transfer-Encoding: chunked\r\n{headers}\r\n".encode())
    try:
        for chunk in chunks:
            s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        s.sendall(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server stopped reading: its answer is waiting
    data = b""
    while b"\r\n\r\n" not in data or len(data) < data.index(b"\r\n\r\n") + 4 + int(
            (data.split(b"content-length: ")[1].split(b"\r\n")[0] if b"content-length: " in data else b"0")):
        got = s.recv(65536)
        if not got:
            break
        data += got
    s.close()
    return int(data.split(b" ")[1]), data.split(b"\r\n\r\n", 1)[1]


def test_chunked_body_is_stopped_at_the_limit(server):
    sent = []

    def body():
        yield b'{"text": "'
        for _ in range(400):  # 400 MB if nobody stops it
            sent.append(1)
            yield b"a" * 1_000_000
    status, answer = _raw_post(server, "/api/romanize", body())
    assert status == 413 and "limit" in json.loads(answer)["detail"]
    assert len(sent) < 400  # the server did not take it all


def test_text_limits_count_bytes_and_texts(server):
    c = httpx.Client(base_url=server, timeout=60)
    assert c.post("/api/key", json={"text": "z" * 15_000}).status_code == 200
    r = c.post("/api/key", json={"text": "ж" * 15_000})  # 15,000 characters, 30,000 bytes
    assert r.status_code == 413 and "bytes" in r.json()["detail"]
    r = c.post("/api/key", json={"texts": ["a"] * 101})
    assert r.status_code == 413 and "texts" in r.json()["detail"]
    r = c.post("/api/key", content=b'{"texts": [' + b",".join([b'""'] * 1_000_000) + b"]}",
               headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_bad_values_and_keys_are_422(server):
    c = httpx.Client(base_url=server, timeout=60)
    r = c.post("/api/romanize", content=b'{"text": "\\ud800"}', headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and "surrogate" in json.dumps(r.json())
    r = c.post("/api/cite", json={"text": "RTsKhIDNI, f. 89, op. 73, d. 157", "archive": "newest"})
    assert r.status_code == 422 and "archive" in json.dumps(r.json())
    r = c.post("/api/romanize", json={"text": "Жуков", "sceme": "iso9"})
    assert r.status_code == 422 and "sceme" in json.dumps(r.json())
    r = c.post("/api/batch", files={"file": ("t.csv", "id,title\n1,Жуков\n".encode())},
               data={"command": "romanize", "column": "title", "scheme": "klingon"})
    assert r.status_code == 422 and "klingon" in r.json()["detail"]


# 10. housekeeping: one work folder, removed at the end; results expire; cross-site posts refused

def test_work_folder_is_removed_and_results_expire(tmp_path):
    port = _free_port()
    env = dict(os.environ, TMPDIR=str(tmp_path))
    p = subprocess.Popen([sys.executable, "-m", "translit", "serve", "--port", str(port)], env=env, cwd=ROOT,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(400):
            try:
                httpx.get(base + "/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        assert not list(tmp_path.glob("translit-web-*"))  # nothing made at start
        r = httpx.post(base + "/api/batch", files={"file": ("t.csv", "id,title\n1,Жуков\n".encode())},
                       data={"command": "key", "column": "title"}, timeout=60)
        assert r.status_code == 200 and len(list(tmp_path.glob("translit-web-*"))) == 1
    finally:
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=30)
    assert not list(tmp_path.glob("translit-web-*"))
    with serving(keep_results=0.5) as (base, app):
        r = httpx.post(base + "/api/batch", files={"file": ("t.csv", "id,title\n1,Жуков\n".encode())},
                       data={"command": "key", "column": "title"}, timeout=60).json()
        assert httpx.get(base + r["result"]).status_code == 200
        folder = app.state.jobs.work / r["job"]
        assert folder.exists()
        time.sleep(1.0)
        assert httpx.get(base + r["result"]).status_code == 404 and not folder.exists()


def test_cross_site_posts_are_refused(server):
    files = {"file": ("t.csv", "id,title\n1,Жуков\n".encode())}
    data = {"command": "key", "column": "title"}
    evil = httpx.post(server + "/api/batch", files=files, data=data, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403 and "cross-site" in evil.json()["detail"]
    fetch = httpx.post(server + "/api/batch", files=files, data=data, headers={"Sec-Fetch-Site": "cross-site"})
    assert fetch.status_code == 403
    host = server.removeprefix("http://")
    same = httpx.post(server + "/api/batch", files=files, data=data, headers={"Origin": server, "Host": host})
    assert same.status_code == 200
    assert httpx.post(server + "/api/batch", files=files, data=data).status_code == 200  # curl: no Origin


# 11. MARC at scale: MARCXML streams, a file without terminators is linear and not held, rejects placed

def _peak_kb(script: str, *args: str) -> int:
    res = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert res.returncode == 0, res.stderr
    return int(res.stdout.split()[-1])


RUN_CHECK = textwrap.dedent("""
    import resource, sys
    from translit.marc import run
    r = run("check", sys.argv[1], report_path=sys.argv[2], rejects_path=sys.argv[2] + ".rejects")
    print(r.records_in, len(r.rejected), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
""")


def test_marcxml_streams(tmp_path):
    peaks = []
    for n in (500, 20_000):
        src = tmp_path / f"in{n}.xml"
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(XML_HEAD)
            for i in range(n):
                fh.write(_xml_record(i, title="Istoriia Rossii i mira, tom " * 8))
            fh.write("</collection>\n")
        peaks.append(_peak_kb(RUN_CHECK, str(src), str(tmp_path / "r.csv")))
    assert os.path.getsize(tmp_path / "in20000.xml") > 8_000_000
    assert peaks[1] < peaks[0] + 12_000, peaks  # kilobytes: a file 40 times larger, not held


def test_binary_without_terminators_is_not_held_and_is_kept_in_rejects(tmp_path):
    blob = b"00000nam  2200000   4500" + bytes(range(32, 127)) * 400_000  # 38 MB, no terminator
    src = tmp_path / "blob.mrc"
    src.write_bytes(blob)
    small = tmp_path / "small.mrc"
    small.write_bytes(blob[:1000])
    p_small = _peak_kb(RUN_CHECK, str(small), str(tmp_path / "r1.csv"))
    p_blob = _peak_kb(RUN_CHECK, str(src), str(tmp_path / "r2.csv"))
    assert p_blob < p_small + 20_000, (p_small, p_blob)  # kilobytes: far less than the 38 MB
    assert (tmp_path / "r2.csv.rejects").read_bytes() == blob  # every byte kept


def test_check_puts_rejects_beside_the_report_not_the_input(tmp_path):
    data_dir, out_dir = tmp_path / "data", tmp_path / "reports"
    data_dir.mkdir(), out_dir.mkdir()
    src = data_dir / "in.mrc"
    src.write_bytes(SPEC.read_bytes()[:5000] + b"00099nam  2200037   4500garbage\x1e\x1d")
    proc = _cli("marc", "check", str(src), "--report", str(out_dir / "check.csv"))
    assert proc.returncode == 2, proc.stderr  # a record could not be checked: exit 2, as diff's trouble
    assert (out_dir / "check.rejects.mrc").read_bytes().endswith(b"garbage\x1e\x1d")
    assert sorted(p.name for p in data_dir.iterdir()) == ["in.mrc"]
    proc = _cli("marc", "check", str(src))  # to standard output: the rejects are listed, no file
    assert "rejected" in proc.stderr.decode() and sorted(p.name for p in data_dir.iterdir()) == ["in.mrc"]


# 12. a fresh machine: make test sets up the browser or says how; the lexicon build talks on a terminal

def test_make_test_sets_up_the_browser_or_names_the_command():
    proc = subprocess.run(["make", "-s", "browser", "CHROMIUM="], capture_output=True, text=True, cwd=ROOT,
                          timeout=900)
    if os.geteuid() == 0 and shutil.which("apt-get"):
        assert proc.returncode == 0 and "installing Debian's chromium" in proc.stdout
        assert shutil.which("chromium") or shutil.which("chromium-browser")
    else:
        assert proc.returncode == 1 and "sudo apt-get install -y chromium" in proc.stderr


def test_lexicon_build_says_what_it_does_on_a_terminal(tmp_path):
    script = "from translit.read.lexicon import lexicon; lexicon()"
    env = dict(os.environ, TRANSLIT_CACHE=str(tmp_path / "cache"))
    pid, fd = pty.fork()
    if pid == 0:  # the child: stderr is the terminal
        os.execve(sys.executable, [sys.executable, "-c", script], env)
    seen = b""
    deadline = time.monotonic() + 120
    try:
        while b"forms" not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if ready:
                try:
                    seen += os.read(fd, 4096)
                except OSError:
                    break
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    text = seen.decode("utf-8", "replace")
    assert "compiling the Russian lexicon" in text and "1/4 reading the word forms" in text and "forms" in text
    # not a terminal: silent (the same start, through a pipe, for a few seconds)
    p = subprocess.Popen([sys.executable, "-c", script], env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE)
    time.sleep(5)
    p.kill()
    _, err = p.communicate()
    assert b"compiling" not in err


def test_pip_metadata_has_no_license_warnings(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout + proc.stderr
    assert "license" not in out.lower().replace("license-file", ""), out[-3000:]
    wheel = next(tmp_path.glob("translit-*.whl"))
    import zipfile

    meta = zipfile.ZipFile(wheel).read("translit-0.1.0.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in meta
