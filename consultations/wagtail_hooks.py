from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import ConsultationRequest
from .permissions import PatientCoordinatorPolicy
from .viewsets import ConsultationRequestViewSet

# Registered before the viewset, so Wagtail never falls back to its model-permission policy.
register_permission_policy(ConsultationRequest, PatientCoordinatorPolicy(ConsultationRequest))


@hooks.register("register_admin_viewset")
def register_consultation_requests():
    return ConsultationRequestViewSet()
