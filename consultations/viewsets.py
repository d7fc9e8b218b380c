"""Consultation requests in the Wagtail admin: list, filters, detail, CSV export and "mark as contacted".

Every view checks the PatientCoordinatorPolicy and answers 403 to anyone else. What each view shows
of a request reads the same everywhere (consultations/display.py).
"""

import django_filters
from django import forms
from django.contrib.auth.models import Permission
from django.db.models import Max
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from core.admin_forbidden import forbidden_as_403

from . import display
from .models import BestTime, ConsultationRequest, ContactMethod, RequestedCondition

#: Characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


#: What coordinators see each field called, in the list, on the detail page and in the CSV.
LABELS = {
    "pk": "Request",
    "created_at": "Received (Houston time)",
    "condition_names": "Conditions",
    "contacted_at": "Contacted (Houston time)",
    "contacted_by": "Contacted by",
}


def requested_condition_choices():
    """Every condition a stored request names, by slug, under the name it was last asked about by."""
    latest = RequestedCondition.objects.values("slug").annotate(latest=Max("pk")).values("latest")
    choices = RequestedCondition.objects.filter(pk__in=latest).values_list("slug", "name")
    return sorted(choices, key=lambda choice: choice[1].casefold())


class ConsultationRequestFilterSet(WagtailFilterSet):
    contacted = django_filters.BooleanFilter(
        label="Contacted",
        field_name="contacted_at",
        lookup_expr="isnull",
        exclude=True,
        widget=BooleanRadioSelect,
    )
    created_at = django_filters.DateFromToRangeFilter(label="Received", widget=DateRangePickerWidget)
    conditions = django_filters.MultipleChoiceFilter(
        label="Conditions",
        choices=requested_condition_choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_conditions",
    )

    class Meta:
        model = ConsultationRequest
        fields = ["contact_method", "best_time"]

    def filter_conditions(self, queryset, name, slugs):
        """Requests naming any of the chosen conditions, by what the request stored, not by today's pages."""
        return queryset.filter(pk__in=RequestedCondition.objects.filter(slug__in=slugs).values("consultation"))


class ContactedColumn(Column):
    """When and by whom the patient was contacted; or "Not yet", with a button to mark it for those who may."""

    cell_template_name = "consultations/admin/contacted_cell.html"

    def __init__(self, name, get_mark_contacted_url, return_url, **kwargs):
        super().__init__(name, accessor=display.contacted, **kwargs)
        self.get_mark_contacted_url = get_mark_contacted_url
        self.return_url = return_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if instance.contacted_at is None:
            context["mark_contacted_url"] = self.get_mark_contacted_url(instance)
            context["csrf_token"] = get_token(parent_context["request"])
            context["return_url"] = self.return_url
        return context


def label(choices):
    """A spreadsheet cell for a stored code: its label."""
    return lambda code: dict(choices).get(code, code)


def spreadsheet_contacted(export_format):
    """A spreadsheet cell for contacted_at: its Houston time, or "Not yet"."""
    as_time = display.spreadsheet_time if export_format == "csv" else display.spreadsheet_datetime
    return lambda moment: display.NOT_YET if moment is None else as_time(moment)


