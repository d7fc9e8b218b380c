"""Site search at /search/?q=: finds posts and condition pages, pages through results, and never fails."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from blog.models import BlogPage
from core.search_views import MAX_QUERY_LENGTH, RESULTS_PER_PAGE
from home.models import StandardPage
from services.models import ServicePage


@pytest.fixture
def demo(db):
    """The demo site. Its loader publishes every page, and publishing indexes it: no ``update_index`` needed."""
    call_command("load_demo_content", verbosity=0)


def search(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def result_urls(html):
    return [a["href"] for a in html.select(".search-results__title a")]


def message(html):
    return " ".join(html.select_one(".search-results").get_text(" ").split())


def test_finds_the_condition_page_by_its_name(demo, client):
    assert "/services/ptsd/" in result_urls(search(client, "PTSD"))


def test_finds_blog_posts_by_words_in_their_body(demo, client):
    post = BlogPage.objects.get(slug="opioids-versus-ketamine-for-chronic-pain")
    assert post.url in result_urls(search(client, "opioids"))


def test_results_are_only_live_pages(demo, client):
    service = ServicePage.objects.get(slug="ocd")
    assert service.url in result_urls(search(client, "obsessive"))
    service.unpublish()
    assert service.url not in result_urls(search(client, "obsessive"))


def test_results_leave_out_the_home_page_and_show_each_pages_meta_description(demo, client):
    assert "/" not in result_urls(search(client, "ketamine"))
    html = search(client, "southwest")
    about = StandardPage.objects.get(slug="about")
    item = next(li for li in html.select(".search-results__list li") if li.a["href"] == about.url)
    assert item.p.get_text() == about.meta_description()


def test_results_show_each_pages_summary(demo, client):
    service = ServicePage.objects.get(slug="ptsd")
    html = search(client, "PTSD")
    item = next(li for li in html.select(".search-results__list li") if li.a["href"] == service.url)
    assert service.summary in item.get_text()


def test_results_come_ten_a_page_and_keep_the_query_in_the_page_links(demo, client):
    first = search(client, "ketamine")
    total = int(message(first).split(" page")[0].split()[-1])
    assert total > RESULTS_PER_PAGE
    assert len(result_urls(first)) == RESULTS_PER_PAGE
    assert first.select_one('.pagination a[rel="next"]')["href"] == "?q=ketamine&page=2"
    second = search(client, "ketamine", page=2)
    assert not set(result_urls(first)) & set(result_urls(second))
    assert len(result_urls(first)) + len(result_urls(second)) == min(total, 2 * RESULTS_PER_PAGE)
    assert result_urls(search(client, "ketamine", page="abc")) == result_urls(first)


def test_an_empty_query_asks_for_words(demo, client):
    for query in ["", "   "]:
        html = search(client, query)
        assert "Type a word or two" in message(html)
        assert not result_urls(html)


def test_no_match_says_so_and_offers_the_phone(demo, client):
    html = search(client, "zzyzx")
    assert "Nothing on the site matches “zzyzx”" in message(html)
    assert html.select_one('.search-results a[href^="tel:+1"]')


ODD_QUERIES = [
    "'; DROP TABLE wagtailcore_page; --",
    '" OR 1=1 --',
    'ketamine "unclosed phrase',
    "NEAR(ketamine pain) AND col:title ^x *",
    "😀🧠💉",
    "\\ ( ) { } : -",
    "\x00",
    "ｋｅｔａｍｉｎｅ",
]


def test_odd_queries_answer_200_with_results_or_a_message(demo, client):
    for query in ODD_QUERIES:
        html = search(client, query)
        assert "Nothing on the site matches" in message(html) or result_urls(html), query


def test_a_5000_character_query_is_shortened_to_whole_words_and_says_so(demo, client):
    html = search(client, "ketamine " * 556)
    assert f"used only its first {MAX_QUERY_LENGTH} characters" in message(html)
    assert html.select_one("#search-query")["value"] == " ".join(["ketamine"] * 11)  # 98 characters, no "k" left over
    assert result_urls(html)


def test_emoji_beside_a_word_still_finds_it(demo, client):
    assert "/services/ptsd/" in result_urls(search(client, "🧠 PTSD"))


def test_results_page_is_not_indexed_and_is_reachable_from_the_header(demo, client):
    html = search(client, "ketamine")
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"
    assert html.select_one('label[for="search-query"]')
    home = BeautifulSoup(client.get("/").content, "html.parser")
    assert home.select_one('header a[href="/search/"]')
