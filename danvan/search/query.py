"""Matching and ranking, per database, over the scoped entries.

The words of a query are folded like the index (`core.text.fold`) and each must match, as a word or the start
of one ("nghia tra" finds "nghĩa trang"): SQLite through the FTS5 table, PostgreSQL through
`fts @@ to_tsquery(...)` (a stored tsvector column, migration 0003) on its GIN index. The match is in the same
query as the scoping (SQLite: the FTS5 table joined by rowid), so a limit never cuts out a row the user may read. Ranking is one expression on both
databases: the whole phrase in the title, then the phrase in the text (a multi-syllable Vietnamese word such
as "nghĩa trang" outranks "nghĩa" and "trang" scattered), then the newest. A query that matches nothing is
retried once with its unknown words corrected against the vocabulary (a typo: "nghia trnag").
"""

from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL

from danvan.core.text import fold
from danvan.search.indexing import MAX_TERM, words
from danvan.search.models import SearchEntry, SearchTerm

MAX_WORDS = 8
CANDIDATES = 1000  # matches ranked per query (and counted exactly), chosen after scoping
PHRASE_CANDIDATES = 200  # newest phrase matches added when the matches are capped (more for a deeper page)
MAX_COMPLETIONS = 16  # PostgreSQL: vocabulary words a one-word query stands for (`_completions`)
INDEXED_COMPLETIONS = 4  # ... the last of several words (more: tested on the rows the others find)
WALK_ROWS = 20_000  # PostgreSQL: newest rows of the index walked before the GIN index is asked (`_walked`)
WALK_FURTHER = 100_000  # ... and at most this many more (times 1.5) when the matches seen promise the rest there
# The same walks over the scope's rows only (`roots`): each row a heap page of its own, ~4 times the cost of a row
# of the whole index's walk, but every one of them a row the user may read.
SCOPED_WALK_ROWS, SCOPED_WALK_FURTHER, SCOPED_PHRASE_WALK_ROWS = 5_000, 25_000, 5_000
MAX_WALKED_ROOTS = 8  # a scope of more roots walks the whole index
PHRASE_WALK_ROWS = 20_000  # PostgreSQL: rows below the candidates walked for the phrase candidates


def query_words(q: str) -> list[str]:
    """The folded words of a query, in order, without repeats (at most MAX_WORDS)."""
    seen: list[str] = []
    for w in fold(q).split():
        for part in words(w[:MAX_TERM]) if w else ():
            if part not in seen:
                seen.append(part)
    return seen[:MAX_WORDS]


def _match_expression(terms: list[str], *, every_prefix: bool, typed: list[str] | None = None) -> str:
    """Every term as a word; the last one (the word being typed) also as the start of one — or, with
    `every_prefix`, each of them (the retry: "giai pho mat bang"). A `to_tsquery` or an FTS5 MATCH.
    PostgreSQL: `typed`, the words the last one stands for (`_completions`), replace its prefix."""
    last = len(terms) - 1
    if connection.vendor == "postgresql":
        return " & ".join(f"{t}:*" if every_prefix or i == last and not typed else
                          "(" + " | ".join(typed or ()) + ")" if i == last else t for i, t in enumerate(terms))
    return " AND ".join(f'"{t}"*' if every_prefix or i == last else f'"{t}"' for i, t in enumerate(terms))


def _completions(prefix: str, most: int) -> list[str] | None:
    """PostgreSQL: the words of the vocabulary that start with `prefix` (the word being typed), matched as whole
    words instead of `prefix:*`; None when there are none or more than `most` (GIN steps through every listed
    word for each row the other conditions leave, too slow past a few). GIN
    reads a prefix by putting every posting list it starts into one bitmap first — lossy past `work_mem` at 2
    million rows, and the scope tokens cannot narrow it: 350 ms for "nang:*" as a province, 70 ms for "nang"
    — while whole words are read side by side, the rarest (the province's token) leading. The vocabulary
    holds every word ever indexed (`indexing`: written in the same statement as the row), so nothing is lost;
    a lexeme the parser keeps whole ("1.5") is found by the retry with prefixes when nothing else matches."""
    terms = SearchTerm.objects.unscoped().filter(term__startswith=prefix).order_by("term")
    found = list(terms.values_list("term", flat=True)[:most + 1])
    return found if 0 < len(found) <= most else None


def _phrase_expression(terms: list[str]) -> str:
    """The words side by side, in order (the last one as a prefix)."""
    if connection.vendor == "postgresql":
        return " <-> ".join(terms) + ":*"
    return '"' + " ".join(terms) + '"*'


