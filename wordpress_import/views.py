"""Settings › WordPress import: run an import from the admin, and the report of the last one, on one page."""

import tempfile
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import uploads_archive
from .forms import ImportForm
from .importer import import_wordpress
from .models import ImportRun
from .wxr import WXRError

#: Who may see the report: Site managers (granted by migration) and superusers.
REPORT_PERMISSION = "wordpress_import.view_import_report"
#: Who may run an import from the admin: the same people, by a permission of its own.
RUN_PERMISSION = "wordpress_import.run_import"
HOUSTON = "America/Chicago"  # the clinic's time zone: the report shows times in it, whatever the viewer's own


class LastImportReportView(WagtailAdminTemplateMixin, FormView):
    template_name = "wordpress_import/last_import.html"
    page_title = "WordPress import"
    header_icon = "doc-full-inverse"
    form_class = ImportForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        if request.method == "POST" and not request.user.has_perm(RUN_PERMISSION):
            raise PermissionDenied("Only Site managers may run a WordPress import.")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            run=ImportRun.objects.first(),
            clinic_time_zone=HOUSTON,
            may_run=self.request.user.has_perm(RUN_PERMISSION),
            **kwargs,
        )

    def form_valid(self, form):
        """Run the import in a scratch folder, removed afterwards; a failure writes nothing and says why."""
        user = self.request.user
        with tempfile.TemporaryDirectory(prefix="wordpress-import-") as scratch:
            export_path = Path(scratch) / "export.xml"
            with export_path.open("wb") as copy:
                for chunk in form.cleaned_data["export"].chunks():
                    copy.write(chunk)
            uploads = Path(scratch) / "uploads"
            uploads.mkdir()
            try:
                if form.cleaned_data["uploads"]:
                    uploads = uploads_archive.unpack(form.cleaned_data["uploads"], uploads)
                report = import_wordpress(
                    export_path,
                    uploads,
                    dry_run=form.cleaned_data["dry_run"],
                    run_by=f"{user.get_full_name() or user.get_username()} (admin)",
                )
            except (WXRError, uploads_archive.ArchiveError) as error:
                form.add_error(None, f"Nothing was imported. {error}")
                return self.form_invalid(form)
        return self.render_to_response(self.get_context_data(form=ImportForm(), report=report))
