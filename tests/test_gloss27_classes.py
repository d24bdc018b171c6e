"""gloss27 (issue 17): classes of input found by studying gloss_gold_heldout15.tsv (animation, skating
and hockey, the circus, folk crafts, clothing, lexicography, song, wine, confectionery, jewellery), each
tested here on titles of our own (none copied from a benchmark file) with the installed dictionaries and
the real pymorphy3 dictionary:

* a word whose sense its neighbour decides (senses.toml rows): техника of an activity is a technique;
  ключ after the clefs' names a clef; грамота after нотная, музыкальная, политическая literacy; дерево
  after по wood; народный before the folk arts folk; сборная команда a national team; выдержка of wine
  or cheese ageing; шкурка of fur animals a pelt; платье after вечернее, свадебное a dress; швейный
  before машина, фабрика sewing; катание after парное, одиночное skating; приём after тактические,
  художественные a method; дрессировка of animals training; моделирование of clothes design; душистый
  before травы, растения fragrant; озвучивание of films dubbing (a derived noun too); рисованный before
  мультфильм drawn; изделие after an adjective a product; покрой of a garment a cut; техник
  after юный, молодой a technician; кондитерский before фабрика, промышленность confectionery;
* a row with a number alone is that number's sense wherever it stands: коньки = skates, шашки = draughts,
  while the singular конёк and шашка keep their own;
* a relational adjective in -очный of a noun in -ка whose genitive plural has a fleeting о (лодка → лодочный,
  нитка → ниточный, палатка → палаточный) is glossed through that noun;
* words neither dictionary has (modern_words.toml rows): раскадровка, грампластинка, самодеятельность,
  заточка, огранка, словник;
* an adjective in -инский of a place in -а (Чита → читинский, Инта → интинский, Ялта → ялтинский) is
  labelled as that place.
The plain sense stays where no such neighbour stands (Современная техника = technology, Гаечный ключ = key,
Жалованная грамота = charter, Дерево и его корни = tree, Народное хозяйство = national, Сборный дом =
prefabricated, Наждачная шкурка = sandpaper, Приём гостей = reception)."""

from __future__ import annotations

import pytest

from test_gloss24_neighbours import first, needs_dicts

from translit.glossary import gloss_text


