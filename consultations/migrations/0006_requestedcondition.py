"""The conditions a request names become rows of text of its own (RequestedCondition).

Created with no reverse accessor: the name ``conditions`` still belongs to the many-to-many field
until 0008 removes it, after 0007 has copied what it holds.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("consultations", "0005_email_wording"),
    ]

    operations = [
        migrations.CreateModel(
            name="RequestedCondition",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "name",
                    models.CharField(help_text="The condition's short name, as the form showed it.", max_length=255),
                ),
                (
                    "slug",
                    models.SlugField(
                        allow_unicode=True, help_text="Its service page's slug at the time.", max_length=255,
                    ),
                ),
                (
                    "consultation",
                    models.ForeignKey(
                        editable=False, on_delete=django.db.models.deletion.CASCADE, related_name="+",
                        to="consultations.consultationrequest",
                    ),
                ),
            ],
            options={
                "ordering": ["pk"],
                "constraints": [
                    models.UniqueConstraint(fields=("consultation", "slug"), name="one_row_per_condition_per_request"),
                ],
            },
        ),
    ]
