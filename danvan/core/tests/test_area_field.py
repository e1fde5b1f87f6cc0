"""The area box every app's forms use: a plain code box that app.js turns into a picker by name."""

from django import forms

from danvan.core.forms import AreaCodeField


class _Form(forms.Form):
    one = AreaCodeField()
    many = AreaCodeField(multiple=True)


def test_renders_a_code_box_marked_for_the_picker():
    html = str(_Form()["one"])
    assert 'data-area-picker="one"' in html and 'autocomplete="off"' in html and 'type="text"' in html
    assert 'data-area-picker="multiple"' in str(_Form()["many"])


def test_keeps_the_typed_codes_as_text():
    form = _Form({"one": " 25231 ", "many": "25231, 25234"})
    assert form.is_valid()
    assert form.cleaned_data == {"one": "25231", "many": "25231, 25234"}


def test_bounded_and_optional():
    assert _Form({"one": "", "many": ""}).is_valid()
    assert not _Form({"one": "1" * 41, "many": ""}).is_valid()
    assert not _Form({"one": "", "many": "1," * 300}).is_valid()
