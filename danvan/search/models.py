"""The one search index: a row per searchable record of any app, kept in the writer's transaction.

Each row holds what a registered `core.registry.SearchSource` made of the record (`SearchDocument`), the text
folded once in Python (`core.text.fold`: diacritics off, đ→d) so SQLite and PostgreSQL match exactly the same
words, and what scoping needs (`line_path`, `public`). The full-text structures live beside it and are
created by the migration per database: SQLite an FTS5 table kept in sync by triggers, PostgreSQL a GIN index
on `to_tsvector('simple', folded)`. `SearchTerm` is the vocabulary, for typo correction (a trigram index on
PostgreSQL).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.fields import PathField
from danvan.core.permissions import Action, ScopedQuerySet, scope_for, subtree_q

# Scope tokens: who may find a row, written into the full-text row itself (`SearchEntry.scope_tokens`) so that a
# scoped query intersects posting lists ("u<unit id>" for each unit of the row's reporting line, "pub" for a
# public row, "ref" for reference data) instead of testing every match against the scope. The WHERE of
# `for_user` stays the rule; the tokens only narrow what the full-text index returns to it.
PUBLIC_TOKEN, REFERENCE_TOKEN = "pub", "ref"
# PostgreSQL also stores each token with the row's range of ids, "u37b29" for id // SCOPE_RANGE = 29 (migration
# 0008, which writes the same number): a scoped read of a few ranges intersects the words with those ranges' rows.
SCOPE_RANGE = 65_536


def scope_tokens(line_path: str, public: bool) -> str:
    """The scope tokens of a row: its line's units (every ancestor: a prefix's holder finds it), public, reference."""
    tokens = [f"u{part}" for part in (line_path or "").split("/") if part.isdigit()]
    if not line_path:
        tokens.append(REFERENCE_TOKEN)
    if public:
        tokens.append(PUBLIC_TOKEN)
    return " ".join(tokens)


def _readable_lines(user) -> tuple[bool, list[str]] | None:
    """(signed in, the line prefixes) of the rows `user` may find besides the public ones; None: every row."""
    signed_in = user is not None and getattr(user, "is_authenticated", False) and user.is_active
    if not signed_in:
        return False, []
    if user.is_superuser:
        return None
    scope = scope_for(user, Action.VIEW)
    return None if scope.everything else (True, list(scope.prefixes))


def user_scope_tokens(user) -> list[str] | None:
    """The tokens of which a row `user` may find has at least one (what `for_user` admits), or None when the
    full-text index need not narrow (everything, or a prefix that is not a unit's line). [] : nothing."""
    lines = _readable_lines(user)
    if lines is None:
        return None
    signed_in, prefixes = lines
    if not signed_in:
        return [PUBLIC_TOKEN]
    tokens = [PUBLIC_TOKEN, REFERENCE_TOKEN]
    for prefix in prefixes:
        last = prefix.rstrip("/").rsplit("/", 1)[-1]
        if not last.isdigit():
            return None
        tokens.append(f"u{last}")
    return tokens


def line_root(line_path: str) -> str:
    """The first unit of a line ("/391/23/" → "391", "" for reference data): `search_entry_root_idx` (PostgreSQL,
    migration 0006) holds `(split_part(line_path, '/', 2), id)`, the same thing, so a scope's rows are walked
    newest first."""
    return line_path.split("/")[1] if line_path.startswith("/") else ""


def user_scope_roots(user) -> list[str] | None:
    """The roots (`line_root`) of the lines whose rows `user` may find, "" (reference data) for anyone signed in;
    the public rows of other roots come on top. None: no narrowing (everything, or a prefix not a unit's line)."""
    lines = _readable_lines(user)
    if lines is None:
        return None
    signed_in, prefixes = lines
    roots = [""] if signed_in else []
    for prefix in prefixes:
        root = line_root(prefix)
        if not root.isdigit():
            return None
        if root not in roots:
            roots.append(root)
    return roots


class SearchEntryQuerySet(ScopedQuerySet):
    def for_user(self, user, action: str = Action.VIEW):
        """Entries `user` may find: public ones, reference data (no line) for anyone signed in, and those under
        the user's reporting-line prefixes — one WHERE clause evaluated with the match, never after a limit."""
        signed_in = user is not None and getattr(user, "is_authenticated", False) and user.is_active
        if action != Action.VIEW:
            return self.none()
        if not signed_in:
            return self.filter(public=True)
        if user.is_superuser:
            return self.all()
        scope = scope_for(user, action)
        if scope.everything:
            return self.all()
        visible = models.Q(public=True) | models.Q(line_path="")
        if scope.prefixes:
            visible |= subtree_q("line_path", scope.prefixes)
        return self.filter(visible)


class SearchEntry(models.Model):
    type = models.CharField(_("loại"), max_length=40)  # the SearchSource key, "situation.incident"
    object_id = models.CharField(_("mã đối tượng"), max_length=64)
    title = models.CharField(_("tiêu đề"), max_length=300)
    text = models.TextField(_("nội dung"), blank=True)  # the document's text as written, for snippets
    folded = models.TextField(editable=False)  # fold(title + " " + text): what is matched
    folded_title = models.CharField(max_length=300, editable=False)  # fold(title): ranks a phrase in the title
    url = models.CharField(_("đường dẫn"), max_length=300)
    line_path = PathField(max_length=255, blank=True)  # "" : reference data any signed-in user may read
    area_path = PathField(max_length=255, blank=True)
    public = models.BooleanField(_("công khai"), default=False)
    scope_tokens = models.TextField(editable=False, blank=True, default="")  # scope_tokens(line_path, public)
    day = models.DateField(_("ngày"), null=True, blank=True)
    topics = models.JSONField(_("chủ đề"), default=list, blank=True)
    indexed_at = models.DateTimeField(_("lập chỉ mục lúc"), auto_now=True)

    objects = SearchEntryQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        db_table = "search_entry"
        constraints = [models.UniqueConstraint(fields=["type", "object_id"], name="search_entry_unique")]
        indexes = [models.Index(fields=["line_path"], name="search_entry_line_idx"),
                   models.Index(fields=["type", "day"], name="search_entry_type_day_idx")]
        verbose_name = _("mục chỉ mục tìm kiếm")
        verbose_name_plural = _("chỉ mục tìm kiếm")

    def __str__(self) -> str:
        return f"{self.type}#{self.object_id} {self.title}"


class SearchTerm(models.Model):
    """A folded word seen in the index: the dictionary a mistyped query word is corrected against."""

    term = models.CharField(max_length=40, unique=True)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True

    class Meta:
        db_table = "search_term"

    def __str__(self) -> str:
        return self.term
