"""gloss21 (issue 17): classes of input found in the twelfth gloss gold, each fixed in general and
tested here on titles of our own (none copied from a benchmark file), with the installed
dictionaries and the real pymorphy3 dictionary:

* a curated word's further senses in context (terms.toml ``[[term.context]]``): an adjective before
  дело in the singular names a craft or trade (Горное дело, Страховое дело = business), a criminal
  or civil one a case; a personal file and the plural (Личные дела) stay files;
* an adjective with no entry of its own made with a prefix English writes with a hyphen
  (derivation.toml [[combining]] ``hyphen``): несоветский = non-Soviet, дореформенный = pre-reform,
  послеоктябрьский = post-October, полуфеодальный = semi-feudal, внутрипартийный = intra-party;
  не- only before a relational adjective, and a word with an entry keeps it (немецкий = German);
* the base nouns one ending of a relational adjective gives, the commoner first (derivation.toml
  [bases]): сетной → сеть before сет, церковный → церковь before церква, солнечный → солнце;
* a verbal noun in -ение with no entry of its own whose verb in -ить changes its stem's last
  consonant (derivation.toml [[verbal_noun]] ``alternations``): копчение → коптить (smoking),
  кошение → косить, мощение → мостить (paving), гружение → грузить;
* a dictionary word's sense in context (senses.toml): право after an adjective in the singular is a
  branch of law (Морское право, Трудовое право = law; Избирательное право, Права человека stay
  right); движение before a vehicle or after a street's adjective is traffic (движение трамваев,
  уличное движение), after any other adjective a movement (рабочее движение); сообщение after путь, ход or
  линия is communication (Министерство путей сообщения); содержание before what is kept up is
  maintenance, устройство before a genitive an arrangement (not a device), заключение after the kinds
  of imprisonment imprisonment, следствие and производство of a court investigation and
  proceedings, пособие of teaching an aid or a manual, a school отметка a mark, мировой before the
  justices' institutions "of the peace", окружной before an округ's bodies district, заготовка
  before what is stocked procurement;
* kinds of publication (ГОСТ 7.60-2003) that begin titles: памятка = memo, самоучитель = teach-yourself
  book, задачник = problem book (terms.toml), руководство before по or для = manual (senses.toml);
* a verbal noun with the zero suffix and no entry of its own, through its verb (derivation.toml
  [[verbal_noun]] with an empty ending): лов → ловить (catching), подвоз → подвозить (hauling)."""

from __future__ import annotations

import pytest

from translit.glossary import _morph, combining_form, derived_bases, gloss_text, verbs_of
from translit.glossary.dictionary import index

needs_dicts = pytest.mark.skipif(not index(), reason="dictionaries not installed (make dicts)")


def _word(text: str, word: str):
    """The gloss of ``word`` in the gloss of ``text``."""
    return next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())


