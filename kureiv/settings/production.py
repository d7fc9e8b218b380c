"""Production: secrets and hosts from the environment, HTTPS everywhere, S3 media when configured."""

from .base import *  # noqa: F403

SECRET_KEY = env_required("SECRET_KEY")  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")  # noqa: F405
# Links in the admin's e-mails (password resets, workflow notices) must name the real site.
WAGTAILADMIN_BASE_URL = env_required("WAGTAILADMIN_BASE_URL")  # noqa: F405

# Shared state or none: every app server must see the same caches, or a publish purges one process and
# the others keep serving the old page, and each counts its own rate limits.
if not os.environ.get("REDIS_URL"):  # noqa: F405
    if os.environ.get("PAGE_CACHE_SECONDS") != "0":  # noqa: F405
        raise ImproperlyConfigured(  # noqa: F405
            "Set REDIS_URL (e.g. redis://redis.internal:6379/0) so every app server shares one cache, or set "
            "PAGE_CACHE_SECONDS=0 to run without Redis: no page cache, and the default cache (header and menu, "
            "rate limits) kept in the database table that `manage.py createcachetable` makes."
        )
    # Without Redis: nothing served from a cache a purge cannot reach, and what must be shared (the
    # consultation and page-password rate limits, the header and menu) shared through the database.
    # Image renditions never change once made, so each process may remember them on its own.
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "kureiv_cache"},
        "renditions": cache("renditions", 2000, timeout=7 * 24 * 3600),  # noqa: F405
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Off only for `make serve`, which runs these settings over plain HTTP on 127.0.0.1.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)  # noqa: F405

# Superusers can do everything, patients' data included: they always sign in with a second factor.
ADMIN_2FA_REQUIRED_FOR_SUPERUSERS = True

if os.environ.get("EMAIL_HOST"):  # noqa: F405
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]  # noqa: F405
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))  # noqa: F405
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")  # noqa: F405
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")  # noqa: F405
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)  # noqa: F405

if os.environ.get("AWS_STORAGE_BUCKET_NAME"):  # noqa: F405
    STORAGES["default"] = s3_media_storage()  # noqa: F405
    # Pages show images straight from the bucket: let the browser load them.
    media_origin = STORAGES["default"]["OPTIONS"]["endpoint_url"] or (  # noqa: F405
        f"https://s3.{STORAGES['default']['OPTIONS']['region_name']}.amazonaws.com"  # noqa: F405
    )
    for policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):  # noqa: F405
        policy["DIRECTIVES"]["img-src"].append(media_origin)
