"""Build the demo site: images, people, blog categories, the page tree and clinic settings.

Run inside a transaction (the management command does). Pages are first added as
drafts so that every page exists before the links between them are filled in; then
each page gets one revision and is published, in tree order.
"""

import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from blog.models import BlogCategory, BlogIndexPage, BlogPage
from consultations.models import ConsultationPage
from core.models import ClinicSettings, Person
from editorial.models import MedicallyReviewedPage
from editorial.roles import EDITORS, MEDICAL_REVIEWERS
from home.models import HomePage, StandardPage
from locations.models import Closure, LocationIndexPage, LocationPage, OpeningHours
from services.models import ServiceIndexPage, ServicePage

from . import content, images

#: ``content.link()`` output, waiting for the target page's id.
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
    if isinstance(value, content.ImageRef):
        return image_ids[value.key]
    if isinstance(value, str) and page_ids is not None:
        return PAGE_LINK.sub(lambda match: f'<a linktype="page" id="{page_ids[match[1]]}">', value)
    if isinstance(value, list):
        return [resolve(item, image_ids, page_ids) for item in value]
    if isinstance(value, dict):
        return {key: resolve(item, image_ids, page_ids) for key, item in value.items()}
    return value


class TreeBuilder:
    """Adds pages as drafts, then fills in links and publishes them all."""

    def __init__(self, image_ids):
        self.image_ids = image_ids
        self.drafts = []

    def add(self, parent, page, **linked_fields):
        """Add ``page`` under ``parent``; ``linked_fields`` (stream or rich text) may link to other pages."""
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


def ensure_images(summary):
    """Every demo image (including one portrait per person), keyed as ``content`` refers to them."""
    specs = images.IMAGE_SPECS + [
        images.portrait_spec(person.portrait, person.name, index) for index, person in enumerate(content.PEOPLE)
    ]
    image_ids = {}
    for spec in specs:
        image, created = images.get_or_create_image(spec)
        image_ids[spec.key] = image.pk
        summary.images += created
    return image_ids


def ensure_people(image_ids, summary):
    people = {}
    for person in content.PEOPLE:
        people[person.key], created = Person.objects.get_or_create(
            name=person.name,
            defaults={
                "honorific": person.honorific,
                "credentials": person.credentials,
                "role": person.role,
                "bio": person.bio,
                "photo_id": image_ids[person.portrait],
            },
        )
        summary.people += created
    return people


def ensure_categories(summary):
    categories = {}
    for category in content.CATEGORIES:
        categories[category.slug], created = BlogCategory.objects.get_or_create(
            slug=category.slug, defaults={"name": category.name, "description": category.description}
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
    data = content.HOME
    home = builder.add(
        Page.get_first_root_node(),
        HomePage(
            title="Home",
            slug="home",
            hero_heading=data["hero_heading"],
            hero_text=data["hero_text"],
            hero_image_id=builder.image_ids[data["hero_image"]],
            conditions_intro=data["conditions_intro"],
        ),
        body=data["body"],
    )
    site = point_default_site_at(home)
    if welcome:
        welcome.delete()  # only now: deleting the site's root page would delete the site with it
    return home, site


# Sections ---------------------------------------------------------------------------------


def add_services(builder, home):
    index = builder.add(
        home,
        ServiceIndexPage(
            title="Conditions we treat", slug="services", intro=content.SERVICE_INDEX_INTRO, show_in_menus=True
        ),
    )
    return {
        service.slug: builder.add(
            index,
            ServicePage(
                title=service.title,
                slug=service.slug,
                short_name=service.short_name,
                condition_name=service.condition_name,
                summary=service.summary,
                mental_health=service.mental_health,
            ),
            body=service.body,
        )
        for service in content.SERVICES
    }


def blog_page(post, image_ids, people, categories, services):
    page = BlogPage(
        title=post.title,
        slug=post.slug,
        intro=post.intro,
        hero_image_id=image_ids[post.hero],
        hero_image_alt=post.hero_alt,
        author=people[post.author],
        date_published=post.published,
    )
    page.categories.set([categories[slug] for slug in post.categories])
    page.related_services.set([services[slug] for slug in post.services])
    page.tags.add(*post.tags)
    return page


def add_blog(builder, home, people, categories, services):
    index = builder.add(
        home, BlogIndexPage(title="Blog", slug="blog", intro=content.BLOG_INDEX_INTRO, show_in_menus=True)
    )
    for post in content.POSTS:
        builder.add(index, blog_page(post, builder.image_ids, people, categories, services), body=post.body)


def add_locations(builder, home):
    index = builder.add(
        home,
        LocationIndexPage(title="Locations", slug="locations", intro=content.LOCATION_INDEX_INTRO, show_in_menus=True),
    )
    data = content.LOCATION
    location = LocationPage(
        title=data["title"],
        slug=data["slug"],
        street_address=data["street_address"],
        locality=data["locality"],
        region=data["region"],
        postal_code=data["postal_code"],
        latitude=data["latitude"],
        longitude=data["longitude"],
        intro=data["intro"],
        opening_hours=[
            OpeningHours(weekday=weekday, opens=opens, closes=closes, closed=closed)
            for weekday, opens, closes, closed in data["opening_hours"]
        ],
        closures=[Closure(start_date=start, end_date=end, reason=reason) for start, end, reason in data["closures"]],
    )
    return builder.add(index, location, directions=data["directions"], parking=data["parking"])


def add_consultation(builder, home):
    data = content.CONSULTATION
    page = ConsultationPage(title=data["title"], slug=data["slug"], intro=data["intro"], show_in_menus=True)
    return builder.add(home, page, body=data["body"])


def add_standard_pages(builder, home):
    return {
        page.slug: builder.add(home, StandardPage(title=page.title, slug=page.slug, intro=page.intro), body=page.body)
        for page in content.STANDARD_PAGES
    }


def configure_clinic(site, image_ids, location, consultation):
    settings = ClinicSettings.for_site(site)
    for name, value in content.CLINIC.items():
        setattr(settings, name, value)
    settings.logo_id = image_ids["logo"]
    settings.primary_location = location
    settings.consultation_page = consultation
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
    image_ids = ensure_images(summary)
    people = ensure_people(image_ids, summary)
    categories = ensure_categories(summary)

    builder = TreeBuilder(image_ids)
    home, site = add_home(builder)
    services = add_services(builder, home)
    add_blog(builder, home, people, categories, services)
    location = add_locations(builder, home)
    consultation = add_consultation(builder, home)
    standard_pages = add_standard_pages(builder, home)
    consultation.privacy_page = standard_pages["privacy-policy"]  # the form's consent box links to it
    summary.pages = builder.publish_all()

    configure_clinic(site, image_ids, location, consultation)
    review_medical_pages(summary.pages, people)
    return summary
