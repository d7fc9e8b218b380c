"""Consultation requests in the Wagtail admin: list, filters, detail, CSV export and "mark as contacted".

Every view checks the PatientCoordinatorPolicy and answers 403 to anyone else.
"""

import django_filters
from django import forms
from django.contrib.auth.models import Permission
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views import View
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from core.admin_forbidden import forbidden_as_403
from services.models import ServicePage

from .models import ConsultationRequest

#: Characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class ConsultationRequestFilterSet(WagtailFilterSet):
    contacted = django_filters.BooleanFilter(
        label="Contacted", field_name="contacted_at", lookup_expr="isnull", exclude=True, widget=BooleanRadioSelect,
    )
    created_at = django_filters.DateFromToRangeFilter(label="Received", widget=DateRangePickerWidget)
    conditions = django_filters.ModelMultipleChoiceFilter(
        queryset=ServicePage.objects.order_by("path"), widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ConsultationRequest
        fields = ["contact_method", "best_time"]


class ConsultationRequestIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("conditions")

    def preprocess_field_value(self, field, value, export_format):
        """Patients write these cells: make sure a spreadsheet shows "=1+1" as text, never runs it."""
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            return "'" + value
        return value


class ConsultationRequestInspectView(generic.InspectView):
    template_name = "consultations/admin/inspect.html"
    mark_contacted_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.contacted_at is None and self.user_has_permission("mark_contacted"):
            context["mark_contacted_url"] = reverse(self.mark_contacted_url_name, args=[self.object.pk])
        return context


class MarkContactedView(PermissionCheckedMixin, View):
    """POST only: record that a coordinator has contacted the patient, then go back to the request."""

    model = ConsultationRequest
    permission_required = "mark_contacted"
    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, pk):
        consultation = get_object_or_404(ConsultationRequest, pk=pk)
        consultation.mark_contacted(request.user)
        messages.success(request, f"{consultation} marked as contacted.")
        return redirect(self.inspect_url_name, pk)


class ConsultationRequestViewSet(ModelViewSet):
    model = ConsultationRequest
    name = "consultation_requests"
    url_prefix = "consultation-requests"
    icon = "mail"
    menu_label = "Consultation requests"
    menu_order = 250
    add_to_admin_menu = True
    # The audit trail would otherwise list requests under each service page's "Usage" for editors to see.
    add_to_reference_index = False
    copy_view_enabled = False
    # ModelViewSet always builds add and edit views; the policy grants neither "add" nor "change".
    exclude_form_fields = []
    inspect_view_enabled = True
    index_view_class = ConsultationRequestIndexView
    inspect_view_class = ConsultationRequestInspectView
    list_display = ["name", "created_at", "condition_names", "contact_method", "best_time", "contacted_at"]
    filterset_class = ConsultationRequestFilterSet
    list_export = [
        "pk", "created_at", "name", "phone", "email", "contact_method", "condition_names", "best_time", "message",
        "contacted_at",
    ]
    export_headings = {"pk": "Request", "condition_names": "Conditions"}
    export_filename = "consultation-requests"
    inspect_view_fields = [
        "created_at", "name", "phone", "email", "contact_method", "conditions", "best_time", "message",
        "contacted_at", "contacted_by",
    ]

    def get_permissions_to_register(self):
        """None: access follows membership of the Patient coordinators group (see permissions.py)."""
        return Permission.objects.none()

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(mark_contacted_url_name=self.get_url_name("mark_contacted"), **kwargs)

    def get_urlpatterns(self):
        mark_contacted = self.construct_view(MarkContactedView, inspect_url_name=self.get_url_name("inspect"))
        patterns = super().get_urlpatterns() + [path("contacted/<int:pk>/", mark_contacted, name="mark_contacted")]
        return [path(str(pattern.pattern), forbidden_as_403(pattern.callback), name=pattern.name) for pattern in patterns]
