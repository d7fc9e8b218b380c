"""Admin rules Wagtail's permission model cannot express on its own.

1. Medical pages go live only through the "Medical review" workflow (editorial.review_rules, below
   the views). Here only what the admin shows: a new medical page offers no Publish button, and
   pressing it anyway keeps the draft and says why.
2. Whoever manages users without being a superuser (Site managers) manages members of the
   three editorial groups only: they cannot make or edit superusers, or hand out other groups.
"""

from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from wagtail import hooks

from .models import MedicallyReviewedPage
from .roles import EDITORIAL_GROUPS


def needs_review(user, page_class):
    return not user.is_superuser and issubclass(page_class, MedicallyReviewedPage)


def only_medical_children(page):
    children = page.specific_class.creatable_subpage_models()
    return bool(children) and all(issubclass(model, MedicallyReviewedPage) for model in children)


@hooks.register("construct_page_action_menu")
def hide_publish_on_new_medical_pages(menu_items, request, context):
    """The create view judges "publish" by the parent; an existing page's tester already hides it."""
    if context.get("page") is None and not request.user.is_superuser and only_medical_children(context["parent_page"]):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_unreviewed_publish(request, page):
    if needs_review(request.user, page.specific_class):
        messages.error(request, "Medical pages go live only after medical review. Your draft is saved: submit it for review.")
        return redirect("wagtailadmin_pages:edit", page.pk)


def check_user_form(request, edited_user=None):
    if request.user.is_superuser:
        return
    if edited_user is not None and edited_user.is_superuser:
        raise PermissionDenied("Only a superuser may change a superuser's account.")
    if request.method == "POST":
        allowed = {str(pk) for pk in Group.objects.filter(name__in=EDITORIAL_GROUPS).values_list("pk", flat=True)}
        if request.POST.get("is_superuser") or not set(request.POST.getlist("groups")) <= allowed:
            raise PermissionDenied("You may only add people to the Editors, Medical reviewers and Site managers groups.")


@hooks.register("before_create_user")
def limit_user_creation(request):
    check_user_form(request)


@hooks.register("before_edit_user")
def limit_user_editing(request, user):
    check_user_form(request, user)
