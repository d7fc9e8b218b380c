"""The "Patient coordinators" group: the only people, besides superusers, who see consultation requests.

Members get access to the Wagtail admin; what they may do with requests follows from
membership itself (consultations/permissions.py), not from model permissions.
"""

from django.db import migrations

PATIENT_COORDINATORS = "Patient coordinators"


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=PATIENT_COORDINATORS)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=PATIENT_COORDINATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0002_consultationrequest_privacy_page_next_steps"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
