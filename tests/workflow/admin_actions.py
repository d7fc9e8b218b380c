"""Each editorial action done the way the admin does it: a POST to Wagtail's own view.

Every function takes a logged-in test client and the ``site_tree``, tries the action, and
returns whether it took effect, judged from the database rather than from the response.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import BlogPage
from core.models import ClinicSettings

from .conftest import PASSWORD


def body_data(*blocks):
    """StreamField form data for ("heading", text) and ("paragraph", html) blocks."""
    values = {
        "heading": lambda text: {"text": text, "level": "h2"},
        "paragraph": lambda html: rich_text(html),
    }
    return streamfield([(kind, values[kind](value)) for kind, value in blocks])


def blog_post_data(title="Ketamine and sleep", **fields):
    """What the BlogPage create/edit form posts (no button pressed: add e.g. {"action-submit": "1"})."""
    data = {
        "title": title,
        "slug": fields.pop("slug", "ketamine-and-sleep"),
        "intro": "How infusions affect sleep. What patients report.",
        "hero_image_alt": "",
        "date_published": "2026-11-20",
        "body": body_data(("heading", "What we know"), ("paragraph", "<p>Most patients sleep well.</p>")),
        "tags": "",
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(fields)
    return nested_form_data(data)


def service_page_data(page, **fields):
    """What the ServicePage edit form posts for ``page`` as it stands, with ``fields`` changed."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "short_name": page.short_name,
        "condition_name": page.condition_name,
        "summary": page.summary,
        "mental_health": "on",
        "body": _raw_stream(page.body),
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(fields)
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def post_edit(client, page, **extra):
    """Post the edit form of a blog post or service page, with ``extra`` fields or buttons."""
    if isinstance(page.specific, BlogPage):
        data = blog_post_data(title=extra.pop("title", page.title), slug=page.slug)
    else:
        data = service_page_data(page.specific, title=extra.pop("title", page.title))
    data.update(extra)
    return client.post(edit_url(page), data)


def submit(client, page):
    return post_edit(client, page, **{"action-submit": "1"})


def workflow_action(client, page, action, comment=""):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def create_draft(client, tree):
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", tree.blog.pk])
    client.post(url, blog_post_data(slug="new-draft"))
    return BlogPage.objects.filter(slug="new-draft", live=False).exists()


def edit(client, tree):
    post = tree.posts[0]
    post_edit(client, post, title="An edited title")
    return Page.objects.get(pk=post.pk).draft_title == "An edited title"


def submit_for_review(client, tree):
    post = tree.posts[0]
    submit(client, post)
    return Page.objects.get(pk=post.pk).workflow_in_progress


def approve(client, tree):
    post = tree.posts[0]
    workflow_action(client, post, "approve")
    return not Page.objects.get(pk=post.pk).workflow_in_progress


def reject(client, tree):
    post = tree.posts[0]
    workflow_action(client, post, "reject", comment="Cite the trial.")
    state = Page.objects.get(pk=post.pk).current_workflow_state
    return state is not None and state.status == state.STATUS_NEEDS_CHANGES


def publish_medical_page(client, tree):
    post = tree.posts[0]
    post_edit(client, post, title="Published straight away", **{"action-publish": "1"})
    return Page.objects.get(pk=post.pk).title == "Published straight away"


def publish_standard_page(client, tree):
    about = tree.about
    data = nested_form_data(
        {
            "title": "About us",
            "slug": about.slug,
            "intro": about.intro,
            "body": _raw_stream(about.body),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    client.post(edit_url(about), {**data, "action-publish": "1"})
    return Page.objects.get(pk=about.pk).title == "About us"


def unpublish(client, tree):
    post = tree.posts[0]
    client.post(reverse("wagtailadmin_pages:unpublish", args=[post.pk]))
    return not Page.objects.get(pk=post.pk).live


def delete_live_page(client, tree):
    post = tree.posts[0]
    client.post(reverse("wagtailadmin_pages:delete", args=[post.pk]))
    return not Page.objects.filter(pk=post.pk).exists()


def edit_clinic_settings(client, tree):
    url = reverse("wagtailsettings:edit", args=["core", "clinicsettings", tree.site.pk])
    settings = tree.settings
    client.post(
        url,
        {
            "name": settings.name,
            "tagline": "Care that works",
            "phone": settings.phone,
            "primary_location": settings.primary_location_id,
            "consultation_page": settings.consultation_page_id,
            "about_text": settings.about_text,
            "crisis_notice": rich_text(settings.crisis_notice),
            "disclaimer": rich_text(settings.disclaimer),
        },
    )
    return ClinicSettings.objects.get(pk=settings.pk).tagline == "Care that works"


def publish_new_hours(client, tree, hours=None, closures=()):
    """Publish the location with Friday closing at 1 P.M. (or the ``hours`` given) and the given closures."""
    location = tree.location
    rows = list(location.opening_hours.all())
    hours = hours or {row.weekday: (row.opens, "13:00" if row.weekday == 4 else row.closes) for row in rows}
    data = nested_form_data(
        {
            "title": location.title,
            "slug": location.slug,
            "street_address": location.street_address,
            "locality": location.locality,
            "region": location.region,
            "postal_code": location.postal_code,
            "latitude": "",
            "longitude": "",
            "intro": "",
            "directions": rich_text(""),
            "parking": rich_text(""),
            "opening_hours": inline_formset(
                [
                    {
                        "id": row.pk,
                        "weekday": row.weekday,
                        "opens": _time(hours[row.weekday][0]),
                        "closes": _time(hours[row.weekday][1]),
                        "ORDER": str(index),
                        "DELETE": "",
                    }
                    for index, row in enumerate(rows)
                ],
                initial=len(rows),
            ),
            "closures": inline_formset(
                [
                    {"start_date": start, "end_date": "", "reason": reason, "ORDER": str(index), "DELETE": ""}
                    for index, (start, reason) in enumerate(closures)
                ]
            ),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    client.post(edit_url(location), {**data, "action-publish": "1"})
    location = Page.objects.get(pk=location.pk).specific
    return not location.has_unpublished_changes and location.opening_hours.get(weekday=4).closes.hour == 13


def add_user(client, tree):
    client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newcomer",
            "email": "newcomer@kureiv.test",
            "first_name": "New",
            "last_name": "Comer",
            "password1": PASSWORD + "x",
            "password2": PASSWORD + "x",
            "groups": [Group.objects.get(name="Editors").pk],
        },
    )
    return get_user_model().objects.filter(username="newcomer").exists()


def upload_image(client, tree):
    png = SimpleUploadedFile("entrance.png", get_test_image_file().file.getvalue(), content_type="image/png")
    client.post(reverse("wagtailimages:add"), {"title": "Clinic entrance", "file": png})
    return Image.objects.filter(title="Clinic entrance").exists()


def _time(value):
    return value if isinstance(value, str) else value.strftime("%H:%M")


def _raw_stream(stream_value):
    blocks = []
    for block in stream_value.raw_data:
        if block["type"] == "heading":
            blocks.append(("heading", block["value"]["text"]))
        else:
            blocks.append(("paragraph", block["value"]))
    return body_data(*blocks)
