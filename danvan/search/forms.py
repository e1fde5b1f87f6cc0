"""Typed, bounded parsing of the search page and the desk's inputs."""

from django import forms

from danvan.core.forms import AreaCodeField
from danvan.search.selectors import MAX_QUERY


class SearchForm(forms.Form):
    q = forms.CharField(label="Từ khóa", max_length=MAX_QUERY, required=False)
    types = forms.MultipleChoiceField(label="Loại", required=False, widget=forms.CheckboxSelectMultiple)
    area = AreaCodeField(max_length=20, help_text="")
    since = forms.DateField(label="Từ ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label="Đến ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    page = forms.IntegerField(min_value=1, max_value=1000, required=False)

    def __init__(self, *args, type_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        types = self.fields["types"]
        assert isinstance(types, forms.MultipleChoiceField)
        types.choices = list(type_choices)


class DeskForm(forms.Form):
    unit = forms.IntegerField(min_value=1, max_value=2**63 - 1, required=False)
