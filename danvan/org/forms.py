from django import forms
from django.utils.translation import gettext_lazy as _

from danvan.org.choices import Era, Level


class AreaFilterForm(forms.Form):
    era = forms.ChoiceField(label=_("Thời kỳ"), choices=Era.choices, required=False)
    # The country is the root of every list, not a level to filter by.
    level = forms.ChoiceField(label=_("Cấp"), required=False, choices=[
        ("", _("Tất cả các cấp")), *(choice for choice in Level.choices if choice[0] != Level.COUNTRY)])
    q = forms.CharField(label=_("Tìm theo tên"), required=False, max_length=100)


class UnitFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm theo tên"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Loại tổ chức"), required=False)

    def __init__(self, *args, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Tất cả")), *((k.code, k.name) for k in kinds)]


class HamletForm(forms.Form):
    name = forms.CharField(label=_("Tên thôn, tổ dân phố"), max_length=200)
    division_type = forms.ChoiceField(label=_("Loại"), choices=[
        ("thôn", "Thôn"), ("tổ dân phố", "Tổ dân phố"), ("ấp", "Ấp"), ("bản", "Bản"), ("khu dân cư", "Khu dân cư"),
        ("buôn", "Buôn"), ("làng", "Làng"), ("phum", "Phum"), ("sóc", "Sóc"),
    ])
