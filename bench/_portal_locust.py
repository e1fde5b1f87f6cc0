"""The locustfile of bench/portal.py (run by it, headless): one kind of request per run, named by env.

BENCH_PATHS: the URLs to GET in turn (a reading page), or BENCH_COMMENT_URL: the comment form to POST to,
with a fresh signed form token per request (the bench shares SECRET_KEY with the server it started).
"""

import itertools
import os
import random
import time

from locust import FastHttpUser, constant, task

PATHS = [p for p in os.environ.get("BENCH_PATHS", "").split("|") if p]
COMMENT_URL = os.environ.get("BENCH_COMMENT_URL", "")
_counter = itertools.count()


def _token() -> str:
    from django.conf import settings
    from django.core import signing

    if not settings.configured:
        settings.configure(SECRET_KEY=os.environ["SECRET_KEY"])
    return signing.dumps({"t": round(time.time() - 30, 3)}, salt="danvan.portal.citizen.form-token", compress=False)


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
            self.client.post(COMMENT_URL, name="comment", headers={"Referer": "http://127.0.0.1/"}, data={
                "csrfmiddlewaretoken": self.csrf, "ma_mau": _token(), "name": f"Người đọc {n}", "group": "nong_dan",
                "area": "Xã Gia Viễn", "stance": random.choice(["agree", "disagree", "other"]),
                "text": f"Góp ý số {n} về nội dung phần này, đề nghị làm rõ thêm {random.randint(1, 10**9)}."})
        else:
            self.client.get(next(self.paths), name="page")
