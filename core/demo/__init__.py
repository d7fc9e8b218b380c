"""Demo content for local development and reviews: ``manage.py load_demo_content``."""
