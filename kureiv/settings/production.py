"""Production: secrets and hosts from the environment, HTTPS everywhere, S3 media when configured."""

from .base import *  # noqa: F403

SECRET_KEY = env_required("SECRET_KEY")  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")  # noqa: F405

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
