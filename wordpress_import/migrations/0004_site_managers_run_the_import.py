"""Site managers may run a WordPress import from the admin (superusers may anyway)."""

from django.db import migrations

from editorial.roles import SITE_MANAGERS

CODENAME = "run_import"
NAME = "Can run a WordPress import from the admin"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="wordpress_import", model="importrun")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": NAME}
    )
    Group.objects.get_or_create(name=SITE_MANAGERS)[0].permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="wordpress_import", codename=CODENAME).delete()


class Migration(migrations.Migration):
    dependencies = [("wordpress_import", "0003_site_managers_see_the_import_report")]

    operations = [
        migrations.AlterModelOptions(
            name="importrun",
            options={
                "get_latest_by": ["ran_at", "pk"],
                "ordering": ["-ran_at", "-pk"],
                "permissions": [
                    ("view_import_report", "Can see the report of the last WordPress import"),
                    ("run_import", NAME),
                ],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
