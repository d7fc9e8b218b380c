"""Settings › WordPress import: the report of the last import, on one page."""

from django.core.exceptions import PermissionDenied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import ImportRun

#: Who may see the report: Site managers (granted by migration) and superusers.
REPORT_PERMISSION = "wordpress_import.view_import_report"
HOUSTON = "America/Chicago"  # the clinic's time zone: the report shows times in it, whatever the viewer's own


class LastImportReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "wordpress_import/last_import.html"
    page_title = "WordPress import"
    header_icon = "doc-full-inverse"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(run=ImportRun.objects.first(), clinic_time_zone=HOUSTON, **kwargs)
