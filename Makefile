# translit: `make run` runs the main job on the bundled example; `make test` runs the tests.
PY ?= python3
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench fuzz serve clean
FUZZ_SECONDS ?= 60

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/translit demo examples/sample.txt

serve: $(STAMP)
	$(BIN)/translit serve

test: $(STAMP)
	$(BIN)/python -m pytest

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

$(VENV)/.fuzz: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,fuzz]"
	touch $(VENV)/.fuzz

# Each fuzzer runs FUZZ_SECONDS on a scratch copy of its seed corpus; crashes land in fuzz/crashes/
# (commit them: tests/test_fuzz_regressions.py replays every one).
fuzz: $(VENV)/.fuzz
	@for t in citation marc; do \
	  scratch=$$(mktemp -d); cp fuzz/corpus/$$t/* $$scratch/; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  (cd fuzz && PYTHONPATH=.. ../$(BIN)/python fuzz_$$t.py $$scratch -max_total_time=$(FUZZ_SECONDS) \
	     -artifact_prefix=crashes/ -print_final_stats=1 > ../$(VENV)/fuzz-$$t.log 2>&1) \
	    || { grep -v "^INFO" $(VENV)/fuzz-$$t.log | tail -40; rm -rf $$scratch; exit 1; }; \
	  grep -h "stat::number_of_executed_units" $(VENV)/fuzz-$$t.log; rm -rf $$scratch; \
	done

clean:
	rm -rf $(VENV)
