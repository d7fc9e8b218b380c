"""The consultation-request page; the requests patients send from it are defined in patient_requests.py."""

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from core.blocks import BaseStreamBlock
from core.pages import SitePage

from .forms import ConsultationRequestForm
from .patient_requests import BestTime, ConsultationRequest, ContactMethod, RequestedCondition
from .submission import receive

__all__ = ["BestTime", "ConsultationPage", "ConsultationRequest", "ContactMethod", "RequestedCondition"]

#: The slug of the privacy policy page, used when the consultation page names none.
PRIVACY_POLICY_SLUG = "privacy-policy"


class ConsultationPage(RoutablePageMixin, SitePage):
    """The request form at /consultation/ and the thank-you page at /consultation/thank-you/.

    Neither response is ever cached: the form carries a CSRF token and what the patient typed.
    """

    #: Kept out of the page cache (core.page_cache); the never-cache headers keep it out of any other.
    page_cache = False

    intro = models.TextField(max_length=600, help_text="What happens when a patient asks for a consultation.")
    body = StreamField(BaseStreamBlock(), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy policy the consent box links to. "
        f"Leave empty to use the page with the slug “{PRIVACY_POLICY_SLUG}”.",
    )
    next_steps = models.TextField(
        max_length=600,
        default="A member of our clinical team will contact you within one working day, the way you asked us to, "
        "to talk through your history, answer your questions and explain your options.",
        help_text="The thank-you page: what happens next, and when.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        PageChooserPanel("privacy_page", "home.StandardPage"),
        FieldPanel("next_steps"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def summary_text(self):
        return self.intro

    def get_privacy_page(self):
        """The chosen privacy page if it is live, else the live page with the slug ``privacy-policy`` beside this one."""
        if self.privacy_page_id and self.privacy_page.live:
            return self.privacy_page
        return Page.objects.sibling_of(self).live().filter(slug=PRIVACY_POLICY_SLUG).first()

    @path("")
    def request_form(self, request):
        if request.method == "POST":
            form = ConsultationRequestForm.for_post(request)
            outcome = receive(form, request)
            if outcome.accepted:
                return redirect(self.get_url(request) + self.reverse_subpage("thank_you"))
            status = outcome.status
        else:
            form = ConsultationRequestForm(request=request, initial={"conditions": request.GET.getlist("condition")})
            status = 200
        return self.render_form(request, form, status)

    def render_form(self, request, form, status=200):
        """The form page showing ``form``: what the patient typed and why it was not sent, if it was not."""
        context = self.get_context(request)
        context["form"] = form
        context["privacy_page"] = self.get_privacy_page()
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        add_never_cache_headers(response)
        return response

    @path("thank-you/", name="thank_you")
    def thank_you(self, request):
        return self.render(request, template="consultations/consultation_page_thank_you.html")
