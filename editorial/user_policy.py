"""Who may change whose account: the one rule behind every way of managing users.

Superusers manage everyone. Anyone else who manages users (Site managers) manages only
"site-managed" accounts: not superuser, not staff, in no group but Editors and Site managers
(roles.SITE_MANAGED_GROUPS). They may not touch any other account, nor make an account
anything else: making a superuser, or granting Medical reviewers (two-person medical review),
Patient coordinators (patients' details) or any other group is for superusers. Everybody may
change their own name, email and password.

The rule judges an account's state before and after a change (``account()``), so the same
function answers for a form, a model save, a group added, a bulk action and a deletion.
Outside a request there is nobody acting (management commands, migrations, the demo loader):
anything goes.
"""

from django.core.exceptions import PermissionDenied

from .roles import SITE_MANAGED_GROUPS

#: What people may change on their own account whatever groups they are in (Account settings, signing in).
SELF_SERVICE_FIELDS = frozenset({"first_name", "last_name", "email", "password", "last_login"})


def account(user, groups=None):
    """The state of ``user`` the rule judges: its field values and the names of its groups.

    ``groups`` overrides the stored group names (a form's choice, a group about to be added).
    """
    state = {field.attname: field.value_from_object(user) for field in user._meta.concrete_fields}
    if groups is None:
        groups = user.groups.values_list("name", flat=True) if user.pk else ()
    state["groups"] = frozenset(groups)
    return state


def refusal(actor, before, after):
    """Why ``actor`` may not change an account from ``before`` to ``after``, or None if they may.

    ``before`` is None for a new account; ``after`` is None for a deletion, or when the caller
    asks whether ``actor`` may take the account in hand at all (open its edit form).
    """
    if actor is None or actor.is_superuser:
        return None
    if before is not None and not is_site_managed(before):
        if is_own_profile_change(actor, before, after):
            return None
        return f"Only a superuser may change {before['username']}'s account: they are {what_guards(before)}."
    if after is not None and not is_site_managed(after):
        return f"Only a superuser may make someone {what_guards(after)}."
    return None


def check(actor, before, after):
    """Raise PermissionDenied, with the reason, if ``actor`` may not make this change."""
    reason = refusal(actor, before, after)
    if reason:
        raise PermissionDenied(reason)


def is_site_managed(state):
    return not state["is_superuser"] and not state["is_staff"] and state["groups"] <= set(SITE_MANAGED_GROUPS)


def is_own_profile_change(actor, before, after):
    if after is None or actor.pk != before["id"]:
        return False
    return all(after[key] == value for key, value in before.items() if key not in SELF_SERVICE_FIELDS)


def what_guards(state):
    """What puts an account out of a Site manager's hands, in words: "a superuser", "a member of Medical reviewers"."""
    reasons = [label for label, held in (("a superuser", state["is_superuser"]), ("staff", state["is_staff"])) if held]
    guarded_groups = sorted(state["groups"] - set(SITE_MANAGED_GROUPS))
    if guarded_groups:
        reasons.append("a member of " + ", ".join(guarded_groups))
    return " and ".join(reasons)
