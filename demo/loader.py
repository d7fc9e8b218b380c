"""Build the demo site from the files in demo/content/: images, people, blog categories, the page tree
and clinic settings.

The content folder mirrors the site's URLs: ``services/depression.md`` is /services/depression/, a
folder's ``_index.md`` is its section's index page, and ``_index.md`` at the top is the home page.
A page file's front matter names the page's fields (see demo/README.md).

Run inside a transaction (the management command does). Pages are first added as drafts so that
every page exists before the links between them are filled in; then each page gets one revision and
is published, in tree order.
"""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from blog.models import BlogCategory, BlogIndexPage, BlogPage
from consultations.models import ConsultationPage
from core.models import ClinicSettings, Person
from editorial.models import MedicallyReviewedPage
from editorial.roles import EDITORS, MEDICAL_REVIEWERS
from home.models import HomePage, StandardPage
from locations.hours import DAY_NAMES
from locations.models import Closure, LocationIndexPage, LocationPage, OpeningHours
from services.models import FaqPage, ServiceIndexPage, ServicePage
from team.models import TeamPage

from . import images, markup

CONTENT = Path(__file__).resolve().parent / "content"
#: A ``[text](page:slug)`` link in a file, waiting for the target page's id.
PAGE_LINK = re.compile(r'<a href="page:([a-z0-9-]+)">')


@dataclass
class Summary:
    """What a load created, for the command to report."""

    pages: list = field(default_factory=list)
    images: int = 0
    people: int = 0
    categories: int = 0

    def line(self):
        return (
            f"Loaded demo content: created {len(self.pages)} pages, {self.images} images, "
            f"{self.people} people and {self.categories} blog categories."
        )

    def tree(self):
        """One line per page, indented by depth: its URL and type."""
        return [f"{'  ' * (page.depth - 2)}{page.get_url()}  {type(page).__name__}" for page in self.pages]


def is_loaded():
    """The tree allows one HomePage, so its existence means the demo (or a real site) is already there."""
    return HomePage.objects.exists()


def resolve(value, image_ids, page_ids=None):
    """Swap image references for image ids and, once ``page_ids`` is known, page links for page ids."""
    if isinstance(value, markup.ImageRef):
        return image_ids[value.key]
    if isinstance(value, str) and page_ids is not None:
        return PAGE_LINK.sub(lambda match: f'<a linktype="page" id="{page_ids[match[1]]}">', value)
    if isinstance(value, list):
        return [resolve(item, image_ids, page_ids) for item in value]
    if isinstance(value, dict):
        return {key: resolve(item, image_ids, page_ids) for key, item in value.items()}
    return value


# Reading the files --------------------------------------------------------------------------


def data(name):
    """A data file (``clinic``, ``people``, ``categories``)."""
    return tomllib.loads((CONTENT / f"{name}.toml").read_text(encoding="utf-8"))


def index_of(folder=""):
    return markup.read(CONTENT / folder / "_index.md")


def pages_in(folder=""):
    """The page files of a folder, by name, its ``_index.md`` left out."""
    return [markup.read(path) for path in sorted((CONTENT / folder).glob("*.md")) if path.name != "_index.md"]


def is_rich_text(model, name):
    return isinstance(model._meta.get_field(name), RichTextField)


def field_values(model, values):
    """``values`` as ``model``'s fields hold them: Markdown becomes HTML in rich text fields."""
    return {name: markup.rich_text(value) if is_rich_text(model, name) else value for name, value in values.items()}


def new_page(model, document, references=(), **fields):
    """A ``model`` page from ``document``: its front matter keys are field names, except ``references``
    (keys naming images, people or other pages), which the caller resolves into ``fields``.

    Returns the page and its fields that may link to pages not yet made: the body and rich text.
    """
    values = field_values(model, {key: value for key, value in document.meta.items() if key not in references})
    linked = {name: values.pop(name) for name in list(values) if is_rich_text(model, name)}
    if document.body:
        linked["body"] = document.body
    return model(**{"slug": document.slug, **values, **fields}), linked


