"""Small site-wide views: health check, robots.txt and /favicon.ico."""

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core import resilient_cache, scheduled_publishing


@never_cache
@require_GET
def healthz(request):
    """Whether this server can serve pages, for a load balancer: 200 while its database answers, 503 only
    when it does not.

    Parts whose loss only degrades the site are listed under "warnings" with status "degraded": a cache
    that does not answer (pages are then rendered fresh, core.resilient_cache) and scheduled publishing
    that is overdue (the `publish_scheduled` job has stopped: core.scheduled_publishing). Taking the
    server out of rotation would not help with either.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        overdue = scheduled_publishing.overdue_revisions().count()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    body = {"status": "ok", "database": "ok", "cache": "ok", "scheduled_publishing": "ok", "warnings": []}
    unanswered = [alias for alias in settings.CACHES if not resilient_cache.answers(caches[alias])]
    if unanswered:
        body["cache"] = "unavailable"
        body["warnings"].append(
            f"Cache unavailable ({', '.join(unanswered)}): pages are rendered without it, rate limits are "
            "counted per process."
        )
    if overdue:
        body["scheduled_publishing"] = "overdue"
        body["warnings"].append(
            f"{overdue} scheduled publication(s) overdue: is `manage.py publish_scheduled` running?"
        )
    if body["warnings"]:
        body["status"] = "degraded"
    return JsonResponse(body)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
def favicon_ico(request):
    """/favicon.ico, which browsers and feed readers ask for without reading the page: the PNG icon.

    A temporary redirect, since the static URL carries a content hash that changes with the file.
    """
    return HttpResponseRedirect(static("img/favicon-32.png"))
