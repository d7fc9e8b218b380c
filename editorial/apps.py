from django.apps import AppConfig
from wagtail.users import apps as wagtail_users


class EditorialConfig(AppConfig):
    """Roles, the "Medical review" workflow and the review credit it leaves on medical pages."""

    name = "editorial"
    verbose_name = "Editorial workflow"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import launch_checks, notifications, review_rules, signals, user_receivers  # noqa: F401  (connect receivers)

        launch_checks.register()  # the review-credit check for `check --deploy`


class UsersConfig(wagtail_users.WagtailUsersAppConfig):
    """Wagtail's users app with the user admin limited by the user rule (editorial/user_admin.py)."""

    default = False
    user_viewset = "editorial.user_admin.UserViewSet"
