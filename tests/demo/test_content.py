"""The demo content files hang together, and loading them builds one live page per file, as written."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page, WorkflowState

from demo import images, loader, markup
from editorial.models import MedicallyReviewedPage

PAGE_LINK = re.compile(r"\(page:([a-z0-9-]+)\)")
#: The page types of each folder's ``_index.md`` and other files, as demo/README.md lists them.
SECTIONS = {
    ".": ("HomePage", "StandardPage"),
    "services": ("ServiceIndexPage", "ServicePage"),
    "blog": ("BlogIndexPage", "BlogPage"),
    "locations": ("LocationIndexPage", "LocationPage"),
}


def page_files():
    return sorted(loader.CONTENT.rglob("*.md"))


def documents():
    return [markup.read(path) for path in page_files()]


def page_type(path):
    relative = path.relative_to(loader.CONTENT)
    if str(relative.parent) == "." and relative.stem in loader.OWN_TYPE_PAGES:
        return loader.OWN_TYPE_PAGES[relative.stem].__name__
    index_type, page_type = SECTIONS[str(relative.parent)]
    return index_type if relative.name == "_index.md" else page_type


def slug(document):
    return document.meta.get("slug", document.slug)


def image_keys():
    people = loader.data("people")["person"]
    return {spec.key for spec in images.IMAGE_SPECS} | {loader.portrait_key(person) for person in people}


def figure_keys(blocks):
    return [block["value"]["image"]["image"].key for block in blocks if block["type"] == "figure"]


def test_every_page_file_reads_and_slugs_are_unique():
    slugs = [slug(document) for document in documents()]
    assert len(slugs) == 27
    assert len(set(slugs)) == len(slugs)


def test_every_page_link_names_a_page_file():
    slugs = {slug(document) for document in documents()}
    texts = [path.read_text(encoding="utf-8") for path in page_files()]
    links = {target for text in texts for target in PAGE_LINK.findall(text)}
    assert links  # the content does link its pages together
    assert links <= slugs, links - slugs


def test_every_image_key_names_a_demo_image():
    keys = image_keys()
    for document in documents():
        used = figure_keys(document.body) + ([document.meta["hero_image"]] if "hero_image" in document.meta else [])
        assert set(used) <= keys, (document.path, set(used) - keys)


def test_every_service_page_carries_the_disclaimer_and_an_faq():
    services = [document for document in documents() if page_type(document.path) == "ServicePage"]
    assert len(services) == 6
    for document in services:
        types = [block["type"] for block in document.body]
        assert "disclaimer" in types and "faq" in types, document.path


def test_references_between_files_resolve():
    people = {person["key"] for person in loader.data("people")["person"]}
    categories = {category["slug"] for category in loader.data("categories")["category"]}
    services = [document for document in documents() if page_type(document.path) == "ServicePage"]
    assert sorted(loader.index_of("services").meta["order"]) == sorted(document.slug for document in services)
    for post in (document for document in documents() if page_type(document.path) == "BlogPage"):
        assert post.meta["author"] in people, post.path
        assert set(post.meta["categories"]) <= categories, post.path
        assert set(post.meta["related_services"]) <= {document.slug for document in services}, post.path


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def test_each_file_became_one_live_page_with_its_type_title_and_body(demo):
    files = {slug(document): document for document in documents()}
    pages = {page.slug: page.specific for page in Page.objects.filter(depth__gt=1).live()}
    assert pages.keys() == files.keys()
    for page_slug, document in files.items():
        page = pages[page_slug]
        assert type(page).__name__ == page_type(document.path), document.path
        assert page.title == document.meta["title"], document.path
        body = getattr(page, "body", [])
        assert [block.block_type for block in body] == [block["type"] for block in document.body], document.path
    assert [page.slug for page in pages["services"].get_children()] == loader.index_of("services").meta["order"]


def test_links_point_at_live_pages_and_medical_pages_were_approved_by_a_reviewer(demo):
    for page in Page.objects.filter(depth__gt=1).specific():
        stored = str(getattr(page, "body", "").raw_data if hasattr(page, "body") else "")
        assert "page:" not in stored, page.url_path
        for page_id in re.findall(r'linktype=\\?"page\\?" id=\\?"(\d+)', stored):
            assert Page.objects.live().filter(pk=page_id).exists(), (page.url_path, page_id)
        if isinstance(page, MedicallyReviewedPage) and page.get_workflow():
            state = WorkflowState.objects.for_instance(page).get()
            assert state.status == WorkflowState.STATUS_APPROVED, page.url_path
            assert page.medically_reviewed_by.groups.filter(name="Medical reviewers").exists(), page.url_path


def test_the_team_page_lists_the_people_shown_on_the_site_and_about_is_in_the_menu_by_its_short_name(demo):
    team = Page.objects.get(slug="team").specific
    people = loader.data("people")["person"]
    assert [person.name for person in team.listing(None)] == sorted(
        person["name"] for person in people if person.get("show_on_site")
    )
    about = Page.objects.get(slug="about").specific
    assert about.show_in_menus and about.menu_label == "About"
