from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site-wide"

    def ready(self):
        from . import cache_purging  # noqa: F401  (connects its receivers)
        from .admin_forbidden import install

        install()  # admin refusals answer 403 with an explanation (core/admin_forbidden.py)
