# Sổ tay: every target sets itself up (.venv with the pinned packages) before it runs.
PY      := .venv/bin/python
SOTAY   := .venv/bin/sotay
STAMP   := .venv/.installed
NPM_STAMP := node_modules/.sotay-lock.sha256
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-unit test-build test-browser check lint bench clean pdf

$(STAMP): requirements.txt pyproject.toml
	@bash scripts/bootstrap.sh
	@touch $(STAMP)

$(NPM_STAMP): package-lock.json  # axe-core and the Nu Html Checker, for the tests
	@bash scripts/bootstrap.sh --npm

serve: $(STAMP)  ## build and serve the handbook at http://127.0.0.1:8000 with live reload
	$(SOTAY) serve

build: $(STAMP)  ## check content, then build into site/ (replaced only if the build succeeds)
	$(SOTAY) build

check: $(STAMP)  ## lint the code and check the content
	.venv/bin/ruff check sotay tests scripts
	.venv/bin/ruff format --check sotay tests scripts
	$(SOTAY) check

test: $(STAMP) $(NPM_STAMP) check  ## every test: unit, build, browser (installs Chromium, zbarimg, Java, nginx when missing)
	@bash scripts/ensure-tools.sh
	@bash scripts/ensure-pdf-tools.sh
	@SOTAY_CHROMIUM="$$(bash scripts/ensure-browser.sh)" && export SOTAY_CHROMIUM && \
	  $(PY) -m pytest tests

test-unit: $(STAMP)
	@bash scripts/ensure-tools.sh
	$(PY) -m pytest tests/unit

test-build: $(STAMP) $(NPM_STAMP)
	@bash scripts/ensure-tools.sh
	@bash scripts/ensure-pdf-tools.sh
	$(PY) -m pytest tests/build

test-browser: $(STAMP) $(NPM_STAMP)
	@bash scripts/ensure-tools.sh
	@SOTAY_CHROMIUM="$$(bash scripts/ensure-browser.sh)" && export SOTAY_CHROMIUM && \
	  $(PY) -m pytest tests/browser

pdf: build  ## the whole handbook as one PDF per language: site/pdf/so-tay-vi.pdf, so-tay-en.pdf
	@bash scripts/ensure-pdf-tools.sh
	$(SOTAY) pdf

bench: $(STAMP)  ## print size and speed figures next to a stock Material build
	$(PY) scripts/bench.py

clean:
	rm -rf site .site-* .pytest_cache .ruff_cache
