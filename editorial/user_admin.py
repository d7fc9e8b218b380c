"""Wagtail's user admin, limited to what the user rule (editorial/user_policy.py) lets the signed-in user do.

- The create and edit forms offer a user manager who is not a superuser only the groups they
  may grant (Editors, Site managers) and no Administrator box; a forged group comes back as an
  error on the form, with everything typed kept.
- The edit, delete, history and usage views explain, rather than open, an account the user may not handle.
- The copy view is off: Wagtail's user "copy" saves the posted form onto the account being
  copied (no new account), so it is an edit view without the edit view's safeguards.

Installed through ``editorial.apps.UsersConfig``, which replaces ``wagtail.users`` in INSTALLED_APPS.
"""

from django.contrib import messages
from django.contrib.auth.models import Group
from django.shortcuts import redirect
from wagtail.admin.views.generic import history, usage
from wagtail.users import forms
from wagtail.users.views import users
from wagtail.users.views.bulk_actions import assign_role, set_active_state

from .roles import SITE_MANAGED_GROUPS
from .user_policy import account, refusal


class LimitedChoicesMixin:
    """A user form that offers ``for_user`` only the choices the rule allows them.

    A forged choice (another group's id) fails as an invalid choice; a forged Administrator box is
    ignored. The model receivers refuse whatever might still slip through.
    """

    def __init__(self, *args, for_user, **kwargs):
        super().__init__(*args, **kwargs)
        if not for_user.is_superuser:
            self.fields.pop("is_superuser", None)
            self.fields["groups"].queryset = Group.objects.filter(name__in=SITE_MANAGED_GROUPS)


class UserCreationForm(LimitedChoicesMixin, forms.UserCreationForm):
    pass


class UserEditForm(LimitedChoicesMixin, forms.UserEditForm):
    pass


class FormForUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class RefuseGuardedAccountsMixin:
    """Tell a user manager why an account is not theirs to handle instead of opening it."""

    def dispatch(self, request, *args, **kwargs):
        if self.permission_policy.user_has_permission(request.user, "change"):  # others get Wagtail's refusal
            reason = refusal(request.user, account(self.get_object()), None)
            if reason:
                messages.error(request, reason)
                return redirect(self.index_url_name)
        return super().dispatch(request, *args, **kwargs)


class CreateView(FormForUserMixin, users.CreateView):
    pass


class EditView(RefuseGuardedAccountsMixin, FormForUserMixin, users.EditView):
    pass


class DeleteView(RefuseGuardedAccountsMixin, users.DeleteView):
    pass


class HistoryView(RefuseGuardedAccountsMixin, history.HistoryView):
    pass


class UsageView(RefuseGuardedAccountsMixin, usage.UsageView):
    pass


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class OnlyAccountsInHandMixin:
    """A user bulk action lists accounts the rule keeps from the user as ones they may not act on,
    and offers only the groups they may grant."""

    def check_perm(self, obj):
        return super().check_perm(obj) and refusal(self.request.user, account(obj), None) is None

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if "role" in form.fields and not self.request.user.is_superuser:
            form.fields["role"].queryset = Group.objects.filter(name__in=SITE_MANAGED_GROUPS)
        return form


class AssignRoleBulkAction(OnlyAccountsInHandMixin, assign_role.AssignRoleBulkAction):
    pass


class SetActiveStateBulkAction(OnlyAccountsInHandMixin, set_active_state.SetActiveStateBulkAction):
    pass


def bulk_outcome(action_type, before, form_data):
    """The account after one of Wagtail's user bulk actions, or None (deleted, or an action the rule cannot foresee)."""
    if action_type == "assign_role":
        return {**before, "groups": before["groups"] | {form_data["role"].name}}
    if action_type == "set_active_state":
        return {**before, "is_active": form_data["mark_as_active"]}
    return None