Scope = list[str] | None  # models.user_scope_tokens: a row must carry one of these tokens; None: no narrowing
Roots = list[str] | None  # models.user_scope_roots: the walks read these roots' rows and the public ones; None: all


def _fulltext(qs: QuerySet, expression: str, scope: Scope = None) -> QuerySet:
    """The rows of `qs` matching `expression` and, when `scope` is given, carrying one of its scope tokens (in
    the full-text index: the words' posting lists intersected with the units'; `qs`'s own WHERE still decides).
    PostgreSQL: the stored tsvector on its GIN index, one more condition of the WHERE (the scope as "#u<id>"
    lexemes, a literal tsquery). SQLite: the FTS5 table joined to the entries by rowid (column filters: the
    words in `folded`, the tokens in `scope_tokens`), the query ordered by that rowid (`_newest`): SQLite then
    walks the full-text matches newest first and stops at the limit, instead of building the list of every
    match first (an `id IN (SELECT rowid …)`)."""
    if connection.vendor == "postgresql":
        if scope:
            tokens = " | ".join("'#" + t + "'" for t in scope)
            return qs.filter(RawSQL("fts @@ (to_tsquery('simple', %s) && %s::tsquery)", [expression, tokens],
                                    output_field=BooleanField()))
        return qs.filter(RawSQL("fts @@ to_tsquery('simple', %s)", [expression], output_field=BooleanField()))
    if scope:
        expression = f"folded : ({expression}) AND scope_tokens : (" + " OR ".join(f'"{t}"' for t in scope) + ")"
    else:
        expression = f"folded : ({expression})"
    return qs.extra(tables=["search_entry_fts"], where=["search_entry_fts.rowid = search_entry.id",
                                                         "search_entry_fts MATCH %s"], params=[expression])


def matching(qs: QuerySet, terms: list[str], *, every_prefix: bool = False, scope: Scope = None) -> QuerySet:
    """The entries of `qs` (already scoped and filtered) that match every term; a top-level query only (on
    SQLite the full-text table is named in it, so it cannot be a subquery). `scope`: the user's scope tokens.

    PostgreSQL: the word being typed is read as the words of the vocabulary it starts (`_completions`) — up to
    MAX_COMPLETIONS alone, INDEXED_COMPLETIONS after other words. Past that, after other words, the GIN index
    reads the whole words (and the scope) and the typed one is tested on the rows they give (`ts_match_vq`, the
    function behind `@@`, which no index answers): "quy & hoach & kh:*" made GIN gather every word starting
    "kh" (or step through all 40 of them: 260 ms for 2,037 rows at 2 million; 16 ms this way)."""
    if connection.vendor != "postgresql" or every_prefix:
        return _fulltext(qs, _match_expression(terms, every_prefix=every_prefix), scope)
    typed = _completions(terms[-1], MAX_COMPLETIONS if len(terms) == 1 else INDEXED_COMPLETIONS)
    if typed or len(terms) == 1:
        return _fulltext(qs, _match_expression(terms, every_prefix=False, typed=typed), scope)
    whole = _fulltext(qs, " & ".join(terms[:-1]), scope)
    return whole.filter(RawSQL("ts_match_vq(fts, to_tsquery('simple', %s))", [f"{terms[-1]}:*"],
                               output_field=BooleanField()))


def _sql(qs: QuerySet) -> tuple[str, list]:
    """The SQL of a top-level query, to be used as a derived table: inside it, its table names refer to its own
    FROM, so nothing is correlated with the query around it (what aliasing a Django subquery would break)."""
    sql, params = qs.query.sql_with_params()
    return sql, list(params)


@dataclass
class Candidates:
    """The newest CANDIDATES + 1 matches of a query (ids and types), read in one statement: the count (exact up to
    CANDIDATES, else `capped`), the count per type, and the rows the page ranks."""

    ids: list[int]
    types: list[str]

    @property
    def capped(self) -> bool:
        return len(self.ids) > CANDIDATES

    @property
    def count(self) -> int:
        return min(len(self.ids), CANDIDATES)

    def facets(self) -> dict[str, int]:
        return dict(Counter(self.types))


