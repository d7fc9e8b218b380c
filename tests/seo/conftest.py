"""Helpers for reading what a page tells search engines."""

import json

import pytest
from bs4 import BeautifulSoup

#: Where the ``site`` fixture puts the site: the test client's own host.
ROOT = "http://testserver"


def html_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def json_ld(response):
    """Every JSON-LD object in the page, keyed by its @type."""
    items = [json.loads(script.string) for script in html_of(response).select('script[type="application/ld+json"]')]
    types = [item["@type"] for item in items]
    assert len(types) == len(set(types)), types
    return {item["@type"]: item for item in items}


@pytest.fixture
def site(site_tree):
    """``site_tree`` as the test server sees it: its pages at http://testserver/."""
    site_tree.site.hostname, site_tree.site.port = "testserver", 80
    site_tree.site.save()
    return site_tree
