"""Copy each stored request's linked service pages into RequestedCondition rows: name and slug as they are now.

Backwards, each row becomes a link again if a service page with that slug still exists; a condition whose
page is gone cannot be linked, and is left out.
"""

from django.db import migrations


def copy_links_to_text(apps, schema_editor):
    ConsultationRequest = apps.get_model("consultations", "ConsultationRequest")
    RequestedCondition = apps.get_model("consultations", "RequestedCondition")
    links = (
        ConsultationRequest.conditions.through.objects.select_related("servicepage")
        .order_by("consultationrequest_id", "servicepage__path")
    )
    RequestedCondition.objects.bulk_create(
        (
            RequestedCondition(
                consultation_id=link.consultationrequest_id, name=link.servicepage.short_name,
                slug=link.servicepage.slug,
            )
            for link in links.iterator()
        ),
        batch_size=500,
    )


def copy_text_to_links(apps, schema_editor):
    ConsultationRequest = apps.get_model("consultations", "ConsultationRequest")
    RequestedCondition = apps.get_model("consultations", "RequestedCondition")
    ServicePage = apps.get_model("services", "ServicePage")
    Link = ConsultationRequest.conditions.through
    pages = dict(ServicePage.objects.values_list("slug", "pk"))
    Link.objects.bulk_create(
        (
            Link(consultationrequest_id=condition.consultation_id, servicepage_id=pages[condition.slug])
            for condition in RequestedCondition.objects.order_by("pk").iterator()
            if condition.slug in pages
        ),
        batch_size=500,
    )


class Migration(migrations.Migration):

    dependencies = [
        ("consultations", "0006_requestedcondition"),
        ("services", "0001_initial"),
    ]

    operations = [migrations.RunPython(copy_links_to_text, copy_text_to_links)]
