"""Wagtail hooks for site-wide behaviour."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import avatars, page_cache, settings_history
from core.admin_forbidden import forbidden_as_403
from core.models import ClinicSettings
from core.rich_text import DeferredPageLinkHandler
from core.scheduled_publishing import OverduePublishingPanel


@hooks.register("before_serve_page", order=100)
def allow_page_cache(page, request, serve_args, serve_kwargs):
    """Let the page cache keep a page unless its type opts out (``page_cache = False``, e.g. a form).

    Registered after Wagtail's own view-restriction check (order 0), which answers first for a page
    behind a password or sign-in, so such a page never gets here and is never cached.
    """
    if getattr(page, "page_cache", True):
        page_cache.allow(request)


@hooks.register("register_rich_text_features", order=1)
def resolve_page_links_with_one_query(features):
    """Replace Wagtail's page-link handler: ``order=1`` runs this after Wagtail registers its own."""
    features.register_link_type(DeferredPageLinkHandler)


@hooks.register("construct_homepage_panels")
def warn_of_overdue_publishing(request, panels):
    """Staff see on the dashboard when scheduled pages are overdue (core.scheduled_publishing)."""
    panels.append(OverduePublishingPanel(request.user))


@hooks.register("get_avatar_url")
def initials_avatar(user, size):
    """Staff without an uploaded picture get their initials, never a Gravatar; ``size`` does not matter to
    the vector image (core.avatars)."""
    return avatars.avatar_url(user)


class ClinicSettingsHistoryMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(settings_history.CHANGE_PERMISSION)


@hooks.register("register_admin_urls")
def clinic_settings_history_urls():
    return [
        path(
            "clinic-settings/history/",
            forbidden_as_403(settings_history.HistoryView.as_view()),
            name="clinic_settings_history",
        ),
        path(
            "clinic-settings/history/<int:revision_id>/restore/",
            forbidden_as_403(settings_history.RestoreView.as_view()),
            name="clinic_settings_restore",
        ),
    ]


@hooks.register("register_settings_menu_item")
def clinic_settings_history_menu_item():
    return ClinicSettingsHistoryMenuItem(
        "Clinic settings history", reverse("clinic_settings_history"), icon_name="history", order=150
    )


@hooks.register("before_edit_setting")
def keep_clinic_settings_before_first_edit(request, instance):
    """The values a first admin edit replaces are kept as a revision, so they can be restored."""
    if isinstance(instance, ClinicSettings):
        settings_history.record_values_before_first_edit(instance)
