from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site's content and the development-only commands; installed by the dev and test settings only."""

    name = "demo"
    verbose_name = "Demo content"
