"""The locustfile of bench/portal.py (run by it, headless): one kind of request per run, named by env.

BENCH_PATHS: the URLs to GET in turn (a reading page), or BENCH_COMMENT_URL: the comment form to POST to
(BENCH_COMMENT_TEXT: the texts of bench/_portal_comments.py, "crowd" by default, or "unique").

The comment path as a citizen takes it: each user opens the form once (its CSRF cookie), then POSTs comments,
each with a fresh form token signed like the one the page renders (the bench shares SECRET_KEY with the server
it started), dated 30 s earlier — a person's reading and typing time, so the minimum-time and "sent fast"
controls run at their defaults — and never the same token twice (a replayed token is held for moderation).
A POST counts as a success only when the page says the comment was recorded: a refusal (429), an invalid
form (400), a CSRF failure (403) or a submission held for moderation is a failure, with its reason.
"""

import itertools
import os
import random
import time

from _portal_comments import comment  # bench/, beside this file (locust puts its folder on the path)
from locust import FastHttpUser, constant, task

PATHS = [p for p in os.environ.get("BENCH_PATHS", "").split("|") if p]
COMMENT_URL = os.environ.get("BENCH_COMMENT_URL", "")
TEXTS = os.environ.get("BENCH_COMMENT_TEXT", "crowd")  # bench/_portal_comments.py: "crowd" or "unique"
_rng = random.Random(os.getpid())
_counter = itertools.count()
_last_stamp = [0.0]
RECORDED = "đã được ghi nhận"  # comment_sent.html, not held
HELD = "xem xét trước khi"  # comment_sent.html, held for moderation


def _token() -> str:
    """A form token as the server renders it (portal.citizen.abuse.new_token), 30 s old, unique in this process."""
    from django.conf import settings
    from django.core import signing

    if not settings.configured:
        settings.configure(SECRET_KEY=os.environ["SECRET_KEY"])
    stamp = max(round(time.time() - 30, 3), round(_last_stamp[0] + 0.001, 3))
    _last_stamp[0] = stamp
    return signing.dumps({"t": stamp}, salt="danvan.portal.citizen.form-token", compress=False)


class Reader(FastHttpUser):
    wait_time = constant(0)

    def on_start(self):
        self.paths = itertools.cycle(PATHS or ["/"])
        if COMMENT_URL:
            self.client.get(COMMENT_URL, name="form")
            self.csrf = next((c.value for c in self.client.cookiejar if c.name == "csrftoken"), "")

    @task
    def go(self):
        if COMMENT_URL:
            n = next(_counter)
            stance, text = comment(_rng, n, TEXTS)
            with self.client.post(COMMENT_URL, name="comment", catch_response=True, data={
                "csrfmiddlewaretoken": self.csrf, "ma_mau": _token(), "name": f"Người đọc {n}", "group": "nong_dan",
                "area": "Xã Gia Viễn", "stance": stance, "text": text},
            ) as response:
                body = response.text or ""
                if response.status_code != 200:
                    response.failure(f"HTTP {response.status_code}")
                elif HELD in body:
                    response.failure("held for moderation")
                elif RECORDED not in body:
                    response.failure("no confirmation on the page")
        else:
            self.client.get(next(self.paths), name="page")
