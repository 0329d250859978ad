# The two commands of the README: `make demo` and `make test`. Each bootstraps .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_API := pyside6

.PHONY: install demo test test-slow lint format screenshots clean translations bench dist

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/monggo-desktop --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	tools/with-test-keyring $(BIN)/python -m pytest $(PYTEST_ARGS)

test-slow: $(STAMP)
	tools/with-test-keyring $(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# What users download: dist/monggo-desktop/ (one folder, the monggo-desktop executable inside), from build.spec.
# PyInstaller comes with the `dist` extra, installed here the first time; `make test` does not need it.
dist: $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python -m PyInstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache *.egg-info

# Benchmarks (not part of `make test`): `make bench` at 1,000,000 messages, `make bench QUICK=1` at a tenth.
# Writes benchmarks/results.json; benchmarks/README.md explains each figure.
bench: $(STAMP)
	tools/with-test-keyring env QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py $(if $(QUICK),--quick)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots --scale 2

# Qt Linguist: sources -> resources/i18n/*.ts (edit these) -> monggo_desktop/resources/i18n/*.qm (shipped).
# lupdate reads only the UI: first the messages said below it are listed in ui/error_catalogue.py.
LANGUAGES := en id
translations: $(STAMP)
	$(BIN)/python tools/error_catalogue.py
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations absolute monggo_desktop/ui \
		-ts $(foreach lang,$(LANGUAGES),resources/i18n/monggo_$(lang).ts)
	mkdir -p monggo_desktop/resources/i18n
	$(foreach lang,$(LANGUAGES),$(BIN)/pyside6-lrelease resources/i18n/monggo_$(lang).ts \
		-qm monggo_desktop/resources/i18n/monggo_$(lang).qm &&) true
	$(BIN)/pyside6-lrelease resources/i18n/qt_id.ts -qm monggo_desktop/resources/i18n/qt_id.qm
