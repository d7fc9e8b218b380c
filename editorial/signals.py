"""Wire section pages into the editorial set-up as soon as they exist.

A page type says which set-up its pages head, by a class attribute, so that editorial knows no page app:

- ``medical_review_section = True`` (the blog and services indexes): every page below goes through the
  "Medical review" workflow;
- ``site_managers_section = True`` (the locations index, standard pages): Site managers add, edit and
  publish below it.

Such pages are created after migrations have run (by an editor, the demo loader or a test), so the
data migration cannot reach them on a fresh database. These receivers do it the moment such a page is
first saved; the migration does the same for pages that already exist.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from .roles import MEDICAL_REVIEW_WORKFLOW, SITE_MANAGER_PAGE_PERMISSIONS, SITE_MANAGERS


@receiver(post_save, dispatch_uid="editorial_review_sections")
def require_medical_review(sender, instance, created, raw=False, **kwargs):
    """Every page under a medical review section goes through the "Medical review" workflow."""
    if not created or raw or not getattr(sender, "medical_review_section", False):
        return
    workflow = Workflow.objects.filter(name=MEDICAL_REVIEW_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


@receiver(post_save, dispatch_uid="editorial_site_managers_sections")
def let_site_managers_manage(sender, instance, created, raw=False, **kwargs):
    """Site managers add, edit and publish locations (hours, closures) and standard pages.

    Wagtail's page permissions follow the tree, so they are granted on each section's top page: a site
    managers' section page that is not itself under one (a standard page under another needs no grant).
    """
    if not created or raw or not getattr(sender, "site_managers_section", False):
        return
    if getattr(instance.get_parent().specific_class, "site_managers_section", False):
        return
    group = Group.objects.filter(name=SITE_MANAGERS).first()
    if group is None:
        return
    for codename in SITE_MANAGER_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=instance, permission=permission)
