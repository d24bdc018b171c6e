"""Archive acronyms in other romanizations, derived from the registry's Cyrillic acronyms through the
project's own scheme tables (translit/archives/acronyms.toml, ``derived_acronyms``): ISO 9 CGAVMF,
German ZGANCh, Polish CChDMO, GOST 7.79 B CzGASA, scholarly CXIDK name the archive, the scheme is
named in the citation's notes, and a spelling that is a common word or another archive's is dropped.
"""

from __future__ import annotations

import pytest

from translit.archives import _bare, archives, derived_acronyms, resolve
from translit.archives.citation import parse_citations


def _one(text: str):
    cs = parse_citations(text)
    assert len(cs) == 1, cs
    return cs[0]


@pytest.mark.parametrize("text, current, cited, scheme", [
    # ISO 9 = GOST 7.79 A: Ц → C, Х → H
    ("CGAVMF SSSR, f. r-1, op. 2, d. 3.", "RGAVMF", "TsGAVMF SSSR", "ISO 9"),
    ("CHDMO, f. 1, op. 23, d. 45, l. 6.", "RGASPI", "TsKhDMO", "ISO 9"),
    ("CAOPIM, f. 4, op. 1, d. 17.", "TsGA Moskvy", "TsAOPIM", "ISO 9"),
    # German (Duden): Ц → Z, Х → Ch, В → W
    ("ZGANCh, f. 7733, op. 4, d. 12.", "RGAE", "TsGANKh SSSR", "German"),
    ("RGWIA, f. 400, op. 1, d. 9.", "RGVIA", "RGVIA", "German"),
    ("ZChIDK, f. 1525, op. 1, d. 2.", "RGVA", "TsKhIDK", "German"),
    # Polish: Ц → C, Х → Ch
    ("CChDMO, f. 1, op. 3, d. 4.", "RGASPI", "TsKhDMO", "Polish"),
    ("CChIDK, f. 7, op. 2, d. 11.", "RGVA", "TsKhIDK", "Polish"),
    # GOST 7.79 B: Ц → Cz, Х → X; scholarly: Ц → C, Х → X
    ("CzGASA, f. 33987, op. 3, d. 5, l. 2.", "RGVA", "TsGASA", "GOST 7.79-2000 B"),
    ("CXIDK, f. 500, op. 1, d. 3.", "RGVA", "TsKhIDK", "Scholarly"),
])
def test_acronym_in_another_scheme_names_the_archive(text, current, cited, scheme):
    c = _one(text)
    assert c.archive_current == current
    assert c.archive_acronym == cited
    assert c.archive_cited == text.split(",")[0]
    assert scheme in c.notes[0] and "read as" in c.notes[0]


def test_the_note_names_the_cyrillic_it_was_spelled_from():
    c = _one("ZChIDK, f. 1525, op. 1, d. 2.")
    assert "ЦХИДК" in c.notes[0] and "German" in c.notes[0]


def test_resolve_reads_derived_spellings_and_says_the_scheme():
    for text, current, scheme in (("CzXIDK", "RGVA", "GOST 7.79-2000 B"), ("ZGALI", "RGALI", "German"),
                                  ("CGIAM", "GARF", "ISO 9")):
        m = resolve(text)
        assert m is not None and m.archive.id == current
        assert scheme in m.via


def test_the_registrys_own_spelling_is_not_marked_derived():
    for text in ("TsKhIDK", "RGASPI", "TsGAVMF SSSR"):
        m = resolve(text)
        assert m is not None and m.via == ""
    c = _one("TsKhDMO, f. 1, op. 3, d. 4.")
    assert not any("read as" in n for n in c.notes)


def test_derived_spellings_only_as_written_or_in_capitals():
    # a stored acronym is also read in small letters before a fond (garf); a derived one is not
    for text in ("cgavmf, f. 1, op. 2, d. 3.", "Zchidk, f. 1, op. 2, d. 3.", "cchdmo, f. 1, op. 2, d. 3."):
        assert all(c.archive_current is None for c in parse_citations(text))
    assert _one("CCHDMO, f. 1, op. 3, d. 4.").archive_current == "RGASPI"


def test_common_words_are_dropped_and_said_why():
    kept, dropped = derived_acronyms()
    spellings = {k[2] for k in kept}
    # ЦАМО in ISO 9 is CAMO, an English word (camouflage): not a spelling of TsAMO
    assert "CAMO" not in spellings and "common word" in dropped["CAMO"] and "TsAMO" in dropped["CAMO"]
    assert "DAŁO" in dropped  # ДАЛО in the Polish scheme: the Polish word dało
    c = _one("CAMO, f. 1, op. 2, d. 3.")
    assert c.archive_current is None
    # what is kept is no common word in English
    from wordfreq import zipf_frequency
    assert all(zipf_frequency(_bare(s).lower(), "en") < 2.0 for s in spellings)


def test_no_derived_spelling_names_another_archive():
    kept, _ = derived_acronyms()
    own: dict[str, set[str]] = {}
    for arc in archives():
        for n in (arc.current, *arc.predecessors):
            for a in (n.acronym, n.acronym_cyr):
                if a:
                    own.setdefault(_bare(a), set()).add(arc.id)
    by_key: dict[str, set[str]] = {}
    for arc, _, spelling, _, _ in kept:
        by_key.setdefault(_bare(spelling), set()).add(arc.id)
        assert own.get(_bare(spelling), {arc.id}) == {arc.id}, spelling
    assert all(len(ids) == 1 for ids in by_key.values())
    # and each resolves to its own archive
    for arc, _, spelling, _, _ in kept[:80]:
        m = resolve(spelling)
        assert m is not None and m.archive is arc, spelling


def test_shared_acronyms_derive_nothing():
    # GANO names two oblast archives (acronym_alone = false): no spelling of it is derived
    kept, _ = derived_acronyms()
    assert not any(n.acronym.startswith("GANO") and not n.acronym_alone for _, n, *_ in kept)
    assert all(n.acronym_alone for _, n, *_ in kept)


def test_prose_with_look_alike_words_is_no_citation():
    text = "The CIA and the CPA wrote to Zamo and Camo in 1952; see also Chsd."
    assert parse_citations(text) == []


@pytest.mark.parametrize("text, current, scheme", [
    # a Ukrainian acronym through the Ukrainian table (ISO 9: і → ì), with or without its mark
    ("CDÌAK, f. 127, op. 1, spr. 5.", "TsDIAK", "ISO 9:1995 (Ukrainian)"),
    ("CDIAK, f. 127, op. 1, spr. 5.", "TsDIAK", "ISO 9:1995 (Ukrainian)"),
    # ЦДАВО has no letter only Ukrainian has: the Russian tables spell it
    ("ZDAWO, f. 2, op. 1, spr. 8.", "TsDAVO", "German"),
])
def test_ukrainian_acronyms_take_their_languages_table(text, current, scheme):
    c = _one(text)
    assert c.archive_current == current and scheme in c.notes[0]
