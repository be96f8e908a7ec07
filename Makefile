# NetLoad — developer tasks. `make demo` and `make test` set everything up on a fresh Debian 12.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN      := netload_plugin
VERSION     := $(shell sed -n 's/^version=//p' $(PLUGIN)/metadata.txt)
SYSTEM_PY   := /usr/bin/python3
VENV        := .venv
PY          := $(VENV)/bin/python
RUFF        := $(VENV)/bin/ruff
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-venv gdal-bin xvfb xauth poppler-utils postgresql-15 postgresql-15-postgis-3
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DIST        := dist
ZIP         := $(DIST)/$(PLUGIN)-$(VERSION).zip
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
PYTEST_ARGS ?=
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help setup setup-ltr test test-ltr test-unit test-integration test-headless test-gui demo package deploy process bench clean translations styles docs

help:
	@echo "make demo      run the whole pipeline on the bundled samples (offline)"
	@echo "make test      run ruff (make lint), then every test (unit, integration, headless, gui, packaging) on the host's QGIS"
	@echo "make lint      check the code with the ruff pinned in requirements-dev.txt (settings: pyproject.toml)"
	@echo "make test-ltr  run the same tests on QGIS 3.40 LTR (Debian 13 root in .cache/ltr-root)"
	@echo "make setup     install Debian packages when missing and create .venv"
	@echo "make setup-ltr create or refresh the QGIS 3.40 LTR root (scripts/ltr-env)"
	@echo "make package   build $(ZIP) for 'Install from ZIP'"
	@echo "make deploy    copy the plugin into QGIS_PROFILE=$(QGIS_PROFILE)"
	@echo "make process ARGS='list'   run qgis_process with this plugin (scripts/netload-process)"
	@echo "make bench     run every benchmark script at a small size"
	@echo "make translations  re-extract tr() strings, fill pt_BR from i18n/pt_BR_source.json, compile the .qm"
	@echo "make docs      regenerate docs/algorithms.md from the algorithms' help files and parameters"

## setup: idempotent; installs only what is missing.
setup: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt requirements-optional.txt constraints.txt
	@missing=""; for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi
	@[ -x $(PY) ] || $(SYSTEM_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	@$(PY) -c "import numpy, qgis.core; assert int(numpy.__version__.split('.')[0]) < 2, 'numpy 2 breaks Debian QGIS'"
	@touch $@

## lint: ruff over the whole tree; `make test` runs it first and stops on a finding.
.PHONY: lint
lint: setup
	@$(RUFF) --version
	@$(RUFF) check . || { echo "make lint: ruff found the problems above. Most fix themselves with" \
	    "'$(RUFF) check --fix'; rewrap long lines by hand (or '$(RUFF) format --range=LINE FILE')." >&2; exit 1; }

test: setup lint
	bash scripts/run-tests $(PYTEST_ARGS)

## The QGIS 3.40 LTR leg: a Debian 13 root built (once) and reused by scripts/ltr-env.
setup-ltr:
	scripts/ltr-env

test-ltr:
	scripts/ltr-run bash scripts/run-tests $(PYTEST_ARGS)

test-unit: setup
	$(PY) -m pytest tests/unit $(PYTEST_ARGS)

test-integration: setup
	$(PY) -m pytest tests/integration $(PYTEST_ARGS)

test-headless: setup
	$(PY) -m pytest tests/headless $(PYTEST_ARGS)

test-gui: setup
	xvfb-run -a $(PY) -m pytest tests/gui $(PYTEST_ARGS)

demo: setup
	$(PY) scripts/run_demo.py --output demo-output

## package: the zip a user installs with "Install from ZIP" (pb_tool.cfg lists the same files).
package:
	$(SYSTEM_PY) scripts/package_plugin.py --output $(ZIP)

deploy: package
	mkdir -p "$(QGIS_PROFILE)/python/plugins"
	rm -rf "$(QGIS_PROFILE)/python/plugins/$(PLUGIN)"
	cd "$(QGIS_PROFILE)/python/plugins" && $(SYSTEM_PY) -m zipfile -e "$(CURDIR)/$(ZIP)" .
	@echo "Deployed to $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable it in Plugins > Manage."

process:
	scripts/netload-process $(ARGS)

## translations: needs Qt's lrelease (Debian: qttools5-dev-tools); the compiled .qm is committed.
translations:
	@command -v lrelease >/dev/null || { echo "Installing qttools5-dev-tools for lrelease"; $(SUDO) apt-get install -y -q --no-install-recommends qttools5-dev-tools; }
	$(SYSTEM_PY) scripts/update_translations.py --add-missing

## docs: the algorithm reference, generated from the algorithms (help files + parameter definitions).
docs: setup
	$(PY) scripts/make_algorithm_docs.py

## styles: regenerate the shipped QML styles with the QGIS API (they are committed).
styles: setup
	$(PY) scripts/build_styles.py

bench: setup
	bash scripts/run-benchmarks --small

clean:
	rm -rf $(DIST) build demo-output .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
