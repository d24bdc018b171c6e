"""Every command's --help says what it is for, explains every option and shows examples; each
example that shows its output prints exactly that (the real command, in a subprocess)."""

import argparse
import shlex

import pytest

from translit.cli import ABOUT, EXAMPLES, build_parser

COMMAND_NAMES = sorted(EXAMPLES)


def _subparsers():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices


def test_every_command_has_a_description_and_examples():
    commands = _subparsers()
    assert sorted(commands) == sorted(ABOUT) == COMMAND_NAMES
    for name, p in commands.items():
        text = p.format_help()
        assert "examples:" in text and EXAMPLES[name][0][0] in text, name
        assert ABOUT[name].split()[0] in text


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_every_option_is_explained(name):
    p = _subparsers()[name]
    for action in p._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help and len(action.help) > 8, f"translit {name}: {action.option_strings or action.dest}"


CHECKED = [(cmd, out) for name in COMMAND_NAMES for cmd, out in EXAMPLES[name] if out is not None]


def test_most_text_commands_show_output():
    shown = {shlex.split(cmd)[1] for cmd, _ in CHECKED}
    assert {"romanize", "cyrillic", "convert", "key", "detect", "cite", "gloss", "fix"} <= shown


@pytest.mark.parametrize("command, output", CHECKED, ids=[c for c, _ in CHECKED])
def test_help_example_prints_what_help_says(run_cli, command, output):
    argv = shlex.split(command)
    assert argv[0] == "translit"
    assert run_cli(*argv[1:]).stdout == output + "\n"
