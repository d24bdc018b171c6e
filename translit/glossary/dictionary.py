"""A Russian → English word index built from the English → Russian dictionaries Debian packages.

``dictionaries.toml`` names the dictd files (Mueller's 7th edition, FreeDict eng-rus). At first
use every entry is read, the Russian words of each sense are taken (example phrases and the
idioms after them are left out: once a sense shows English, the rest of it translates that
English, not the headword), lemmatized with pymorphy3, and pointed back to the English headword
with a score: wordfreq's English frequency, less a penalty for the sense's place in its entry,
the word's place in its sense, its homonym's place (blow _III = цвет) and the sense's usage labels
(_тех., _спорт., _уст.: ratio = _мат. отношение), plus a bonus when it is the entry's first
translation (town before burg, man before wight, relation before ratio). An unlabelled entry that
only names another spelling (connection = connexion) reads that entry's senses. Only a Russian word that is a whole item of a sense counts,
never one word of a Russian phrase, nor a noun in an oblique case only, the rest of the phrase before
it (kick: удар ногой, копытом); a phrase of two or three nouns and adjectives that is a whole
item (кафедральный собор, почтовая марка) is indexed under its lemmas joined by a space, and its
head noun gets its English under ``HEAD`` + the noun, ``phrase_head`` lower, read only for a word
with no entry of its own (собор = cathedral). An entry's examples that pair two or three English
words of the headword with two or three Russian words ("foreign policy внешняя политика", "acute angle
острый угол") are indexed the same way, the English phrase as the phrase's English (``examples``). The weights are rows of ``ranking.toml``; FreeDict counts
less than Mueller (``dictionaries.toml``) and mostly breaks ties; ``modern_words.toml`` adds the
modern words both lack (сайт = website). The index is pickled into the lexicon's cache directory
under a name keyed by the files' sizes and mtimes, this module, the ranking data and the versions
of pymorphy3's dictionary and wordfreq, written atomically, and rebuilt when any of them changes.

``lookup(keys, pos)`` answers the best English headwords for a Russian lemma, those that the pivot
through Wiktionary (``pivot.py``) confirms gaining ``pivot``; ``status()`` says
which dictionaries were found (the pivot languages as wikdict-deu …) (none: the gloss falls back on the curated glossary alone).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from translit import cachefile
from translit.glossary.pivot import pairs as pivot_pairs
from translit.glossary.pivot import english_best
from translit.glossary.pivot import votes as pivot_votes
from translit.read.lexicon import cache_dir
from translit.read.lexicon import fold as _fold

FORMAT = "gloss-index-17"
KEEP = 12  # candidates kept per Russian key
HEAD = "#"  # key prefix of a head noun's candidates from the phrases it heads (#собор)


@dataclass(frozen=True)
class Ranking:
    """The weights of ``ranking.toml`` (what each one means is said there)."""

    zipf_cap: float
    zipf_weight: float
    sense: float
    item: float
    group: float
    homonym: float
    phrase: float
    hyphen: float
    phrase_head: float
    phrase_head_min: float
    proper: float
    agreement: float
    attributive: float
    attributive_confirmed: float
    weak_adjective: float
    lexical_participle: float
    superlative_positive: float
    participle_confirmed: float
    cognate: float
    unconfirmed: float
    main_bonus: float
    other_pos: float
    unknown_pos: float
    label_cap: float
    supplement: float
    example: float
    plural_floor: float
    field: float
    field_position: float
    pivot: float
    pivot_votes: float
    pivot_share: float
    cognate_veto: float
    labels: dict[str, float]

    def label_penalty(self, labels: tuple[str, ...]) -> float:
        """What a sense's usage labels (тех, уст, спорт …) take off, each once, at most ``label_cap``."""
        return min(self.label_cap, sum(self.labels.get(lab, 0.0) for lab in set(labels)))


@cache
def ranking_data() -> dict:
    """ranking.toml parsed once (gloss31): the one reader of the file for :func:`ranking`,
    :func:`reading_weights`, :func:`english_forms`, the cognate rules and ``places.soviet_weight``."""
    return tomllib.loads(resources.files(__package__).joinpath("ranking.toml").read_text("utf-8"))


@cache
def reading_weights() -> dict[str, float]:
    """The ``[reading]`` weights of ranking.toml: how a word's pymorphy3 readings are ordered."""
    data = ranking_data()
    return {k: float(v) for k, v in data["reading"].items()}


@cache
def english_forms() -> dict[str, str]:
    """The ``[english_form]`` table of ranking.toml: pymorphy3 part of speech and voice or aspect →
    the Penn tag (with any words before it) a verb gloss takes for a participle or gerund."""
    data = ranking_data()
    return dict(data.get("english_form", {}))


@cache
def fields() -> dict[str, frozenset[str]]:
    """The fields of ``fields.toml``: Mueller's label of a field (хим, грам, спорт …) → the folded
    Russian lemmas whose presence in a title says the title is of that field."""
    data = tomllib.loads(resources.files(__package__).joinpath("fields.toml").read_text("utf-8"))
    return {row["label"]: frozenset(_fold(w) for w in row["markers"]) for row in data["field"]}


@cache
def dictionary_marks() -> tuple[int, float, dict[str, frozenset[str]]]:
    """The ``[dictionary_marks]`` table of fields.toml: (top, share, label → the labels of its
    group): a word most of whose ``top`` best English candidates come from senses of one field's
    label marks its title as of that field (and of the other labels of its group)."""
    data = tomllib.loads(resources.files(__package__).joinpath("fields.toml").read_text("utf-8"))
    row = data.get("dictionary_marks", {})
    group_of: dict[str, frozenset[str]] = {}
    for group in row.get("groups", []):
        for lab in group:
            group_of[lab] = frozenset(group)
    return int(row.get("top", 0)), float(row.get("share", 1.0)), group_of


def field_of_word(key: str) -> frozenset[str]:
    """The fields (labels) the dictionary gives the folded Russian word or lemma ``key`` mostly as a
    term of: more than ``share`` of its ``top`` best candidates come from senses with that label
    (аппендицит: мед; забой: горн; шрифт: полигр), with the other labels of the label's group."""
    top, share, group_of = dictionary_marks()
    rows = index().get(key, ())[:top]
    labelled = field_senses().get(key, {})
    if not rows or not labelled:
        return frozenset()
    count: dict[str, int] = {}
    for e, p, _ in rows:
        for lab in labelled.get((e, p), {}):
            count[lab] = count.get(lab, 0) + 1
    out: set[str] = set()
    for lab, k in count.items():
        if k > share * len(rows):
            out |= group_of.get(lab, {lab})
    return frozenset(out)


