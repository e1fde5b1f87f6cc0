"""The rules of the portal's articles, in one place: the lifecycle table and who may do what.

Services, selectors, views and templates import these; nothing else re-states them.
"""

from functools import cache

from danvan.core.permissions import Action
from danvan.core.statemachine import StateMachine, Transition
from danvan.portal.choices import ArticleStatus as S

ARTICLE = StateMachine("tin bài", {
    "edit": Transition(frm=(S.DRAFT,), to=None, label="Sửa"),
    "submit": Transition(frm=(S.DRAFT,), to=S.IN_REVIEW, label="Gửi duyệt"),
    "return": Transition(frm=(S.IN_REVIEW,), to=S.DRAFT, label="Trả lại"),
    "publish": Transition(frm=(S.IN_REVIEW,), to=S.PUBLISHED, label="Đăng"),
    "unpublish": Transition(frm=(S.PUBLISHED,), to=S.UNPUBLISHED, label="Gỡ"),
    "reopen": Transition(frm=(S.UNPUBLISHED,), to=S.DRAFT, label="Sửa lại"),
}, state_labels=S)

# Events a reviewer takes (the others are the writing unit's); those that need a reason.
REVIEW_EVENTS = ("return", "publish", "unpublish")
REASON_REQUIRED = ("return", "unpublish")


def may_write(actor, unit) -> bool:
    """Write, edit, submit or reopen a unit's articles: a reporter of the unit or above."""
    return actor is None or actor.is_superuser or actor.scope_for(Action.REPORT).covers(unit.line_path)


def may_review(actor, article) -> bool:
    """Publish, return or unpublish: a reviewer of a unit strictly above the article's unit (or an admin)."""
    if actor is None or actor.is_superuser:
        return True
    path = article.line_path
    return any(path.startswith(p) and p != path for p in actor.scope_for(Action.REVIEW).prefixes)


def may(actor, article, event: str) -> bool:
    """Whether `actor` may take `event` on `article` now (state and right): what the UI offers as buttons."""
    if not ARTICLE.can(article.status, event):
        return False
    return may_review(actor, article) if event in REVIEW_EVENTS else may_write(actor, article.unit)


@cache
def topic_labels() -> dict[str, str]:
    """{code: Vietnamese label} of the text reader's taxonomy (the one list of topics of every app)."""
    from danvan.textmine.textutil import load_json

    return {code: spec.get("label", code) for code, spec in load_json("topics.json")["topics"].items()}
