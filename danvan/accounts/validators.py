"""Django's password validators with Vietnamese messages.

Django's own messages go through its `vi` catalogue, which lags behind the English msgids (Django 6
renamed the minimum-length message and its catalogue has no translation for it), so a change of
wording upstream would put English on the page again. These subclasses keep the checks and say
them in Vietnamese themselves; settings.AUTH_PASSWORD_VALIDATORS points at them.
"""

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return f"Mật khẩu quá ngắn: cần ít nhất {self.min_length} ký tự."

    def get_help_text(self) -> str:
        return f"Mật khẩu phải có ít nhất {self.min_length} ký tự."


class UserAttributeSimilarityValidator(password_validation.UserAttributeSimilarityValidator):
    # Our accounts carry the person's name in full_name (Django's default list only knows first/last name).
    DEFAULT_USER_ATTRIBUTES = ("username", "full_name", "first_name", "last_name", "email")

    def __init__(self, user_attributes=DEFAULT_USER_ATTRIBUTES, max_similarity: float = 0.7):
        super().__init__(user_attributes=user_attributes, max_similarity=max_similarity)

    def validate(self, password, user=None) -> None:
        try:
            super().validate(password, user)
        except ValidationError as exc:
            # Django fills %(verbose_name)s with the field's label ("Tên đăng nhập"); it sits mid-sentence here.
            raise ValidationError(self.get_error_message(), code=exc.code,
                                  params={"verbose_name": str(exc.params["verbose_name"]).lower()}) from None

    def get_error_message(self) -> str:
        return "Mật khẩu quá giống %(verbose_name)s của bạn."

    def get_help_text(self) -> str:
        return "Mật khẩu không được quá giống tên đăng nhập, họ tên hoặc địa chỉ thư điện tử của bạn."


class CommonPasswordValidator(password_validation.CommonPasswordValidator):
    def get_error_message(self) -> str:
        return "Mật khẩu này quá phổ biến, dễ bị đoán ra."

    def get_help_text(self) -> str:
        return "Mật khẩu không được là mật khẩu thông dụng."


class NumericPasswordValidator(password_validation.NumericPasswordValidator):
    def get_error_message(self) -> str:
        return "Mật khẩu không được chỉ gồm chữ số."

    def get_help_text(self) -> str:
        return "Mật khẩu không được chỉ gồm chữ số."
