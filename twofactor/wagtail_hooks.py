from django.urls import path, reverse
from django_otp import user_has_device
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("account/two-factor/", views.TwoFactorStatusView.as_view(), name="twofactor_status"),
        path("account/two-factor/set-up/", views.SetUpView.as_view(), name="twofactor_set_up"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    state = "on" if user_has_device(request.user) else "off"
    return {
        "url": reverse("twofactor_status"),
        "label": "Two-factor sign-in",
        "help_text": f"A code from your phone as well as your password when you sign in. Now {state}.",
    }
