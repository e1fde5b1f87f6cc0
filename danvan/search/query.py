"""Matching and ranking, per database, over the scoped entries.

The words of a query are folded like the index (`core.text.fold`) and each must match, as a word or the start
of one ("nghia tra" finds "nghĩa trang"): SQLite through the FTS5 table, PostgreSQL through
`fts @@ to_tsquery(...)` (a stored tsvector column, migration 0003) on its GIN index. The match is in the same
query as the scoping (SQLite: the FTS5 table joined by rowid), so a limit never cuts out a row the user may read. Ranking is one expression on both
databases: the whole phrase in the title, then the phrase in the text (a multi-syllable Vietnamese word such
as "nghĩa trang" outranks "nghĩa" and "trang" scattered), then the newest. A query that matches nothing is
retried once with its unknown words corrected against the vocabulary (`typos`: "nghia trnag").
"""

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL

from danvan.core.text import fold
from danvan.search.indexing import MAX_TERM, words
from danvan.search.models import SearchEntry, SearchTerm

MAX_WORDS = 8
CANDIDATES = 1000  # matches ranked per query (and counted exactly), chosen after scoping
PHRASE_CANDIDATES = 200  # newest phrase matches added when the matches are capped (more for a deeper page)
MAX_COMPLETIONS = 16  # PostgreSQL: vocabulary words a one-word query stands for (`_completions`)
INDEXED_COMPLETIONS = 4  # ... the last of several words (more: tested on the rows the others find)
WALK_ROWS = 10_000  # PostgreSQL: newest rows of the index walked before the GIN index is asked (`_walked`)
# The same walks over the scope's rows only (`roots`): each row a heap page of its own, ~4 times the cost of a row
# of the whole index's walk, but every one of them a row the user may read.
SCOPED_WALK_ROWS, SCOPED_PHRASE_WALK_ROWS = 2_500, 5_000
BUCKET = 65_536  # PostgreSQL: ids per range of search_entry_fts_bucket_idx, (fts, id / BUCKET) (migration 0007)
BUCKET_READS = 3  # ... statements reading ranges of buckets after the walk, the last one every older row
BRANCHED_BUCKETS = 4  # ... up to this many buckets read as one UNION ALL branch each (`_from_index`)
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


def _match_expression(terms: list[str], *, every_prefix: bool) -> str:
    """Every term as a word; the last one (the word being typed) also as the start of one — or, with
    `every_prefix`, each of them (the retry: "giai pho mat bang"). A `to_tsquery` or an FTS5 MATCH."""
    last = len(terms) - 1
    if connection.vendor == "postgresql":
        return " & ".join(f"{t}:*" if every_prefix or i == last else t for i, t in enumerate(terms))
    return " AND ".join(f'"{t}"*' if every_prefix or i == last else f'"{t}"' for i, t in enumerate(terms))


