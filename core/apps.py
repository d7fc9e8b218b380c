from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site-wide"

    def ready(self):
        from . import site_cache

        site_cache.connect()