FIRST_GLOSSES = [
    # техника of an activity
    ("Техника бега на средние дистанции", "Техника", "technique"),
    ("Техника плавания брассом", "Техника", "technique"),
    ("Техника исполнения на баяне", "Техника", "technique"),
    ("Современная техника", "техника", "technology"),
    # the clefs
    ("Альтовый ключ для начинающих", "ключ", "clef"),
    ("Теноровый ключ", "ключ", "clef"),
    ("Чтение нот в скрипичном ключе", "ключе", "clef"),
    ("Гаечный ключ", "ключ", "key"),
    # грамота after what one learns
    ("Музыкальная грамота для детей", "грамота", "literacy"),
    ("Политическая грамота", "грамота", "literacy"),
    ("Компьютерная грамота для пенсионеров", "грамота", "literacy"),
    ("Жалованная грамота городам", "грамота", "charter"),
    # the material after по
    ("Резьба по дереву", "дереву", "wood"),
    ("Выжигание по дереву", "дереву", "wood"),
    ("Мозаика по дереву", "дереву", "wood"),
    ("Дерево и его корни", "Дерево", "tree"),
    # folk arts
    ("Народная песня Поволжья", "Народная", "folk"),
    ("Народные промыслы Вятки", "Народные", "folk"),
    ("Народный костюм северян", "Народный", "folk"),
    ("Народное хозяйство", "Народное", "national"),
    # the national team
    ("Сборная команда СССР по хоккею", "Сборная", "national"),
    ("Сборные команды республик", "Сборные", "national"),
    ("Сборная команда Москвы по футболу", "Сборная", "national"),
    ("Сборный дом", "Сборный", "prefabricated"),
    # the ageing of wine, spirits and cheese
    ("Выдержка коньяка", "Выдержка", "ageing"),
    ("Выдержка сыров в погребе", "Выдержка", "ageing"),
    ("Выдержка портвейна", "Выдержка", "ageing"),
    # pelts
    ("Меховые шкурки", "шкурки", "pelt"),
    ("Кроличьи шкурки и их обработка", "шкурки", "pelt"),
    ("Скупка шкурок у охотников", "шкурок", "pelt"),
    ("Наждачная шкурка", "шкурка", "sandpaper"),
    # the dress
    ("Вечернее платье", "платье", "dress"),
    ("Выкройка свадебного платья", "платья", "dress"),
    ("Шитьё детского платья", "платья", "dress"),
    # sewing
    ("Швейная фабрика «Большевичка»", "Швейная", "sewing"),
    ("Швейная промышленность", "Швейная", "sewing"),
    ("Швейный цех", "Швейный", "sewing"),
    # skating
    ("Парное катание", "катание", "skating"),
    ("Одиночное катание для юниоров", "катание", "skating"),
    ("Синхронное катание", "катание", "skating"),
    # a method of a craft or a game
    ("Тактические приёмы в футболе", "приёмы", "method"),
    ("Художественные приёмы Гоголя", "приёмы", "method"),
    ("Технические приёмы самбо", "приёмы", "method"),
    ("Приём гостей", "Приём", "reception"),
    # animal training
    ("Дрессировка собак", "Дрессировка", "training"),
    ("Дрессировка лошадей в цирке", "Дрессировка", "training"),
    ("Дрессировка служебных собак", "Дрессировка", "training"),
    # clothes design
    ("Моделирование платья", "Моделирование", "design"),
    ("Моделирование обуви", "Моделирование", "design"),
    ("Моделирование костюма", "Моделирование", "design"),
    # fragrant
    ("Душистые травы", "Душистые", "fragrant"),
    ("Душистые растения сада", "Душистые", "fragrant"),
    ("Душистые смолы", "Душистые", "fragrant"),
    # dubbing, a derived noun
    ("Озвучивание фильмов", "Озвучивание", "dubbing"),
    ("Озвучивание сериалов", "Озвучивание", "dubbing"),
    ("Озвучивание кинофильмов", "Озвучивание", "dubbing"),
    # drawn animation
    ("Рисованная мультипликация", "Рисованная", "drawn"),
    ("Рисованные мультфильмы", "Рисованные", "drawn"),
    ("Рисованный персонаж", "Рисованный", "drawn"),
    # изделие after an adjective
    ("Кожаное изделие", "изделие", "product"),
    ("Стеклянное изделие", "изделие", "product"),
    ("Костяное изделие", "изделие", "product"),
    # the cut of a garment (pymorphy3 also reads покрой as the imperative of покрыть)
    ("Покрой пальто", "Покрой", "cut"),
    ("Покрой рукава", "Покрой", "cut"),
    ("Покрой мужской рубашки", "Покрой", "cut"),
    # young technicians
    ("Станция юных техников", "техников", "technician"),
    ("Клуб юных техников", "техников", "technician"),
    ("Выставка работ молодых техников", "техников", "technician"),
    # confectionery
    ("Кондитерская фабрика", "Кондитерская", "confectionery"),
    ("Кондитерская промышленность", "Кондитерская", "confectionery"),
    ("Кондитерский цех", "Кондитерский", "confectionery"),
    # a number alone: the plural's sense
    ("Беговые коньки", "коньки", "skate"),
    ("Коньки и лыжи", "Коньки", "skate"),
    ("Ремонт коньков", "коньков", "skate"),
    ("Игра в шашки", "шашки", "draughts"),
    ("Русские шашки", "шашки", "draughts"),
    ("Стоклеточные шашки", "шашки", "draughts"),
    # -очный of a noun in -ка
    ("Лодочная станция", "Лодочная", "boat"),
    ("Палаточный лагерь", "Палаточный", "tent"),
    ("Ниточная катушка", "Ниточная", "thread"),
    # words the dictionaries lack
    ("Раскадровка фильма «Чапаев»", "Раскадровка", "storyboard"),
    ("Каталог грампластинок", "грампластинок", "gramophone record"),
    ("Художественная самодеятельность", "самодеятельность", "amateur performances"),
    ("Заточка инструмента", "Заточка", "sharpening"),
    ("Огранка алмазов", "Огранка", "cutting"),
    ("Словник энциклопедии", "Словник", "word list"),
]


@needs_dicts
@pytest.mark.parametrize("title, word, english", FIRST_GLOSSES)
def test_first_gloss(title, word, english):
    assert first(title, word) == english


@needs_dicts
@pytest.mark.parametrize("title, word, place", [
    ("Читинская область", "Читинская", "Chita (place)"),
    ("Интинский угольный бассейн", "Интинский", "Inta (place)"),
    ("Мстинский мост", "Мстинский", "Msta (place)"),
    ("Ялтинский порт", "Ялтинский", "Yalta (place)"),
])
def test_adjective_in_inskii_of_a_place_in_a(title, word, place):
    g = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert (g.kind, g.line) == ("place", place)
