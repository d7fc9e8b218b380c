"""Whatever is posted to the form (any text, any Unicode, huge or empty values), the answer is never a 500."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from consultations.models import ConsultationRequest

pytestmark = pytest.mark.django_db

FIELDS = ["name", "phone", "email", "contact_method", "conditions", "best_time", "message", "consent", "website"]

field_values = st.one_of(
    st.just(""),
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),  # includes NUL and other control characters
    # Huge values, built by repetition so that Hypothesis need not generate every character.
    st.builds(lambda text, times: text * times, st.text(min_size=1, max_size=10), st.integers(1_000, 5_000)),
    st.sampled_from(["phone", "morning", "ptsd", "on", "713-555-0142", "ana@example.com", "\x00", "🙂" * 300]),
)
posted_forms = st.dictionaries(st.sampled_from(FIELDS), st.one_of(field_values, st.lists(field_values, max_size=3)))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=posted_forms)
@example(data={"name": "\x00", "email": "a\x00@example.com", "conditions": ["\x00", "ptsd"], "best_time": "\x00"})
def test_any_post_gets_an_answer_not_an_error(form_url, data):
    count_before = ConsultationRequest.objects.count()
    response = Client(raise_request_exception=True).post(form_url, data)
    # 400 only when the whole body passes DATA_UPLOAD_MAX_MEMORY_SIZE: Django refuses it before the form sees it.
    assert response.status_code in {200, 302, 400, 429}
    if response.status_code != 302:
        assert ConsultationRequest.objects.count() == count_before


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(condition=st.lists(st.text(max_size=200), max_size=3))
def test_any_condition_in_the_address_still_shows_the_form(form_url, condition):
    assert Client(raise_request_exception=True).get(form_url, {"condition": condition}).status_code == 200