def _completions(prefixes: list[str], most: int) -> dict[str, list[str] | None]:
    """PostgreSQL: for each prefix (the word being typed), the words of the vocabulary it starts, to be matched as
    whole words instead of `prefix:*` — all of them in one statement; None for a prefix that starts more than
    `most` (GIN steps through every listed word for each row the other conditions leave, too slow past a few),
    absent for one that starts none. GIN reads a prefix by putting every posting list it starts into one bitmap
    first — lossy past `work_mem` at 2 million rows, and the scope tokens cannot narrow it: 350 ms for "nang:*"
    as a province, 70 ms for "nang" — while whole words are read side by side, the rarest (the province's
    token) leading. The vocabulary holds every word ever indexed (`indexing`: written in the same statement as
    the row), so nothing is lost; a lexeme the parser keeps whole ("1.5") is found by the retry with prefixes
    when nothing else matches."""
    table = connection.ops.quote_name(SearchTerm._meta.db_table)
    branch = f"(SELECT %s, term FROM {table} WHERE term LIKE %s ORDER BY term LIMIT %s)"  # noqa: S608
    found: dict[str, list[str]] = {}
    with connection.cursor() as cursor:  # each branch a range of the pattern index (a literal prefix)
        cursor.execute(" UNION ALL ".join([branch] * len(prefixes)),
                       [v for p in prefixes for v in (p, p + "%", most + 1)])  # a term is [0-9a-z]+: no wildcard
        for prefix, term in cursor.fetchall():
            found.setdefault(prefix, []).append(term)
    return {p: sorted(words) if len(words) <= most else None for p, words in found.items()}


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

    PostgreSQL: a prefix (the word being typed; with `every_prefix`, each word) is read as the words of the
    vocabulary it starts (`_completions`) — up to MAX_COMPLETIONS for a one-word query, INDEXED_COMPLETIONS
    otherwise; a prefix that starts no word stays a prefix (it gathers nothing). Past that, when other words
    are in the index condition, the GIN index reads them (and the scope) and the prefix is tested on the rows
    they give (`ts_match_vq`, the function behind `@@`, which no index answers): "quy & hoach & kh:*" made GIN
    gather every word starting "kh" (or step through all 40 of them: 260 ms for 2,037 rows at 2 million; 16 ms
    this way); "tan:* & gao:* & bay:* & hien:*" (the retry) 183 ms, as completions a few."""
    if connection.vendor != "postgresql":
        return _fulltext(qs, _match_expression(terms, every_prefix=every_prefix), scope)
    prefixes = terms if every_prefix else terms[-1:]
    completions = _completions(prefixes, MAX_COMPLETIONS if len(terms) == 1 else INDEXED_COMPLETIONS)
    typed = {t: words for t, words in completions.items() if words is not None}
    tested = [t for t in prefixes if t in completions and completions[t] is None]  # too many to list
    if len(tested) == len(terms):  # nothing else for the index to read: the prefixes themselves
        tested = []
    expression = " & ".join("(" + " | ".join(typed[t]) + ")" if t in typed else f"{t}:*" if t in prefixes else t
                            for t in terms if t not in tested)
    found = _fulltext(qs, expression, scope)
    if not tested:
        return found
    return found.filter(RawSQL("ts_match_vq(fts, to_tsquery('simple', %s))", [" & ".join(f"{t}:*" for t in tested)],
                               output_field=BooleanField()))


def _sql(qs: QuerySet) -> tuple[str, list]:
    """The SQL of a top-level query, to be used as a derived table: inside it, its table names refer to its own
    FROM, so nothing is correlated with the query around it (what aliasing a Django subquery would break)."""
    sql, params = qs.query.sql_with_params()
    return sql, list(params)


Row = tuple[int, str, Any, int]  # a candidate: id, type, day, score (`_score_sql`)


def _score_sql(terms: list[str]) -> tuple[str, list]:
    """The ranking score of a row, one expression on both databases: the whole phrase in the title (4), in the
    text (2), each adjacent pair of words found together (1). Over `folded_title` and `folded`."""
    find = "strpos" if connection.vendor == "postgresql" else "instr"
    phrase = " ".join(terms)
    parts = [(f"{find}(folded_title, %s) > 0", phrase, 4), (f"{find}(folded, %s) > 0", phrase, 2)]
    if len(terms) > 1:  # partly-typed or partly-matching phrases rank between
        parts += [(f"{find}(folded, %s) > 0", f"{first} {second}", 1)
                  for first, second in zip(terms, terms[1:], strict=False)]
    return " + ".join(f"CASE WHEN {test} THEN {points} ELSE 0 END" for test, _, points in parts), [
        value for _, value, _ in parts]


def _scored(sql: str, params: list, terms: list[str]) -> list[Row]:
    """The rows of `sql` (a query of id, type, day, folded, folded_title, newest first, limited) with their score,
    newest first. The score is computed on the rows the limit keeps, never on every match sorted before it."""
    score, values = _score_sql(terms)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, type, day, {score} FROM ({sql}) scored", [*values, *params])  # noqa: S608
        return sorted(cursor.fetchall(), key=lambda row: -row[0])


@dataclass
class Candidates:
    """The newest CANDIDATES + 1 matches of a query (id, type, day, score), read in one statement: the count (exact
    up to CANDIDATES, else `capped`), the count per type, and the rows the page ranks."""

    rows: list[Row]

    @property
    def ids(self) -> list[int]:
        return [row[0] for row in self.rows]

    @property
    def capped(self) -> bool:
        return len(self.rows) > CANDIDATES

    @property
    def count(self) -> int:
        return min(len(self.rows), CANDIDATES)

    def facets(self) -> dict[str, int]:
        return dict(Counter(row[1] for row in self.rows))


def _columns(matched: QuerySet) -> QuerySet:
    """`matched` newest first, with what `_scored` reads."""
    return _newest(matched).values_list("id", "type", "day", "folded", "folded_title")


def candidates(matched: QuerySet, terms: list[str], roots: Roots = None) -> Candidates:
    """The newest CANDIDATES + 1 rows of `matched` (one walk of the full-text matches, newest first, stopping at
    the limit), scored for `terms`: what the capped count, the facets and the ranked page all use, so the index is
    walked once per search and the page is a look-up of its own rows only.
    On PostgreSQL the newest rows of the index are walked first (`_walked`), the full-text index asked only
    when they do not hold enough matches — with `roots`, only the rows of the user's scope (`_walked`)."""
    newest = _columns(matched)
    try:
        if connection.vendor == "postgresql":
            first = WALK_ROWS if _walk_roots(roots) is None else SCOPED_WALK_ROWS
            rows = _walked(newest, CANDIDATES + 1, terms, rows=first, roots=roots)
            if not rows:  # a rare match: the GIN index finds them all (few, whatever the scope)
                rows = _from_index(newest, CANDIDATES + 1, terms)
            elif len(rows) <= CANDIDATES:  # on below the last match found, through the index's ranges of ids
                rows += _bucketed(newest, terms, CANDIDATES + 1 - len(rows), rows)
        else:
            rows = _scored(*_sql(newest[:CANDIDATES + 1]), terms)
    except EmptyResultSet:  # a scope that reads nothing
        rows = []
    return Candidates(rows)


