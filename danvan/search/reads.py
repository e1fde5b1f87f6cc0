"""How the newest matches of a query are read: scored rows of a derived query on both databases and, on
PostgreSQL, the ways to the newest matches without reading every one of them.

PostgreSQL's planner misjudges these queries (a scope counted twice, a phrase estimated as its words), so the
reads are written out: walks of the newest rows (`walked`), the GIN index by buckets of ids (`bucketed`,
`from_index`, migration 0007) and, for a match of whole words, one range of ids at a time (`by_ranges`): a scope's
lexemes of that range (migration 0008) or, without a scope, the range column of the GIN index (after a short walk
that tells a dense match, walked on, from a sparse one). Each keeps the query's own WHERE (the scope of `for_user`)
on what it reads.
"""

import math
import re
from operator import itemgetter
from typing import Any

from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL

from danvan.search.models import SCOPE_RANGE, SearchEntry

WALK_ROWS = 10_000  # PostgreSQL: newest rows of the index walked before the GIN index is asked (`walked`)
# The same walks over the scope's rows only (`roots`): each row a heap page of its own, ~4 times the cost of a row
# of the whole index's walk, but every one of them a row the user may read.
SCOPED_WALK_ROWS, SCOPED_PHRASE_WALK_ROWS = 2_500, 5_000
BUCKET = SCOPE_RANGE  # PostgreSQL: ids per range of search_entry_fts_bucket_idx, (fts, id / BUCKET) (migrations 0007, 0008)
BUCKET_READS = 3  # ... statements reading ranges of buckets after the walk, the last one every older row
BRANCHED_BUCKETS = 4  # ... up to this many buckets read as one UNION ALL branch each (`from_index`)
MAX_RANGES = 12  # PostgreSQL: ranges of ids read one by one for a scope's whole words after the newest (`by_ranges`)
PHRASE_RANGES = 2  # ... and for the phrase candidates below the candidates (`query._older_phrases`)
RANGED_OR = 4  # ... unless a word stands for more completions than this
NATION_WALK_ROWS = 2_000  # PostgreSQL, no scope: newest rows walked before the ranges (`by_ranges`) ...
DENSE_RATE = 0.05  # ... walked on past this share of matches among them (`dense`), for up to this many rows:
DENSE_WALK_ROWS = 40_000
NATION_PHRASE_ROWS = 3_000  # ... phrase candidates by ranges when the words fill fewer rows than this in them
MAX_WALKED_ROOTS = 8  # a scope of more roots walks the whole index
PHRASE_WALK_ROWS = 20_000  # PostgreSQL: rows below the candidates walked for the phrase candidates
# PostgreSQL: a whole word in at least this share of the rows is left out of a GIN read of the whole index or scope
# (`from_index`) and tested on the rows the rarer words find (`common_words`) ...
COMMON = 0.4
FEWEST = 0.25  # ... while the words left out add at most 1 / FEWEST times as many rows (at independent words)
SHARES: dict = {"at": None, "words": {}}  # ... the shares (ANALYZE's), read with the completions (`query._completions`)
Roots = list[str] | None  # models.user_scope_roots: the walks read these roots' rows and the public ones; None: all


def sql_of(qs: QuerySet, limit: int | None = None) -> tuple[str, list]:
    """The SQL of a top-level query, to be used as a derived table: inside it, its table names refer to its own
    FROM, so nothing is correlated with the query around it (what aliasing a Django subquery would break). With
    `limit`, its first `limit` rows (`LIMIT n` is the end of Django's SQL for a sliced query). Compiled once per
    queryset and kept on it: the reads of one search (ranges, buckets, walks) all take `newest`'s SQL, which the
    ORM compiled anew each time (~0.3 ms each)."""
    kept = qs.__dict__.get("_kept_sql")
    if kept is None:
        sql, params = qs.query.sql_with_params()
        kept = qs.__dict__["_kept_sql"] = (sql, tuple(params))
    return (kept[0] if limit is None else f"{kept[0]} LIMIT {int(limit)}"), list(kept[1])


_SHARED_SQL: dict[tuple[str, str], tuple[str, tuple]] = {}


