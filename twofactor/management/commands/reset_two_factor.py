"""Remove a staff member's authenticator app and backup codes, e.g. after a lost phone (see README)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from twofactor.devices import remove_two_factor


class Command(BaseCommand):
    help = (
        "Turn off two-factor sign-in for USERNAME: they sign in with their password alone, and are asked to "
        "set it up again if their group requires it."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user {username!r}.") from None
        remove_two_factor(user)
        self.stdout.write(
            f"Two-factor sign-in is off for {username}; their authenticator and backup codes are deleted."
        )
