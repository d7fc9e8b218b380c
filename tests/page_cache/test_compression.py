"""gzip: cached pages compressed once and served as stored, other text compressed on the way out, never a
response that may hold a secret (BREACH), and every such response varying with Accept-Encoding."""

import gzip

import pytest

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture
def site(site_tree):
    return site_tree


def varies_with_encoding(response):
    return "accept-encoding" in response.get("Vary", "").lower()


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/blog/", "/about/", "/blog/feed/", "/sitemap.xml"])
def test_a_hit_for_a_gzip_client_is_gzip_of_exactly_the_plain_page(client, site, path, django_assert_num_queries):
    first = client.get(path, **GZIP)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        hit = client.get(path, **GZIP)
        plain = client.get(path)
    assert (hit["X-Page-Cache"], plain["X-Page-Cache"]) == ("hit", "hit")
    assert hit["Content-Encoding"] == "gzip"
    assert int(hit["Content-Length"]) == len(hit.content) < len(plain.content) / 2
    assert gzip.decompress(hit.content) == plain.content
    assert gzip.decompress(first.content) == plain.content  # the miss that stored it was compressed too
    assert "Content-Encoding" not in plain
    assert plain.content.lstrip().startswith((b"<!DOCTYPE", b"<!doctype", b"<?xml"))
    assert all(varies_with_encoding(response) for response in (first, hit, plain))


@pytest.mark.django_db
@pytest.mark.parametrize("accept_encoding", ["", "identity", "gzip;q=0, deflate", "br"])
def test_clients_that_do_not_accept_gzip_get_the_plain_page(client, site, accept_encoding):
    client.get("/about/", **GZIP)
    for _ in range(2):  # a miss, then a hit
        response = client.get("/about/", HTTP_ACCEPT_ENCODING=accept_encoding)
        assert "Content-Encoding" not in response
        assert b"About KureIV" in response.content
        assert varies_with_encoding(response)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/search/?q=ketamine", "/no-such-page/?q=<b>ketamine</b>"])
def test_uncached_public_text_is_compressed_too(client, site, path):
    response = client.get(path, **GZIP)
    assert "X-Page-Cache" not in response
    assert response["Content-Encoding"] == "gzip"
    assert varies_with_encoding(response)
    assert b"</html>" in gzip.decompress(response.content)


@pytest.mark.django_db
def test_the_consultation_form_with_its_csrf_token_is_never_compressed(client, site):
    for _ in range(2):  # also when the visitor already has the CSRF cookie
        response = client.get("/consultation/", **GZIP)
        assert response.status_code == 200
        assert b"csrfmiddlewaretoken" in response.content
        assert "Content-Encoding" not in response
        assert varies_with_encoding(response)


@pytest.mark.django_db
def test_a_signed_in_editors_pages_are_never_compressed(client, site, admin_user):
    client.force_login(admin_user)
    for path in ["/about/", "/search/?q=ketamine", "/admin/"]:
        response = client.get(path, **GZIP)
        assert response.status_code == 200
        assert "Content-Encoding" not in response
