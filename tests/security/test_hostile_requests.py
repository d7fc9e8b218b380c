"""Hostile requests to the public site never get a 500: odd paths, query strings and headers get a page, a 404 or a 400.

Hypothesis builds the requests; the named cases below always run as well. The Host header is checked
against a realistic ALLOWED_HOSTS, so a host the site does not serve is Django's 400.
"""

import string

import pytest
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import factories

pytestmark = pytest.mark.django_db

ALLOWED_HOSTS = ["testserver", "localhost"]

#: Every kind of public address the site answers, with the site_tree fixture's slugs.
PUBLIC_URLS = [
    "/",
    "/services/",
    "/services/depression/",
    "/blog/",
    "/blog/what-is-ketamine-infusion-therapy/",
    "/blog/category/treatment/",
    "/blog/tag/ptsd/",
    "/blog/feed/",
    "/locations/",
    "/locations/houston/",
    "/consultation/",
    "/about/",
    "/search/",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/static/css/site.css",
    "/media/original_images/missing.jpg",
    "/documents/1/missing.pdf",
]

#: Pieces that have broken web applications before.
NASTY_PIECES = [
    "%00",
    "\x00",
    "%",
    "%%",
    "%zz",
    "%e2%82",
    "%c0%ae%c0%ae",
    "%2e%2e",
    "%2f",
    "%5c",
    "%ff%fe",
    "..",
    "../",
    "..\\",
    "\\",
    "//",
    "./",
    "~",
    ";",
    ";jsessionid=1",
    ":",
    "*",
    "'",
    '"',
    "<script>",
    "{{7*7}}",
    "😀",
    "🙂" * 50,
    "\u202e",
    "\u200f",
    "\u200b",
    "\ufeff",
    "\ud7ff",
    "ﬀ",
    "İ",
    "ß",
    "日本語",
    "עברית\u200f",
    "\t",
    " ",
    "+",
    "#",
    "a" * 300,
]
#: Query-string values the site's own parameters (``page``, ``q``, ``condition``) must survive.
NASTY_VALUES = [
    "",
    "-1",
    "0",
    "1.5",
    "abc",
    "99999999999999999999",
    "1e9",
    "0x10",
    "１",
    "٣",
    "²",
    "NaN",
    "%00",
    "\x00",
    "x" * 5_000,
    "🙂" * 1_000,
    "' OR 1=1 --",
    '"',
    "(",
    ")",
    "&",
    ":",
    "*",
    "!",
    "|",
    "<>",
]
#: Header values a client may send, however broken.
NASTY_HEADER_VALUES = [
    "",
    " ",
    "*",
    "garbage",
    "\x00",
    "\x7f",
    "é",
    "🙂",
    "a" * 8_000,
    ";;;;",
    "=",
    "a=b; =c; d",
    "\\",
    '"',
    "1.2.3.4, unknown, ::1, <script>",
    "999.999.999.999",
    "bytes=-1",
    "bytes=5-1",
    "bytes=0-0,0-0,0-0",
    "Tue, 32 Foo 2026 99:99:99 GMT",
    "0",
    "-1",
    "99999999999999999999",
    "en-US;q=abc",
    "xx-ÿÿ;q=1.5, *;q=-1",
    "sessionid=" + "\x00" * 40,
    "sessionid=" + "a" * 40,
    "csrftoken=\x00; sessionid=;;",
    "__proto__=1",
]
HEADER_NAMES = [
    "Accept",
    "Accept-Language",
    "Accept-Encoding",
    "User-Agent",
    "Cookie",
    "Referer",
    "X-Forwarded-For",
    "X-Forwarded-Proto",
    "X-Forwarded-Host",
    "If-Modified-Since",
    "If-None-Match",
    "Range",
    "Content-Type",
    "Content-Length",
    "X-Requested-With",
    "Origin",
    "Authorization",
]
HOSTS = [
    "testserver",
    "localhost",
    "localhost:80",
    "evil.example",
    "",
    " ",
    "testserver:abc",
    "testserver:99999",
    "[::1]",
    "[::1",
    "127.0.0.1",
    "a" * 300,
    "exa mple.com",
    "testserver\x00",
    "тест.рф",
    "xn--e1aybc.xn--p1ai",
    "testserver.",
    "TESTSERVER",
    "testserver@evil.example",
    "testserver/..",
    "localhost:80:80",
]
METHODS = ["GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"]


