"""Create (or reset) a local superuser for development and print its login.

Refuses to run unless DEBUG is on, so it can never create a known login in production.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "kureiv-local-dev"


class Command(BaseCommand):
    help = "Development only: make sure the local admin login exists and print it."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on (development settings).")
        user, _ = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(
            f"Local admin (development only): http://127.0.0.1:8000/admin/  user {USERNAME}  password {PASSWORD}"
        )