def _bucketed(newest: QuerySet, terms: list[str], missing: int, rows: list[Row]) -> list[Row]:
    """PostgreSQL: the next `missing` results of `newest` below `rows` (the walk's matches, newest first), read from
    the full-text index one range of ids at a time: `search_entry_fts_bucket_idx` holds `(fts, id / BUCKET)`, so
    GIN intersects the words' posting lists with a few buckets' (`_from_index`) and only the matches there are read
    from the table — where the whole index's matches were read and sorted for the newest (17,029 rows for "tang
    qua khong" nationally: 90–200 ms; its newest three buckets, 1,405 rows: 15 ms), or the walk went on for up to
    150,000 more rows. Each statement asks for enough buckets to hold half as many again as the matches still
    missing, at the rate (matches per id) seen so far; the last (BUCKET_READS) asks for every older row."""
    found: list[Row] = []
    top, below = rows[0][0], rows[-1][0]
    for step in range(BUCKET_READS):
        wanted = missing - len(found)
        last = (below - 1) // BUCKET  # the bucket of the next older id
        buckets = None
        if step < BUCKET_READS - 1 and last > 0:
            rate = (len(rows) + len(found)) / max(1, top - below + 1)  # matches per id
            count = max(1, math.ceil(wanted * 3 / 2 / (rate * BUCKET)))
            buckets = list(range(last, max(-1, last - count), -1))
        found += _from_index(newest, wanted, terms, below=below, buckets=buckets)
        if len(found) >= missing or not buckets or buckets[-1] == 0:
            break
        below = buckets[-1] * BUCKET  # every match from there up is read
    return found


