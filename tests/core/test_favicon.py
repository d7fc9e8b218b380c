"""Every page, the 500 page included, links a favicon and an Apple touch icon that answer."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.views.defaults import server_error

ICON_LINKS = 'link[rel="icon"], link[rel="apple-touch-icon"]'


def assert_icons_answer(client, html):
    links = BeautifulSoup(html, "html.parser").select(ICON_LINKS)
    assert {link["rel"][0] for link in links} == {"icon", "apple-touch-icon"}
    urls = [link["href"] for link in links]
    assert any(url.endswith(".svg") for url in urls) and any(url.endswith(".png") for url in urls)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("image/"), url


@pytest.mark.django_db
def test_pages_link_icons_that_answer(site_tree, client):
    for url in ["/", site_tree.service.url, site_tree.posts[0].url, "/no-such-page/"]:
        response = client.get(url)
        assert response.status_code in {200, 404}
        assert_icons_answer(client, response.content)


def test_500_page_links_icons_that_answer(client):
    # No django_db mark: the icons must not cost the 500 page a database query.
    assert_icons_answer(client, server_error(RequestFactory().get("/")).content)


def test_favicon_ico_leads_to_the_png_icon(client):
    response = client.get("/favicon.ico", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/img/favicon-32.png")
    assert response["Content-Type"] == "image/png"