def shared(qs: QuerySet, key: str) -> QuerySet:
    """`qs`, a query that is the same for every user and request (`key` names it), with the SQL that `sql_of` gives
    compiled once per process and database: the rows are never kept, only the statement's text (each call a new,
    unevaluated queryset)."""
    memo = (connection.vendor, key)
    if memo not in _SHARED_SQL:
        sql, params = sql_of(qs)
        _SHARED_SQL[memo] = (sql, tuple(params))
    qs.__dict__["_kept_sql"] = _SHARED_SQL[memo]
    return qs


Row = tuple[int, str, Any, int]  # a candidate: id, type, day, score (`score_sql`)


def score_sql(terms: list[str]) -> tuple[str, list]:
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


def scored(sql: str, params: list, terms: list[str]) -> list[Row]:
    """The rows of `sql` (a query of id, type, day, folded, folded_title, newest first, limited) with their score,
    newest first. The score is computed on the rows the limit keeps, never on every match sorted before it."""
    score, values = score_sql(terms)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, type, day, {score} FROM ({sql}) scored", [*values, *params])  # noqa: S608
        return sorted(cursor.fetchall(), key=itemgetter(0), reverse=True)


class RangedMatch(RawSQL):
    """PostgreSQL: a full-text condition `fts @@ …` that can also be asked of one range of ids (`SCOPE_RANGE`) alone
    (`in_range`, read range by range by `by_ranges`): `words_query` the words' tsquery, `scope_tokens` the scope's
    tokens or None (the whole index)."""

    words_query: str
    scope_tokens: list[str] | None

    def in_range(self, column: str) -> tuple[str, list]:
        raise NotImplementedError

    def fewer_words(self) -> tuple[str, list]:
        """The same condition without its common words (`common_words`), for GIN to read: a superset of its rows."""
        parts = self.words_query.split(" & ")
        left = common_words([p for p in parts if _PLAIN.fullmatch(p)],
                            [p.strip("()").split(" | ") for p in parts if p.startswith("(")])
        if not left:
            return self.sql, list(self.params)
        words = " & ".join(p for p in parts if p not in left)
        fewer = WordsMatch(words) if self.scope_tokens is None else ScopedMatch(words, self.scope_tokens)
        return fewer.sql, list(fewer.params)


_PLAIN = re.compile(r"[0-9a-z]+")


def common_words(plain: list[str], typed: list[list[str]]) -> list[str]:
    """PostgreSQL: the whole words of `plain` (`SHARES`: in at least COMMON of the rows) to leave out of a GIN read,
    the commonest first, while the rows so added stay within 1 / FEWEST times; the rarest always stays, unless the
    typed word's completions (`typed`, an OR each) are none of them common: they then lead. GIN decodes every posting
    list of an AND whole: "nhan & dan & hang & (a province's tokens)" — "dan" in 67 % of 2 million rows, "nhan" in
    43 % — spent 29 ms of GIN for 1,024 rows; "hang & (the tokens)" 7.7 ms for 1,901 rows, the whole condition
    tested on those: 12–16 ms in all."""
    shares = SHARES["words"]
    led = any(all(shares.get(w, 0) < COMMON for w in words) for words in typed)
    left: list[str] = []
    kept = 1.0
    for word in sorted((t for t in plain if shares.get(t, 0) >= COMMON), key=lambda t: -shares[t]):
        if kept * shares[word] < FEWEST or len(left) == len(plain) - 1 and not led:
            break
        left.append(word)
        kept *= shares[word]
    return left


class ScopedMatch(RangedMatch):
    """PostgreSQL: `fts @@ (the words && one of the scope's lexemes)`; in one range, the scope's lexemes of that range
    (`#u391b29`, migration 0008)."""

    def __init__(self, expression: str, scope: list[str]) -> None:
        super().__init__("fts @@ (to_tsquery('simple', %s) && %s::tsquery)",
                         [expression, " | ".join(f"'#{t}'" for t in scope)], output_field=BooleanField())
        self.words_query, self.scope_tokens = expression, scope

    def in_range(self, column: str) -> tuple[str, list]:
        """The same match among the rows of one range of ids (`SCOPE_RANGE`), the SQL integer `column`, only."""
        lexemes = " | ".join(f"'#{t}b{{r}}'" for t in self.scope_tokens or ())
        return (f"fts @@ (to_tsquery('simple', %s) && replace(%s, '{{r}}', ({column})::text)::tsquery)",
                [self.words_query, lexemes])


