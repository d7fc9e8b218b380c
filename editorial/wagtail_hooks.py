"""Admin rules Wagtail's permission model cannot express on its own.

1. Medical pages go live only through the "Medical review" workflow (editorial.review_rules, below
   the views). Here only what the admin shows: a new medical page offers no Publish button, and
   pressing it anyway keeps the draft and says why.
2. Whoever manages users without being a superuser (Site managers) manages members of Editors
   and Site managers only (editorial/user_policy.py). Most user bulk actions reach the model
   receivers (editorial/user_receivers.py); "Set active state" writes with QuerySet.update(),
   so every user bulk action is checked here first, by the same rule.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from wagtail import hooks

from .models import MedicallyReviewedPage
from .user_admin import AssignRoleBulkAction, SetActiveStateBulkAction, bulk_outcome
from .user_policy import account, refusal


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
        messages.error(
            request, "Medical pages go live only after medical review. Your draft is saved: submit it for review."
        )
        return redirect("wagtailadmin_pages:edit", page.pk)


# Registered after Wagtail's own (order): these replace its "Assign role" and "Set active state".
hooks.register("register_bulk_action", AssignRoleBulkAction, order=100)
hooks.register("register_bulk_action", SetActiveStateBulkAction, order=100)


@hooks.register("before_bulk_action")
def refuse_bulk_user_changes_beyond_the_rule(request, action_type, objects, action_class_instance):
    if action_class_instance.model is not get_user_model():
        return None
    form_data = action_class_instance.cleaned_form.cleaned_data
    for user in objects:
        before = account(user)
        reason = refusal(request.user, before, bulk_outcome(action_type, before, form_data))
        if reason:
            messages.error(request, reason + " Nothing was changed.")
            return redirect(action_class_instance.next_url)
    return None
