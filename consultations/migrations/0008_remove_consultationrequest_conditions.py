"""Requests no longer link to service pages: the conditions they name are RequestedCondition rows (0007)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("consultations", "0007_copy_requested_conditions"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="consultationrequest",
            name="conditions",
        ),
        migrations.AlterField(
            model_name="requestedcondition",
            name="consultation",
            field=models.ForeignKey(
                editable=False, on_delete=django.db.models.deletion.CASCADE, related_name="conditions",
                to="consultations.consultationrequest",
            ),
        ),
    ]
