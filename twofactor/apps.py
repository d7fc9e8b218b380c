from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in


class TwoFactorConfig(AppConfig):
    name = "twofactor"
    verbose_name = "Two-factor sign-in"

    def ready(self):
        from .authentication import sign_out_without_code

        user_logged_in.connect(sign_out_without_code, dispatch_uid="twofactor_sign_out_without_code")
