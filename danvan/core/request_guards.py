"""Middleware that guards every request and response the same way, whatever the view.

- `PrivateCacheMiddleware`: a page shown to a signed-in user (session or API token) is marked
  `Cache-Control: private, no-store`, so no shared proxy and no browser history keeps it.
  Static files (WhiteNoise answers before this runs) and anonymous pages are left alone.
"""

from django.utils.cache import patch_cache_control


class PrivateCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)  # the API's token auth sets it inside the view
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