class WordsMatch(RangedMatch):
    """PostgreSQL: `fts @@ the words`, no scope (an administrator's search); in one range, the second column of
    `search_entry_fts_bucket_idx` (`(id / 65536)::int`, migration 0007) equal to it: GIN intersects the words'
    posting lists with that range's rows, no migration needed."""

    def __init__(self, expression: str) -> None:
        super().__init__("fts @@ to_tsquery('simple', %s)", [expression], output_field=BooleanField())
        self.words_query, self.scope_tokens = expression, None

    def in_range(self, column: str) -> tuple[str, list]:
        return f"fts @@ to_tsquery('simple', %s) AND (id / {int(SCOPE_RANGE)})::int = ({column})", [self.words_query]


def ranged_match(newest: QuerySet) -> RangedMatch | None:
    """The scoped match of `newest` when it may be read range by range: whole words (a prefix, `:*`, is gathered
    whole by GIN for every range), none of them one of more than RANGED_OR completions (common words: the walk)."""
    matches = full_text_nodes(newest.query.where)
    if len(matches) != 1 or not isinstance(matches[0], RangedMatch) or ":*" in matches[0].words_query:
        return None
    widest = max(part.count("|") + 1 for part in matches[0].words_query.split("&"))
    return matches[0] if widest <= RANGED_OR else None


def by_ranges(newest: QuerySet, limit: int, terms: list[str], top_id: int | None = None) -> list[Row] | None:
    """PostgreSQL, a match of whole words (`ranged_match`; else None): the first `limit` results of `newest`, read
    range of ids by range from the newest (`read_ranges`): the newest first; then, at the rate seen there, up to
    MAX_RANGES more, or every older match in one read when the newest range holds none (a rare match: the words'
    own posting lists are then what GIN reads, whatever the range), or `bucketed` when more are needed.
    Without a scope (the whole index: `WordsMatch`) the newest NATION_WALK_ROWS rows are walked first: a range then
    holds 34 provinces' matches, all read from the table before the newest are kept (a word in one row of ten:
    7,409 rows, 31 ms, where the walk finds its 1,001 newest in 6 ms), so a match that dense in the walk
    (DENSE_RATE) is walked on (`dense`); a sparser one is read by ranges below what the walk found."""
    match = ranged_match(newest)
    if match is None:
        return None
    found: list[Row] = []
    if match.scope_tokens is None:
        found = walked(newest, limit, terms, rows=NATION_WALK_ROWS)
        if len(found) >= limit or len(found) >= DENSE_RATE * NATION_WALK_ROWS:
            return dense(newest, limit, terms, found)
    fence = found[-1][0] if found else None  # the walk's matches are every match above it
    if top_id is None:  # not read with the completions (`query.Known.newest_id`)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT max(id) FROM {connection.ops.quote_name(SearchEntry._meta.db_table)}")  # noqa: S608
            top_id = cursor.fetchone()[0] or 0
    top = top_id // SCOPE_RANGE
    first = top if top == 0 or top_id - top * SCOPE_RANGE >= SCOPE_RANGE // 2 else top - 1  # half a range at least
    rows = found + read_ranges(newest, limit - len(found), terms, match, top, first, below=fence)
    below = min(first * SCOPE_RANGE, fence or top_id + 1)
    if len(rows) >= limit or below == 0:
        return rows
    if not rows:
        return from_index(newest, limit, terms, below=below)
    rate = len(rows) / (top_id + 1 - below)  # matches per id
    count = math.ceil((limit - len(rows)) * 3 / 2 / (rate * SCOPE_RANGE))
    if count <= MAX_RANGES:
        lowest = max(0, first - count)
        rows += read_ranges(newest, limit - len(rows), terms, match, first - 1, lowest, below=below)
        below = min(below, lowest * SCOPE_RANGE)
        if len(rows) >= limit or below == 0:
            return rows
    return rows + bucketed(newest, terms, limit - len(rows), rows, below)


