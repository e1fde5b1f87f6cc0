"""The public pages: no account, every request treated as hostile, every page light and cacheable."""

from django.shortcuts import render

from danvan.portal.caching import public_page


@public_page()
def home(request):
    """The portal's home page, shown at "/" to anonymous visitors (signed-in staff keep their home there)."""
    return render(request, "portal/home.html", {})