class TreeBuilder:
    """Adds pages as drafts, then fills in links and publishes them all."""

    def __init__(self, image_ids):
        self.image_ids = image_ids
        self.drafts = []

    def add(self, parent, page_and_links):
        """Add a page from ``new_page`` under ``parent``; its linked fields may link to other pages."""
        page, linked_fields = page_and_links
        for name, value in linked_fields.items():
            setattr(page, name, resolve(value, self.image_ids))
        page.live = False
        parent.add_child(instance=page)
        self.drafts.append((page, linked_fields))
        return page

    def publish_all(self):
        page_ids = {page.slug: page.pk for page, _ in self.drafts}
        for page, linked_fields in self.drafts:
            for name, value in linked_fields.items():
                setattr(page, name, resolve(value, self.image_ids, page_ids))
            page.save_revision().publish()
        return [page for page, _ in self.drafts]


# Snippets and images -----------------------------------------------------------------------


def portrait_key(person):
    return f"portrait-{person['key']}"


def ensure_images(people, summary):
    """Every demo image (including one portrait per person), keyed as the content files refer to them."""
    specs = images.IMAGE_SPECS + [
        images.portrait_spec(portrait_key(person), person["name"], index) for index, person in enumerate(people)
    ]
    image_ids = {}
    for spec in specs:
        image, created = images.get_or_create_image(spec)
        image_ids[spec.key] = image.pk
        summary.images += created
    return image_ids


def ensure_people(people, image_ids, summary):
    by_key = {}
    for person in people:
        fields = {name: value for name, value in person.items() if name not in ("key", "name")}
        by_key[person["key"]], created = Person.objects.get_or_create(
            name=person["name"], defaults={**fields, "photo_id": image_ids[portrait_key(person)], "is_demo": True}
        )
        summary.people += created
    return by_key


def ensure_categories(summary):
    categories = {}
    for category in data("categories")["category"]:
        categories[category["slug"]], created = BlogCategory.objects.get_or_create(
            slug=category["slug"], defaults=category
        )
        summary.categories += created
    return categories


# The site and its home page ---------------------------------------------------------------


def wagtail_welcome_page():
    """The "Welcome to your new Wagtail site!" page Wagtail's own migrations create, if still there."""
    return Page.objects.filter(depth=2, slug="home", content_type=ContentType.objects.get_for_model(Page)).first()


def point_default_site_at(home):
    """Make the default site (localhost:80, "KureIV") serve ``home``."""
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name, site.root_page = "localhost", 80, "KureIV", home
    site.save()
    return site


def add_home(builder):
    """Put the HomePage at the top of the tree in place of Wagtail's welcome page."""
    welcome = wagtail_welcome_page()
    if welcome:
        # Free the slug "home" first: sibling slugs must be unique.
        Page.objects.filter(pk=welcome.pk).update(slug=f"wagtail-welcome-{welcome.pk}")
    document = index_of()
    home = builder.add(
        Page.get_first_root_node(),
        new_page(
            HomePage, document, references={"hero_image"}, hero_image_id=builder.image_ids[document.meta["hero_image"]]
        ),
    )
    site = point_default_site_at(home)
    if welcome:
        welcome.delete()  # only now: deleting the site's root page would delete the site with it
    return home, site


# Sections ---------------------------------------------------------------------------------


def add_services(builder, home):
    """The services index and its condition pages, in the order its ``order`` key lists them."""
    index_document = index_of("services")
    order = index_document.meta["order"]
    documents = {document.slug: document for document in pages_in("services")}
    if sorted(order) != sorted(documents):
        raise ValueError(f"services/_index.md: order {order} must name each of {sorted(documents)} once")
    index = builder.add(home, new_page(ServiceIndexPage, index_document, references={"order"}))
    return {slug: builder.add(index, new_page(ServicePage, documents[slug])) for slug in order}


def blog_page(document, image_ids, people, categories, services):
    meta = document.meta
    page, linked = new_page(
        BlogPage,
        document,
        references={"hero_image", "author", "categories", "tags", "related_services"},
        hero_image_id=image_ids[meta["hero_image"]],
        author=people[meta["author"]],
    )
    page.categories.set([categories[slug] for slug in meta["categories"]])
    page.related_services.set([services[slug] for slug in meta["related_services"]])
    page.tags.add(*meta["tags"])
    return page, linked


def add_blog(builder, home, people, categories, services):
    """The blog index and its posts, oldest first."""
    index = builder.add(home, new_page(BlogIndexPage, index_of("blog")))
    for document in sorted(pages_in("blog"), key=lambda document: document.meta["date_published"]):
        builder.add(index, blog_page(document, builder.image_ids, people, categories, services))


