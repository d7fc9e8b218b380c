"""Who may see consultation requests: superusers and the "Patient coordinators" group, nobody else.

Access follows group membership, not permission tick boxes, so no other group can be
given it by accident in Settings › Groups. Nobody adds or edits a request in the admin:
patients write them, coordinators read, export, mark as contacted and delete them.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

PATIENT_COORDINATORS = "Patient coordinators"

#: The actions a coordinator may take. "view" covers the list, filters, detail and CSV export.
COORDINATOR_ACTIONS = frozenset({"view", "mark_contacted", "delete"})


def is_patient_coordinator(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=PATIENT_COORDINATORS).exists())


class PatientCoordinatorPolicy(BasePermissionPolicy):
    permission_cache_name = "_consultation_request_access"

    def get_all_permissions_for_user(self, user):
        return COORDINATOR_ACTIONS if is_patient_coordinator(user) else frozenset()

    def user_has_permission(self, user, action):
        return action in self.get_cached_permissions_for_user(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if not COORDINATOR_ACTIONS.intersection(actions):
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__name=PATIENT_COORDINATORS)).distinct()
