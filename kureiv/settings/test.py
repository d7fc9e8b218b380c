"""Tests: fast hashing, in-memory e-mail, plain static storage (no collectstatic needed)."""

from .base import *  # noqa: F403

# The demo content and its commands (load_demo_content, ensure_dev_admin): never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA = True
# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Nobody is made to set up two-factor sign-in unless a test asks (tests/twofactor/ turn it on), so tests
# that sign staff in with client.force_login, which gives no second factor, keep working.
ADMIN_2FA_REQUIRED_GROUPS = []
