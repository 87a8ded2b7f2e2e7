# Sổ tay: every target sets itself up (.venv with the pinned packages) before it runs.
PY      := .venv/bin/python
SOTAY   := .venv/bin/sotay
STAMP   := .venv/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-unit test-build test-browser check lint bench clean

$(STAMP): requirements.txt pyproject.toml
	@bash scripts/bootstrap.sh
	@touch $(STAMP)

serve: $(STAMP)  ## build and serve the handbook at http://127.0.0.1:8000 with live reload
	$(SOTAY) serve

build: $(STAMP)  ## check content, then build into site/ (replaced only if the build succeeds)
	$(SOTAY) build

check: $(STAMP)  ## lint the code and check the content
	.venv/bin/ruff check sotay tests scripts
	.venv/bin/ruff format --check sotay tests scripts
	$(SOTAY) check

test: $(STAMP) check  ## every test: unit, build, browser (installs Chromium when missing)
	@SOTAY_CHROMIUM="$$(bash scripts/ensure-browser.sh)" && export SOTAY_CHROMIUM && \
	  $(PY) -m pytest tests

test-unit: $(STAMP)
	$(PY) -m pytest tests/unit

test-build: $(STAMP)
	$(PY) -m pytest tests/build

test-browser: $(STAMP)
	@SOTAY_CHROMIUM="$$(bash scripts/ensure-browser.sh)" && export SOTAY_CHROMIUM && \
	  $(PY) -m pytest tests/browser

bench: $(STAMP)  ## print size and speed figures next to a stock Material build
	$(PY) scripts/bench.py

clean:
	rm -rf site .site-* .pytest_cache .ruff_cache
