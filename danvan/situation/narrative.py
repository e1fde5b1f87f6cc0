"""The five sections of the monthly situation report (BC-TTND-THANG), drafted from the records.

Figures come from `selectors.report.report_figures`; each narrative line quotes the first sentence of one
note or names one incident and ends with its reference ("[tin số 123]", "[vụ việc số 7]"), so every
sentence can be traced back to the record it came from. Staff edit the draft before submitting it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from danvan.core.text import format_number
from danvan.situation.choices import Mood, SourceKind
from danvan.situation.rules import topic_label

SECTIONS = ("TT", "DL", "VV", "QT", "KN")
PER_TOPIC = 5  # lines quoted per topic; the rest are counted
OPINION_SOURCES = (SourceKind.PRESS, SourceKind.SOCIAL, SourceKind.MEETING)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def first_sentence(text: str, limit: int = 240) -> str:
    sentence = _SENTENCE.split(" ".join(text.split()), maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def note_line(note) -> str:
    return (f"- {note.commune.name}, {note.observed_on:%d/%m}: {first_sentence(note.text).rstrip('.')}"
            f" [tin số {note.pk}].")


def _by_topic(notes) -> list[str]:
    groups: dict[str, list] = defaultdict(list)
    for note in notes:
        for code in note.topics or ["_"]:
            groups[code].append(note)
    lines = []
    for code, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        title = topic_label(code) if code != "_" else "Chưa phân loại chủ đề"
        lines.append(f"{title} ({format_number(len(group))} tin):")
        lines += [note_line(n) for n in group[:PER_TOPIC]]
        if len(group) > PER_TOPIC:
            lines.append(f"- và {format_number(len(group) - PER_TOPIC)} tin khác.")
    return lines


def _incident_line(incident) -> str:
    return (f"- {incident.title} (mức {incident.severity}, {format_number(incident.people_count)} người, "
            f"{incident.get_state_display().lower()}) [vụ việc số {incident.pk}].")


def draft_sections(figures, notes, incidents: dict, warnings, hotspots) -> dict[str, str]:
    """{section code: text} for TT, DL, VV, QT, KN."""
    f = figures
    moods = ", ".join(f"{str(label).lower()} {format_number(f.by_mood.get(value, 0))}"
                      for value, label in Mood.choices)
    tt = [f"Trong tháng ghi nhận {format_number(f.notes)} tin về tình hình nhân dân ({moods})."]
    if f.by_topic:
        tt.append("Theo chủ đề: " + "; ".join(f"{topic_label(c)} {format_number(n)}" for c, n in f.by_topic.items())
                  + ".")
    tt += _by_topic([n for n in notes if n.source_kind not in OPINION_SOURCES])
    opinion = [n for n in notes if n.source_kind in OPINION_SOURCES]
    dl = [f"Dư luận qua báo chí, mạng xã hội, hội nghị: {format_number(len(opinion))} tin."] + _by_topic(opinion)
    vv = [f"Vụ việc phát sinh mới: {format_number(f.incidents_new)} ({format_number(f.people_new)} người); "
          f"đang xử lý từ trước: {format_number(f.incidents_ongoing)} ({format_number(f.people_ongoing)} người); "
          f"đã ổn định, kết thúc: {format_number(f.incidents_settled)} ({format_number(f.people_settled)} người)."]
    for key, title in (("new", "Phát sinh mới"), ("ongoing", "Đang xử lý"), ("settled", "Đã ổn định, kết thúc")):
        if incidents[key]:
            vv.append(f"{title}:")
            vv += [_incident_line(i) for i in incidents[key]]
    if hotspots:
        vv.append("Điểm nóng (có vụ việc trong ít nhất 3 tháng của 12 tháng qua): "
                  + "; ".join(f"{h.commune.name} ({h.months} tháng)" for h in hotspots) + ".")
    qt = [f"Cảnh báo sớm: {format_number(f.warnings)}."]
    qt += [f"- {topic_label(w.topic)} tại {w.area.name if w.area else w.area_id}: {w.count} tin trong 7 ngày "
           f"(bình quân {str(w.baseline).replace('.', ',')} tin/tuần) [tin số {', '.join(map(str, w.notes[:10]))}]."
           for w in warnings]
    angry = [n for n in notes if n.mood == Mood.ANGRY]
    if angry:
        qt.append(f"Tin phản ánh bức xúc ({format_number(len(angry))} tin):")
        qt += [note_line(n) for n in angry[:PER_TOPIC]]
    kn = [f"- Đề nghị quan tâm chỉ đạo giải quyết dứt điểm vụ việc “{i.title}” [vụ việc số {i.pk}]."
          for i in incidents["new"] + incidents["ongoing"] if i.severity >= 2]
    kn += [f"- Đề nghị các ngành nắm chắc tình hình về {topic_label(w.topic).lower()} tại "
           f"{w.area.name if w.area else w.area_id} [tin số {', '.join(map(str, w.notes[:10]))}]."
           for w in warnings]
    if not kn:
        kn = ["(Đơn vị bổ sung kiến nghị, đề xuất.)"]
    return {code: "\n".join(lines) for code, lines in zip(SECTIONS, (tt, dl, vv, qt, kn), strict=True)}
