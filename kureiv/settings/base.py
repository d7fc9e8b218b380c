"""Settings shared by every environment.

Everything that differs between machines comes from the environment (see the
README's configuration table); nothing secret lives here.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_required(name):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "services",
    "blog",
    "locations",
    "team",
    "consultations",
    "editorial",
    "twofactor",
    "wordpress_import",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "editorial.apps.UsersConfig",  # wagtail.users, its user admin limited by editorial/user_policy.py
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Old WordPress addresses such as /?attachment_id=12 are the home page's path: redirected before it answers.
    "wordpress_import.middleware.WordPressIdAddressRedirectMiddleware",
    # gzip for what does not come compressed from the page cache (never for responses that may hold a secret).
    "core.compression.CompressionMiddleware",
    # Before sessions and authentication: a cached page is answered without touching either (or SQL).
    "core.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check reads the form: an over-long form post is kept as far as it fits, not refused.
    "consultations.oversized_post.KeepOversizedFormPostMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Model-level rules (editorial, users) read who is acting from here (core.request_context);
    # inside the messages middleware, so what they tell the user at the end of a request is kept.
    "core.request_context.RequestContextMiddleware",
    "twofactor.middleware.RequireTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# Admin sign-in: django-axes refuses a username from an address after 5 failures, for an hour.
# Locking the pair (not the address alone) keeps one clinic's shared office address usable by
# colleagues while someone guesses a password. The address is REMOTE_ADDR: behind a proxy that leaves it
# the proxy's, the lock falls on the username alone.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, taking a two-factor code from whoever has set one up (twofactor/authentication.py).
    "twofactor.authentication.TwoFactorBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_SENSITIVE_PARAMETERS = ["otp_token"]  # axes records failed sign-ins' form data: never keep a code

# Two-factor sign-in (twofactor/, django-otp): the admin's sign-in form asks for a code from an
# authenticator app, or a backup code, of everyone who has set one up under Account › Two-factor sign-in.
# Members of these groups, and superusers where ADMIN_2FA_REQUIRED_FOR_SUPERUSERS is on (always in
# production), cannot use the admin until they have. Patient coordinators see patients' health details.
WAGTAILADMIN_USER_LOGIN_FORM = "twofactor.forms.TwoFactorLoginForm"
ADMIN_2FA_REQUIRED_GROUPS = env_list("ADMIN_2FA_REQUIRED_GROUPS", "Patient coordinators")
ADMIN_2FA_REQUIRED_FOR_SUPERUSERS = False
OTP_TOTP_ISSUER = "KureIV"  # the account's name in the authenticator app

# Database sessions that ignore a forged session cookie instead of sending it to the database (core/sessions.py).
SESSION_ENGINE = "core.sessions"

ROOT_URLCONF = "kureiv.urls"
WSGI_APPLICATION = "kureiv.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Chicago"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
#: Serve MEDIA_ROOT through Django. On in development and tests; production uses S3 or a proxy.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)


def s3_media_storage():
    """Images, renditions and documents in the private S3 bucket AWS_STORAGE_BUCKET_NAME (production.py uses it).

    Pages link to URLs signed for an hour, and an upload whose name is taken gets a suffix instead of
    replacing the other file. Path-style addressing and v4 signatures work with AWS and with other
    S3-compatible stores alike.
    """
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_required("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME", "us-east-1"),
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID"),
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY"),
            "addressing_style": "path",
            "signature_version": "s3v4",
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": True,
            # Cached pages carry these links: they must outlive PAGE_CACHE_SECONDS plus the CDN's time.
            "querystring_expire": 7200,
        },
    }


STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


#: Seconds to wait for Redis to connect and to answer: a Redis that is down or cut off costs this, then
#: pages are rendered without it (core.resilient_cache), so it stays well under a page's render time.
REDIS_TIMEOUT_SECONDS = float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.3"))


def cache(key_prefix, max_entries=300, timeout=300, process_copy_seconds=0):
    """Redis (shared by every app server) when REDIS_URL is set, this process's memory otherwise.

    The Redis cache answers like an empty one while Redis does not (core.resilient_cache); the OPTIONS
    go to redis-py's connection pool. ``process_copy_seconds``: each process also keeps copies that long
    (for values that never change under a key; core.resilient_cache.ProcessCopies).
    """
    if os.environ.get("REDIS_URL"):
        copies = {"PROCESS_COPY_SECONDS": process_copy_seconds, "PROCESS_COPY_MAX_ENTRIES": max_entries}
        return {
            "BACKEND": "core.resilient_cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"{os.environ.get('CACHE_KEY_PREFIX', 'kureiv')}:{key_prefix}",
            "TIMEOUT": timeout,
            "OPTIONS": {
                "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
                "socket_timeout": REDIS_TIMEOUT_SECONDS,
                **(copies if process_copy_seconds else {}),
            },
        }
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": key_prefix,
        "TIMEOUT": timeout,
        "OPTIONS": {"MAX_ENTRIES": max_entries},
    }


#: Wagtail keeps image-rendition lookups in the cache named "renditions" (so a page's images cost no
#: queries); whole pages for anonymous visitors live in "pages" (core.page_cache). Each can be flushed
#: without dropping the others.
#: A rendition never changes once made (a new file or focal point makes new renditions, under new keys), so
#: they are kept for a week, and each process keeps copies for 10 minutes: a page's images then cost no
#: round trip to Redis (Wagtail reads each rendition and writes it back on every render).
def cache_settings():
    """The CACHES setting (a function, so tests can build it as production does with their own REDIS_URL)."""
    return {
        "default": cache("default"),
        "renditions": cache("renditions", 2000, timeout=7 * 24 * 3600, process_copy_seconds=600),
        "pages": cache("pages", 2000),
    }


CACHES = cache_settings()
#: How long a page may be served from the page cache at most (0 turns the cache off). Edits purge it at
#: once; this only bounds what no purge can know about. Keep it well under the life of signed S3 media
#: URLs (AWS_QUERYSTRING_EXPIRE), which a cached page carries.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "900"))


def cdn_purge_backends(kind):
    """WAGTAILFRONTENDCACHE for CDN_PURGE: "cloudfront", "cloudflare", or empty for no CDN purge (core.cdn_purge).

    CloudFront takes CLOUDFRONT_DISTRIBUTION_ID and boto3's usual credentials (AWS_ACCESS_KEY_ID and
    AWS_SECRET_ACCESS_KEY, or the server's role); Cloudflare takes CLOUDFLARE_ZONE_ID and an API token
    allowed to purge that zone, CLOUDFLARE_API_TOKEN.
    """
    if not kind:
        return {}
    if kind == "cloudfront":
        return {
            "cloudfront": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
                "DISTRIBUTION_ID": env_required("CLOUDFRONT_DISTRIBUTION_ID"),
            }
        }
    if kind == "cloudflare":
        return {
            "cloudflare": {
                "BACKEND": "core.cdn_backends.CloudflareBackend",
                "ZONEID": env_required("CLOUDFLARE_ZONE_ID"),
                "BEARER_TOKEN": env_required("CLOUDFLARE_API_TOKEN"),
            }
        }
    raise ImproperlyConfigured(f"CDN_PURGE must be cloudfront, cloudflare or empty, not {kind!r}.")


CDN_PURGE = os.environ.get("CDN_PURGE", "").strip().lower()
WAGTAILFRONTENDCACHE = cdn_purge_backends(CDN_PURGE)
#: How long a CDN in front may keep a page (its s-maxage), never longer than the page cache keeps it (so
#: midnight, "Open now" turning and signed media links bound it too). Without a CDN purge nothing tells
#: the CDN of an edit, so a minute; with one, edits reach it and it may keep pages as long as we do.
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", PAGE_CACHE_SECONDS if CDN_PURGE else 60))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
#: Seconds before a hanging SMTP server gives up, so a patient never waits on the clinic's mail server.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "KureIV website <website@localhost>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail's background tasks log every search-index and reference-index update at INFO.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# An expired consultation form comes back filled in, not as a bare 403 (consultations/expired_form.py).
CSRF_FAILURE_VIEW = "consultations.expired_form.csrf_failure"

WAGTAIL_SITE_NAME = "KureIV"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Every document download goes through Wagtail's view, which checks page and collection privacy and
# streams the file: a bucket URL never reaches the browser, so no copied link outlives a change of
# privacy, and local disk and S3 behave alike. The clinic's documents are few and small.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "csv", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: it would tell a third party each staff member's e-mail hash. Initials instead (core/avatars.py).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# An approved review publishes the revision the reviewer was shown, with its credit (editorial.review_rules).
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.finish_workflow.publish_on_approval"
WAGTAILEMBEDS_FINDERS = []

# Consultation requests (see consultations/): who is told a request arrived, how long requests are
# kept before `manage.py purge_consultations` deletes them, and how many one address may send an hour.
CONSULTATION_NOTIFY_EMAILS = env_list("CONSULTATION_NOTIFY_EMAILS")
CONSULTATION_RETENTION_DAYS = int(os.environ.get("CONSULTATION_RETENTION_DAYS", "90"))
CONSULTATION_RATE_LIMIT_PER_HOUR = int(os.environ.get("CONSULTATION_RATE_LIMIT_PER_HOUR", "5"))

# Security headers, in every environment so tests see what production sends (HTTPS-only ones live in
# production.py). The public site runs no inline script: its JavaScript is static/js/site.js, and
# JSON-LD blocks are data, which CSP does not govern.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override this with SAMEORIGIN for the editor's iframe.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
    },
}
#: The Wagtail admin (everything under /admin/, see core.middleware) needs more: its page editor starts
#: widgets with inline scripts and styles elements inline, image uploads preview as blob: URLs, and the
#: editor shows its live preview in a same-origin iframe. Only signed-in staff see these pages.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [*CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"], "blob:"],
        "frame-ancestors": [SELF],
    },
}
