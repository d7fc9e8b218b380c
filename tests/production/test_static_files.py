"""Static files are collected with hashed, compressed copies and cached by browsers for a year."""

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import RequestFactory
from whitenoise.middleware import WhiteNoiseMiddleware

ONE_YEAR = 365 * 24 * 60 * 60


@pytest.fixture
def whitenoise(settings, tmp_path):
    """WhiteNoise set up as in production: collectstatic into STATIC_ROOT, manifest and compression on."""
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path / "staticfiles"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return WhiteNoiseMiddleware(get_response=lambda request: pytest.fail(f"{request.path} reached Django"))


def test_hashed_files_are_cached_for_a_year_and_served_compressed(whitenoise, settings):
    url = static("js/site.js")
    assert url != "/static/js/site.js" and url.endswith(".js")  # the name carries the content's hash
    assert (settings.STATIC_ROOT / url.removeprefix("/static/")).with_suffix(".js.gz").exists()

    response = whitenoise(RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip"))
    assert response.status_code == 200
    directives = dict(part.strip().partition("=")[::2] for part in response["Cache-Control"].split(","))
    assert int(directives["max-age"]) >= ONE_YEAR
    assert "immutable" in directives
    assert response["Content-Encoding"] == "gzip"


def test_the_unhashed_name_is_not_cached_for_long(whitenoise):
    response = whitenoise(RequestFactory().get("/static/js/site.js"))
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]