def dense(newest: QuerySet, limit: int, terms: list[str], rows: list[Row]) -> list[Row]:
    """PostgreSQL: the first `limit` results of `newest` after `rows` (all the matches of the newest NATION_WALK_ROWS
    rows), walked on for as many rows as should hold half as many again as the matches missing at the rate seen (at
    most DENSE_WALK_ROWS: ~0.6 µs a row, where a range's matches cost ~4 µs each), then from the index's buckets."""
    if len(rows) >= limit:
        return rows
    if not rows:
        return from_index(newest, limit, terms)
    wanted = math.ceil((limit - len(rows)) * 3 / 2 * NATION_WALK_ROWS / len(rows))
    rows = rows + walked(newest, limit - len(rows), terms, rows=min(DENSE_WALK_ROWS, wanted), below=rows[-1][0])
    return rows if len(rows) >= limit else rows + bucketed(newest, terms, limit - len(rows), rows)


def read_ranges(newest: QuerySet, limit: int, terms: list[str], match: RangedMatch, top: int, lowest: int,
                below: int | None = None) -> list[Row]:
    """PostgreSQL: the first `limit` results of `newest` in the ranges of ids `top` down to `lowest`, scored. One
    statement reads them one range at a time (`generate_series` joined LATERAL to the query, whose GIN condition asks
    for the scope's lexemes of that range: migration 0008) and stops at `limit`: the nested loop returns the ranges
    in order, each one's matches sorted newest first."""
    sql, params = sql_of(newest, limit)
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    source = f"FROM {table} WHERE "
    condition, values = match.in_range("ranges.n")
    inner = f"SELECT * FROM {table} WHERE {condition} OFFSET 0"  # noqa: S608
    if below is not None:  # outside the fence: the planner would AND a bitmap of every lower id from the primary key
        inner = f"SELECT * FROM ({inner}) ranged WHERE id < %s"  # noqa: S608
        values.append(below)
    lateral = (f"SELECT found.* FROM generate_series(%s, %s, -1) AS ranges(n), "  # noqa: S608
               f"LATERAL ({sql.replace(source, f'FROM ({inner}) {table} WHERE ', 1)}) found LIMIT %s")
    return scored(lateral, [top, lowest, *values, *params, limit], terms)


def bucketed(newest: QuerySet, terms: list[str], missing: int, rows: list[Row], below: int | None = None) -> list[Row]:
    """PostgreSQL: the next `missing` results of `newest` below `rows` (the walk's matches, newest first), read from
    the full-text index one range of ids at a time: `search_entry_fts_bucket_idx` holds `(fts, id / BUCKET)`, so
    GIN intersects the words' posting lists with a few buckets' (`from_index`) and only the matches there are read
    from the table — where the whole index's matches were read and sorted for the newest (17,029 rows for "tang
    qua khong" nationally: 90–200 ms; its newest three buckets, 1,405 rows: 15 ms), or the walk went on for up to
    150,000 more rows. Each statement asks for enough buckets to hold half as many again as the matches still
    missing, at the rate (matches per id) seen so far; the last (BUCKET_READS) asks for every older row."""
    found: list[Row] = []
    top, below = rows[0][0], rows[-1][0] if below is None else below
    for step in range(BUCKET_READS):
        wanted = missing - len(found)
        last = (below - 1) // BUCKET  # the bucket of the next older id
        buckets = None
        if step < BUCKET_READS - 1 and last > 0:
            rate = (len(rows) + len(found)) / max(1, top - below + 1)  # matches per id
            count = max(1, math.ceil(wanted * 3 / 2 / (rate * BUCKET)))
            buckets = list(range(last, max(-1, last - count), -1))
        found += from_index(newest, wanted, terms, below=below, buckets=buckets)
        if len(found) >= missing or not buckets or buckets[-1] == 0:
            break
        below = buckets[-1] * BUCKET  # every match from there up is read
    return found


