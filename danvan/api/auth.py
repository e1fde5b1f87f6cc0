"""API authentication: a bearer token, or the browser session (with CSRF for unsafe methods)."""

from django.http import HttpRequest
from ninja.security import APIKeyCookie, HttpBearer

from danvan.accounts.models import User
from danvan.accounts.signin import authenticate_token_request


class BearerToken(HttpBearer):
    def authenticate(self, request, token):
        user = authenticate_token_request(request, token)
        if user is not None:
            request.user = user
        return user


class Session(APIKeyCookie):
    """The signed-in browser session; ninja checks CSRF for it."""

    param_name = "sessionid"

    def authenticate(self, request, key):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_active:
            return user
        return None


AUTH = [BearerToken(), Session()]


class AuthedRequest(HttpRequest):
    """What a route receives: ninja sets `auth` to the user one of AUTH authenticated."""

    auth: User
