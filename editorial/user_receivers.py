"""The user rule (editorial/user_policy.py) enforced on the models, whichever admin door the change came through.

A change made while serving a request is judged as the signed-in user's (core.request_context):
a refused change raises PermissionDenied before anything is written. Bulk actions that write
with QuerySet.update() send no signal: editorial/wagtail_hooks.py checks those.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, pre_delete, pre_save
from django.dispatch import receiver

from core.request_context import acting_user

from .user_policy import account, check

User = get_user_model()


def acting_non_superuser():
    """Who is acting, when the rule has something to say: a signed-in user who is not a superuser."""
    actor = acting_user()
    return actor if actor is not None and not actor.is_superuser else None


@receiver(pre_save, sender=User, dispatch_uid="editorial_user_policy_save")
def check_account_change(sender, instance, raw=False, **kwargs):
    actor = acting_non_superuser()
    if actor is None or raw:
        return
    stored = User._default_manager.filter(pk=instance.pk).first() if instance.pk else None
    before = account(stored) if stored else None
    check(actor, before, account(instance, groups=before["groups"] if before else ()))


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="editorial_user_policy_groups")
def check_group_change(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("pre_add", "pre_remove", "pre_clear"):
        return
    actor = acting_non_superuser()
    if actor is None:
        return
    if reverse:  # group.user_set.add(...) and the like: one group, many users
        users = instance.user_set.all() if action == "pre_clear" else User._default_manager.filter(pk__in=pk_set)
        names = {instance.name}
    else:  # user.groups.add(...) and the like: one user, many groups
        users = [instance]
        groups = instance.groups.all() if action == "pre_clear" else Group.objects.filter(pk__in=pk_set)
        names = set(groups.values_list("name", flat=True))
    for user in users:
        before = account(user)
        after_groups = before["groups"] | names if action == "pre_add" else before["groups"] - names
        check(actor, before, {**before, "groups": after_groups})


@receiver(pre_delete, sender=User, dispatch_uid="editorial_user_policy_delete")
def check_account_deletion(sender, instance, **kwargs):
    actor = acting_non_superuser()
    if actor is not None:
        check(actor, account(instance), None)
