"""Local development: DEBUG on, a fixed throwaway key, SQLite unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F403

# The demo content and its commands (load_demo_content, ensure_dev_admin): never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")  # noqa: F405
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
SERVE_MEDIA = True
# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Template edits show at once: no page cache unless asked for (PAGE_CACHE_SECONDS=900 make run).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))  # noqa: F405
