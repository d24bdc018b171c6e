# translit: `make run` runs the main job on the bundled example; `make test` runs the tests.
PY ?= python3
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test browser bench fuzz serve clean dicts
FUZZ_SECONDS ?= 60

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

run: $(STAMP) dicts
	$(BIN)/translit demo examples/sample.txt

serve: $(STAMP) dicts
	$(BIN)/translit serve

test: $(STAMP) browser dicts
	$(BIN)/python -m pytest

# The page test drives a real Chromium. Without one, install Debian's package when this is root
# with apt-get; otherwise stop and print the exact command to run.
CHROMIUM ?= $(firstword $(shell command -v chromium chromium-browser 2>/dev/null))
browser:
	@if [ -z "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make test: installing Debian's chromium for the page test (apt-get install -y chromium)"; \
	    apt-get install -y -q chromium >/dev/null 2>&1 \
	      || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; } \
	      || { echo "make test: apt-get could not install chromium; install it, then run make test again" >&2; exit 1; }; \
	  else \
	    echo "make test: the page test needs Chromium, which is not installed. Run:" >&2; \
	    echo "    sudo apt-get install -y chromium" >&2; \
	    echo "then run make test again." >&2; exit 1; \
	  fi; \
	fi

$(VENV)/.bench: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,bench,dask]"
	touch $(VENV)/.bench

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/romanize_speed.py
	$(BIN)/python benchmarks/catalog_agreement.py
	$(BIN)/python benchmarks/reverse_accuracy.py
	$(BIN)/python benchmarks/reading_speed.py
	$(BIN)/python benchmarks/match_and_convert.py
	$(BIN)/python benchmarks/marc_speed.py
	$(BIN)/python benchmarks/mojibake.py
	$(BIN)/python benchmarks/languages.py
	$(BIN)/python benchmarks/prose.py
	$(BIN)/python benchmarks/citations.py
	$(BIN)/python benchmarks/gloss.py
	$(BIN)/python benchmarks/gloss.py --gold
	$(BIN)/python benchmarks/gloss.py --gold2
	$(BIN)/python benchmarks/gloss.py --gold3
	$(BIN)/python benchmarks/marc_case.py
	$(BIN)/python benchmarks/reconcile_accuracy.py
	$(BIN)/python benchmarks/reliability.py
	$(BIN)/python benchmarks/real_spellings.py
	$(BIN)/python benchmarks/real_spellings.py --file real_spellings2.tsv
	$(BIN)/python benchmarks/real_spellings.py --file real_spellings3.tsv
	$(BIN)/python benchmarks/real_spellings.py --file real_spellings4.tsv
	$(BIN)/python benchmarks/slavic_real.py
	$(BIN)/python benchmarks/slavic_real.py --file slavic_real2.tsv
	$(BIN)/python benchmarks/slavic_real.py --file slavic_real3.tsv
	$(BIN)/python benchmarks/slavic_real.py --file slavic_real4.tsv
	$(BIN)/python benchmarks/default_language.py
	$(BIN)/python benchmarks/hostile.py

$(VENV)/.fuzz: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,fuzz]"
	touch $(VENV)/.fuzz

# Each fuzzer runs FUZZ_SECONDS on a scratch copy of its seed corpus; crashes land in
# fuzz/crashes/TARGET-crash-* (commit them: tests/test_fuzz_regressions.py replays every one).
fuzz: $(VENV)/.fuzz
	@for t in citation marc table marcxml document; do \
	  scratch=$$(mktemp -d); cp fuzz/corpus/$$t/* $$scratch/; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  (cd fuzz && PYTHONPATH=.. ../$(BIN)/python fuzz_$$t.py $$scratch -max_total_time=$(FUZZ_SECONDS) \
	     -artifact_prefix=crashes/$$t- -print_final_stats=1 > ../$(VENV)/fuzz-$$t.log 2>&1) \
	    || { grep -v "^INFO" $(VENV)/fuzz-$$t.log | tail -40; rm -rf $$scratch; exit 1; }; \
	  grep -h "stat::number_of_executed_units" $(VENV)/fuzz-$$t.log; rm -rf $$scratch; \
	done

clean:
	rm -rf $(VENV)

# The bilingual dictionaries `translit gloss` reads (Debian's dictd packages), and the Belarusian
# and Bulgarian Hunspell dictionaries with their expander (hunspell-be, hunspell-bg, hunspell-tools:
# the Belarusian word list and the Bulgarian word forms of translit/langs/lexicon.py), and the
# Serbian one (hunspell-sr, expanded in Python: Serbian identification's dictionary forms), installed
# where this is root with apt-get; anywhere else gloss works from the curated glossary, Belarusian
# from its character model and Bulgarian from wordfreq's list alone, and each says so.
# PIVOT_PKGS: the FreeDict+WikDict X-Russian and FreeDict X-English pairs of
# translit/glossary/pivots.toml (Wiktionary's Russian through German, French, Polish, Italian, Dutch,
# Swedish), which confirm the dictionaries' candidates; without them the gloss is as before.
PIVOT_PKGS := $(foreach l,deu fra pol ita nld swe,dict-freedict-$(l)-rus dict-freedict-$(l)-eng)
DICT_PKGS := mueller7-dict dict-freedict-eng-rus hunspell-be hunspell-bg hunspell-sr hunspell-tools $(PIVOT_PKGS)
dicts:
	@if [ -f /usr/share/dictd/mueller7.index ] && [ -f /usr/share/dictd/freedict-eng-rus.index ] \
	  && [ -f /usr/share/dictd/freedict-swe-rus.index ] && [ -f /usr/share/dictd/freedict-swe-eng.index ] \
	  && [ -f /usr/share/hunspell/be_BY.dic ] && [ -f /usr/share/hunspell/bg_BG.dic ] \
	  && [ -f /usr/share/hunspell/sr_Latn_RS.dic ] && command -v unmunch >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get install -y -q $(DICT_PKGS) >/dev/null 2>&1 \
	  || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $(DICT_PKGS) >/dev/null 2>&1; } \
	  || echo "make: could not install $(DICT_PKGS); translit gloss will use the curated glossary alone, Belarusian its character model"; \
	else echo "make: $(DICT_PKGS) not installed (needs root and apt-get); translit gloss will use the curated glossary alone, Belarusian its character model"; fi
