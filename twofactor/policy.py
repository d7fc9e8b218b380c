"""Who must use two-factor sign-in: members of ADMIN_2FA_REQUIRED_GROUPS, and superusers where
ADMIN_2FA_REQUIRED_FOR_SUPERUSERS is on (always in production)."""

from django.conf import settings


def two_factor_required(user):
    if user.is_superuser and settings.ADMIN_2FA_REQUIRED_FOR_SUPERUSERS:
        return True
    groups = settings.ADMIN_2FA_REQUIRED_GROUPS
    return bool(groups) and user.groups.filter(name__in=groups).exists()