def _from_index(newest: QuerySet, limit: int, terms: list[str], *, below: int | None = None,
                above: int | None = None, buckets: list[int] | None = None) -> list[Row]:
    """PostgreSQL: the first `limit` results of `newest` (newest first, `_columns`), scored, read through the GIN
    index (among the ids from `above` to below `below`, when given; with `buckets`, in those ranges of ids): the index's conditions
    (`fts @@ …`, the ranges) in a derived table of their own, the query's WHERE applied to the rows it gives.
    Fenced so (`OFFSET 0`) because the planner otherwise added the scope's WHERE to the index scan (a bitmap of the
    province's 78,000 rows and the public ones from their B-trees, ANDed: 14–25 ms) and then left the ranges of
    ids out of it (every match of the province read, 3,324 rows for "tong hop", 30–77 ms; fenced: 12 ms). Up to
    BRANCHED_BUCKETS buckets, one branch each (`UNION ALL`), an equality each: with `= ANY(…)` the planner, expecting
    28 matches of "chu & truong & sap & xep" (38,478), read them all and filtered the buckets after (36,359 heap
    pages, 230 ms; 11 ms branched); more buckets (a province's rarer words: 13–29) in one `= ANY(…)`, which the
    planner then uses or not (a branch each cost 1.5–2 ms: 33–52 ms for those)."""
    sql, params = _sql(newest[:limit])
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    source = f"FROM {table} WHERE "
    conditions = _index_conditions(newest.query.where)
    if not conditions or sql.count(source) != 1:  # not the one-table query this is written for: the planner's plan
        return _scored(sql, params, terms)
    where, values = [c for c, _ in conditions], [v for _, vs in conditions for v in vs]
    for bound, value in (("id < %s", below), ("id >= %s", above)):
        if value is not None:
            where.append(bound)
            values.append(value)
    condition = " AND ".join(where)
    bucket = f"(id / {int(BUCKET)})::int"  # the expression of search_entry_fts_bucket_idx
    if buckets and len(buckets) <= BRANCHED_BUCKETS:  # one branch per bucket, an equality each
        branch = f"(SELECT * FROM {table} WHERE {condition} AND {bucket} = %s)"  # noqa: S608
        inner = "SELECT * FROM (" + " UNION ALL ".join([branch] * len(buckets)) + ") buckets OFFSET 0"  # noqa: S608
        values = [v for b in buckets for v in (*values, b)]
    elif buckets:
        inner = f"SELECT * FROM {table} WHERE {condition} AND {bucket} = ANY(%s::int[]) OFFSET 0"  # noqa: S608
        values.append(buckets)
    else:
        inner = f"SELECT * FROM {table} WHERE {condition} OFFSET 0"  # noqa: S608
    return _scored(sql.replace(source, f"FROM ({inner}) {table} WHERE "), [*values, *params], terms)


def _index_conditions(node) -> list[tuple[str, list]]:
    """The full-text conditions (`_fulltext`'s `fts @@ …`) ANDed in a query's WHERE, with their parameters."""
    found: list[tuple[str, list]] = []
    if getattr(node, "connector", "AND") != "AND" or getattr(node, "negated", False):
        return found
    for child in getattr(node, "children", ()):
        expression = getattr(child, "lhs", child)
        if isinstance(expression, RawSQL) and expression.sql.startswith("fts @@"):
            found.append((expression.sql, list(expression.params)))
        elif hasattr(child, "children"):
            found += _index_conditions(child)
    return found


def _walk_roots(roots: Roots) -> Roots:
    """The roots a walk reads one by one, or None for a walk of the whole index (no scope, or too many roots)."""
    return roots if roots is not None and len(roots) <= MAX_WALKED_ROOTS else None


