"""A messy mixed-language MARC file, built the way real library exports look, with its truth.

Test material for ``translit marc`` (tests/test_marc_mixed.py) and the benchmark
``benchmarks/marc_mixed.py``; the ALA-LC forms here were written by hand from the LC tables
(Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian), never by translit.

What is in it:

* records in Russian, Ukrainian, Belarusian, Bulgarian, Serbian (Cyrillic and Latin) and
  Macedonian, some with the right 008/35-37 and 041, some with a wrong code (a Ukrainian book
  coded ``rus``, a Macedonian one coded ``bul``) or the obsolete ``scc``;
* fields in three states: paired with an 880 (model A), Cyrillic only, romanized only; records
  with 880s for some fields and not others; broken $6 links (a number that differs on the two
  sides, an 880 whose field is missing, a field whose 880 is missing); an 880 in Arabic script
  ``(3/r``;
* English notes (500, 505, 520) beside romanized titles, names with dates and relator terms
  ($e editor, $4 trl);
* UTF-8 records precomposed, decomposed (NFD), with U+0361 or U+FE20/U+FE21 ties; MARC-8
  records (leader/09 blank) with Cyrillic in escape sequences (basic and extended sets) and the
  ALA-LC diacritics as MARC-8 combining characters before their base letter;
* export damage: a leader length counted in characters instead of bytes, a UTF-8 record whose
  leader/09 says MARC-8, a MARC-8 record whose leader/09 says UTF-8, a bad directory in the
  middle of the file, stray line breaks between records, and a file cut off inside its last
  record;
* MARC-8 records whose exporter wrote each combining mark after its base letter instead of
  before it (damage ``marks-after``; MARC-8 puts marks first, but some systems' exports have them
  in Unicode's order), alone or with other damage (``marks-after+says-utf8``).

    .venv/bin/python tests/data/mixed_marc.py     # writes mixed_slavic.mrc, .xml, _truth.tsv here
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
T = "\u0361"  # ALA-LC tie; the truth is written with it


@dataclass
class F:
    """One field: tag, indicators, subfields as (code, Cyrillic, ALA-LC); a subfield that is not
    romanized (dates, relator terms, $4) has the same text on both sides (Cyrillic None).
    ``mode``: "pair" (romanized field + linked 880), "cyr" (Cyrillic only), "rom" (romanized only).
    ``wrong``: {code: a cataloguer's faulty romanization} written instead of the ALA-LC."""

    tag: str
    ind: str
    subs: list[tuple[str, str | None, str]]
    mode: str = "pair"
    wrong: dict[str, str] = field(default_factory=dict)


@dataclass
class R:
    id: str
    lang: str  # the language the text is really in (translit code)
    c008: str  # 008/35-37 as catalogued ("   " blank)
    fields: list[F]
    c041: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # English notes (tag, text)
    charset: str = "utf8"  # utf8, nfd, fe (ties as U+FE20/FE21), marc8
    damage: str = ""  # how the export spoiled it (see build()); several kinds joined by "+"
    links: str = ""  # "broken": $6 damage (see build())


def name(a, q=None, d=None, e=None, tag="100", ind="1 ", mode="pair", four=None):
    subs = [("a", a[0], a[1])]
    if q:
        subs.append(("q", q[0], q[1]))
    if d:
        subs.append(("d", None, d))
    if e:
        subs.append(("e", None, e))
    if four:
        subs.append(("4", None, four))
    return F(tag, ind, subs, mode)


RECORDS = [
    R("ru-lotman", "ru", "rus", charset="fe", fields=[
        name(("Лотман, Ю. М.", f"Lotman, I{T}U. M."), ("(Юрий Михайлович),", f"(I{T}Uriĭ Mikhaĭlovich),"),
             "1922-1993,", "author."),
        F("245", "10", [("a", "Беседы о русской культуре :", "Besedy o russkoĭ kulʹture :"),
                        ("b", "быт и традиции русского дворянства (XVIII-начало XIX века) /",
                         f"byt i tradit{T}sii russkogo dvori{T}anstva (XVIII-nachalo XIX veka) /"),
                        ("c", "Ю.М. Лотман.", f"I{T}U.M. Lotman.")]),
        F("264", " 1", [("a", "Санкт-Петербург :", "Sankt-Peterburg :"), ("b", "Искусство-СПБ,", "Iskusstvo-SPB,"),
                        ("c", None, "1994.")]),
        F("490", "1 ", [("a", "Биографии и мемуары ;", "Biografii i memuary ;"), ("v", "вып. 3", "vyp. 3")]),
        F("830", " 0", [("a", "Биографии и мемуары ;", "Biografii i memuary ;"), ("v", "вып. 3.", "vyp. 3.")]),
        name(("Егоров, Б. Ф.", "Egorov, B. F."), ("(Борис Федорович),", "(Boris Fedorovich),"), "1926-2020,",
             "editor.", tag="700"),
    ], notes=[("500", "Includes bibliographical references (p. 385-396) and index."),
              ("520", "Lectures on the everyday life and customs of the Russian nobility, first given on "
                      "television in the 1980s.")]),
    R("ru-errors", "ru", "rus", fields=[
        F("100", "1 ", [("a", "Солженицын, Александр,", f"Solzhenit{T}syn, Aleksandr,"), ("d", None, "1918-2008,"),
                        ("e", None, "author.")], wrong={"a": "Solzhenitsyn, Aleksandr,"}),
        F("245", "10", [("a", "Ульяновск и его окрестности :", f"Ulʹi{T}anovsk i ego okrestnosti :"),
                        ("b", "путеводитель /", "putevoditelʹ /"), ("c", "А. Солженицын.", f"A. Solzhenit{T}syn.")],
          wrong={"a": "Ulianovsk i ego okrestnosti :", "b": "putevoditel' /"}),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Эксмо,", "Ėksmo,"), ("c", None, "2005.")],
          wrong={"b": "Eksmo,"}),
        F("700", "1 ", [("a", None, "Whitney, Thomas P."), ("4", None, "trl")], mode="rom"),
    ], notes=[("505", "Foreword -- The city on the Volga -- Walks along the river -- Index of streets.")]),
    R("ru-partial", "ru", "rus", c041=["rus"], fields=[
        F("100", "1 ", [("a", "Толстой, Лев,", "Tolstoĭ, Lev,"), ("c", "граф,", "graf,"), ("d", None, "1828-1910,"),
                        ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Война и мир /", "Voĭna i mir /"), ("c", "Л.Н. Толстой.", "L.N. Tolstoĭ.")]),
        F("490", "1 ", [("a", "Полное собрание сочинений ;", "Polnoe sobranie sochineniĭ ;"), ("v", "т. 12", "t. 12")],
          mode="rom"),
        name(("Бирюков, П. И.", f"Biri{T}ukov, P. I."), ("(Павел Иванович),", "(Pavel Ivanovich),"), "1860-1931,",
             "editor.", tag="700", mode="rom"),
    ], notes=[("500", "Reprint of the 1937 edition.")]),
    R("ru-links", "ru", "rus", links="broken", fields=[
        F("100", "1 ", [("a", "Чехов, Антон Павлович,", "Chekhov, Anton Pavlovich,"), ("d", None, "1860-1904.")]),
        F("245", "10", [("a", "Вишневый сад :", "Vishnevyĭ sad :"), ("b", "комедия в четырех действиях /",
                                                                         "komedii͡a v chetyrekh deĭstvii͡akh /")]),
        F("260", "  ", [("a", "Москва :", "Moskva :"), ("b", "Искусство,", "Iskusstvo,"), ("c", None, "1960.")]),
        F("700", "1 ", [("a", "Станиславский, Константин,", "Stanislavskiĭ, Konstantin,"), ("d", None, "1863-1938,"),
                        ("e", None, "editor.")]),
    ]),
    R("ru-arabic", "ru", "rus", fields=[
        F("245", "10", [("a", "Тысяча и одна ночь :", f"Tysi{T}acha i odna nochʹ :"),
                        ("b", "избранные сказки /", "izbrannye skazki /")]),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Художественная литература,",
                                                          "Khudozhestvennai͡a literatura,"), ("c", None, "1986.")]),
    ], notes=[("546", "Translated from the Arabic.")]),
    R("ru-marc8", "ru", "rus", charset="marc8", fields=[
        F("100", "1 ", [("a", "Достоевский, Федор Михайлович,", "Dostoevskiĭ, Fedor Mikhaĭlovich,"),
                        ("d", None, "1821-1881.")]),
        F("245", "10", [("a", "Братья Карамазовы :", "Bratʹi͡a Karamazovy :"),
                        ("b", "роман в четырех частях с эпилогом /", "roman v chetyrekh chasti͡akh s ėpilogom /"),
                        ("c", "Ф.М. Достоевский.", "F.M. Dostoevskiĭ.")]),
        F("264", " 1", [("a", "Ленинград :", "Leningrad :"), ("b", "Наука,", "Nauka,"), ("c", None, "1976.")]),
    ], notes=[("500", "Text in Russian; commentary in English.")]),
    R("ru-marc8-cyr", "ru", "rus", charset="marc8", fields=[
        F("245", "10", [("a", "Записки охотника /", "Zapiski okhotnika /"), ("c", "И.С. Тургенев.", "I.S. Turgenev.")],
          mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Правда,", "Pravda,"), ("c", None, "1979.")], mode="cyr"),
    ]),
    R("ru-cyr-nfd", "ru", "rus", charset="nfd", damage="length-chars", fields=[
        F("100", "1 ", [("a", "Ахматова, Анна,", "Akhmatova, Anna,"), ("d", None, "1889-1966.")], mode="cyr"),
        F("245", "10", [("a", "Вечер :", "Vecher :"), ("b", "стихи /", "stikhi /"), ("c", "Анна Ахматова.",
                                                                                   "Anna Akhmatova.")], mode="cyr"),
        F("264", " 1", [("a", "Санкт-Петербург :", "Sankt-Peterburg :"), ("b", "Цех поэтов,", f"T{T}Sekh poėtov,"),
                        ("c", None, "1912.")], mode="cyr"),
    ]),
    R("uk-hrushevsky", "uk", "ukr", charset="nfd", fields=[
        name(("Грушевський, Михайло,", "Hrushevsʹkyĭ, Mykhaĭlo,"), None, "1866-1934,", "author."),
        F("245", "10", [("a", "Історія України-Руси.", f"Istorii{T}a Ukraïny-Rusy.")]),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Наукова думка,", "Naukova dumka,"), ("c", None, "1991.")]),
    ]),
    R("uk-coded-rus", "uk", "rus", fields=[
        F("245", "10", [("a", "Слово про Ігорів похід /", "Slovo pro Ihoriv pokhid /"),
                        ("c", "переклад Максима Рильського.", "pereklad Maksyma Rylʹsʹkoho.")], mode="cyr"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Дніпро,", "Dnipro,"), ("c", None, "1985.")], mode="cyr"),
    ]),
    R("uk-marc8", "uk", "ukr", charset="marc8", fields=[
        F("245", "10", [("a", "Її перша книжка /", f"Ïï persha knyz{T}hka /"), ("c", "Леся Українка.", "Lesi͡a Ukraïnka.")]),
        F("264", " 1", [("a", "Львів :", "Lʹviv :"), ("b", "Каменяр,", "Kameni͡ar,"), ("c", None, "1971.")]),
    ]),
    R("uk-rom", "uk", "ukr", c041=["ukr", "eng"], fields=[
        F("245", "10", [("a", "Українська мова :", "Ukraïnsʹka mova :"), ("b", "підручник /", "pidruchnyk /")],
          mode="rom"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Либідь,", "Lybidʹ,"), ("c", None, "2004.")], mode="rom"),
    ], notes=[("500", "Summary in English.")]),
    R("be-kolas", "be", "bel", charset="marc8", fields=[
        F("245", "10", [("a", "Новая зямля /", f"Novai{T}a zi{T}amli{T}a /"), ("c", "Якуб Колас.", f"I{T}Akub Kolas.")]),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Мастацкая літаратура,", f"Mastatskai{T}a litaratura,"),
                        ("c", None, "1982.")]),
    ]),
    R("be-coded-rus", "be", "rus", fields=[
        F("245", "10", [("a", "Беларуская мова ў школе.", f"Belaruskai{T}a mova ŭ shkole.")], mode="cyr"),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Народная асвета,", f"Narodnai{T}a asveta,"),
                        ("c", None, "1990.")], mode="cyr"),
    ]),
    R("bg-mladenov", "bg", "bul", fields=[
        name(("Младенов, Стефан,", "Mladenov, Stefan,"), None, "1880-1963,", "author."),
        F("245", "10", [("a", "История на българския език /", f"Istorii{T}a na bŭlgarskii{T}a ezik /"),
                        ("c", "Стефан Младенов.", "Stefan Mladenov.")]),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"), ("b", "Наука и изкуство,", "Nauka i izkustvo,"),
                        ("c", None, "1979.")]),
    ]),
    R("bg-041-only", "bg", "   ", c041=["bul"], fields=[
        F("245", "10", [("a", "Под игото /", "Pod igoto /"), ("c", "Иван Вазов.", "Ivan Vazov.")], mode="cyr"),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"), ("b", "Български писател,", "Bŭlgarski pisatel,"),
                        ("c", None, "1980.")], mode="cyr"),
    ]),
    R("sr-corovic", "sr", "srp", fields=[
        F("245", "10", [("a", "Историја Срба /", "Istorija Srba /"), ("c", "Владимир Ћоровић.", "Vladimir Ćorović.")]),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Просвета,", "Prosveta,"), ("c", None, "1989.")]),
    ]),
    R("sr-latin", "sr", "srp", fields=[
        F("245", "10", [("a", "На Дрини ћуприја /", "Na Drini ćuprija /"), ("c", "Иво Андрић.", "Ivo Andrić.")],
          mode="rom"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Просвета,", "Prosveta,"), ("c", None, "1977.")],
          mode="rom"),
    ], notes=[("546", "Text in Serbian (Latin script).")]),
    R("sr-scc", "sr", "scc", fields=[
        F("245", "10", [("a", "Сеобе /", "Seobe /"), ("c", "Милош Црњански.", "Miloš Crnjanski.")], mode="cyr"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Нолит,", "Nolit,"), ("c", None, "1962.")], mode="cyr"),
    ]),
    R("mk-koneski", "mk", "mac", fields=[
        F("245", "10", [("a", "Македонски јазик /", "Makedonski jazik /"), ("c", "Блаже Конески.", "Blaže Koneski.")]),
        F("264", " 1", [("a", "Скопје :", "Skopje :"), ("b", "Култура,", "Kultura,"), ("c", None, "1967.")]),
    ]),
    R("mk-coded-bul", "mk", "bul", fields=[
        F("245", "10", [("a", "Ѓорѓи Пулевски и македонската преродба.",
                         "Ǵorǵi Pulevski i makedonskata prerodba.")], mode="cyr"),
        F("264", " 1", [("a", "Скопје :", "Skopje :"), ("b", "Мисла,", "Misla,"), ("c", None, "1974.")], mode="cyr"),
    ]),
    R("ru-utf8-says-marc8", "ru", "rus", damage="says-marc8", fields=[
        F("245", "10", [("a", "Мастер и Маргарита /", "Master i Margarita /"), ("c", "М. Булгаков.", "M. Bulgakov.")],
          mode="cyr"),
    ]),
    R("ru-marc8-says-utf8", "ru", "rus", charset="marc8", damage="says-utf8", fields=[
        F("245", "10", [("a", "Тихий Дон /", "Tikhiĭ Don /"), ("c", "М. Шолохов.", "M. Sholokhov.")]),
    ]),
    R("ru-bad-directory", "ru", "rus", damage="directory", fields=[
        F("245", "10", [("a", "Мы /", "My /"), ("c", "Евгений Замятин.", "Evgeniĭ Zami͡atin.")], mode="cyr"),
    ]),
    R("ru-cut", "ru", "rus", damage="truncated", fields=[
        F("245", "10", [("a", "Отцы и дети /", "Ot͡sy i deti /"), ("c", "И.С. Тургенев.", "I.S. Turgenev.")], mode="cyr"),
    ]),
]


