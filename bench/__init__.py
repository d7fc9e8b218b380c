"""`make bench`: page render times and query counts, a load run under gunicorn, and a PostgreSQL outage test.

Run it as ``python -m bench`` (render table and load run) and ``python -m bench.pg_restart`` (the outage
test); the README's "Benchmark" section says what each prints.
"""