def _walked(newest: QuerySet, limit: int, terms: list[str], rows: int = WALK_ROWS, below: int | None = None,
            roots: Roots = None) -> list[Row]:
    """PostgreSQL: the first `limit` results of `newest` (entries ordered newest first, `_columns`) among the newest
    `rows` rows of the index (with `below`: of those whose id is lower), scored for `terms`. Its WHERE is applied
    to a walk of the primary key backwards, which stops at `limit` matches or after `rows` rows whatever the
    planner estimates — and its estimates are wrong exactly here: a provincial query counts the scope twice (the
    tokens in the tsquery, the WHERE of `for_user`: 25 times too few matches expected), a phrase (`<->`) is
    estimated as its words alone. The wrong plan cost seconds at 2 million rows (every match of a broad word read
    through the GIN index and sorted; the whole table walked for a rare phrase); this walk costs at most `rows`
    rows (~1 µs each).

    With `roots` (the user's scope, `models.user_scope_roots`) only the rows the user may read are walked: each
    root's rows newest first on `search_entry_root_idx`, merged with the other roots' public rows (a partial
    index), so a word in 5 % of a province's rows is found after 20,000 of them, where a walk of the whole
    index saw 1 row in 25 of the province's. The WHERE still decides; the walk only chooses what it tests."""
    sql, params = _sql(newest[:limit])
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    source = f"FROM {table} WHERE "
    if sql.count(source) != 1:  # not the one-table query this is written for: the planner's plan
        return _scored(sql, params, terms)
    source_sql, values = _walk_source(table, rows, below, _walk_roots(roots))
    # Names from the model's meta, every value a parameter.
    return _scored(sql.replace(source, f"FROM ({source_sql}) {table} WHERE "), [*values, *params], terms)


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
           offset: int = 0, limit: int = 20) -> list[SearchEntry]:
    """The entries of `qs` among `found` (the newest matches), best first, from `offset` (at most `limit`, and never
    past `found.count`), each with its `score`.

    Ranked among a bounded set of candidates, chosen *after* scoping (in the same WHERE): the CANDIDATES most
    recently indexed matches (`found`, already read and scored for the count) and, when those are not all the
    matches and there are several words, also the most recent matches with the words side by side
    (PHRASE_CANDIDATES, or offset + limit if more; an FTS5 phrase / `<->` query, scored in the same statement). A
    query matching fewer rows than that is ranked exactly; a broader one ranks the phrase matches and the newest
    ones. The order (score, newest day, newest id) is sorted here, on at most 2 × CANDIDATES small tuples: the
    page itself is then a primary-key look-up of its `limit` rows (it was a look-up of every candidate, scored
    and sorted by the database: 6–16 ms at 2 million rows, and 1,000 parameters to send).
    """
    scored = {row[0]: row for row in found.rows[:CANDIDATES]}
    if len(terms) > 1 and found.capped:  # one or two more statements: the phrase matches (newest first)
        wanted = min(CANDIDATES, max(PHRASE_CANDIDATES, offset + limit))
        if connection.vendor == "postgresql":  # just below the candidates: a bounded look (_older_phrases)
            more = _older_phrases(qs, scope, wanted, terms, found, roots)
        else:
            more = _scored(*_sql(_columns(_fulltext(qs, _phrase_expression(terms), scope))[:wanted]), terms)
        scored.update((row[0], row) for row in more if row[0] not in scored)
    best = sorted(scored.values(), key=lambda row: (-row[3], row[2] is None, -_ordinal(row[2]), -row[0]))
    page = best[offset:min(offset + limit, found.count)]
    if not page:
        return []
    entries = {entry.pk: entry for entry in qs.filter(id__in=[row[0] for row in page])}  # scoped again, cheap
    out = []
    for pk, _, _, score in page:
        if pk in entries:
            entries[pk].score = score
            out.append(entries[pk])
    return out


def _older_phrases(qs: QuerySet, scope: Scope, wanted: int, terms: list[str], found: Candidates,
                   roots: Roots) -> list[Row]:
    """PostgreSQL: the newest `wanted` phrase matches (the words side by side) below the candidates, looked for among
    the next BUCKET ids through the full-text index when the words are rare enough there (the rows holding every
    word, at the candidates' rate, fewer than a quarter of a walk of the scope's rows: "tong hop" as a province,
    ~100 rows against a walk of 5,000, 12 → 2.5 ms), the typed last word as its completions (`ho <-> dan:*` made
    GIN gather every word starting "dan": 295 ms); else among the next PHRASE_WALK_ROWS rows of a walk (`_walked`; the scope's rows, with
    `roots`): a common pair nationally ("ho dan") holds every word in a fifth of the rows."""
    below, top = min(found.ids), max(found.ids)
    walk = PHRASE_WALK_ROWS if _walk_roots(roots) is None else SCOPED_PHRASE_WALK_ROWS
    # Rows with every word there, at the rate seen, against the walk's rows: a row read through the index costs
    # ~2-3 times a row of a scope's walk, ~10-20 times one of the whole index's walk (in the table's order; and
    # nationally the rows holding every word are many: "muc tieu tong quat" 25 ms against a walk's 14).
    if _walk_roots(roots) is not None and len(found.ids) * BUCKET / max(1, top - below + 1) < walk / 4:
        typed = _completions(terms[-1:], INDEXED_COMPLETIONS).get(terms[-1])
        if typed:
            expression = " <-> ".join(terms[:-1]) + " <-> (" + " | ".join(typed) + ")"
            last = (below - 1) // BUCKET
            return _from_index(_columns(_fulltext(qs, expression, scope)), wanted, terms, below=below,
                               above=below - BUCKET, buckets=[b for b in (last, last - 1) if b >= 0])
    phrases = _columns(_fulltext(qs, _phrase_expression(terms), scope))
    return _walked(phrases, wanted, terms, rows=walk, below=below, roots=roots)


def _ordinal(day) -> int:
    """A candidate's day as a number to sort on (SQLite's cursor returns a date as its ISO text)."""
    if day is None:
        return 0
    return (day if isinstance(day, date) else date.fromisoformat(day)).toordinal()
