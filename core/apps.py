from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site-wide"

    def ready(self):
        from . import cache_purging, site_cache  # noqa: F401  (cache_purging connects its receivers)

        site_cache.connect()
