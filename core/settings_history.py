"""Clinic settings history: who changed what and when, and a way to put earlier values back.

ClinicSettings keeps a revision on every save (Wagtail's ``RevisionMixin``; the settings edit view saves
through Wagtail's edit action, which writes the revision and a ``wagtail.edit`` log entry). Settings that
existed before their first edit in the admin (the demo loader's, a migration's) get a first revision of
their stored values just before that edit (``record_values_before_first_edit``), so the values replaced by
the first change can be restored too.

The history page (Settings › Clinic settings history) lists the revisions newest first with the fields
each one changed; each older revision has a Restore button, which saves its values as a new revision
(logged as ``wagtail.revert``). Only people who may change Clinic settings (Site managers) see or use it.
"""

import itertools
import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView, View
from wagtail.actions.edit import EditAction
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.fields import RichTextField
from wagtail.models import Site

from core.models import ClinicSettings

CHANGE_PERMISSION = "core.change_clinicsettings"


def settings_for(request):
    """The Clinic settings of the site this admin request is for (the default site when none matches)."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    return ClinicSettings.for_site(site)


def record_values_before_first_edit(settings, user=None):
    """Keep the stored values as a revision if none exists yet, so the first change can be undone."""
    if settings.pk and settings.latest_revision_id is None:
        settings.save_revision(user=user, log_action=False)


def _comparable(field, value):
    """Rich text as the editor reads it: a first save through Draftail rewrites the stored HTML's markup
    (the demo's or a migration's) without changing the text, which is not a change to report."""
    if isinstance(field, RichTextField) and value:
        contentstate = json.loads(DraftailRichTextArea(features=field.features).converter.from_database_format(value))
        for block in contentstate["blocks"]:
            del block["key"]  # made up afresh on each reading
        return contentstate
    return value


def changed_fields(content, previous):
    """Labels of the fields a site manager edits whose values differ between two revisions' content."""
    return [
        field.verbose_name.capitalize()
        for field in ClinicSettings._meta.concrete_fields
        if field.editable
        and not field.primary_key
        and field.name != "site"
        and _comparable(field, content.get(field.name)) != _comparable(field, previous.get(field.name))
    ]


def history(settings):
    """(revision, labels of the fields it changed) for each revision, newest first; the first revision
    changed nothing it can be compared with (None)."""
    revisions = list(settings.revisions.select_related("user").order_by("created_at", "id"))
    rows = [(revisions[0], None)] if revisions else []
    for previous, revision in itertools.pairwise(revisions):
        rows.append((revision, changed_fields(revision.content, previous.content)))
    return rows[::-1]


def restore(settings, revision, user):
    """Save ``revision``'s values as the current Clinic settings (a new revision); ``ValidationError`` if
    they no longer pass today's rules (e.g. a page it pointed at was deleted)."""
    restored = revision.as_object()
    restored.pk = settings.pk
    restored.site_id = settings.site_id
    restored.latest_revision = settings.latest_revision
    return EditAction(restored, user=user, log_action="wagtail.revert", previous_revision=revision).execute(
        skip_permission_checks=True
    )


class ManagersOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(CHANGE_PERMISSION):
            raise PermissionDenied("Only Site managers see and restore the history of Clinic settings.")
        return super().dispatch(request, *args, **kwargs)


class HistoryView(ManagersOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "core/admin/clinic_settings_history.html"
    page_title = "Clinic settings history"
    header_icon = "history"

    def get_context_data(self, **kwargs):
        settings = settings_for(self.request)
        return super().get_context_data(settings=settings, rows=history(settings), **kwargs)


@method_decorator(require_POST, name="dispatch")
class RestoreView(ManagersOnlyMixin, View):
    def post(self, request, revision_id):
        settings = settings_for(request)
        revision = get_object_or_404(settings.revisions, pk=revision_id)
        try:
            restore(settings, revision, request.user)
        except ValidationError as refusal:
            problems = "; ".join(message for messages_ in refusal.message_dict.values() for message in messages_)
            messages.error(request, f"Those values could not be restored: {problems}")
        else:
            when = timezone.localtime(revision.created_at)
            messages.success(request, f"Clinic settings restored to the values saved on {when:%b %-d, %Y}.")
        return redirect("clinic_settings_history")
