"""settings.CSRF_FAILURE_VIEW: an expired consultation form comes back filled in instead of a bare 403.

A form left open too long, or whose CSRF cookie was replaced or cleared meanwhile, fails Django's CSRF
check. For a post to the consultation form, the patient gets the form back with everything they typed,
a message saying it expired, and a fresh CSRF token (the template's ``{% csrf_token %}`` sets a new cookie
when there is none); nothing is stored. Every other refused post keeps Django's own 403 page.

The answer is a 200, as for any form shown with errors: the page is the form to correct and send again,
and a proxy configured to replace 4xx bodies with its own error page (nginx's proxy_intercept_errors, a
CDN's custom error pages) must not swap it for one that drops what the patient typed. Django still logs
the refusal (django.security.csrf), and the page is never cached (ConsultationPage.render_form).
"""

from django.views.csrf import csrf_failure as django_csrf_failure
from wagtail.models import Page

from .forms import ConsultationRequestForm
from .models import ConsultationPage


def csrf_failure(request, reason=""):
    page = Page.find_for_request(request, request.path_info)
    if is_consultation_form(page, request) and page_is_visible_to(page, request):
        return page.render_form(request, ConsultationRequestForm.for_post(request, expired=True))
    return django_csrf_failure(request, reason)


def is_consultation_form(page, request):
    match = getattr(request, "routable_resolver_match", None)
    return (
        request.method == "POST"
        and isinstance(page, ConsultationPage)
        and match is not None
        and match.url_name == "request_form"
    )


def page_is_visible_to(page, request):
    """Wagtail's privacy check (its before_serve_page hook), which the CSRF failure view does not pass through."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