# -- text forms ---------------------------------------------------------------------------------

def fe(s: str) -> str:
    """Ties as the MARC half marks: X U+0361 Y -> X U+FE20 Y U+FE21."""
    out, i = [], 0
    while i < len(s):
        if i + 2 < len(s) and s[i + 1] == T:
            out += [s[i], "\ufe20", s[i + 2], "\ufe21"]
            i += 3
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def text(s: str, charset: str) -> str:
    if charset == "fe" or charset == "marc8":
        return fe(s)
    if charset == "nfd":
        return unicodedata.normalize("NFD", s)
    return s


def _marc8_tables():
    from pymarc.marc8_mapping import CODESETS

    def rev(cs):
        return {chr(u): b for b, (u, _) in CODESETS[cs].items()}

    return rev(0x4E), rev(0x51), rev(0x45)


def _marc8_marks(out: bytearray, marks: list[str], g1: str, ansel: dict) -> str:
    """Append ``marks`` in ANSEL (G1 set to it first if need be); give back the G1 set after."""
    for m in marks:
        if g1 != "E":
            out += b"\x1b)E"
            g1 = "E"
        out.append(ansel[m])
    return g1


def marc8(s: str, marks_after: bool = False) -> bytes:
    """Encode ``s`` in MARC-8: ASCII, basic Cyrillic (ESC ( N), extended Cyrillic (ESC ) Q) and
    ANSEL, each combining mark written before its base letter (``marks_after``: after it, as a
    faulty export does); back to ASCII/ANSEL at the end."""
    basic, ext, ansel = _marc8_tables()
    out = bytearray()
    g0, g1 = "B", "E"
    chars = []  # a letter MARC-8 has whole (й, ї, ў) stays whole; any other is base + marks
    for ch in unicodedata.normalize("NFC", fe(s)):
        chars.extend(ch if ch.isascii() or ch in basic or ch in ext else unicodedata.normalize("NFD", ch))
    i = 0
    while i < len(chars):
        c = chars[i]
        marks = []
        j = i + 1
        while j < len(chars) and (unicodedata.combining(chars[j]) or chars[j] in "\ufe20\ufe21"):
            marks.append(chars[j])
            j += 1
        if not marks_after:  # MARC-8: the marks first
            g1 = _marc8_marks(out, marks, g1, ansel)
        if c.isascii():  # digits, space and punctuation below 0x40 are the same in basic Cyrillic
            if g0 != "B" and ord(c) >= 0x40:
                out += b"\x1b(B"
                g0 = "B"
            out += c.encode()
        elif c in basic and basic[c] >= 0x40:
            if g0 != "N":
                out += b"\x1b(N"
                g0 = "N"
            out.append(basic[c])
        elif c in ext:
            if g1 != "Q":
                out += b"\x1b)Q"
                g1 = "Q"
            out.append(ext[c])
        else:
            if g1 != "E":
                out += b"\x1b)E"
                g1 = "E"
            out.append(ansel[c])
        if marks_after:
            g1 = _marc8_marks(out, marks, g1, ansel)
        i = j
    if g0 != "B":
        out += b"\x1b(B"
    if g1 != "E":
        out += b"\x1b)E"
    return bytes(out)


