"""A file name given where text is expected is still read as text (the output line is the name,
as for any text), and the user is told once per argument how to read the file instead."""
import subprocess
import sys


def _run(args, cwd):
    return subprocess.run([sys.executable, "-m", "translit", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_an_existing_file_named_as_text_gets_a_note(tmp_path):
    (tmp_path / "notes.txt").write_text("Istoriia SSSR\n", encoding="utf-8")
    (tmp_path / "refs.bib").write_text("", encoding="utf-8")
    proc = _run(["convert", "--to", "cyrillic", "notes.txt", "Istoriia SSSR", "refs.bib"], tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.splitlines() == ["notes.txt", "История СССР", "refs.bib"]
    notes = [line for line in proc.stderr.splitlines() if "is the name of a file" in line]
    assert len(notes) == 2 and "argument 1" in notes[0] and "argument 3" in notes[1]
    assert "< notes.txt" in notes[0]


def test_text_that_names_no_file_or_a_folder_gets_no_note(tmp_path):
    (tmp_path / "sub").mkdir()
    proc = _run(["romanize", "Москва", "sub", "missing.txt", "два слова"], tmp_path)
    assert proc.returncode == 0
    assert "is the name of a file" not in proc.stderr
    assert proc.stdout.splitlines()[1:] == ["sub", "missing.txt", "dva slova"]