def as_wsgi_text(text):
    """``text`` as a WSGI server hands it to Django: its UTF-8 bytes, read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
ascii_junk = st.text(alphabet=string.printable, max_size=40)
piece = st.one_of(st.sampled_from(NASTY_PIECES), any_text, ascii_junk)

paths = st.builds(
    lambda base, pieces, slash: base + "/".join(pieces) + ("/" if slash else ""),
    st.sampled_from(PUBLIC_URLS + [""]),
    st.lists(piece, max_size=6),
    st.booleans(),
).map(lambda path: path if path.startswith("/") else "/" + path)

query_keys = st.one_of(st.sampled_from(["page", "q", "condition", "format", "utm_source", ""]), piece)
query_values = st.one_of(st.sampled_from(NASTY_VALUES), piece)
query_strings = st.one_of(
    st.lists(st.tuples(query_keys, query_values), max_size=8).map(
        lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
    ),
    ascii_junk,
    any_text,
)

header_values = st.one_of(st.sampled_from(NASTY_HEADER_VALUES), any_text, ascii_junk)
headers = st.dictionaries(st.sampled_from(HEADER_NAMES), header_values, max_size=6)


def send(method, path, query="", headers=None, host="testserver"):
    """One request through the whole middleware stack; an exception Django would turn into a 500 is raised instead."""
    client = Client(raise_request_exception=True, headers={"host": as_wsgi_text(host)})
    wsgi_headers = {name: as_wsgi_text(value) for name, value in (headers or {}).items()}
    extra = {"QUERY_STRING": as_wsgi_text(query)} if query else {}
    return client.generic(method, path, headers=wsgi_headers, **extra)


@pytest.fixture
def hostile_site(site_tree, settings):
    """site_tree with a filed, tagged post, so the category and tag listings are real pages."""
    settings.ALLOWED_HOSTS = ALLOWED_HOSTS
    post = site_tree.posts[0]
    post.categories.add(factories.BlogCategoryFactory(name="Treatment"))
    post.tags.add("PTSD")
    post.save_revision().publish()
    return site_tree


def test_every_public_url_answers(hostile_site):
    """The URLs the hostile tests start from are real: otherwise they would test only 404 pages."""
    for url in PUBLIC_URLS:
        expected = 404 if url.startswith(("/media/", "/documents/")) else 200
        assert send("GET", url).status_code == expected, url


HYPOTHESIS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@HYPOTHESIS
@given(method=st.sampled_from(METHODS), path=paths)
@example(method="GET", path="/blog/%00/")
@example(method="GET", path="/services/..%2f..%2fetc/passwd")
@example(method="GET", path="/media/../kureiv/settings/base.py")
@example(method="GET", path="/static/..%5c..%5ckureiv/settings/base.py")
@example(method="GET", path="/blog/" + "a" * 5_000 + "/")
@example(method="GET", path="/blog/tag/%ff%fe/")
@example(method="GET", path="/blog/category/😀/")
@example(method="GET", path="/\u202eabout/")
def test_hostile_paths(hostile_site, method, path):
    assert send(method, path).status_code < 500


@HYPOTHESIS
@given(url=st.sampled_from(PUBLIC_URLS), query=query_strings)
@example(url="/blog/", query="page=-1")
@example(url="/blog/", query="page=99999999999999999999")
@example(url="/blog/", query="page=abc")
@example(url="/blog/", query="page=1&page=2&page=x")
@example(url="/search/", query="q=" + "x" * 5_000)
@example(url="/search/", query="q=ptsd&page=99999999999999999999")
@example(url="/search/", query="q=%00")
@example(url="/search/", query="q=%ff%fe%fd")
@example(url="/consultation/", query="condition=%00")
@example(url="/blog/feed/", query="page=%00")
def test_hostile_query_strings(hostile_site, url, query):
    assert send("GET", url, query).status_code < 500


@settings(HYPOTHESIS, max_examples=60)
@given(method=st.sampled_from(["GET", "HEAD"]), url=st.sampled_from(PUBLIC_URLS), headers=headers)
@example(method="GET", url="/", headers={"Cookie": "sessionid=" + "\x00" * 40})
@example(method="GET", url="/static/css/site.css", headers={"Range": "bytes=5-1"})
@example(method="GET", url="/static/css/site.css", headers={"If-Modified-Since": "Tue, 32 Foo 2026 99:99:99 GMT"})
@example(method="GET", url="/blog/feed/", headers={"If-None-Match": "\x00"})
@example(method="GET", url="/", headers={"X-Forwarded-For": "1.2.3.4, unknown, ::1, <script>"})
@example(method="GET", url="/", headers={"Accept-Language": "xx-ÿÿ;q=1.5, *;q=-1"})
def test_hostile_headers(hostile_site, method, url, headers):
    assert send(method, url, headers=headers).status_code < 500


#: Answered without looking at the Host header: static files (whitenoise, before Django's host check) and
#: the load balancer's health check, which may well ask by IP address.
HOST_BLIND_URLS = ("/static/", "/healthz")


@settings(HYPOTHESIS, max_examples=40)
@given(url=st.sampled_from(PUBLIC_URLS), host=st.one_of(st.sampled_from(HOSTS), any_text, ascii_junk))
@example(url="/", host="evil.example")
@example(url="/robots.txt", host="testserver@evil.example")
def test_hostile_host_headers(hostile_site, url, host):
    status = send("GET", url, host=host).status_code
    assert status < 500
    if host.lower().rstrip(".").split(":")[0] not in ALLOWED_HOSTS and not url.startswith(HOST_BLIND_URLS):
        assert status == 400
