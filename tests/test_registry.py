"""The command registry (translit.commands) is the one source of the text commands: each is a CLI
subcommand and a POST and GET route with the same option names, and for the same texts and
options the CLI's --json lines are the API's answers (a real uvicorn server on 127.0.0.1, the
real ``translit`` command in a subprocess). Batch jobs and ``demo`` take their work from it too."""

import argparse
import csv
import json

import httpx
import pytest

from translit.cli import build_parser
from translit.commands import COMMANDS, analyze
from translit.web.app import create_app

from conftest import live_server

# per command: (texts, options) pairs; every command of the table must have its cases here
CASES = {
    "romanize": [(["Щукин", "Съезд ЦК КПСС"], {"scheme": "iso9"}),
                 (["Щукин", "Съезд ЦК КПСС"], {"ligatures": "marc", "acronyms": "upper"}),
                 (["Київ", "Щукин"], {"lang": "auto"})],
    "cyrillic": [(["Shchukin", "Voina i mir"], {"candidates": 2}),
                 (["Ezhov"], {"scheme": "alalc", "yo": True, "policy": "every"}),
                 (["Kyiv", "Shevchenko"], {"lang": "uk", "candidates": 3})],
    "convert": [(["Chekhov's Dushechka is a short story", "nothing here"], {"to": "iso9"}),
                (["Bukharin wrote to Stalin"], {"to": "cyrillic", "threshold": 0.5})],
    "key": [(["Boukharine", "Бухарин", "Petersburg"], {}),
            (["Kiev", "Київ"], {"lang": "auto"})],
    "detect": [(["Ėĭzenshteĭn", "hello world", "Tsvetaeva"], {})],
    "cite": [(["RTsKhIDNI, f. 89, op. 73, d. 157", "no citation"], {"style": "gost", "archive": "current"}),
             (["GARF, f. 5446, op. 1, d. 12, l. 3"], {"style": "chicago"})],
    "gloss": [(["Voina i mir", "Istoriia KPSS"], {})],
    "fix": [(["Mоskva", "plain text", "caf\u0065\u0301"], {})],
}


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _cli_args(name: str, texts: list[str], opts: dict) -> list[str]:
    args = [name, "--json"]
    for o in COMMANDS[name].options:
        if o.name in opts:
            value = opts[o.name]
            args += [o.flag] if o.type is bool else [o.flag, str(value)]
    if name == "convert":
        args.append("--line-by-line")  # the API reads each text alone unless told "document"
    return args + texts


def test_the_cases_cover_every_command_of_the_table():
    assert set(CASES) == set(COMMANDS)
    for name, cases in CASES.items():
        assert all(set(opts) <= set(COMMANDS[name].option_names()) for _, opts in cases), name


def test_every_command_is_a_cli_subcommand_with_the_tables_options():
    subs = _subparsers(build_parser())
    for name, c in COMMANDS.items():
        assert name in subs, name
        actions = {a.dest: a for a in subs[name]._actions}
        for o in c.options:
            assert o.name in actions, (name, o.name)
            assert o.flag in actions[o.name].option_strings, (name, o.flag)
            if o.type is not bool:
                assert actions[o.name].default == o.default_on_cli(), (name, o.name)
                choices = o.choice_list()
                assert (tuple(actions[o.name].choices) if actions[o.name].choices else None) == \
                    (tuple(choices) if choices else None), (name, o.name)
        assert "json" in actions, name
        assert ("infile" in actions) == c.batch, name