# (title, word, its first English gloss), by class; each class has at least three titles of our own
FIRST_GLOSSES = [
    # дело after an adjective in the singular: a trade or craft
    ("Горное дело на Урале", "дело", "business"),
    ("Очерки по истории страхового дела", "дела", "business"),
    ("Библиотечное дело в деревне", "дело", "business"),
    ("Кооперативное дело и его задачи", "дело", "business"),
    # ... a criminal or civil one: a case
    ("Уголовное дело крестьянина Петрова", "дело", "case"),
    ("Гражданское дело о разделе имущества", "дело", "case"),
    ("Материалы к следственному делу", "делу", "case"),
    # ... and files stay files: a personal file, a plural, no adjective, a pronoun before it
    ("Личное дело учителя", "дело", "delo (file)"),
    ("Личные дела рабочих завода", "дела", "delo (file)"),
    ("Дело о пожаре в имении", "Дело", "delo (file)"),
    ("Это дело передано в архив", "дело", "delo (file)"),
    # a prefixed adjective with no entry of its own: the prefix's English, a hyphen, the rest's English
    ("Несоветская литература о революции", "Несоветская", "non-Soviet"),
    ("Неевропейские народы империи", "Неевропейские", "non-European"),
    ("Дореформенная деревня", "Дореформенная", "pre-reform"),
    ("Послеоктябрьская эмиграция", "Послеоктябрьская", "post-October"),
    ("Полуфеодальное хозяйство", "Полуфеодальное", "semi-feudal"),
    ("Внутрипартийная борьба", "Внутрипартийная", "intra-party"),
    ("Псевдонаучные теории", "Псевдонаучные", "pseudo-scientific"),
    ("Межобластная конференция", "Межобластная", "inter-regional"),
    # ... but a word the dictionaries have keeps its own English, and не- before a word that is no
    # relational adjective makes nothing up (немецкий is no не+мецкий)
    ("Немецкая грамматика", "Немецкая", "German"),
    ("Антисоветская агитация", "Антисоветская", "anti-Soviet"),
    ("Контрреволюционный мятеж", "Контрреволюционный", "counter-revolutionary"),
    # kinds of publication (ГОСТ 7.60-2003) the dictionaries gloss wrongly or not at all
    ("Памятка пионеру", "Памятка", "memo (booklet of instructions)"),
    ("Самоучитель игры на баяне", "Самоучитель", "teach-yourself book"),
    ("Задачник по арифметике", "Задачник", "problem book"),
    ("Руководство по химии", "Руководство", "manual"),
    ("Руководство для врачей", "Руководство", "manual"),
    ("Руководство партии", "Руководство", "leadership"),
    # a noun of the zero suffix that Wiktionary (through the pivot) knows keeps its own English
    ("Народные обереги Поморья", "обереги", "amulet"),
    # senses.toml: a dictionary word's sense by the words around it
    ("Содержание шоссейных дорог", "Содержание", "maintenance"),
    ("Содержание скота в зимний период", "Содержание", "maintenance"),
    ("Ремонт и содержание зданий", "содержание", "maintenance"),
    ("Краткое содержание романа", "содержание", "content"),
    ("Устройство телефонного аппарата", "Устройство", "arrangement"),
    ("Устройство мостов через малые реки", "Устройство", "arrangement"),
    ("Устройство для резки металла", "Устройство", "device"),
    ("Одиночное заключение в крепости", "заключение", "imprisonment"),
    ("Пожизненное заключение", "заключение", "imprisonment"),
    ("Судебное следствие по делу Засулич", "следствие", "investigation"),
    ("Под следствием и судом", "следствием", "investigation"),
    ("Конкурсное производство", "производство", "proceedings"),
    ("Судебное производство по делам о разводе", "производство", "proceedings"),
    ("Производство стали в России", "Производство", "production"),
    ("Учебное пособие по химии", "пособие", "manual"),
    ("Методическое пособие для учителей", "пособие", "manual"),
    ("Демонстрационные пособия по физике", "пособия", "aid"),
    ("Пособие по безработице", "Пособие", "benefit"),
    ("Годовые отметки учеников", "отметки", "mark"),
    ("Экзаменационные отметки", "отметки", "mark"),
    ("Хорошие отметки", "отметки", "mark"),
    ("Мировой судья Тверского участка", "Мировой", "of the peace"),
    ("Мировой съезд Московского округа", "Мировой", "of the peace"),
    ("Мировые посредники первого призыва", "Мировые", "of the peace"),
    ("Окружной суд и прокурор", "Окружной", "district"),
    ("Окружной штаб Киевского округа", "Окружной", "district"),
    ("Окружной комитет партии", "Окружной", "district"),
    ("Заготовка дров на зиму", "Заготовка", "procurement"),
    ("Заготовки зерна в 1928 году", "Заготовки", "procurement"),
    ("Заготовка кормов в колхозах", "Заготовка", "procurement"),
    ("Партизанское движение в Белоруссии", "движение", "movement"),
    ("Кооперативное движение в деревне", "движение", "movement"),
    ("Общественное движение 1860-х годов", "движение", "movement"),
    ("Уличное движение в Москве", "движение", "traffic"),
    ("Правила уличного движения", "движения", "traffic"),
]


@needs_dicts
@pytest.mark.parametrize("title,word,first", FIRST_GLOSSES)
def test_first_gloss(title, word, first):
    assert _word(title, word).glosses[0] == first


def test_context_sense_keeps_the_curated_glosses_after_it():
    # the context's sense comes first, the curated row's own after it (a reader still sees "file")
    g = _word("Горное дело на Урале", "дело")
    assert g.source == "glossary" and g.kind == "ordinary" and "delo (file)" in g.glosses


@needs_dicts
def test_ne_is_no_prefix_of_a_qualitative_adjective():
    # небогатый is "not rich": не- makes a hyphened English only before a relational adjective
    assert combining_form(_morph().parse("небогатый")[0]) is None


