from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Roles, the "Medical review" workflow and the review credit it leaves on medical pages."""

    name = "editorial"
    verbose_name = "Editorial workflow"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import notifications, review_rules, signals  # noqa: F401  (connect receivers)
