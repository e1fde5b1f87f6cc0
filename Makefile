# danvan — two commands for a newcomer: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# The first Python >= 3.12 found: python3.13, python3.12, then pyenv's installs.
PYTHON ?= $(shell for p in python3.13 python3.12 $$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)

.PHONY: install run test lint check demo worker clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Cần Python >= 3.12 (python3.13, python3.12 hoặc pyenv) / Python >= 3.12 is required"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "→ Cài các thư viện vào $(VENV)/ (lần đầu mất vài phút, không in gì trong lúc chờ) / installing dependencies (minutes on the first run)…"
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)
	@echo "  xong: thư viện đã cài vào $(VENV)/"

var:
	@mkdir -p var

# `make run` is for a laptop: DEBUG on, the development secret key, SQLite under var/. The server and the
# background worker (Excel imports, reminders, roll-up folds) run together; Ctrl-C stops both.
run: export DEBUG = 1
run: install var
	$(BIN)/danvan migrate --noinput
	$(BIN)/danvan import_divisions
	@test -f var/.demo-loaded || { echo "$(BIN)/danvan demo --password danvan2026   (lần đầu: vài phút; Ctrl-C rồi chạy lại sẽ làm tiếp)"; \
		$(BIN)/danvan demo --password danvan2026 && touch var/.demo-loaded; }
	@echo "→ Mở http://$(HOST):$(PORT)/ — đăng nhập tinh-37 / danvan2026 (xem README); Ctrl-C dừng máy chủ"
	$(BIN)/danvan serve $(HOST):$(PORT)

worker: export DEBUG = 1
worker: install
	$(BIN)/danvan db_worker

# The whole suite on SQLite; when DATABASE_URL names PostgreSQL, every test that reaches the database (marked
# `database` by danvan/conftest.py; the others cannot touch it) runs there too, at the same time as the SQLite one
# (each pytest uses one core; on a 2-core machine this halves the wall time). The PostgreSQL run's output is kept
# in var/test-postgresql.log and printed after the SQLite run.
# Browser journeys run in their own pytest process: their live server flushes the database.
PYTEST := $(BIN)/pytest -p no:cacheprovider
PG_LOG := var/test-postgresql.log
test: install var
	@set -u; pg=""; \
	if [[ "$${DATABASE_URL:-}" == postgres* ]]; then \
		echo "== PostgreSQL suite started in the background (output: $(PG_LOG))"; \
		$(PYTEST) -m "database and not browser and not concurrency" > $(PG_LOG) 2>&1 & pg=$$!; \
	fi; \
	env -u DATABASE_URL $(PYTEST) -m "not browser and not concurrency"; sqlite=$$?; \
	env -u DATABASE_URL $(PYTEST) -m browser -rs; browser=$$?; \
	postgres=0; concurrency=0; \
	if [[ -n "$$pg" ]]; then \
		wait $$pg; postgres=$$?; \
		echo "== The same suite on PostgreSQL"; cat $(PG_LOG); \
		$(PYTEST) -m concurrency -rs; concurrency=$$?; \
	fi; \
	echo "== exit codes: sqlite=$$sqlite browser=$$browser postgresql=$$postgres concurrency=$$concurrency"; \
	[[ $$sqlite == 0 && $$browser == 0 && $$postgres == 0 && $$concurrency == 0 ]]

lint: install
	$(BIN)/ruff check .

# Migrations in step with the models, types (mypy with django-stubs, configured in pyproject.toml), and
# Django's deployment checks with production-like settings.
check: install
	DEBUG=1 $(BIN)/danvan makemigrations --check --dry-run
	DEBUG=1 $(BIN)/mypy
	DEBUG=0 SECRET_KEY=ci-only-$$(head -c 96 /dev/urandom | base64 -w0 | tr -dc A-Za-z0-9) ALLOWED_HOSTS=danvan.example EMAIL_HOST=localhost \
		$(BIN)/danvan check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) var/*.sqlite3* var/.demo-loaded
