"""Small site-wide views: health check, robots.txt and /favicon.ico."""

import datetime

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Revision

#: How late a scheduled publication may be before /healthz calls the `publish_scheduled` job dead.
#: The job runs every minute; five minutes leaves room for a slow run without hiding a stopped one.
SCHEDULED_PUBLISHING_GRACE = datetime.timedelta(minutes=5)


@never_cache
@require_GET
def healthz(request):
    """200 with {"status": "ok"} when all is well; 503 with the reason when the database does not answer
    or an approved, scheduled page is overdue (the `publish_scheduled` job has stopped running)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        overdue = Revision.objects.filter(approved_go_live_at__lt=timezone.now() - SCHEDULED_PUBLISHING_GRACE).count()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    if overdue:
        reason = f"{overdue} scheduled publication(s) overdue: is `manage.py publish_scheduled` running?"
        return JsonResponse(
            {"status": "error", "database": "ok", "scheduled_publishing": "overdue", "reason": reason}, status=503
        )
    return JsonResponse({"status": "ok", "database": "ok"})


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