def candidates(matched: QuerySet, roots: Roots = None) -> Candidates:
    """The newest CANDIDATES + 1 rows of `matched` (one walk of the full-text matches, newest first, stopping at
    the limit): what both the capped count and the ranked page use, so the index is walked once per search.
    On PostgreSQL the newest rows of the index are walked first (`_walked`), the full-text index asked only
    when they do not hold enough matches — with `roots`, only the rows of the user's scope (`_walked`)."""
    newest = _newest(matched).values_list("id", "type")
    try:
        if connection.vendor == "postgresql":
            first, most = ((WALK_ROWS, WALK_FURTHER) if _walk_roots(roots) is None
                           else (SCOPED_WALK_ROWS, SCOPED_WALK_FURTHER))
            rows = _walked(newest, CANDIDATES + 1, rows=first, roots=roots)
            missing = CANDIDATES + 1 - len(rows)
            further = first * missing // len(rows) if rows else None  # rows still to walk, at the rate seen
            if missing > 0 and further is not None and further <= most:  # on below the last match found
                rows += _walked(newest, missing, rows=further * 3 // 2, below=rows[-1][0], roots=roots)
            if len(rows) <= CANDIDATES:  # few matches among the newest rows: the GIN index finds them all
                rows = list(newest[:CANDIDATES + 1])
        else:
            rows = list(newest[:CANDIDATES + 1])
    except EmptyResultSet:  # a scope that reads nothing
        rows = []
    return Candidates([pk for pk, _ in rows], [kind for _, kind in rows])


def _walk_roots(roots: Roots) -> Roots:
    """The roots a walk reads one by one, or None for a walk of the whole index (no scope, or too many roots)."""
    return roots if roots is not None and len(roots) <= MAX_WALKED_ROOTS else None


def _walked(newest: QuerySet, limit: int, rows: int = WALK_ROWS, below: int | None = None,
            roots: Roots = None) -> list[tuple]:
    """PostgreSQL: the first `limit` results of `newest` (entries ordered newest first) among the newest `rows`
    rows of the index (with `below`: of those whose id is lower). Its WHERE is applied to a walk of the primary
    key backwards, which stops at `limit` matches or after `rows` rows whatever the planner estimates — and its
    estimates are wrong exactly here: a provincial query counts the scope twice (the tokens in the tsquery, the
    WHERE of `for_user`: 25 times too few matches expected), a phrase (`<->`) is estimated as its words alone.
    The wrong plan cost seconds at 2 million rows (every match of a broad word read through the GIN index and
    sorted; the whole table walked for a rare phrase); this walk costs at most `rows` rows (~1 µs each).

    With `roots` (the user's scope, `models.user_scope_roots`) only the rows the user may read are walked: each
    root's rows newest first on `search_entry_root_idx`, merged with the other roots' public rows (a partial
    index), so a word in 5 % of a province's rows is found after 20,000 of them, where a walk of the whole
    index saw 1 row in 25 of the province's. The WHERE still decides; the walk only chooses what it tests."""
    sql, params = _sql(newest[:limit])
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    source = f"FROM {table} WHERE "
    if sql.count(source) != 1:  # not the one-table query this is written for: the planner's plan
        return list(newest[:limit])
    source_sql, values = _walk_source(table, rows, below, _walk_roots(roots))
    with connection.cursor() as cursor:  # names from the model's meta, every value a parameter
        cursor.execute(sql.replace(source, f"FROM ({source_sql}) {table} WHERE "), [*values, *params])
        return cursor.fetchall()


def _walk_source(table: str, rows: int, below: int | None, roots: Roots) -> tuple[str, list]:
    """The newest `rows` rows (below id `below`) of the whole index, or with `roots` of those roots (one branch
    each on search_entry_root_idx) and the other roots' public rows (search_entry_public_idx), merged by id."""
    older, bound = ("AND id < %s ", [below]) if below is not None else ("", [])
    if roots is None:
        return f"SELECT * FROM {table} WHERE TRUE {older}ORDER BY id DESC LIMIT %s", [*bound, rows]  # noqa: S608
    root = "split_part(line_path, '/', 2)"  # the expression of search_entry_root_idx (models.line_root)
    branches = [f"(SELECT * FROM {table} WHERE {root} = %s {older}ORDER BY id DESC LIMIT %s)"  # noqa: S608
                for _ in roots]
    branches.append(f"(SELECT * FROM {table} WHERE public AND {root} <> ALL(%s::text[]) {older}"  # noqa: S608
                    "ORDER BY id DESC LIMIT %s)")
    values = [v for r in roots for v in (r, *bound, rows)] + [list(roots), *bound, rows, rows]
    merged = "SELECT * FROM (" + " UNION ALL ".join(branches) + ") walked ORDER BY id DESC LIMIT %s"  # noqa: S608
    return merged, values


def _newest(matched: QuerySet) -> QuerySet:
    """`matched` newest first. On PostgreSQL ordered by `id + 0`, not `id`: it would otherwise walk the primary
    key backwards testing every row, rather than read the matches from the GIN index and keep the top ones. On
    SQLite by the FTS5 rowid (the same number), which the full-text table returns in order."""
    if connection.vendor == "postgresql":
        return matched.order_by("-id")
    return matched.extra(order_by=["-search_entry_fts.rowid"])


def ranked(qs: QuerySet, terms: list[str], found: Candidates, *, scope: Scope = None, roots: Roots = None,
           depth: int = 20) -> QuerySet:
    """The entries of `qs` among `found` (the newest matches), best first, with a `score`.

    Ranked among a bounded set of candidates, chosen *after* scoping (in the same WHERE): the CANDIDATES most
    recently indexed matches (`found`, already read for the count) and, when those are not all the matches and
    there are several words, also the most recent matches with the words side by side (PHRASE_CANDIDATES, or
    `depth` — offset + limit of the page asked for — if more; an FTS5 phrase / `<->` query, read first: the page itself is then a lookup of at most 2 × CANDIDATES ids by primary key — an
    `OR id IN (subquery)` made PostgreSQL scan the whole table). A query matching fewer rows than that is ranked
    exactly; a broader one ranks the phrase matches and the newest ones, and the page costs the same whatever
    the size of the index.
    """
    ids = set(found.ids[:CANDIDATES])
    if len(terms) > 1 and found.capped:  # one more statement, a walk of the phrase matches (newest first)
        phrases = _newest(_fulltext(qs, _phrase_expression(terms), scope)).values_list("id", flat=True)
        wanted = min(CANDIDATES, max(PHRASE_CANDIDATES, depth))
        if connection.vendor == "postgresql":  # among the WALK_ROWS rows older than the candidates (_walked)
            walk = PHRASE_WALK_ROWS if _walk_roots(roots) is None else SCOPED_PHRASE_WALK_ROWS
            ids.update(pk for (pk,) in _walked(phrases, wanted, rows=walk, below=min(found.ids), roots=roots))
        else:
            ids.update(phrases[:wanted])
    phrase = " ".join(terms)
    score = (Case(When(Q(folded_title__contains=phrase), then=Value(4.0)), default=Value(0.0),
                  output_field=FloatField())
             + Case(When(Q(folded__contains=phrase), then=Value(2.0)), default=Value(0.0), output_field=FloatField()))
    if len(terms) > 1:
        # Each adjacent pair found together: partly-typed or partly-matching phrases rank between.
        for first, second in zip(terms, terms[1:], strict=False):
            score = score + Case(When(Q(folded__contains=f"{first} {second}"), then=Value(1.0)),
                                 default=Value(0.0), output_field=FloatField())
    return qs.filter(id__in=sorted(ids)).annotate(score=score).order_by("-score", F("day").desc(nulls_last=True), "-id")


def corrected(terms: list[str]) -> list[str] | None:
    """`terms` with each word unknown to the vocabulary replaced by its nearest known word; None if none is."""
    known = set(SearchTerm.objects.unscoped().filter(term__in=terms).values_list("term", flat=True))
    unknown = [t for t in terms if t not in known and len(t) >= 3]
    if not unknown:
        return None
    replacements = {t: _nearest(t) for t in unknown}
    if not any(replacements.values()):
        return None
    return [replacements.get(t) or t for t in terms]


def _nearest(term: str) -> str | None:
    limit = 1 if len(term) <= 4 else 2
    terms = SearchTerm.objects.unscoped()
    # Words of the same first letter (a swap or a missing letter inside the word), and on PostgreSQL the
    # trigram-similar ones too (the first letter mistyped), through the vocabulary's trigram index.
    near = Q(term__startswith=term[0])
    if connection.vendor == "postgresql":
        near |= Q(RawSQL("search_term.term %% %s", [term], output_field=BooleanField()))
    candidates = terms.filter(near)
    lengths = range(len(term) - limit, len(term) + limit + 1)
    best: tuple[int, str] | None = None
    for candidate in candidates.annotate(n=_length()).filter(n__in=list(lengths)).values_list("term", flat=True)[:5000]:
        distance = _distance(term, candidate, limit)
        if distance <= limit and (best is None or (distance, candidate) < best):
            best = (distance, candidate)
    return best[1] if best else None


def _length():
    from django.db.models.functions import Length

    return Length("term", output_field=IntegerField())


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau–Levenshtein distance (adjacent swaps count once: "trnag" → "trang"), stopping past `limit`."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        rows.append(row)
    return rows[-1][-1]