@cache
def ranking() -> Ranking:
    """The ``[weights]`` and ``[labels]`` of ranking.toml as a :class:`Ranking`."""
    data = ranking_data()
    w = data["weights"]
    return Ranking(**{k: float(v) for k, v in w.items()}, labels={k: float(v) for k, v in data["labels"].items()})


# Mueller's part-of-speech labels → the letters the index stores (pymorphy3 tags map onto them).
_POS_LABELS = {"n": "n", "a": "a", "attr": "a", "v": "v", "adv": "adv", "prep": "prep", "cj": "cj",
               "pron": "pron", "n-card": "num", "n-ord": "a", "int": "int", "interj": "int",
               "predic": "adv", "part": "part", "pref": "affix", "suff": "affix"}
# an entry or sense marked _pref. or _suff. translates a word-forming element (male- = зло-, post- =
# после-, super- = над-): its Russian is no word, so it never glosses one (зло = evil, не male-)
_AFFIX = "affix"

# pymorphy3's parts of speech → the same letters (for a dictionary that gives none)
_RU_POS = {"NOUN": "n", "ADJF": "a", "ADJS": "a", "COMP": "a", "PRTF": "a", "PRTS": "a", "VERB": "v", "INFN": "v",
           "GRND": "v", "ADVB": "adv", "PRED": "adv", "NUMR": "num", "PREP": "prep", "CONJ": "cj", "NPRO": "pron",
           "PRCL": "part", "INTJ": "int"}

