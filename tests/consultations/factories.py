"""A stored consultation request, as the form would have saved it."""

import factory
from factory.django import DjangoModelFactory

from consultations.models import ConsultationRequest


class ConsultationRequestFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Patient {n}")
    phone = "(713) 555-0142"
    email = factory.Sequence(lambda n: f"patient{n}@example.com")
    contact_method = "phone"
    best_time = "any"
    message = ""

    class Meta:
        model = ConsultationRequest