class ConsultationRequestIndexView(generic.IndexView):
    mark_contacted_url_name = None

    custom_field_preprocess = {
        "created_at": {"csv": display.spreadsheet_time, "xlsx": display.spreadsheet_datetime},
        "contacted_at": {"csv": spreadsheet_contacted("csv"), "xlsx": spreadsheet_contacted("xlsx")},
        "contacted_by": {"csv": display.coordinator_name, "xlsx": display.coordinator_name},
        "contact_method": {"csv": label(ContactMethod.choices), "xlsx": label(ContactMethod.choices)},
        "best_time": {"csv": label(BestTime.choices), "xlsx": label(BestTime.choices)},
    }

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("contacted_by").prefetch_related("conditions")

    @cached_property
    def columns(self):
        """The list_display columns, then "Contacted", which needs this view to know who may mark it."""
        return [
            *super().columns,
            ContactedColumn(
                "contacted_at",
                label=LABELS["contacted_at"],
                sort_key="contacted_at",
                get_mark_contacted_url=self.get_mark_contacted_url,
                return_url=self.get_return_url(),
            ),
        ]

    def get_mark_contacted_url(self, consultation):
        if self.user_has_permission("mark_contacted"):
            return reverse(self.mark_contacted_url_name, args=[consultation.pk])
        return None

    def get_return_url(self):
        """The list as it is shown now (filters, order, page), where marking a request brings the coordinator back."""
        query = self.request.GET.urlencode()
        return self.index_url + (f"?{query}" if query else "")

    def preprocess_field_value(self, field, value, export_format):
        """Patients write these cells: make sure a spreadsheet shows "=1+1" as text, never runs it."""
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            return "'" + value
        return value


class ConsultationRequestInspectView(generic.InspectView):
    template_name = "consultations/admin/inspect.html"
    mark_contacted_url_name = None

    def get_field_label(self, field_name, field):
        return LABELS.get(field_name) or super().get_field_label(field_name, field)

    def get_created_at_display_value(self):
        return display.readable_time(self.object.created_at)

    def get_condition_names_display_value(self):
        return self.object.condition_names() or "None chosen"

    def get_contacted_at_display_value(self):
        return display.contacted(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.contacted_at is None and self.user_has_permission("mark_contacted"):
            context["mark_contacted_url"] = reverse(self.mark_contacted_url_name, args=[self.object.pk])
        return context


class MarkContactedView(PermissionCheckedMixin, View):
    """POST only: record that a coordinator has contacted the patient, then go back where they pressed the button.

    That is the list (its address posted as ``next``) or else the request's detail page. A request someone
    has already marked keeps who marked it first.
    """

    model = ConsultationRequest
    permission_required = "mark_contacted"
    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, pk):
        consultation = get_object_or_404(ConsultationRequest, pk=pk)
        if consultation.mark_contacted(request.user):
            messages.success(request, f"{consultation} marked as contacted.")
        else:
            already = display.contacted(consultation)
            messages.warning(request, f"{consultation} was already marked as contacted ({already}).")
        return redirect(self.get_next_url(request) or reverse(self.inspect_url_name, args=[pk]))

    def get_next_url(self, request):
        url = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
            return url
        return None


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
    # "Contacted" comes last, added by the index view (ConsultationRequestIndexView.columns).
    list_display = [
        "name",
        "phone",
        Column("created_at", label=LABELS["created_at"], accessor=display.received, sort_key="created_at"),
        Column("condition_names", label=LABELS["condition_names"], accessor="condition_names"),
        "contact_method",
        "best_time",
    ]
    filterset_class = ConsultationRequestFilterSet
    list_export = [
        "pk",
        "created_at",
        "name",
        "phone",
        "email",
        "contact_method",
        "condition_names",
        "best_time",
        "message",
        "contacted_at",
        "contacted_by",
    ]
    export_headings = LABELS
    export_filename = "consultation-requests"
    #: The export's columns but the request number (in the page title) and who made contact (in the contacted row).
    inspect_view_fields = [name for name in list_export if name not in {"pk", "contacted_by"}]

    def get_permissions_to_register(self):
        """None: access follows membership of the Patient coordinators group (see permissions.py)."""
        return Permission.objects.none()

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(mark_contacted_url_name=self.get_url_name("mark_contacted"), **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(mark_contacted_url_name=self.get_url_name("mark_contacted"), **kwargs)

    def get_urlpatterns(self):
        mark_contacted = self.construct_view(MarkContactedView, inspect_url_name=self.get_url_name("inspect"))
        patterns = super().get_urlpatterns() + [path("contacted/<int:pk>/", mark_contacted, name="mark_contacted")]
        return [
            path(str(pattern.pattern), forbidden_as_403(pattern.callback), name=pattern.name) for pattern in patterns
        ]