_MARKER = re.compile(r"(?:(?<=\s)|^)(?:(\d+)\.|(\d+)\)|([а-я])\))(?=\s|_|$)")  # "10)_уст." too
_HOMONYM = re.compile(r"(?:^|\s)_(?:I{1,3}|IV|VI{0,3})(?=\s|$)")
_LABEL = re.compile(r"_([^\s.]+)\.?")
_PARENS = re.compile(r"\([^()]*\)")
# "(о голосе)", "(об оружии)": the words before it translate the headword only when said of that;
# read as a usage label "о" (ranking.toml), the parenthesis itself is dropped like the others
_QUALIFIER = re.compile(r"\((?:о|об|обо) [^()]*\)")
_SHORT_ABBR = re.compile(r"(?<![\w-])[а-яё]{1,5}\.(?:\s*[а-яё]{1,2}\.)*")
_PHONETIC = re.compile(r"\[[^\]]*\]|/[^/\n]*/")
_LATIN = re.compile(r"[A-Za-z]")
_RU_ITEM = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
# a Russian phrase of two or three words that is a whole item of a sense (кафедральный собор,
# повестка дня, кора головного мозга): indexed under its words' lemmas joined by a space
_RU_PHRASE = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*(?: [А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*){1,2}")
_HEADWORD = re.compile(r"[A-Za-z][A-Za-z'. -]*")


@dataclass(frozen=True)
class Source:
    name: str
    package: str
    title: str
    index: Path
    body: Path
    weight: float


def sources() -> list[Source]:
    """The dictionaries of ``dictionaries.toml`` whose files are present."""
    data = tomllib.loads(resources.files(__package__).joinpath("dictionaries.toml").read_text("utf-8"))
    override = os.environ.get("TRANSLIT_DICTD")
    out = []
    for row in data["dictionary"]:
        d = Path(override or row["dir"])
        s = Source(row["name"], row["package"], row["title"], d / row["index"], d / row["body"],
                   float(row["weight"]))
        if s.index.is_file() and s.body.is_file():
            out.append(s)
    return out


def status() -> dict:
    """Which dictionaries the gloss reads; a note when there are none."""
    found = sources()
    if found:  # the pivot languages (pivots.toml) are named as wikdict-deu, wikdict-fra …
        return {"dictionaries": [s.name for s in found] + [f"wikdict-{p.lang}" for p in pivot_pairs()],
                "note": None}
    return {"dictionaries": [],
            "note": "no bilingual dictionary installed (apt-get install mueller7-dict dict-freedict-eng-rus): "
                    "only the curated glossary's terms are glossed"}


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _dictd_number(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 64 + _B64.index(ch)
    return n


# an entry that only sends the reader to another spelling: "connection = connexion" (one with a usage
# label, "color _ам. = colour", "can't _сокр. = cannot", is a marked variant and does not match)
_REFERENCE = re.compile(r"=\s*([A-Za-z]+)")


def resolved(src: Source):
    """(headword, body) of every entry, a cross-reference entry (connection: "= connexion") given
    the body of the entry it names, so the modern spelling gets the senses (связь = connection).
    Only an unlabelled reference from one word to one word is followed, one step, within the same
    dictionary: a labelled one is a variant the dictionary marks (color _ам. = colour, can't _сокр.
    = cannot), so the spelling it names stays first; a phrase (high = high school, stop-off =
    stop-over) is no spelling."""
    items = list(entries(src))
    bodies = {}
    for head, body in items:
        bodies.setdefault(head, body)
    for head, body in items:
        m = _REFERENCE.fullmatch(" ".join(_PHONETIC.sub(" ", body).split()))
        if m and head.isalpha() and m.group(1) in bodies:
            body = bodies[m.group(1)]
        yield head, body


def entries(src: Source):
    """(headword, body) of every entry of a dictd dictionary, database notes left out."""
    body = gzip.open(src.body).read()
    with open(src.index, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("00-database") or parts[0].startswith("00database"):
                continue
            off, size = _dictd_number(parts[1]), _dictd_number(parts[2])
            text = body[off:off + size].decode("utf-8", errors="replace")
            head, _, rest = text.partition("\n")
            head = _PHONETIC.sub("", head).strip()
            yield head, rest


@dataclass(frozen=True)
class Sense:
    russian: str  # the Russian word as the dictionary prints it
    pos: str | None  # n a v adv … (None: the dictionary does not say)
    group: int  # part-of-speech group (1., 2.) before this one
    sense: int  # senses (1), 2)) before this one in its group
    item: int  # words before this one in its sense
    labels: tuple[str, ...] = ()  # usage labels (тех, уст, разг …) of the sense up to this word
    homonym: int = 0  # homonyms (_I, _II) of the headword before this one's


def senses(body: str) -> list[Sense]:
    """The single Russian words that translate the headword, sense by sense, in order.

    A sense stops counting once English appears in it (an example or an idiom: what follows
    translates that English); parentheses, usage labels and short abbreviations are dropped.
    Homonyms (_I, _II) are counted each from its own start."""
    text = " ".join(_PHONETIC.sub(" ", body).split())
    out: list[Sense] = []
    parts = _HOMONYM.split(text)
    for k, part in enumerate(parts):
        # the text before "_I" is the headword's own (usually nothing): _I is the first homonym
        homonym = max(0, k - 1) if len(parts) > 1 and not _senses_of(parts[0]) else k
        out.extend(replace(s, homonym=homonym) for s in _senses_of(part))
    return out


def _senses_of(text: str) -> list[Sense]:
    out: list[Sense] = []
    pos: str | None = None
    group = sense = item = 0
    idiom = False
    labels: list[str] = []
    # labels printed after a group's number and before its first sense ("1. _n. _уст. _шотл. 1) судьба"):
    # they mark every sense of the group (weird = судьба is Scots and dated)
    group_labels: list[str] = []
    head = True  # between a group's number (or the entry's start) and its first sense number
    pieces = []
    last = 0
    for m in _MARKER.finditer(text):
        pieces.append((None, text[last:m.start()]))
        pieces.append((m, ""))
        last = m.end()
    pieces.append((None, text[last:]))
    started = False
    for marker, piece in pieces:
        if marker is not None:
            if marker.group(1):  # 1. a new part-of-speech group
                if started:
                    group += 1
                sense = item = 0
                idiom = False
                labels = []
                group_labels = []
                head = True
            elif marker.group(2):  # 1) a new sense
                if started and (item or idiom):
                    sense += 1
                item = 0
                idiom = False
                if head:
                    group_labels = list(labels)
                    head = False
                labels = list(group_labels)
            continue
        for lab in _LABEL.findall(piece):
            if lab in _POS_LABELS and not idiom:
                pos = _POS_LABELS[lab]
        piece = _QUALIFIER.sub(" _о. ", piece)
        while True:
            new = _PARENS.sub(" ", piece)
            if new == piece:
                break
            piece = new
        piece = piece.replace("(", " ").replace(")", " ")
        for seg in piece.split(";"):
            if idiom:
                break
            labels += [lab for lab in _LABEL.findall(seg) if lab not in _POS_LABELS]
            seg = _LABEL.sub(" ", seg)
            if _LATIN.search(seg):
                idiom = True
                break
            seg = _SHORT_ABBR.sub(" ", seg)
            raws = seg.split(",")
            for j, raw in enumerate(raws):
                w = raw.strip(" .:!?«»\"'-—–")
                if not w:
                    continue
                started = True
                if j + 1 < len(raws) and _defines(w, raws[j + 1]):
                    item += 1  # скот, предназначенный для откорма: a definition, not the word (store cattle)
                    continue
                if _RU_ITEM.fullmatch(w) or _RU_PHRASE.fullmatch(" ".join(w.split())):
                    out.append(Sense(" ".join(w.split()), pos, group, sense, item, tuple(labels)))
                item += 1
    return out


def _defines(item: str, text: str) -> bool:
    """Whether ``text``, the item after the noun ``item`` in a sense, is a clause that defines that
    noun rather than a synonym of the headword: several words, the first a form of который or a
    participle agreeing with the noun and not followed by a noun it goes with (store cattle = "скот,
    предназначенный для откорма"; bailee = "лицо, которому ..."): the noun (скот, лицо) is then
    the genus of a definition, not a translation. A participle before its noun is a synonym phrase
    (консенсус, согласованное мнение; зомби, оживший мертвец), and an adjective's elaboration
    (сильный, обладающий большой силой) has no noun before it."""
    words = text.split()
    if len(words) < 2 or not _RU_ITEM.fullmatch(item):
        return False
    from translit.glossary import _morph

    morph = _morph()
    first = words[0].strip(" .:!?«»\"'-—–(").lower()
    if not _RU_ITEM.fullmatch(first):
        return False
    parses = morph.parse(item.lower())
    if parses[0].tag.POS != "NOUN":
        return False
    if morph.parse(first)[0].normal_form == "который":
        return True
    # the noun's readings (скот: nominative or accusative) and the participle's that agree with one
    nouns = {(q.tag.number, q.tag.case) for q in parses if q.tag.POS == "NOUN"}
    if not any(q.tag.POS == "PRTF" and (q.tag.number, q.tag.case) in nouns for q in morph.parse(first)[:3]):
        return False
    after = morph.parse(words[1].strip(" .:!?«»\"'-—–()").lower())
    return after[0].tag.POS != "NOUN"


def _versions(found: list[Source]) -> str:
    # the ranking's code and data: a change to either rebuilds the index
    parts = [FORMAT, Path(__file__).read_text("utf-8")] + [
        resources.files(__package__).joinpath(f).read_text("utf-8")
        for f in ("ranking.toml", "modern_words.toml", "fields.toml")]
    for s in found:
        for p in (s.index, s.body):
            st = p.stat()
            parts.append(f"{p}:{st.st_size}:{int(st.st_mtime)}")
    for dist in ("pymorphy3-dicts-ru", "wordfreq"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=none")
    return hashlib.sha1(";".join(parts).encode()).hexdigest()[:12]


def _scored(english: str, found: list[Sense], weight: float, rk: Ranking, labels: bool = False):
    """(folded Russian word, part of speech, score) for each sense of one English headword, and
    the sense's usage labels after them when ``labels`` is set."""
    from wordfreq import zipf_frequency

    base = rk.zipf_weight * min(zipf_frequency(english, "en"), rk.zipf_cap) + weight
    if " " in english or "-" in english.strip("-"):
        base -= rk.phrase
    if "-" in english.strip("-"):  # wordfreq scores a hyphened compound by its parts (fancy-work = fancy, work)
        base -= rk.hyphen
    for s in found:
        score = (base - rk.sense * s.sense - rk.item * s.item - rk.group * s.group - rk.homonym * s.homonym
                 - rk.label_penalty(s.labels))
        if s.item == 0 and s.sense == 0:
            score += rk.main_bonus
        # with ``labels``: the labels, and what the sense's place in its entry took off (a field's reader
        # gets back ``field_position`` of it: see build)
        place = rk.sense * s.sense + rk.group * s.group
        yield (_fold(s.russian), s.pos, score, s.labels, place) if labels else (_fold(s.russian), s.pos, score)


# an example of a sense: two or three English words, then the two or three Russian words that
# translate them and nothing else ("foreign policy внешняя политика", "atmospheric pressure
# атмосферное давление"); a part in parentheses, a label or an abbreviation makes it no such example
_EXAMPLE = re.compile(r"([a-z]+(?: [a-z]+){1,2}) ([а-яё]+(?: [а-яё]+){1,2})")


def examples(english: str, body: str, weight: float, rk: Ranking):
    """(Russian phrase, English phrase, score) of the examples of an entry that pair a phrase of the
    headword ``english`` with a Russian phrase of two or three words (foreign: "foreign policy
    внешняя политика"; atmospheric: "atmospheric pressure атмосферное давление"), the headword one
    of the English words, each Russian phrase once an entry. Scored as a phrase headword (``phrase`` of ranking.toml) less ``example``: an example shows the
    headword in one use, which a title with the same Russian phrase means (внешняя политика =
    foreign policy, so внешняя = foreign, not outer)."""
    from wordfreq import zipf_frequency

    head = english.lower()
    if not head.isalpha():
        return
    text = " ".join(_PHONETIC.sub(" ", body).split())
    seen = set()
    for seg in re.split(r"[;:]|\d+[.)]|[а-я]\)", text):
        m = _EXAMPLE.fullmatch(seg.strip(" ,."))
        if m is None or head not in m.group(1).split() or m.group(2) in seen:
            continue
        seen.add(m.group(2))
        phrase = re.sub(r"^(?:a|an|the) ", "", m.group(1))  # "an acute observer": the phrase without its article
        if " " not in phrase:
            continue
        score = rk.zipf_weight * min(zipf_frequency(phrase, "en"), rk.zipf_cap) + weight - rk.phrase - rk.example
        yield m.group(2), phrase, score


def _supplement(rk: Ranking):
    """(folded Russian lemma, English, pos, score) of the rows of ``modern_words.toml``: the modern
    words the dictionaries lack (сайт = website), each English equivalent after the first a sense lower."""
    data = tomllib.loads(resources.files(__package__).joinpath("modern_words.toml").read_text("utf-8"))
    for row in data["word"]:
        for k, english in enumerate(e.strip() for e in row["english"].split(";") if e.strip()):
            yield _fold(row["russian"]), english, row["pos"], rk.supplement - rk.sense * k


_PHRASE_POS = {"NOUN", "ADJF", "PRTF", "NUMR"}


def _phrase_key(phrase: str, morph) -> tuple[str | None, str | None]:
    """(key, head) of a Russian phrase of a sense: the folded lemmas of its words joined by a
    space (земная кора → "земной кора") and the lemma of its head, the first noun in the
    nominative (кора; повестка of повестка дня). (None, None) when a word is not a noun,
    adjective, participle or numeral (в течение, так как: no phrase a title's words make) or
    there is no head noun."""
    lemmas, head = [], None
    for w in phrase.split():
        parses = morph.parse(w.lower())
        # the head's reading is a common noun in the nominative, wherever pymorphy3 ranks it
        noun = next((p for p in parses[:4] if p.tag.POS == "NOUN" and "nomn" in p.tag
                     and not any(t in p.tag for t in ("Name", "Surn", "Patr", "Geox", "Abbr"))), None)
        # (марка is first read as the name Марк's genitive); a word first read as an adjective
        # stays one (духовная семинария: духовная is no noun here)
        top = noun if head is None and noun is not None and parses[0].tag.POS == "NOUN" else parses[0]
        if str(top.tag.POS) not in _PHRASE_POS:
            return None, None
        lemmas.append(_fold(top.normal_form))
        if head is None and top is noun:
            head = lemmas[-1]
    if head is None:
        return None, None
    return " ".join(lemmas), head


def build(found: list[Source], field_out: dict | None = None) -> dict[str, tuple[tuple[str, str | None, float], ...]]:
    """The Russian → English index: folded Russian word or lemma → (English, pos, score), best first.
    ``field_out``, when given, is filled with the senses of a field (``fields.toml``): folded
    Russian word or lemma → (English, pos) → {field label: the best score of a sense with that
    label, the label's penalty not taken off} (see :func:`field_senses`)."""
    from translit.glossary import _morph

    morph = _morph()
    rk = ranking()
    field_labels = frozenset(fields())
    best: dict[str, dict[tuple[str, str | None], float]] = {}
    given_by: dict[tuple[str, str, str | None], set[str]] = {}  # (key, English, pos) → dictionaries
    lemma_of: dict[str, str] = {}
    made_plural: set[tuple[str, str, str]] = set()  # (key, English plural, its singular)
    phrase_of: dict[str, tuple[str | None, str | None]] = {}
    heads: dict[str, dict[tuple[str, str | None], list]] = {}  # HEAD + head noun → (English, pos) → [score, phrases]
    pos_of: dict[str, str | None] = {}
    oblique: dict[str, bool] = {}
    heads_of: dict[str, set[str]] = {}  # dictionary → the English headwords it translates
    for src in found:
        for head, body in resolved(src):
            if not _HEADWORD.fullmatch(head):
                continue
            english = head.strip()
            if english.endswith("-") or english.startswith("-"):
                continue  # a word-forming element (male-, -ism), whatever its label
            found_senses = [s for s in senses(body) if s.pos != _AFFIX]
            if found_senses:
                heads_of.setdefault(src.name, set()).add(english)
            for russian, example, score in examples(english, body, src.weight, rk):
                # "foreign policy внешняя политика": the Russian phrase's key gets the English phrase
                if russian not in phrase_of:
                    phrase_of[russian] = _phrase_key(russian, morph)
                key = phrase_of[russian][0]
                if key is not None:
                    row = best.setdefault(key, {})
                    given_by.setdefault((key, example, "n"), set()).add(src.name)
                    row[(example, "n")] = max(score, row.get((example, "n"), -99.0))
            for word, pos, score, labels, place in _scored(english, found_senses, src.weight, rk, labels=True):
                if " " in word:  # a Russian phrase: its lemmas' key, and a weaker candidate for its head noun
                    if word not in phrase_of:
                        phrase_of[word] = _phrase_key(word, morph)
                    key, head = phrase_of[word]
                    if key is None:
                        continue
                    pos = pos or "n"
                    if english[:1].isupper() and pos != "a":
                        score -= rk.proper
                    row = best.setdefault(key, {})
                    given_by.setdefault((key, english, pos), set()).add(src.name)
                    if score > row.get((english, pos), -99.0):
                        row[(english, pos)] = score
                    h = heads.setdefault(HEAD + head, {}).setdefault((english, pos), [-99.0, set()])
                    h[0] = max(h[0], score - rk.phrase_head)
                    h[1].add(key)
                    continue
                if word not in oblique:
                    oblique[word] = _oblique_noun(word, morph)
                if oblique[word]:  # (gloss18) kick 1) удар ногой, копытом: копытом is no translation
                    continue
                if word not in lemma_of:
                    top = morph.parse(word)[0]
                    # a participle's lemma is its verb: the participle (использованный = spent) is not the verb;
                    # (gloss32) nor is a superlative or comparative its positive (малейший = least, лучший =
                    # best, высший = supreme are no senses of малый, хороший, высокий)
                    own = top.tag.POS in ("PRTF", "PRTS", "GRND", "COMP") or "Supr" in top.tag
                    lemma_of[word] = word if own else _fold(top.normal_form)
                    pos_of[word] = _RU_POS.get(str(top.tag.POS))
                pos = pos or pos_of[word]  # FreeDict gives no part of speech: the Russian word's
                shown = english
                if pos == "n" and "pl" in labels and _plural_only(word, morph):
                    # (gloss17) a sense marked _pl. translating a plural-only noun gives the English
                    # plural (talk _pl. переговоры = talks, glass _pl. очки = glasses)
                    shown = _english_plural(english)
                    if shown != english:
                        made_plural.update(((word, shown, english), (lemma_of[word], shown, english)))
                if english[:1].isupper() and pos != "a":  # British, Soviet are adjectives
                    score -= rk.proper
                in_field = field_labels.intersection(labels) if field_out is not None else ()
                for key, k_pen in ((word, 0.0), (lemma_of[word], 0.1)):
                    row = best.setdefault(key, {})
                    k = (shown, pos)
                    given_by.setdefault((key, shown, pos), set()).add(src.name)
                    sc = score - k_pen
                    if sc > row.get(k, -99.0):
                        row[k] = sc
                    for lab in in_field:  # the sense as a reader of that field sees it: no label penalty,
                        # and its place among the entry's other senses mostly not counted (development:
                        # _фот. проявление is its tenth sense, but the photographer's first)
                        f = field_out.setdefault(key, {}).setdefault(k, {})
                        seen = sc + rk.label_penalty(labels) + rk.field_position * place
                        f[lab] = max(f.get(lab, -99.0), round(seen, 3))
    # (gloss17) a plural made from a _pl. sense that the singular also stands for (труды: work and
    # works) is the singular's: one row, the better score
    for key, e, single in made_plural:
        row = best.get(key, {})
        if (e, "n") in row and (single, "n") in row:
            row[(single, "n")] = max(row[(single, "n")], row.pop((e, "n")))
    for key, row in heads.items():  # an English word that several phrases of the head give (собор: cathedral)
        kept = {k: sc for k, (sc, keys) in row.items() if len(keys) >= rk.phrase_head_min}
        if kept:
            best[key] = kept
    for key, english, pos, score in _supplement(rk):
        row = best.setdefault(key, {})
        if score > row.get((english, pos), -99.0):
            row[(english, pos)] = score
    # the leading dictionary (the highest weight) and the (Russian key, English) pairs it gives, any
    # part of speech: a pair only a lesser one gives, for an English headword whose entry in the
    # leading one does not list the Russian word, is contradicted by it (FreeDict type = печатать;
    # Mueller's type is тип, род, литера: печатать is print's)
    lead = max(found, key=lambda s: s.weight).name if len(found) > 1 else None
    lead_pairs = {(k, e) for (k, e, _), by in given_by.items() if lead in by}
    lead_heads = heads_of.get(lead, set())

    def adjusted(key, e, p, sc):
        by = given_by.get((key, e, p), ())
        if len(by) > 1:  # a pair both dictionaries give (the same English, the same part of speech) gains
            return sc + rk.agreement
        if lead is not None and by and lead not in by and e in lead_heads and (key, e) not in lead_pairs:
            return sc - rk.unconfirmed
        return sc

    out = {}
    for key, row in best.items():
        ranked = ((e, p, round(adjusted(key, e, p, sc), 3)) for (e, p), sc in row.items())
        out[key] = tuple(sorted(ranked, key=lambda r: -r[2])[:KEEP])
    return out


def _oblique_noun(word: str, morph) -> bool:
    """Whether the Russian one-word item ``word`` of a sense is a noun in an oblique case only (every
    reading pymorphy3 knows it by is a noun, none nominative): the rest of a phrase the item before it
    began (kick 1) удар ногой, копытом, "a blow with the foot, with the hoof"; копытом is no word for
    kick), not a translation of the headword. A word pymorphy3 does not know is kept (gloss18)."""
    parses = [p for p in morph.parse(word) if p.is_known]
    return bool(parses) and all(p.tag.POS == "NOUN" and p.tag.case not in ("nomn", None) for p in parses)


def _plural_only(word: str, morph) -> bool:
    """Whether the Russian ``word`` is a plural-only noun (pymorphy3's Pltm: переговоры, очки,
    ножницы) or a noun whose lemma is its plural (мемуары)."""
    return any(p.tag.POS == "NOUN" and "plur" in p.tag and ("Pltm" in p.tag or p.normal_form == word)
               and p.word == word for p in morph.parse(word)[:4])


def _english_plural(english: str) -> str:
    """An English noun headword put in the plural (talk → talks), left alone when it is a phrase,
    already plural or has no plural."""
    from translit.glossary import _plural

    return _plural(english) if english.isalpha() and english.islower() else english


def index() -> dict[str, tuple[tuple[str, str | None, float], ...]]:
    """The cached index (built on first use; empty when no dictionary is installed);
    ``index.cache_clear()`` forgets it (and :func:`field_senses`)."""
    return _cached()[0]


def field_senses() -> dict[str, dict[tuple[str, str | None], dict[str, float]]]:
    """The senses of a field, from the same cache as :func:`index`: folded Russian key →
    (English, pos) → {field label: score of that labelled sense without its label's penalty}
    (основание → (base, n) → {хим: …}: a base in chemistry)."""
    return _cached()[1]


@cache
def _cached() -> tuple[dict, dict]:
    """(index, field senses): read from the pickle of the dictionaries' key, or built and written."""
    found = sources()
    if not found:
        return {}, {}
    path = cache_dir() / f"gloss-index-{_versions(found)}.pickle"
    data = cachefile.read_pickle(path, _index_problem)  # (a damaged cache is reported and rebuilt)
    if data is not None:
        return data
    field_data: dict = {}
    data = (build(found, field_data), field_data)  # one build gives both
    cachefile.write_pickle(path, data)
    return data


def _index_problem(data) -> str | None:
    """What is wrong with an unpickled glossary index (None: it is a pair of mappings)."""
    ok = isinstance(data, tuple) and len(data) == 2 and all(isinstance(d, dict) for d in data)
    return None if ok else "not a glossary index"


@cache
def _cognate_rules() -> dict:
    """The ``[cognate]`` table of ranking.toml."""
    return ranking_data()["cognate"]


def _skeleton(text: str, rewrites) -> str:
    """The consonants of ``text`` after ``rewrites`` and with h dropped (history = история, хоккей
    = hockey), a doubled letter once, "^" first when it starts with a vowel (gloss cognates)."""
    s = "".join(ch for ch in text.lower() if ch.isalpha())
    for a, b in rewrites:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s.replace("h", ""))
    return ("^" if s[:1] in tuple("aeiouy") else "") + re.sub(r"[aeiouy]", "", s)


@cache
def _russian_skeleton(russian: str) -> str:
    from translit.romanize import romanize

    return _skeleton(romanize(russian, "alalc-plain"), _cognate_rules()["russian"])


def cognate(russian: str, english: str) -> bool:
    """Whether ``english`` looks like the cognate of the Russian word ``russian`` (эмоция and
    emotion, журнал and journal, британский and British): their consonant skeletons, as the
    ``[cognate]`` table of ranking.toml spells them, share a long enough start, and both words
    begin with a vowel or neither does (аттестат is no testimony, история no story)."""
    rules = _cognate_rules()
    a = _russian_skeleton(russian)
    return any(_skeletons_cognate(a, b, rules) for b in _english_skeletons(english))


@cache
def _english_skeletons(english: str) -> tuple[str, ...]:
    """The consonant skeletons of the English word ``english``: by the ``english`` rewrites of
    ranking.toml's [cognate], and (gloss23) by each of its ``english_alternatives`` put before them, a
    second spelling of a letter group Russian took in by two routes (-ject-: ж from French in инжектор
    = injector, эжектор = ejector; е from Latin in проекция = projection, субъект = subject)."""
    rules = _cognate_rules()
    out = [_skeleton(english, rules["english"])]
    for alt in rules.get("english_alternatives", ()):
        if alt[0] in english.lower():
            out.append(_skeleton(english, [alt, *rules["english"]]))
    return tuple(dict.fromkeys(out))


def _skeletons_cognate(a: str, b: str, rules: dict) -> bool:
    """Whether the Russian skeleton ``a`` and an English skeleton ``b`` share a long enough start, both
    beginning with a vowel or neither (:func:`cognate`)."""
    if a[:1] == "^" or b[:1] == "^":
        if a[:1] != b[:1]:
            return False
        a, b = a[1:], b[1:]
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= rules["min_consonants"] and n >= rules["min_share"] * min(len(a), len(b))


def common_cognate(russian: str, english: str) -> bool:
    """Whether ``english`` is the cognate of ``russian`` (:func:`cognate`) and a common English word
    (wordfreq zipf at least ``common_min_zipf`` of ranking.toml's [cognate]): парламентский and
    parliamentary, атмосферный and atmospheric; not пенсионный and pensionary, школьный and scholastic."""
    from wordfreq import zipf_frequency

    return cognate(russian, english) and zipf_frequency(english, "en") >= _cognate_rules()["common_min_zipf"]


def _spelling(text: str, rewrites) -> str:
    """``text`` spelt for loanword matching: lower case, ``rewrites`` applied, y read as i, h dropped,
    a doubled letter once, a final vowel dropped (kimberlite = кимберлит)."""
    s = "".join(ch for ch in text.lower() if ch.isalpha())
    for a, b in rewrites:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s.replace("h", "").replace("y", "i"))
    return re.sub(r"[aeiou]$", "", s)


@cache
def _loan_table() -> dict[str, str]:
    """Loanword spelling (:func:`_spelling`) → the commonest English word that has it, for the
    English words wordfreq ranks at least ``loan_zipf``."""
    from wordfreq import iter_wordlist, zipf_frequency

    rules = _cognate_rules()
    out: dict[str, str] = {}
    for w in iter_wordlist("en"):
        if zipf_frequency(w, "en") < rules["loan_zipf"]:
            break
        if w.isalpha() and w.isascii() and len(w) >= rules["loan_min"]:
            out.setdefault(_spelling(w, rules["english"]), w)
    return out


def loanword(lemma: str, pos: str | None) -> str | None:
    """The English word a Russian ``lemma`` that no dictionary has spells (транзистор = transistor,
    кимберлитовый = kimberlite), or None. ``pos``: the lemma's pymorphy3 part of speech; an
    adjective is read through its stem (``loan_adjective`` of ranking.toml) and, in -ический, given
    the English adjective in -ic/-ical when there is one (``loan_adjective_english``: алгоритмический
    = algorithmic), other parts of speech than nouns and adjectives never."""
    from translit.romanize import romanize

    rules = _cognate_rules()
    adjective = lemma
    if pos == "ADJF":
        stem = next((lemma[: -len(e)] for e in rules["loan_adjective"] if lemma.endswith(e)), None)
        if stem is None:
            return None
        lemma = stem
    elif pos != "NOUN":
        return None
    if not re.fullmatch(r"[а-яё]+", lemma):
        return None
    from wordfreq import zipf_frequency

    roman = romanize(lemma, "alalc-plain")
    key = _spelling(roman, rules["russian"])
    english = _loan_table().get(key) if len(key) >= rules["loan_min"] else None
    for rewrite in rules.get("loan_alternatives", ()) if english is None else ():
        # (gloss25) a second spelling of the Russian: Greek chi is Russian х but English ch, read k
        # (психопатия = psychopathy, хлоропласт = chloroplast)
        other = _spelling(roman.replace(*rewrite), rules["russian"])
        if other != key and len(other) >= rules["loan_min"] and other in _loan_table():
            key, english = other, _loan_table()[other]
            break
    if english is None and key.startswith("g") and len(key) > rules["loan_min"]:
        # a Greek or Latin h is Russian г (гистология = histology, гибрид = hybrid); the English
        # spelling drops its h, so the key without its г
        english = _loan_table().get(key[1:])
    if english is None:
        return None
    if pos == "NOUN" and lemma.endswith("ия") and english[-1:] not in "aeiouy" and \
            zipf_frequency(english + "y", "en") >= rules["loan_zipf"]:
        # (gloss25) -ия is English -y, whose spelling the key drops with the final vowel: психопатия =
        # psychopathy, not the commoner psychopath (психопат) of the same key
        english += "y"
    own = zipf_frequency(english, "en")
    if any(zipf_frequency(english, lang) > own + rules["loan_margin"] for lang in rules["loan_languages"]):
        return None
    if pos == "ADJF":  # (gloss31) алгоритмический = algorithmic, not algorithm
        suffixes = next((v for e, v in rules.get("loan_adjective_english", {}).items() if adjective.endswith(e)), ())
        # the noun's final -y or -e goes before the suffix (holography → holographic)
        bases = (english, english[:-1]) if english[-1:] in ("y", "e") else (english,)
        # of the -ic/-ical pair, the one English writes more (histological, algorithmic)
        made = [b + s for b in bases for s in suffixes if zipf_frequency(b + s, "en") >= rules["loan_zipf"]]
        return max(made, key=lambda e: zipf_frequency(e, "en")) if made else english
    return english


def full_cognate(russian: str, english: str) -> bool:
    """Whether the consonant skeletons of ``russian`` and ``english`` (:func:`cognate`) are the
    same from end to end (кредит and credit, министр and minister; not краткий and curt), and
    the English word a common one (``full_min_zipf``: газета is no gazette)."""
    from wordfreq import zipf_frequency

    rules = _cognate_rules()
    if _russian_skeleton(russian) not in _english_skeletons(english):
        return False
    return zipf_frequency(english, "en") >= rules["full_min_zipf"]  # not газета = gazette


@cache
def _plural_shift(english: str) -> float:
    """How much an English noun's plural is rarer (or commoner) than its singular, in weighted zipf
    steps, both capped as the index caps them, and never below ``plural_floor`` (ranking.toml):
    photograph → photographs 0.1, photography → photographies -2.5 (a mass noun), experience →
    experiences -0.6, work → works -0.4; a compound by its last word (time-table: table, tables).
    0.0 for a word inflect cannot put in the plural or that already is one."""
    from wordfreq import zipf_frequency

    from translit.glossary import _inflector

    rk = ranking()
    last = re.split(r"[ -]", english)[-1]  # a compound by its last word: love-seat → seat, seats
    if not last.isalpha() or _inflector().singular_noun(last) is not False:
        return 0.0
    plural = _inflector().plural_noun(last)
    if not plural or plural == last:
        return 0.0
    english = last
    z = lambda w: min(zipf_frequency(w, "en"), rk.zipf_cap)  # noqa: E731
    return max(rk.plural_floor, rk.zipf_weight * (z(plural) - z(english)))


@cache
def _uncapped(english: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(english, "en")


def _false_friend(english: str, rows, wiktionary: dict[str, int], rk: Ranking) -> bool:
    """Whether the English look-alike ``english`` of a Russian word is a false friend by the word's
    Wiktionary pairs (``wiktionary``: :func:`translit.glossary.pivot.votes` of its own keys): they
    never give it, while they give another of the dictionary's candidates ``rows`` in at least
    ``cognate_veto`` pivot languages (стол = table, not stole; крупа = groats, not croup; реклама =
    advertisement, not reclame). Such a look-alike gets no cognate bonus; a word Wiktionary does not
    pair, or pairs with its look-alike (пост = post, кредит = credit), keeps it."""
    if not wiktionary or wiktionary.get(english.lower(), 0) or english[:1].isupper():
        return False  # (a proper name, Soviet, is one Wiktionary's lower-case pairs may not list)
    return any(wiktionary.get(e.lower(), 0) >= rk.cognate_veto for e, _, _ in rows if e.lower() != english.lower())


def _heir(key: str, rows, wiktionary: dict[str, int], rk: Ranking) -> str | None:
    """The candidate of ``rows`` (a Russian key's) that takes the cognate bonus from a false friend
    of the key (:func:`_false_friend`): the one Wiktionary gives in the most pivot languages, the
    look-alike that Wiktionary does give first among equals (строгий: strict 2, severe 2, not the false
    friend stringent), then the dictionary's better (карта: map, not chart; not card, the commoner
    word), so that the false friend's loss does not simply hand first place to the most frequent
    English word. None when no candidate of the key is a false friend."""
    if not any(cognate(key, e) and _false_friend(e, rows, wiktionary, rk) for e, _, _ in rows):
        return None
    best = max(rows, key=lambda r: (wiktionary.get(r[0].lower(), 0), cognate(key, r[0])))
    return best[0] if wiktionary.get(best[0].lower(), 0) >= rk.cognate_veto else None


@cache
def _english_adjective(english: str) -> bool:
    """Whether lemminflect knows ``english`` (its last word) as an English adjective or a verb form
    (working, former, educational; not worker, book: a noun a dictionary gives "_attr.")."""
    from lemminflect import getAllLemmas

    return bool({"ADJ", "VERB"} & set(getAllLemmas(english.split()[-1] if english.split() else english)))


def _pivot_confirms(k: str, e: str, p: str | None, wiktionary: dict[str, int], by_title: set[str],
                    wanted: set, rk: Ranking) -> bool:
    """Whether the candidate ``e`` (lower case ``k``, part of speech ``p``) gains the ``pivot`` weight
    in :func:`lookup`. The pivot confirms a pair, not a reading, so it must not overturn a choice the
    ranking makes for a reason of its own: only a candidate of the word's part of speech gains it
    (бывший = former, not being); for an adjective, only an English adjective or verb form, not a
    noun the dictionary gives attributively ("_attr."), which Wiktionary pairs with the Russian
    noun of the same spelling (рабочий день = working, not worker: рабочий the noun is worker); and
    a candidate the title's field confirms (``by_title``) counts as confirmed too, so a pivot pair
    does not outrank the field's sense (Род имён существительных = gender, not sort). A pair given in
    fewer than ``pivot_share`` of the languages that give the English word's strongest pair
    (:func:`translit.glossary.pivot.english_best`: one is один in five languages, единица in one)
    confirms nothing: it is Wiktionary's English for another reading of the English word (the
    numeral), not the Russian word's main equivalent (единица = unit)."""
    if wanted and p not in wanted:
        return False
    if k in by_title:
        return True
    got = wiktionary.get(k, 0)
    if got < rk.pivot_votes or got < rk.pivot_share * english_best().get(k, 0):
        return False
    return p != "a" or _english_adjective(e)


def lookup(keys: list[str], pos: str | None, n: int = 3,
           penalties: list[float] | None = None, also: tuple[str, ...] = (),
           plural: bool = False, field: frozenset[str] = frozenset()) -> list[tuple[str, str | None, float]]:
    """The ``n`` best English headwords for ``keys`` (folded Russian forms or lemmas; ``penalties``
    lowers the candidates of a key, e.g. one derived from an aspect partner). A candidate of
    another part of speech than ``pos`` (or one of ``also``: a participle is an adjective and a
    verb) loses ``other_pos``; one whose part of speech the dictionary does not give loses
    ``unknown_pos`` (ranking.toml). ``plural``: the Russian word is a plural noun, which the gloss
    shows in the English plural, so an English noun is scored by its plural's frequency in place
    of its singular's (фотографии = photographs, not photographies; опыты = experiments before
    experiences). ``field``: the labels of the fields the title is of (:func:`title_fields`); a
    candidate that a sense of one of them gives gains the ``field`` weight, on its best score or on
    that sense's score without its label's penalty, whichever is higher (основание in a title on
    acids = base, склонение beside падеж = declension, вид beside глагол = aspect). Candidates that score the same (the frequency is capped) are ordered by
    their uncapped frequency (работа = work before job). A candidate that Wiktionary, read through
    other languages (:mod:`translit.glossary.pivot`), pairs with one of ``keys`` gains the ``pivot``
    weight (стол = table, not stole); the pivot alone gives no candidate."""
    idx = index()
    rk = ranking()
    in_field = field_senses() if field else {}
    wanted = {pos, *also} if pos else set()
    pool: dict[str, tuple[str, str | None, float]] = {}
    by_title: set[str] = set()  # candidates the title's field confirms (they rank as Wiktionary's do)
    direct = any(_fold(key) in idx for key in keys)
    own = [key for k, key in enumerate(keys) if not (penalties and penalties[k])]
    wiktionary = pivot_votes(own) if own else {}
    for k, key in enumerate(keys):
        pen = penalties[k] if penalties else 0.0
        # a word with no entry of its own: the English its dictionary phrases agree on (собор = cathedral)
        rows = idx.get(_fold(key), ()) if direct else idx.get(HEAD + _fold(key), ())
        labelled = in_field.get(_fold(key), {}) if direct else {}
        if labelled:  # a field's sense the index's best candidates left out (вид = aspect, in grammar)
            kept = {(e, p) for e, p, _ in rows}
            rows = (*rows, *((e, p, -99.0) for (e, p), labs in labelled.items()
                             if (e, p) not in kept and field.intersection(labs)))
        heir = _heir(key, rows, wiktionary, rk) if wiktionary and not pen else None
        for e, p, sc in rows:
            by_field = [v for lab, v in labelled.get((e, p), {}).items() if lab in field]
            if by_field:  # the title's field confirms the candidate: its labelled sense counts unlabelled
                sc = max(sc, max(by_field)) + rk.field
                if not pen:
                    by_title.add(e.lower())
            if wanted and p not in wanted:
                pen_pos = rk.unknown_pos if p is None else rk.other_pos
            else:
                pen_pos = 0.0
            # a look-alike Wiktionary contradicts gets no cognate bonus (стол = table, not stole)
            bonus = rk.cognate if cognate(key, e) and not _false_friend(e, rows, wiktionary, rk) else 0.0
            if bonus and full_cognate(key, e):  # кредит = credit, every consonant the same
                bonus += _cognate_rules()["full_bonus"]
            if plural and p == "n":
                bonus += _plural_shift(e)
            if e == heir:  # карта = map: Wiktionary's word, in place of the false friend chart
                bonus += rk.cognate
            r = (e, p, sc - pen - pen_pos + bonus)
            if e.lower() not in pool or r[2] > pool[e.lower()][2]:
                pool[e.lower()] = r
    # Wiktionary through another language gives the pair too (pivot.py): only for the word's own keys
    # (not an aspect partner's or a participle's verb, which carry a penalty) and a candidate of its
    # part of speech (бывший = former, not being; рабочий день = working, not worker)
    if wiktionary and pool:
        pool = {k: (e, p, sc + rk.pivot) if _pivot_confirms(k, e, p, wiktionary, by_title, wanted, rk) else (e, p, sc)
                for k, (e, p, sc) in pool.items()}
    ranked = sorted(pool.values(), key=lambda r: (-round(r[2], 3), -_uncapped(r[0])))[:n]
    return [(e, p, round(sc, 3)) for e, p, sc in ranked]


index.cache_clear = _cached.cache_clear  # type: ignore[attr-defined]
