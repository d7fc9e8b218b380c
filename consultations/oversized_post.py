"""A form post larger than DATA_UPLOAD_MAX_MEMORY_SIZE, kept as far as it fits instead of refused.

Django refuses such a body with a bare 400 the first time anything reads ``request.POST``: the CSRF
middleware, before any view. A patient who pasted a long letter into the message box would lose all they
typed. This middleware, placed before CsrfViewMiddleware, reads only the first DATA_UPLOAD_MAX_MEMORY_SIZE
bytes of an over-long url-encoded form post (what a browser sends for a form without file fields) outside
the admin, parses them as the posted data and marks the request (``body_cut_short``). A form that knows the
mark (the consultation form) shows what fits and refuses to save it. The rest of the body is never read.
Multipart posts (file uploads) and the admin keep Django's limit.
"""

from django.conf import settings
from django.http import QueryDict
from django.urls import reverse
from django.utils.datastructures import MultiValueDict

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


def body_cut_short(request):
    """True if only the start of this request's body was read (see the module docstring)."""
    return getattr(request, "_body_cut_short", False)


class KeepOversizedFormPostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = reverse("wagtailadmin_home")

    def __call__(self, request):
        if self.is_oversized_form_post(request):
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            request.POST = QueryDict(request.read(limit), encoding=request.encoding)
            request._files = MultiValueDict()  # else Django would parse the (already read) body for files
            request._body_cut_short = True
        return self.get_response(request)

    def is_oversized_form_post(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return False
        return (
            request.method == "POST"
            and limit is not None
            and length > limit
            and request.content_type == FORM_CONTENT_TYPE
            and not request.path_info.startswith(self.admin_prefix)
        )
