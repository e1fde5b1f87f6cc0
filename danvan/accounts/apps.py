from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "danvan.accounts"
    verbose_name = "Tài khoản và phân quyền"

    def ready(self) -> None:
        from danvan.accounts import registrations

        registrations.register()
