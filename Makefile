# Caravan: `make demo` serves the demo site, `make test` runs every check.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# The first Python >= 3.11 on the PATH, newest first.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; \
	then echo $$p; break; fi; done)
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist processes for make test; each gets its own test database,
# Redis database and media folder.
TEST_WORKERS ?= 2

.PHONY: demo test lint install node system clean bench-pages bench-registration \
	audit serve bench security outage-check screenshots bench-api

$(BIN)/.installed: pyproject.toml
	@if [ -z "$(PYTHON)" ]; then echo "Caravan needs Python 3.11 or newer on the PATH." >&2; exit 1; fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/.installed

# axe-core, vnu.jar and Lighthouse for the browser checks, pinned by
# package-lock.json; npm ci runs again only when the lock file is newer.
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm is missing, so node_modules cannot be installed (see the line below)." >&2; fi

node: $(NODE_STAMP)

# One line naming the system packages the tests need and this machine lacks,
# with the command that installs them; an error under CI=true.
system: install
	@$(BIN)/python scripts/check_system.py

# The links in the demo's e-mails point at the port it serves on.
demo: export SITE_URL ?= http://$(HOST):$(PORT)
# The web server and the background worker (e-mails, renditions) run together
# and stop together: Ctrl-C ends runserver, and the shell's exit ends the worker.
demo: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py seed_demo --demo-users
	@echo ""
	@echo "  Caravan demo: http://$(HOST):$(PORT)/en/"
	@echo "  Admin:        http://$(HOST):$(PORT)/admin/"
	@echo "  Logins:       admin/admin (superuser), editor/editor, organiser/organiser"
	@echo "  E-mails:      printed here by the background worker (Ctrl-C stops both)"
	@echo ""
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	$(BIN)/python manage.py db_worker --no-reload --no-startup-delay & worker=$$!; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

test: install node system lint security
	DJANGO_SETTINGS_MODULE=exchange_site.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=exchange_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python scripts/translation_coverage.py
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# Public pages under gunicorn on PostgreSQL: requests/s cold and cached, with
# the ratio to a hello-world view measured in the same run.
bench-pages: install
	@command -v wrk >/dev/null || { apt-get install -y -q wrk || { echo "bench-pages needs wrk (apt-get install wrk)" >&2; exit 1; }; }
	$(BIN)/python scripts/bench_pages.py $(BENCH_ARGS)

# The JSON API under gunicorn on PostgreSQL: the program list and one program,
# cold and with a warm ETag, against hello world and the cold program page.
bench-api: install
	@command -v wrk >/dev/null || { apt-get install -y -q wrk || { echo "bench-api needs wrk (apt-get install wrk)" >&2; exit 1; }; }
	$(BIN)/python scripts/bench_api.py $(BENCH_ARGS)

# 3,000 applications from concurrent clients into one program, under gunicorn
# on PostgreSQL: confirmed per minute, p50/p95 latency, overbooking (must be 0).
bench-registration: install
	$(BIN)/python scripts/bench_registration.py $(BENCH_ARGS)

# Lighthouse on the home and reference program pages, served by gunicorn with
# production settings; fails under budget. Installs node_modules itself; names
# the system packages it lacks (Chromium, the CJK fonts, Node.js).
audit: install node
	@$(BIN)/python scripts/check_system.py --for audit
	$(BIN)/python scripts/audit.py

# The main public pages on the demo content, at phone and desktop width in
# en, kk and zh-hans, into docs/screenshots/ (the README shows some of them).
screenshots: install
	SCREENSHOTS_DIR=docs/screenshots $(BIN)/python -m pytest tests/browser/test_screenshots.py -q -p no:cacheprovider

# bandit over our code: nothing of medium or high severity may remain.
security: install
	$(BIN)/bandit -q -r programs exchange_site --severity-level medium

# Production: gunicorn with deploy/gunicorn.conf.py after migrate and
# collectstatic. Needs SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL (see README).
serve: install
	@for name in SECRET_KEY ALLOWED_HOSTS DATABASE_URL; do \
		if [ -z "$${!name}" ]; then \
			echo "make serve needs $$name in the environment (see the README's deployment section)." >&2; exit 1; \
		fi; done
	DJANGO_SETTINGS_MODULE=exchange_site.settings.production $(BIN)/python manage.py migrate --no-input
	DJANGO_SETTINGS_MODULE=exchange_site.settings.production $(BIN)/python manage.py collectstatic --no-input -v0
	DJANGO_SETTINGS_MODULE=exchange_site.settings.production GUNICORN_BIND=$${GUNICORN_BIND:-$(HOST):$(PORT)} \
		$(BIN)/gunicorn -c deploy/gunicorn.conf.py exchange_site.wsgi

# Load test: gunicorn with production settings on PostgreSQL and Redis, scale
# data, wrk; prints the table that docs/performance.md keeps.
bench: install
	@command -v wrk >/dev/null || { apt-get install -y -q wrk || { echo "bench needs wrk (apt-get install wrk)" >&2; exit 1; }; }
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# Stops the local PostgreSQL for a few seconds under a running site and checks
# the 503 and the recovery. Never run it while anything else uses PostgreSQL.
outage-check: install
	$(BIN)/python scripts/outage_check.py

clean:
	rm -rf $(VENV) var staticfiles
