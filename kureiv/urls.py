from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from core import page_cache, search_views
from core import views as core_views
from core.page_passwords import limit_guesses
from core.sitemaps import sitemap
from twofactor.views import PrivatePagesLoginView

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Ahead of Wagtail's own: page and document passwords, wrong ones limited per address (core/page_passwords.py).
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        limit_guesses(wagtaildocs_serve.authenticate_with_password, "document", "restriction_id"),
        name="wagtaildocs_authenticate_with_password",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_guesses(wagtail_views.authenticate_with_password, "page", "page_view_restriction_id"),
        name="wagtailcore_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", page_cache.cacheable(core_views.robots_txt), name="robots_txt"),
    path("favicon.ico", core_views.favicon_ico, name="favicon_ico"),
    path("sitemap.xml", page_cache.cacheable(sitemap), name="sitemap"),
    path("search/", search_views.search, name="search"),
    # Ahead of wagtail_urls: the sign-in page for private pages takes a two-factor code, like the admin's.
    path("_util/login/", PrivatePagesLoginView.as_view(), name="wagtailcore_login"),
]

if settings.SERVE_MEDIA:
    # Local media only (development, tests, a single-machine install); production media lives on S3.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += [path("", include(wagtail_urls))]
