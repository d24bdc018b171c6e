"""Every public function and command survives hostile input, and text that is not Russian
passes through byte for byte."""

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit
from translit.repair import fix

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HOSTILE = [
    "", "\x00", "\x00Москва\x00", "a" * 200_000, "Я" + "\u0301" * 10_000, "\ud800\udc00".encode("utf-16", "surrogatepass").decode("utf-16"),
    "Reabilitat\ufe20s", "\ufe21\ufe21\u0361", "ʹʺ''``", "f. op. d. l.", "RGASPI, f.", "\u202eRGASPI\u202c",
    "𝕽𝖊𝖆𝖇𝖎𝖑𝖎𝖙𝖆𝖙𝖘𝖎𝖎𝖆", "\ufeffкак", "\r\n\t", "Москва" * 5000,
    "bytes\udcff\udcfeescaped",  # surrogateescape of undecodable bytes
]

FUNCS = {
    "romanize": lambda s: translit.romanize(s, "alalc"),
    "romanize_detailed": lambda s: translit.romanize_detailed(s, "bgn-pcgn", middle_dot=True).text,
    "to_cyrillic": lambda s: translit.to_cyrillic(s).text,
    "detect": lambda s: translit.detect(s).best,
    "convert": lambda s: translit.convert(s, to="iso9").text,
    "key": translit.key,
    "cluster": lambda s: translit.cluster([s, s[::-1]]),
    "parse_citation": lambda s: translit.parse_citation(s).as_dict(),
    "find_citations": translit.find_citations,
    "gloss": translit.gloss,
    "fix": lambda s: fix(s).text,
}


@pytest.mark.parametrize("name", sorted(FUNCS))
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_inputs(name, text):
    if len(text) > 50_000 and name in ("cluster", "gloss"):
        text = text[:50_000]
    FUNCS[name](text)


@pytest.mark.parametrize("name", sorted(FUNCS))
def test_any_unicode(name):
    @SETTINGS
    @given(st.text(max_size=80))
    def run(text):
        FUNCS[name](text)

    run()


@pytest.mark.parametrize("name", ["romanize", "convert", "fix"])
def test_non_russian_text_is_unchanged(name):
    fn = {"romanize": lambda s: translit.romanize(s, "iso9"), "convert": lambda s: translit.convert(s, to="alalc").text,
          "fix": lambda s: fix(s).text}[name]
    samples = ["The Soviet Union, 1917-1991 (London, 1998), pp. 12-14.", "Ελληνικά 中文 العربية", "naïve café",
               "x = f(y) + 3; // comment", "https://example.org/a?b=c&d=e", "\x00\t\r\n", ""]
    for s in samples:
        assert fn(s) == s


WORDS = ["реабилитация", "как", "это", "было", "история", "россии", "государственный", "архив", "бухарин",
         "николай", "иванович", "литература", "советский", "союз", "война", "мир", "москва"]


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join),
       st.sampled_from(["alalc", "alalc-plain", "bgn-pcgn", "iso9", "german", "french"]))
def test_key_is_stable(text, scheme):
    k = translit.key(text)
    latin = translit.romanize(text, scheme)
    assert translit.key(latin) == k
    assert translit.key(text.upper()) == k and translit.key(text.title()) == k
    assert translit.key(unicodedata.normalize("NFD", latin)) == k
    assert translit.key(k) == k  # a key keys to itself


@pytest.mark.parametrize("payload", [b"\x00\n", b"\xff\xfe\xfa\n", b"a" * 300_000 + b"\n", "Я".encode() + "\u0301".encode() * 10_000 + b"\n"])
@pytest.mark.parametrize("command", ["romanize", "cyrillic", "detect", "convert", "key", "cite", "gloss", "fix"])
def test_cli_survives_bytes(run_cli, command, payload):
    proc = run_cli(command, input=payload, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(b"\n") == payload.count(b"\n")


CLI_COMMANDS = [["romanize"], ["romanize", "--scheme", "bgn-pcgn", "--middle-dot"], ["cyrillic", "--json"],
                ["detect", "--json"], ["convert", "--to", "iso9"], ["key"], ["cite"], ["cite", "--json"], ["gloss"],
                ["gloss", "--json"],
                ["fix", "--json"]]


@pytest.mark.parametrize("argv", CLI_COMMANDS, ids=lambda a: " ".join(a))
def test_cli_commands_on_any_unicode(argv):
    """Each command, in process, on arbitrary text arguments: exit 0 and one output line per input."""
    import contextlib
    import io

    from translit.cli import main

    @SETTINGS
    @given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=60))
    def run(text):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            assert main(argv + ["--", text]) == 0
        assert out.getvalue().count("\n") == 1  # every command: one output line per input line

    run()