def from_index(newest: QuerySet, limit: int, terms: list[str], *, below: int | None = None,
               above: int | None = None, buckets: list[int] | None = None) -> list[Row]:
    """PostgreSQL: the first `limit` results of `newest` (newest first, `query._columns`), scored, read through the GIN
    index (among the ids from `above` to below `below`, when given; with `buckets`, in those ranges of ids): the index's conditions
    (`fts @@ …`, the ranges) in a derived table of their own, the query's WHERE applied to the rows it gives.
    Fenced so (`OFFSET 0`) because the planner otherwise added the scope's WHERE to the index scan (a bitmap of the
    province's 78,000 rows and the public ones from their B-trees, ANDed: 14–25 ms) and then left the ranges of
    ids out of it (every match of the province read, 3,324 rows for "tong hop", 30–77 ms; fenced: 12 ms). Up to
    BRANCHED_BUCKETS buckets, one branch each (`UNION ALL`), an equality each: with `= ANY(…)` the planner, expecting
    28 matches of "chu & truong & sap & xep" (38,478), read them all and filtered the buckets after (36,359 heap
    pages, 230 ms; 11 ms branched); more buckets (a province's rarer words: 13–29) in one `= ANY(…)`, which the
    planner then uses or not (a branch each cost 1.5–2 ms: 33–52 ms for those)."""
    sql, params = sql_of(newest, limit)
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    source = f"FROM {table} WHERE "
    # Without a range of ids GIN can read (none, or `= ANY`, which the planner leaves to a Filter), the common words
    # left out of the GIN read (`common_words`); the query's own WHERE around it still tests every word.
    conditions = index_conditions(newest.query.where, fewer=not buckets or len(buckets) > BRANCHED_BUCKETS)
    if not conditions or sql.count(source) != 1:  # not the one-table query this is written for: the planner's plan
        return scored(sql, params, terms)
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
    return scored(sql.replace(source, f"FROM ({inner}) {table} WHERE "), [*values, *params], terms)


def index_conditions(node, fewer: bool = False) -> list[tuple[str, list]]:
    """The full-text conditions (`query._fulltext`'s `fts @@ …`) ANDed in a query's WHERE, with their parameters;
    with `fewer`, without their common words (`RangedMatch.fewer_words`)."""
    return [c.fewer_words() if fewer and isinstance(c, RangedMatch) else (c.sql, list(c.params))
            for c in full_text_nodes(node)]


def full_text_nodes(node) -> list[RawSQL]:
    """The full-text conditions (`query._fulltext`'s `fts @@ …`) ANDed in a query's WHERE."""
    found: list[RawSQL] = []
    if getattr(node, "connector", "AND") != "AND" or getattr(node, "negated", False):
        return found
    for child in getattr(node, "children", ()):
        expression = getattr(child, "lhs", child)
        if isinstance(expression, RawSQL) and expression.sql.startswith("fts @@"):
            found.append(expression)
        elif hasattr(child, "children"):
            found += full_text_nodes(child)
    return found


def walk_roots(roots: Roots) -> Roots:
    """The roots a walk reads one by one, or None for a walk of the whole index (no scope, or too many roots)."""
    return roots if roots is not None and len(roots) <= MAX_WALKED_ROOTS else None


def walked(newest: QuerySet, limit: int, terms: list[str], rows: int = WALK_ROWS, below: int | None = None,
           roots: Roots = None) -> list[Row]:
    """PostgreSQL: the first `limit` results of `newest` (entries ordered newest first, `query._columns`) among the newest
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
    sql, params = sql_of(newest, limit)
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    source = f"FROM {table} WHERE "
    if sql.count(source) != 1:  # not the one-table query this is written for: the planner's plan
        return scored(sql, params, terms)
    source_sql, values = walk_source(table, rows, below, walk_roots(roots))
    # Names from the model's meta, every value a parameter.
    return scored(sql.replace(source, f"FROM ({source_sql}) {table} WHERE "), [*values, *params], terms)


def walk_source(table: str, rows: int, below: int | None, roots: Roots) -> tuple[str, list]:
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
