"""The editorial roles and the "Medical review" workflow, so every fresh database has them.

- Editors: add and edit pages anywhere (page permissions on the tree root), upload and choose
  images and documents; no publish, so they cannot publish, unpublish or delete live pages.
- Medical reviewers: as Editors, plus publish; they approve the "Medical review" task.
- Site managers: Clinic settings, users, and (granted page by page, see editorial/signals.py)
  add/edit/publish on the locations section and standard pages.

Wagtail's own starter roles are retired: its "Editors" group is reset to the definition above,
its "Moderators" group (publish on everything) is deleted, and its "Moderators approval"
workflow on the root page is switched off.

Pages that already exist get what editorial/signals.py gives new ones: the blog and services
indexes are assigned the workflow, the locations index and top-level standard pages are
opened to Site managers.
"""

from django.db import migrations

from editorial.roles import (
    EDITORS,
    MEDICAL_REVIEW_TASK,
    MEDICAL_REVIEW_WORKFLOW,
    MEDICAL_REVIEWERS,
    SITE_MANAGER_PAGE_PERMISSIONS,
    SITE_MANAGERS,
)

MEDIA = ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"]
ROLES = {
    EDITORS: {"pages": ["add_page", "change_page"], "collections": MEDIA, "global": []},
    MEDICAL_REVIEWERS: {"pages": ["add_page", "change_page", "publish_page"], "collections": MEDIA, "global": []},
    SITE_MANAGERS: {
        "pages": [],
        "collections": ["add_image", "choose_image"],  # the logo in Clinic settings
        "global": ["core.change_clinicsettings", "auth.add_user", "auth.change_user"],
    },
}
APP_OF = {"page": "wagtailcore", "image": "wagtailimages", "document": "wagtaildocs"}


def permission(apps, label):
    """The Permission for "app.codename" ("add_page" etc. infer the app), created if post_migrate has not run yet."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    app_label, _, codename = label.rpartition(".")
    model = codename.split("_", 1)[1]
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label or APP_OF[model], model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": "Can " + codename.replace("_", " ")}
    )
    return perm


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    access_admin = permission(apps, "wagtailadmin.access_admin")
    groups = {}
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.set([access_admin] + [permission(apps, label) for label in grants["global"]])
        for codename in grants["pages"]:
            GroupPagePermission.objects.create(group=group, page=root_page, permission=permission(apps, codename))
        for codename in grants["collections"]:
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission(apps, codename)
            )
        groups[name] = group
    Group.objects.filter(name="Moderators").delete()

    site_manager_perms = [permission(apps, codename) for codename in SITE_MANAGER_PAGE_PERMISSIONS]
    standard_paths = set(apps.get_model("home", "StandardPage").objects.values_list("path", flat=True))
    managed_pages = list(apps.get_model("locations", "LocationIndexPage").objects.all()) + [
        page for page in apps.get_model("home", "StandardPage").objects.all() if page.path[:-4] not in standard_paths
    ]
    for page in managed_pages:
        for perm in site_manager_perms:
            GroupPagePermission.objects.get_or_create(group=groups[SITE_MANAGERS], page_id=page.pk, permission=perm)


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    MedicalReviewTask = apps.get_model("editorial", "MedicalReviewTask")

    Workflow.objects.filter(name="Moderators approval").update(active=False)
    WorkflowPage.objects.filter(workflow__name="Moderators approval").delete()

    task_type, _ = ContentType.objects.get_or_create(app_label="editorial", model="medicalreviewtask")
    task, _ = MedicalReviewTask.objects.get_or_create(name=MEDICAL_REVIEW_TASK, defaults={"content_type": task_type})
    task.groups.set([Group.objects.get(name=MEDICAL_REVIEWERS)])
    workflow, _ = Workflow.objects.get_or_create(name=MEDICAL_REVIEW_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for model in (apps.get_model("blog", "BlogIndexPage"), apps.get_model("services", "ServiceIndexPage")):
        for index in model.objects.all():
            WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("core", "0001_initial"),
        ("home", "0001_initial"),
        ("locations", "0001_initial"),
        ("blog", "0001_initial"),
        ("services", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_workflow, migrations.RunPython.noop),
    ]
