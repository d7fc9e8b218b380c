from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.admin_forbidden import forbidden_as_403

from .views import REPORT_PERMISSION, LastImportReportView


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def report_urls():
    return [path("wordpress-import/", forbidden_as_403(LastImportReportView.as_view()), name="wordpress_import_report")]


@hooks.register("register_settings_menu_item")
def report_menu_item():
    return ReportMenuItem(
        "WordPress import", reverse("wordpress_import_report"), icon_name="doc-full-inverse", order=900
    )
