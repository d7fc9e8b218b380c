"""Every named URL of the Wagtail admin, found by walking Django's URL resolver, with real arguments.

``admin_routes()`` lists what is mounted under /admin/ today, so a view that Wagtail or an app adds
tomorrow is walked without anyone listing it. ``admin_requests(data)`` turns each route into the GET
requests worth making: one per object a URL argument may name (every user, every group, each page of
``data.pages``...), plus a search and a CSV export of listings that offer them. A URL argument nobody
taught this module to fill raises ``UnknownArgument``, so a new kind of URL is noticed, never skipped.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site, Task, Workflow

from core.models import ClinicSettings

ADMIN_PREFIX = "admin/"


class UnknownArgument(Exception):
    """A URL of the admin takes an argument this module does not know how to fill."""


@dataclass(frozen=True)
class AdminRoute:
    name: str  # "namespace:name", e.g. "wagtailusers_users:edit"
    arguments: frozenset  # the URL's keyword arguments
    callback: object

    @property
    def namespace(self):
        return self.name.rpartition(":")[0]

    @property
    def view_class(self):
        return getattr(self.callback, "view_class", None)

    @property
    def model(self):
        """The model a generic or viewset view works on, when it says."""
        initkwargs = getattr(self.callback, "view_initkwargs", None) or {}
        model = initkwargs.get("model") or getattr(self.view_class, "model", None)
        return apps.get_model(model) if isinstance(model, str) else model


@dataclass
class AdminRequest:
    """One GET to make: ``target`` is the object the URL is about (a user, a group, a page...), if any."""

    route: AdminRoute
    url: str
    target: object = None
    bulk_targets: list = field(default_factory=list)

    @property
    def name(self):
        return self.route.name

    def __str__(self):
        return self.url


def _pattern_arguments(pattern):
    regex_groups = getattr(pattern, "regex", None)
    converters = getattr(pattern, "converters", None)
    if converters:
        return set(converters)
    return set(regex_groups.groupindex) if regex_groups is not None else set()


def admin_routes():
    """Every named URL pattern under /admin/, with the argument names of its whole path."""

    def walk(patterns, prefix, namespace, arguments):
        for pattern in patterns:
            path = prefix + str(pattern.pattern).lstrip("^")
            names = arguments | _pattern_arguments(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = (
                    f"{namespace}:{pattern.namespace}"
                    if namespace and pattern.namespace
                    else pattern.namespace or namespace
                )
                yield from walk(pattern.url_patterns, path, inner, names)
            elif pattern.name and path.startswith(ADMIN_PREFIX):
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                yield AdminRoute(name, frozenset(names), pattern.callback)

    seen = set()
    for route in walk(get_resolver().url_patterns, "", None, set()):
        if (route.name, route.arguments) not in seen:
            seen.add((route.name, route.arguments))
            yield route


@dataclass
class AdminData:
    """The objects URL arguments name. ``pages`` are the pages every page URL is asked about;
    ``page_in_review`` is the one whose workflow and task state fill the workflow URLs."""

    pages: list
    page_in_review: Page
    task_state: object
    workflow_state: object
    workflow: Workflow
    task: Task
    users: list
    groups: list
    objects: list  # one of each other kind: image, document, collection, site, snippets, redirect, request...
    uploaded_file: object
    editing_session: object
    password_reset: tuple  # (uidb64, token)
    search_term: str

    def of_model(self, model):
        """The objects of ``model`` a URL argument may name (every user, every group, one of anything else)."""
        if issubclass(model, get_user_model()):
            return self.users
        if issubclass(model, Group):
            return self.groups
        if issubclass(model, Page):
            return self.pages
        if issubclass(model, Workflow):
            return [self.workflow]
        if issubclass(model, Task):
            return [self.task]
        found = [obj for obj in self.objects if isinstance(obj, model)]
        if found:
            return found
        instance = model._default_manager.first()
        return [instance] if instance is not None else []


#: The admin API's endpoints name their model in the namespace, not in the view.
API_MODELS = {
    "wagtailadmin_api:pages": lambda: Page,
    "wagtailadmin_api:images": get_image_model,
    "wagtailadmin_api:documents": get_document_model,
}


def _model_of(route):
    api_model = API_MODELS.get(route.namespace)
    if api_model is not None:
        return api_model()
    if route.namespace == "wagtailadmin_workflows":
        return Task if "task" in route.name.rpartition(":")[2] else Workflow
    if route.model is not None:
        return route.model
    raise UnknownArgument(f"{route.name}: which model does its pk name?")


#: URL arguments naming a page: each is asked about every page of ``AdminData.pages``.
PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}

#: URL arguments naming a model, in pairs (app label, model name).
MODEL_ARGUMENTS = [
    ("content_type_app_name", "content_type_model_name"),
    ("app_label", "model_name"),
    ("app_name", "model_name"),
]


def _page_arguments(route, data):
    """(target page, kwargs) pairs for a URL about pages; workflow URLs only about the page in review."""
    if route.arguments & {"task_state_id", "task_id", "workflow_state_id"}:
        pages = [data.page_in_review]
    else:
        pages = data.pages
    for page in pages:
        yield page, {name: page.pk for name in route.arguments & PAGE_ARGUMENTS}


def _content_type_choices(route, data):
    """(app_label, model_name) pairs for URLs naming a model."""
    if route.namespace == "wagtailsettings":
        return [(model._meta.app_label, model._meta.model_name) for model in settings_registry]
    if route.namespace == "wagtailadmin_workflows":
        return [(data.task._meta.app_label, data.task._meta.model_name)]
    if route.name == "wagtailadmin_tag_model_autocomplete":
        return [("taggit", "tag")]
    if route.namespace == "wagtailadmin_editing_sessions":
        return [("wagtailcore", "page")]
    if route.namespace == "wagtailadmin_pages":
        return sorted({(page._meta.app_label, page._meta.model_name) for page in data.pages})
    raise UnknownArgument(f"{route.name}: which model do its app and model name arguments name?")


def _settings_with_a_revision():
    """A revision URL about no page is Clinic settings' history (core.settings_history): give them one."""
    settings = ClinicSettings.for_site(Site.objects.get(is_default_site=True))
    if settings.latest_revision_id is None:
        settings.save_revision(log_action=False)
    return settings