def test_every_command_is_a_post_and_get_route_with_the_same_option_names():
    spec = create_app().openapi()
    schemas = spec["components"]["schemas"]
    for name, c in COMMANDS.items():
        path = spec["paths"][f"/api/{name}"]
        assert {"post", "get"} <= set(path), name
        ref = path["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        extra = {"text", "texts"} | ({"options"} if name == "romanize" else set()) | \
            ({"document"} if c.document else set())
        assert set(schemas[ref]["properties"]) == set(c.option_names()) | extra, name
        params = {p["name"] for p in path["get"]["parameters"]}
        assert set(c.option_names()) | {"text"} <= params, name
    # and nothing else answers text commands: every POST text route is in the table (or analyze)
    posted = {p.rsplit("/", 1)[1] for p, ops in spec["paths"].items()
              if "post" in ops and p.startswith("/api/") and "{" not in p}
    assert posted == set(COMMANDS) | {"analyze", "batch"}


@pytest.fixture(scope="module")
def server():
    with live_server(create_app()) as base:
        yield base


@pytest.mark.parametrize("name,texts,opts", [(n, t, o) for n, cases in CASES.items() for t, o in cases])
def test_the_cli_json_line_is_the_api_answer(server, run_cli, name, texts, opts):
    cli = [json.loads(line) for line in run_cli(*_cli_args(name, texts, opts)).stdout.splitlines()]
    assert len(cli) == len(texts)
    post = httpx.post(f"{server}/api/{name}", json=dict(opts, texts=texts), timeout=120)
    assert post.status_code == 200, post.text
    assert post.json()["results"] == cli
    one = httpx.post(f"{server}/api/{name}", json=dict(opts, text=texts[0]), timeout=120).json()
    assert one == cli[0]
    query = {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in opts.items()}
    got = httpx.get(f"{server}/api/{name}", params=dict(query, text=texts[0]), timeout=120)
    assert got.status_code == 200, got.text
    assert got.json() == cli[0]
    assert [c["input"] for c in cli] == texts


def test_an_option_outside_its_command_is_refused_on_both_sides(server, run_cli):
    assert run_cli("cite", "--scheme", "iso9", "x", check=False).returncode == 2
    r = httpx.post(f"{server}/api/cite", json={"text": "x", "scheme": "iso9"}, timeout=60)
    assert r.status_code == 422 and "scheme" in r.text
    bad = httpx.get(f"{server}/api/key", params={"text": "x", "style": "gost"}, timeout=60)
    assert bad.status_code == 422 and "style" in bad.text


def test_batch_columns_are_the_commands_plain_lines(tmp_path, run_cli):
    titles = ["Voina i mir", "Boukharine", "Istoriia KPSS"]
    src = tmp_path / "in.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["title"])
        w.writerows([t] for t in titles)
    for name, flags, opts in (("cyrillic", ["--policy", "every"], {"policy": "every"}),
                              ("key", [], {}),
                              ("convert", ["--to", "iso9"], {"to": "iso9", "policy": "running"})):
        out = tmp_path / f"{name}.csv"
        run_cli(name, *flags, "--in", str(src), "--out", str(out), "--column", "title")
        with open(out, encoding="utf-8", newline="") as fh:
            got = [r[f"title_{name}"] for r in csv.DictReader(fh)]
        assert got == [COMMANDS[name].line(t, **opts) for t in titles], name


def test_analyze_is_what_demo_prints_and_what_the_api_answers(server, run_cli, tmp_path):
    lines = ["Voina i mir", "Щукин", "RTsKhIDNI, f. 89, op. 73, d. 157"]
    f = tmp_path / "demo.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shown = run_cli("demo", str(f)).stdout
    api = httpx.post(f"{server}/api/analyze", json={"texts": lines}, timeout=120).json()["results"]
    assert api == [analyze(t) for t in lines]
    for a in api[:2]:
        for scheme in ("alalc", "bgn-pcgn", "iso9"):
            assert a["schemes"][scheme] in shown
        assert f"key        {a['key']}" in shown
        assert f"gloss      {a['gloss_line']}" in shown
    cite = api[2]["citations"][0]
    assert f"citation   {cite['formatted_current']} ({cite['renamed']})" in shown
    assert f"GOST       {cite['gost']}" in shown
    assert httpx.get(f"{server}/api/analyze", params={"text": lines[0]}, timeout=120).json() == api[0]
