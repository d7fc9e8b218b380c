"""Wire section pages into the editorial set-up as soon as they exist.

The blog and services indexes, the locations index and standard pages are created after
migrations have run (by an editor, the demo loader or a test), so the data migration cannot
reach them on a fresh database. These receivers do it the moment such a page is first saved;
the migration does the same for pages that already exist.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from blog.models import BlogIndexPage
from home.models import StandardPage
from locations.models import LocationIndexPage
from services.models import ServiceIndexPage

from .roles import MEDICAL_REVIEW_WORKFLOW, SITE_MANAGER_PAGE_PERMISSIONS, SITE_MANAGERS


@receiver(post_save, sender=BlogIndexPage, dispatch_uid="editorial_review_blog")
@receiver(post_save, sender=ServiceIndexPage, dispatch_uid="editorial_review_services")
def require_medical_review(sender, instance, created, raw=False, **kwargs):
    """Every page under the blog and services indexes goes through the "Medical review" workflow."""
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=MEDICAL_REVIEW_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


@receiver(post_save, sender=LocationIndexPage, dispatch_uid="editorial_site_managers_locations")
@receiver(post_save, sender=StandardPage, dispatch_uid="editorial_site_managers_standard")
def let_site_managers_manage(sender, instance, created, raw=False, **kwargs):
    """Site managers add, edit and publish locations (hours, closures) and standard pages.

    Wagtail's page permissions follow the tree, so they are granted on each section's top page:
    the locations index, and every standard page that is not itself under a standard page.
    """
    if not created or raw or issubclass(instance.get_parent().specific_class, StandardPage):
        return
    group = Group.objects.filter(name=SITE_MANAGERS).first()
    if group is None:
        return
    for codename in SITE_MANAGER_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=instance, permission=permission)