def _fill(route, data):
    """Every set of keyword arguments worth asking ``route`` with, as (target, kwargs)."""
    arguments = set(route.arguments)
    if not arguments:
        return [(None, {})]
    if route.name == "wagtail_bulk_action":
        return []  # expanded by _bulk_requests
    base = {}
    simple = {
        "task_state_id": data.task_state.pk,
        "task_id": data.task.pk,
        "workflow_state_id": data.workflow_state.pk,
        "workflow_pk": data.workflow.pk,
        "destination_id": data.page_in_review.get_parent().pk,
        "uploaded_file_id": data.uploaded_file.pk,
        "session_id": data.editing_session.pk,
        "filter_spec": "max-165x165",
        "action_name": "approve" if route.namespace == "wagtailadmin_pages" else "copy",
        "uidb64": data.password_reset[0],
        "token": data.password_reset[1],
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
    }
    one_of_kind = {
        "collection_id": Collection,
        "document_id": get_document_model(),
        "doc_id": get_document_model(),
        "image_id": get_image_model(),
        "redirect_id": Redirect,
    }
    for name in list(arguments):
        if name in simple:
            base[name] = simple[name]
            arguments.discard(name)
        elif name in one_of_kind:
            base[name] = data.of_model(one_of_kind[name])[0].pk
            arguments.discard(name)
    model_arguments = [pair for pair in MODEL_ARGUMENTS if set(pair) <= arguments]
    choices = [(None, dict(base))]
    if model_arguments:
        app_argument, model_argument = model_arguments[0]
        arguments -= {app_argument, model_argument}
        choices = [
            (None, {**base, app_argument: app, model_argument: model})
            for app, model in _content_type_choices(route, data)
        ]
    if arguments & PAGE_ARGUMENTS:
        arguments -= PAGE_ARGUMENTS
        choices = [
            (page, {**kwargs, **page_kwargs})
            for _, kwargs in choices
            for page, page_kwargs in _page_arguments(route, data)
        ]
    if "object_id" in arguments:  # editing sessions: about a page
        arguments.discard("object_id")
        choices = [(data.page_in_review, {**kwargs, "object_id": data.page_in_review.pk}) for _, kwargs in choices]
    if "revision_id" in arguments:
        arguments.discard("revision_id")
        choices = [
            (page, {**kwargs, "revision_id": (page or _settings_with_a_revision()).latest_revision_id})
            for page, kwargs in choices
        ]
    if "pk" in arguments:
        arguments.discard("pk")
        if route.namespace == "wagtailsettings":  # a site setting's pk is the site's
            choices = [(None, {**kwargs, "pk": site.pk}) for _, kwargs in choices for site in data.of_model(Site)]
        elif "revision_id_a" in route.arguments:  # revisions compare: the pk is a page's
            choices = [(page, {**kwargs, "pk": page.pk}) for _, kwargs in choices for page in data.pages]
        else:
            model = _model_of(route)
            choices = [(obj, {**kwargs, "pk": obj.pk}) for _, kwargs in choices for obj in data.of_model(model)]
    if arguments:
        raise UnknownArgument(f"{route.name}: do not know how to fill {sorted(arguments)}")
    return choices


def _bulk_requests(route, data):
    """One confirmation page per registered bulk action, about every object of its model that it may act on."""
    bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")  # makes the registry scan its hooks
    for app_label, models in sorted(bulk_action_registry.actions.items()):
        for model_name, actions in sorted(models.items()):
            model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
            targets = data.of_model(model)
            for action in sorted(actions):
                kwargs = {"app_label": app_label, "model_name": model_name, "action": action}
                # One object at a time, so a refusal for one target cannot hide a page listing another.
                for target in targets:
                    url = f"{reverse(route.name, kwargs=kwargs)}?id={target.pk}&next=/admin/"
                    yield AdminRequest(route, url, target=target, bulk_targets=[target])


def _variants(route, url, data):
    """The URL, plus a search for the patient and a CSV export where the view offers them."""
    yield url
    view_class = route.view_class
    if route.namespace.startswith("wagtailadmin_api:") and route.name.endswith(":listing"):
        yield f"{url}?search={data.search_term}"
    if view_class is not None and issubclass(view_class, BaseListingView) and not route.arguments:
        yield f"{url}?q={data.search_term}"  # top-level listings, reports and search (not each object's history)
    if view_class is not None and issubclass(view_class, SpreadsheetExportMixin):
        yield f"{url}?export=csv"


def admin_requests(data):
    """Every GET to make, for every route under /admin/."""
    for route in admin_routes():
        if route.name == "wagtailadmin_logout":
            # Wagtail's logout view answers a GET with 405 yet deletes the session cookie all the
            # same: asking it would sign the role out for the rest of the walk. It shows nothing.
            continue
        if route.name == "wagtail_bulk_action":
            yield from _bulk_requests(route, data)
            continue
        for target, kwargs in _fill(route, data):
            base_url = reverse(route.name, kwargs=kwargs)
            for url in _variants(route, base_url, data):
                yield AdminRequest(route, url, target=target)