@pytest.mark.parametrize("adjective,base,rarer", [
    ("сетной", "сеть", "сет"),
    ("церковный", "церковь", "церква"),
    ("солнечный", "солнце", "солонец"),
    ("пчелиный", "пчела", "пчёлка"),
    ("минеральный", "минерал", "минёр"),
])
def test_commoner_base_noun_first(adjective, base, rarer):
    bases = derived_bases(adjective, "adjective")
    assert bases[0] == base and rarer in bases


@pytest.mark.parametrize("adjective,base", [("капитанский", "капитан"), ("губернский", "губерния"), ("крючковый", "крючок")])
def test_single_base_unchanged(adjective, base):
    assert derived_bases(adjective, "adjective")[0] == base


@needs_dicts
def test_net_adjective_is_not_glossed_as_a_tennis_set():
    assert _word("Сетное рыболовство на озёрах", "Сетное").glosses[0] != "set"


@pytest.mark.parametrize("noun,verb", [
    ("копчение", "коптить"), ("кошение", "косить"), ("мощение", "мостить"), ("гружение", "грузить"),
    ("заявление", "заявить"), ("провождение", "проводить"),
    # the zero suffix
    ("лов", "ловить"), ("подвоз", "подвозить"), ("засол", "засолить"), ("обмолот", "обмолотить"),
])
def test_verb_of_a_verbal_noun(noun, verb):
    assert verbs_of(noun)[0] == verb


def test_alternation_only_when_the_stem_gives_no_verb():
    # преподавание and развитие need no alternation: their verbs stay the only ones
    assert verbs_of("преподавание")[0] == "преподавать"
    assert verbs_of("развитие")[0] == "развить"


@needs_dicts
@pytest.mark.parametrize("title,word,verb,gloss", [
    ("Копчение мяса в домашних условиях", "Копчение", "коптить", "smoking"),
    ("Мощение улиц булыжником", "Мощение", "мостить", "paving"),
    ("Кошение трав на заливных лугах", "Кошение", "косить", None),
    ("Лов сельди у берегов Мурмана", "Лов", "ловить", None),
    ("Подвоз хлеба к фронту", "Подвоз", "подвозить", None),
    ("Зимний лов рыбы подо льдом", "лов", "ловить", None),
])
def test_verbal_noun_gloss_through_its_verb(title, word, verb, gloss):
    g = _word(title, word)
    assert g.term == verb and g.kind == "derived" and g.glosses[0].endswith("ing")
    if gloss:
        assert g.glosses[0] == gloss


@needs_dicts
@pytest.mark.parametrize("title,word,first,kind", [
    ("Морское право и судоходство", "право", "law", "context"),
    ("Курс трудового права", "права", "law", "context"),
    ("Римское право в средние века", "право", "law", "context"),
    ("Церковное право Византии", "право", "law", "context"),
    ("Избирательное право в Англии", "право", "right", None),
    ("Права человека и гражданина", "Права", "right", None),
    ("Право на отдых", "Право", "right", None),
    ("Правила движения трамваев", "движения", "traffic", "context"),
    ("Движение судов по каналу", "Движение", "traffic", "context"),
    ("Рабочее движение в Германии", "движение", "movement", "context"),
    ("Министерство путей сообщения", "сообщения", "communication", "context"),
    ("Линии сообщения армии", "сообщения", "communication", "context"),
    ("Сообщение о пожаре", "Сообщение", "message", None),
])
def test_dictionary_sense_in_context(title, word, first, kind):
    g = _word(title, word)
    if first is not None:
        assert g.glosses[0] == first
    else:
        assert g.glosses[0] != "traffic"
    assert g.kind == kind


@needs_dicts
@pytest.mark.parametrize("title,word,not_first", [
    ("Заключение экспертной комиссии", "Заключение", "imprisonment"),
    ("Мировая война 1914 года", "Мировая", "of the peace"),
    ("Мировой океан", "Мировой", "of the peace"),
    ("Окружная железная дорога", "Окружная", "district"),
    ("Заготовка деталей на станке", "Заготовка", "procurement"),
    ("Это движение", "движение", "movement"),
])
def test_no_sense_in_context_outside_it(title, word, not_first):
    g = _word(title, word)
    assert g.glosses[0] != not_first and g.kind != "context"


@pytest.mark.parametrize("noun", ["стол", "кимберлит", "трамвай", "поле"])
def test_zero_suffix_makes_no_verb_of_other_nouns(noun):
    assert verbs_of(noun) == []


def test_zero_suffix_not_tried_after_a_suffix_gave_a_verb():
    assert verbs_of("преподавание") == ["преподавать", "преподаваться"]
