"""Demo content for local development, tests and benchmarks: ``manage.py load_demo_content``.

Above every other app (it imports them all, nothing imports it) and installed only by the dev and
test settings. The words live in content/ as files; loader.py builds the site from them.
"""
