"""manage.py purge_consultations deletes requests older than the retention period, and only those."""

import datetime

import pytest
import time_machine
from django.core.management import call_command

from consultations.models import ConsultationRequest

from .factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)


def received(days_ago, **kwargs):
    return ConsultationRequestFactory(created_at=NOW - datetime.timedelta(days=days_ago), **kwargs)


@time_machine.travel(NOW, tick=False)
def test_deletes_only_requests_older_than_90_days_by_default(consultation_site, capsys):
    old = received(91)
    old.record_conditions([consultation_site.service])
    kept = [received(89), received(0)]
    boundary = received(90)
    call_command("purge_consultations")
    assert set(ConsultationRequest.objects.all()) == {*kept, boundary}
    assert "Deleted 1 consultation request(s)" in capsys.readouterr().out


@time_machine.travel(NOW, tick=False)
def test_the_retention_period_is_a_setting(settings):
    settings.CONSULTATION_RETENTION_DAYS = 30
    received(31)
    kept = received(29)
    call_command("purge_consultations")
    assert list(ConsultationRequest.objects.all()) == [kept]


def test_a_new_request_survives_a_purge_until_its_time_comes(settings):
    with time_machine.travel(NOW, tick=False):
        request = received(0)
    with time_machine.travel(NOW + datetime.timedelta(days=89), tick=False):
        call_command("purge_consultations")
        assert ConsultationRequest.objects.filter(pk=request.pk).exists()
    with time_machine.travel(NOW + datetime.timedelta(days=91), tick=False):
        call_command("purge_consultations")
        assert not ConsultationRequest.objects.exists()
