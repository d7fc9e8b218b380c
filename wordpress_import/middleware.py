"""WordPress's id addresses (``/?p=12``, ``/?page_id=7``, ``/?attachment_id=12``) reach their redirects.

Such an address is the home page's path with a query, so the home page answers it and Wagtail's
RedirectMiddleware, which acts on a 404 only, never sees it. This one looks it up first, before
the page cache can answer with the home page.
"""

from django import http
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

WORDPRESS_ID_PARAMETERS = {"p", "page_id", "attachment_id"}


class WordPressIdAddressRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and request.path == "/" and WORDPRESS_ID_PARAMETERS & set(request.GET):
            redirect = get_redirect(request, Redirect.normalise_path(request.get_full_path(), decode_unicode=False))
            if redirect is not None and redirect.link is not None:
                response_class = (
                    http.HttpResponsePermanentRedirect if redirect.is_permanent else http.HttpResponseRedirect
                )
                return response_class(redirect.link)
        return self.get_response(request)