def opening_hours(row):
    return OpeningHours(**{**row, "weekday": DAY_NAMES.index(row["weekday"])})


def add_locations(builder, home):
    index = builder.add(home, new_page(LocationIndexPage, index_of("locations")))
    (document,) = pages_in("locations")  # one clinic today; more would need ClinicSettings to choose
    meta = document.meta
    location = new_page(
        LocationPage,
        document,
        references={"opening_hours", "closures"},
        opening_hours=[opening_hours(row) for row in meta["opening_hours"]],
        closures=[Closure(**row) for row in meta["closures"]],
    )
    return builder.add(index, location)


#: Page files beside the home page's that are not standard pages: each has a type of its own.
OWN_TYPE_PAGES = {"consultation": ConsultationPage, "faq": FaqPage, "team": TeamPage}


def add_page_of_own_type(builder, home, slug):
    return builder.add(home, new_page(OWN_TYPE_PAGES[slug], markup.read(CONTENT / f"{slug}.md")))


def add_standard_pages(builder, home):
    """About, cost and insurance, the privacy policy: every page file beside the home page's but those of
    ``OWN_TYPE_PAGES``."""
    return {
        document.slug: builder.add(home, new_page(StandardPage, document))
        for document in pages_in()
        if document.slug not in OWN_TYPE_PAGES
    }


def configure_clinic(site, image_ids, location, consultation, cost_page):
    settings = ClinicSettings.for_site(site)
    for name, value in field_values(ClinicSettings, data("clinic")).items():
        setattr(settings, name, value)
    settings.logo_id = image_ids["logo"]
    settings.primary_location = location
    settings.consultation_page = consultation
    settings.cost_page = cost_page
    settings.save()


def review_medical_pages(pages, people):
    """Put every medical page through the real "Medical review" workflow.

    The medical director approves, except her own posts, which the psychiatric nurse practitioner
    approves: nobody reviews what they wrote. The demo accounts cannot sign in (no usable password);
    they exist so the credit "Medically reviewed by Dr. Anjali Mehta, MD" comes from an approval, as
    it does in production.
    """
    editor = demo_user("demo-editor", EDITORS, first_name="Demo", last_name="Editor")
    reviewers = [
        link_reviewer(people["medical-director"], "demo-medical-director"),
        link_reviewer(people["nurse-practitioner"], "demo-nurse-practitioner"),
    ]
    for page in pages:
        workflow = page.get_workflow() if isinstance(page, MedicallyReviewedPage) else None
        if workflow is None:
            continue
        reviewer = next(user for user in reviewers if user.pk not in page.byline_user_ids())
        task_state = workflow.start(page, editor).current_task_state
        task_state.task.specific.on_action(task_state, reviewer, "approve")


def link_reviewer(person, username):
    """A Medical reviewer account for ``person``, so their approvals credit them by name."""
    first_name, _, last_name = person.name.partition(" ")
    reviewer = demo_user(username, MEDICAL_REVIEWERS, first_name=first_name, last_name=last_name)
    person.user = reviewer
    person.save(update_fields=["user"])
    return reviewer


def demo_user(username, group_name, **names):
    user, _ = get_user_model().objects.get_or_create(username=username, defaults=names)
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def load():
    """Create the whole demo site. Call inside ``transaction.atomic()``; see ``is_loaded()`` first."""
    summary = Summary()
    people_data = data("people")["person"]
    image_ids = ensure_images(people_data, summary)
    people = ensure_people(people_data, image_ids, summary)
    categories = ensure_categories(summary)

    builder = TreeBuilder(image_ids)
    home, site = add_home(builder)
    services = add_services(builder, home)
    add_blog(builder, home, people, categories, services)
    location = add_locations(builder, home)
    consultation = add_page_of_own_type(builder, home, "consultation")
    standard_pages = add_standard_pages(builder, home)
    add_page_of_own_type(builder, home, "faq")
    add_page_of_own_type(builder, home, "team")
    consultation.privacy_page = standard_pages["privacy-policy"]  # the form's consent box links to it
    summary.pages = builder.publish_all()

    configure_clinic(site, image_ids, location, consultation, standard_pages["cost-and-insurance"])
    review_medical_pages(summary.pages, people)
    return summary
