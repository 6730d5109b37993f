# The two commands a newcomer needs: `make run` and `make test`.
# Django 6 needs Python 3.12 or newer; PYTHON picks the first one found.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3; do \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

# The local site runs in debug mode (and so needs no SECRET_KEY); tests run as production would.
run serve: export DEBUG ?= 1

.PHONY: run test serve serve-prod worker lint format bench bench-pages bench-load fuzz train-focus clean

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Newsdesk needs Python 3.12+ (Django 6); none found. Set PYTHON=/path/to/python3.12."; exit 1; }
	@echo "==> Installing into $(VENV) (a minute or two the first time; pip's log: $(VENV)/install.log)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --upgrade pip > /dev/null
	@$(BIN)/pip install -e '.[dev]' > $(VENV)/install.log 2>&1 || { tail -20 $(VENV)/install.log; exit 1; }
	@touch $@

run: $(BIN)/.installed
	@echo "==> Migrating the database ($${DATABASE_URL:-var/newsdesk.sqlite3})"
	@$(BIN)/python manage.py migrate --noinput -v0
	@echo "==> Ingesting the samples"
	@$(BIN)/python manage.py ingest samples/
	@$(MAKE) --no-print-directory serve

serve: $(BIN)/.installed
	@echo "==> Serving Newsdesk on http://$(HOST)/  (an admin: $(BIN)/python manage.py createsuperuser)"
	@$(BIN)/python manage.py db_worker -v0 & worker=$$!; \
	trap "kill $$worker" EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST)

test: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	bin/with-postgres $(BIN)/python -m pytest

# Production: DEBUG off, SECRET_KEY and ALLOWED_HOSTS from the environment, gunicorn with workers
# sized to the cores (newsdesk/gunicorn.conf.py), access log on stdout; `kill -HUP` restarts
# workers gracefully. Run `manage.py db_worker` beside it for uploads.
serve-prod: $(BIN)/.installed
	@test -n "$$SECRET_KEY" || { echo "serve-prod needs SECRET_KEY (and ALLOWED_HOSTS) in the environment"; exit 1; }
	DEBUG=0 $(BIN)/python manage.py migrate --noinput -v0
	DEBUG=0 $(BIN)/python manage.py collectstatic --noinput -v0
	DEBUG=0 $(BIN)/gunicorn -c newsdesk/gunicorn.conf.py

# A bounded fuzz pass over read_document and the public URL parameters (FUZZ_EXAMPLES per target,
# 300 by default; FUZZ_SEED=1 for a random, not repeatable, run); prints what it tried.
fuzz: $(BIN)/.installed
	bin/with-postgres $(BIN)/python -m pytest fuzz -q -p no:cacheprovider --hypothesis-show-statistics

# Refit the focus model (extraction/focus_model.json) on the dev gold and the team's annotated
# articles; rerun after a change to the stages it reads (people, countries, meetings).
train-focus: $(BIN)/.installed
	$(BIN)/python -m extraction.focus_training ../shared/eval/dev_gold.jsonl eval/helper_gold/train.jsonl \
	  --corpus ../shared/corpus

lint format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# One and two processes, then 1, 2 and 4 queue workers, over the corpus five times (2,125 articles).
bench: $(BIN)/.installed
	bin/with-postgres $(BIN)/python manage.py bench_ingest $(or $(ARGS),--repeat 5 --queue-workers 1 2 4)

bench-pages: $(BIN)/.installed
	$(BIN)/python manage.py collectstatic --noinput -v0
	bin/with-postgres $(BIN)/python manage.py bench_pages $(ARGS)

# A load test of serve-prod's server on loopback over the corpus (needs wrk: apt-get install wrk).
bench-load: $(BIN)/.installed
	$(BIN)/python manage.py collectstatic --noinput -v0
	bin/with-postgres $(BIN)/python manage.py bench_load $(ARGS)

clean:
	rm -rf $(VENV) var staticfiles
