"""Site managers see the report of the last WordPress import (superusers see everything anyway)."""

from django.db import migrations

from editorial.roles import SITE_MANAGERS

CODENAME = "view_import_report"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="wordpress_import", model="importrun")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME,
        defaults={"name": "Can see the report of the last WordPress import"},
    )
    Group.objects.get_or_create(name=SITE_MANAGERS)[0].permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="wordpress_import", codename=CODENAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("wordpress_import", "0002_import_run_and_pages"),
        ("editorial", "0003_medical_approval"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
