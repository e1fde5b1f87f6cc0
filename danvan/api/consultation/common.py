"""What the consultation routes share: the error answers, the content types, the comment's JSON shape."""

from typing import Literal

from ninja import Schema

from danvan.api.params import Id
from danvan.api.schemas import ErrorOut
from danvan.consultation.checks import CommentInput
from danvan.consultation.models import Comment

ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
StanceLit = Literal["agree", "disagree", "other"]
ChannelLit = Literal["unit", "meeting", "staff", "portal"]


class CommenterIn(Schema):
    name: str = ""
    group: str = "khac"
    area: str = ""
    contact: str = ""


class CommentIn(Schema):
    piece: Id | None = None
    stance: StanceLit
    text: str = ""
    commenter: CommenterIn = CommenterIn()
    channel: ChannelLit = "staff"
    anonymous: bool = False
    unit: Id | None = None  # the collecting unit; the issuing unit when absent


class CommentOut(Schema):
    id: int
    group: int | None
    piece: int | None
    current_piece: int | None
    stance: str
    text: str
    commenter: dict
    channel: str
    unit: int
    anonymous: bool
    hidden: bool
    hidden_reason: str
    notable: bool
    created_at: str


def comment_out(c: Comment) -> dict:
    return {"id": c.pk, "group": c.group_id, "piece": c.piece_id, "current_piece": c.current_piece_id,
            "stance": c.stance, "text": c.text,
            "commenter": {"name": c.commenter_name, "group": c.commenter_group.code, "area": c.area},
            "channel": c.channel, "unit": c.unit_id, "anonymous": c.anonymous, "hidden": c.hidden,
            "hidden_reason": c.hidden_reason, "notable": c.notable, "created_at": c.created_at.isoformat()}


def comment_input(item: CommentIn) -> CommentInput:
    return CommentInput(stance=item.stance, text=item.text, piece=item.piece, name=item.commenter.name,
                        group=item.commenter.group, area=item.commenter.area, contact=item.commenter.contact,
                        channel=item.channel, anonymous=item.anonymous)