# -- building records -----------------------------------------------------------------------------

def _field_bytes(ind: str, subs: list[tuple[str, str]], enc) -> bytes:
    return ind.encode() + b"".join(b"\x1f" + c.encode() + enc(v) for c, v in subs) + b"\x1e"


def assemble(leader9: str, fields: list[tuple[str, bytes]], length_of=None) -> bytes:
    """A binary record from (tag, field bytes with terminator); ``length_of`` may replace the
    record's length in the leader (an export that counted characters)."""
    directory, offset = b"", 0
    for tag, body in fields:
        directory += tag.encode() + b"%04d%05d" % (len(body), offset)
        offset += len(body)
    base = 24 + len(directory) + 1
    total = base + offset + 1
    rec = b"%05dnam %s22%05d i 4500" % (total, leader9.encode(), base) + directory + b"\x1e" + \
        b"".join(b for _, b in fields) + b"\x1d"
    if length_of is not None:
        rec = b"%05d" % length_of(rec) + rec[5:]
    return rec


def c008(lang: str) -> str:
    return "850101s1985    xx            000 0 " + lang + " d"


def build(r: R) -> bytes:
    """The record's bytes as its export would give them."""
    kinds = set(r.damage.split("+")) - {""}
    if r.charset == "marc8":
        enc = (lambda v: marc8(v, marks_after=True)) if "marks-after" in kinds else marc8
    else:
        enc = (lambda v: text(v, r.charset).encode("utf-8"))
    fields: list[tuple[str, bytes]] = [("001", r.id.encode() + b"\x1e"), ("008", c008(r.c008).encode() + b"\x1e")]
    if r.c041:
        fields.append(("041", _field_bytes("0 ", [("a", c) for c in r.c041], enc)))
    vern: list[tuple[str, bytes]] = []
    occ = 0
    for f in r.fields:
        if f.mode == "pair":
            occ += 1
            link_rom, link_880 = f"880-{occ:02d}", f"{f.tag}-{occ:02d}/(N"
            if r.links == "broken":
                # 245: the numbers on the two sides disagree; 260: its 880 is missing
                link_880 = {"245": f"245-{occ + 4:02d}/(N"}.get(f.tag, link_880)
            rom = [(c, f.wrong.get(c, rv)) for c, _, rv in f.subs]
            fields.append((f.tag, _field_bytes(f.ind, [("6", link_rom)] + rom, enc)))
            if not (r.links == "broken" and f.tag == "260"):
                vern.append(("880", _field_bytes(f.ind, [("6", link_880)] + [(c, cv if cv is not None else rv)
                                                                        for c, cv, rv in f.subs], enc)))
        elif f.mode == "cyr":
            fields.append((f.tag, _field_bytes(f.ind, [(c, cv if cv is not None else rv) for c, cv, rv in f.subs], enc)))
        else:
            fields.append((f.tag, _field_bytes(f.ind, [(c, rv) for c, _, rv in f.subs], enc)))
    for tag, note in r.notes:
        fields.append((tag, _field_bytes("0 " if tag == "505" else "  ", [("a", note)], enc)))
    if r.links == "broken":  # an 880 whose field (650) is not in the record
        vern.append(("880", _field_bytes(" 7", [("6", "650-07/(N"), ("a", "Русский театр")], enc)))
    if r.id == "ru-arabic":  # the original's title in Arabic script, in an 880 of its own
        fields.append(("240", _field_bytes("10", [("6", "880-03"), ("a", "Alf laylah wa-laylah."), ("l", "Russian.")], enc)))
        vern.append(("880", _field_bytes("10", [("6", "240-03/(3/r"), ("a", "ألف ليلة وليلة."), ("l", "Russian.")],
                                         lambda v: v.encode("utf-8"))))
    fields.sort(key=lambda tb: tb[0])
    fields += vern
    leader9 = " " if r.charset == "marc8" else "a"
    if "says-marc8" in kinds:
        leader9 = " "
    if "says-utf8" in kinds:
        leader9 = "a"
    length_of = (lambda rec: len(rec.decode("utf-8"))) if "length-chars" in kinds else None
    rec = assemble(leader9, fields, length_of)
    if "directory" in kinds:  # the second directory entry's length spoiled
        rec = rec[:24 + 12 + 3] + b"0X9?" + rec[24 + 12 + 7:]
    if "truncated" in kinds:
        rec = rec[: len(rec) // 2]
    return rec


def file_bytes(records: list[R] = RECORDS) -> bytes:
    """The whole export: records in order, a stray CR LF after two of them (as some systems write)."""
    out = b""
    for i, r in enumerate(records):
        out += build(r)
        if i in (3, 11):
            out += b"\r\n"
    return out


def truth_rows(records: list[R] = RECORDS) -> list[dict[str, str]]:
    rows = []
    for r in records:
        for f in r.fields:
            for c, cv, rv in f.subs:
                rows.append({"record": r.id, "lang": r.lang, "code008": r.c008, "charset": r.charset,
                             "damage": r.damage, "links": r.links, "tag": f.tag, "mode": f.mode, "code": c,
                             "cyrillic": cv if cv is not None else rv, "alalc": rv,
                             "romanized": f.wrong.get(c, rv), "converted": "0" if cv is None else "1"})
    return rows


def main() -> None:
    import io

    import pymarc

    (HERE / "mixed_slavic.mrc").write_bytes(file_bytes())
    with open(HERE / "mixed_slavic_truth.tsv", "w", encoding="utf-8", newline="") as fh:
        rows = truth_rows()
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    # MARCXML of the records pymarc itself can read (UTF-8; damage left to the binary file)
    buf = io.BytesIO()
    writer = pymarc.XMLWriter(buf)
    for r in RECORDS:
        if r.damage:
            continue
        rec = pymarc.Record(data=build(r), to_unicode=True, force_utf8=r.charset != "marc8")
        writer.write(rec)
    writer.close(close_fh=False)
    (HERE / "mixed_slavic.xml").write_bytes(buf.getvalue())


if __name__ == "__main__":
    main()
