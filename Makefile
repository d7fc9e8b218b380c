# Two commands do everything: `make run` (serve the demo site) and `make test` (every test).
# `make serve` runs the production settings locally, the way a deployment would.
# `make bench` measures pages, load, a database outage and two servers (README, "Benchmark").
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
CHROMIUM := /usr/bin/chromium

.PHONY: run serve test lint install install-test chromium wrk migrate demo bench bench-outage bench-two-servers clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(PY)
	$(PIP) install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

chromium:
	@test -x $(CHROMIUM) || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

wrk:
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_dev_admin

run: demo
	$(PY) manage.py runserver 127.0.0.1:8000

# Production settings on this machine: PostgreSQL, the machine's Redis (database 2), collected static files,
# gunicorn on 127.0.0.1:8001. Plain HTTP here, so no HTTPS redirect and no secure-only cookies; a throwaway
# key is made per run.
serve: install
	@test -n "$$DATABASE_URL" || createdb -h 127.0.0.1 -U postgres kureiv 2>/dev/null || true
	export DJANGO_SETTINGS_MODULE=kureiv.settings.production \
	  DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kureiv}" \
	  SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	  ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	  REDIS_URL="$${REDIS_URL:-redis://127.0.0.1:6379/2}" \
	  WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:8001}" \
	  SECURE_SSL_REDIRECT=false SECURE_COOKIES=false GUNICORN_BIND=127.0.0.1:8001 \
	&& $(PY) manage.py collectstatic --noinput --verbosity 0 \
	&& $(PY) manage.py migrate --noinput \
	&& exec $(VENV)/bin/gunicorn -c kureiv/gunicorn.conf.py kureiv.wsgi

# Render times and query counts of every public page type (10 and 500 posts), a wrk load run under gunicorn,
# the PostgreSQL outage test, then two servers on one database, Redis and S3; each part runs even if one
# before it reports errors, and the exit status is non-zero if any did.
# Uses PostgreSQL at 127.0.0.1:5432 (BENCH_DATABASE_URL) and Redis at 127.0.0.1:6379 (BENCH_REDIS_URL).
bench: install wrk
	$(PY) -m bench; status=$$?; $(PY) -m bench.pg_restart || status=1; $(PY) -m bench.two_servers || status=1; \
	exit $$status

# Only the outage test: a private PostgreSQL cluster stopped and started under load.
bench-outage: install
	$(PY) -m bench.pg_restart

# Only the two-server run: publishing seen across servers, Redis killed under load, requests per second.
bench-two-servers: install wrk
	$(PY) -m bench.two_servers

test: install-test chromium
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# What CI checks before the tests: ruff's lint and format (pyproject.toml), and no model change without its migration.
lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=kureiv.settings.test $(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media staticfiles
