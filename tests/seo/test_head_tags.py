"""Titles, descriptions, canonical links and link previews come from the promote tab, with fallbacks."""

import pytest
from wagtail_factories import ImageFactory

from .conftest import ROOT, html_of, json_ld

pytestmark = pytest.mark.django_db


def head(client, url):
    html = html_of(client.get(url))
    meta = {tag.get("property") or tag.get("name"): tag["content"] for tag in html.select("head meta[content]")}
    return html, meta


def publish(page):
    page.save_revision().publish()


class TestTitleAndDescription:
    def test_promote_tab_fields_win(self, site, client):
        site.service.seo_title = "Ketamine for depression in Houston"
        site.service.search_description = "Infusions for treatment-resistant depression."
        publish(site.service)
        html, meta = head(client, site.service.url)
        assert html.title.get_text().startswith("Ketamine for depression in Houston | KureIV")
        assert meta["og:title"] == "Ketamine for depression in Houston"
        assert meta["description"] == meta["og:description"] == "Infusions for treatment-resistant depression."

    def test_a_post_falls_back_to_its_intro(self, site, client):
        post = site.posts[0]
        html, meta = head(client, post.url)
        assert html.title.get_text().startswith(f"{post.title} | KureIV")
        assert meta["description"] == post.intro

    def test_a_service_falls_back_to_its_summary(self, site, client):
        _, meta = head(client, site.service.url)
        assert meta["description"] == site.service.summary

    def test_a_page_without_a_summary_falls_back_to_the_clinics_about_text(self, site, client):
        _, meta = head(client, site.location.url)
        assert meta["description"] == site.settings.about_text


class TestCanonical:
    @pytest.mark.parametrize("url", ["/", "/services/depression/", "/blog/", "/locations/houston/", "/about/"])
    def test_every_page_names_its_own_address(self, site, client, url):
        html, meta = head(client, url)
        assert [link["href"] for link in html.select('link[rel="canonical"]')] == [ROOT + url]
        assert meta["og:url"] == ROOT + url

    @pytest.mark.parametrize("url", ["/services/depression/?utm_source=newsletter", "/blog/?page=1"])
    def test_query_strings_are_left_out(self, site, client, url):
        html, _ = head(client, url)
        assert html.select_one('link[rel="canonical"]')["href"] == ROOT + url.split("?")[0]


class TestPublicHost:
    """Addresses name the host the site is really served from, never a development Site's localhost."""

    def test_a_site_with_its_real_host_name_keeps_it_whatever_host_answered(self, site, client):
        site.site.hostname = "www.kureiv.com"
        site.site.save()
        html, meta = head(client, "/services/depression/")
        assert html.select_one('link[rel="canonical"]')["href"] == "http://www.kureiv.com/services/depression/"
        assert meta["og:url"] == "http://www.kureiv.com/services/depression/"
        assert json_ld(client.get("/"))["MedicalClinic"]["url"] == "http://www.kureiv.com/"

    @pytest.mark.parametrize("local_host", ["localhost", "127.0.0.1"])
    def test_a_site_left_on_a_local_host_name_uses_the_requests_host(self, site, client, local_host):
        site.site.hostname = local_host
        site.site.save()
        response = client.get("/services/depression/", HTTP_HOST="kureiv.com", secure=True)
        html, meta = html_of(response), head(client, "/services/depression/")[1]
        assert html.select_one('link[rel="canonical"]')["href"] == "https://kureiv.com/services/depression/"
        assert meta["og:url"] == f"{ROOT}/services/depression/"
        clinic = json_ld(client.get("/", HTTP_HOST="kureiv.com", secure=True))["MedicalClinic"]
        assert clinic["url"] == "https://kureiv.com/"
        assert local_host not in response.content.decode()


class TestLinkPreviews:
    def test_the_home_page_previews_as_the_clinic(self, site, client):
        _, meta = head(client, "/")
        assert meta["og:title"] == "KureIV"
        site.home.seo_title = "Ketamine therapy in Houston"
        publish(site.home)
        assert head(client, "/")[1]["og:title"] == "Ketamine therapy in Houston"

    def test_an_article_shares_its_hero_image(self, site, client):
        post = site.posts[0]
        post.hero_image = ImageFactory(description="A calm treatment room")
        publish(post)
        _, meta = head(client, post.url)
        assert meta["og:type"] == "article"
        assert meta["og:image"].startswith(f"{ROOT}/media/images/") and "fill-1200x630" in meta["og:image"]
        assert meta["og:image:alt"] == "A calm treatment room"
        assert meta["twitter:card"] == "summary_large_image"

    def test_other_pages_share_the_clinic_logo(self, site, client):
        site.settings.logo = ImageFactory()
        site.settings.save()
        _, meta = head(client, site.service.url)
        assert meta["og:type"] == "website"
        assert meta["og:site_name"] == "KureIV"
        assert meta["og:image"].startswith(f"{ROOT}/media/images/") and "fill-512x512" in meta["og:image"]
