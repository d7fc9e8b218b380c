from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site-wide"

    def ready(self):
        from . import cache_purging, launch_checks  # noqa: F401  (cache_purging connects its receivers)
        from .admin_forbidden import install

        launch_checks.register()  # content checks for `check --deploy`
        install()  # admin refusals answer 403 with an explanation (core/admin_forbidden.py)
