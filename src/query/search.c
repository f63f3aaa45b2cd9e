/* search.c - full-text search over sentences: one row per article, its best sentence as
 * the snippet, best first (or by date). Near-duplicate copies are folded into the first. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "query/filters.h"
#include "query/query.h"

/* The matching sentences come from the full-text index already in rank order (FTS5 sorts
 * them itself), so a search for a common word stops after the first articles instead of
 * joining, scoring and sorting every match; the snippet is made for the rows given only. */
#define SEARCH_COLUMNS(order)                                                              \
    "SELECT a.id, a.doc_id, a.url, a.title, a.outlet, a.published, a.source, m.sid,"       \
    " m.score, s.start, s.end,"                                                             \
    " (SELECT count(*) FROM articles d WHERE d.dup_of = a.id),"                            \
    " (SELECT text FROM sentences_fts WHERE rowid = m.sid)"                                \
    " FROM (SELECT rowid AS sid, rank AS score FROM sentences_fts"                         \
    "  WHERE sentences_fts MATCH :words " order " LIMIT -1) m"                             \
    " CROSS JOIN sentences s ON s.id = m.sid CROSS JOIN articles a ON a.id = s.article_id" \
    " WHERE (:from IS NULL OR substr(a.published, 1, 10) >= :from)"                        \
    " AND (:to IS NULL OR substr(a.published, 1, 10) <= :to)" AN_SENTENCE_FILTERS

static const char *const search_sql[3] = {
    SEARCH_COLUMNS("ORDER BY rank"),
    SEARCH_COLUMNS("") " ORDER BY a.published, a.id, m.score",
    SEARCH_COLUMNS("") " ORDER BY a.published DESC, a.id, m.score"};

static const char *const snippet_sql =
    "SELECT snippet(sentences_fts, 0, '[', ']', '...', 24) FROM sentences_fts"
    " WHERE sentences_fts MATCH ?1 AND rowid = ?2";

/* A set of article ids already given (open addressing). */
typedef struct {
    int64_t *v;
    size_t cap, n;
} idset;

static int idset_add(idset *set, int64_t id) {
    if (2 * (set->n + 1) > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 256;
        int64_t *v = calloc(cap, sizeof *v);
        if (!v) return -1;
        for (size_t i = 0; i < set->cap; i++)
            if (set->v[i]) {
                size_t h = (size_t)set->v[i] * 0x9e3779b97f4a7c15ull & (cap - 1);
                while (v[h]) h = (h + 1) & (cap - 1);
                v[h] = set->v[i];
            }
        free(set->v);
        set->v = v, set->cap = cap;
    }
    size_t h = (size_t)id * 0x9e3779b97f4a7c15ull & (set->cap - 1);
    for (; set->v[h]; h = (h + 1) & (set->cap - 1))
        if (set->v[h] == id) return 0;
    set->v[h] = id;
    set->n++;
    return 1;
}

static const char *text_at(sqlite3_stmt *st, int c) { return (const char *)sqlite3_column_text(st, c); }

/* The snippet of sentence sid: the snippet statement is stepped and left on its row, so
 * the text stays valid until the next call resets it. */
static const char *snippet_of(sqlite3_stmt *sn, const char *words, int64_t sid) {
    sqlite3_reset(sn);
    sqlite3_bind_text(sn, 1, words, -1, SQLITE_STATIC);
    sqlite3_bind_int64(sn, 2, sid);
    return sqlite3_step(sn) == SQLITE_ROW ? (const char *)sqlite3_column_text(sn, 0) : NULL;
}

static void search_row(sqlite3_stmt *st, annals_row *r) {
    memset(r, 0, sizeof *r);
    r->kind = ANNALS_ROW_ARTICLE;
    r->article = sqlite3_column_int64(st, 0);
    r->doc_id = text_at(st, 1), r->url = text_at(st, 2), r->title = text_at(st, 3);
    r->outlet = text_at(st, 4), r->published = text_at(st, 5), r->source = text_at(st, 6);
    r->score = sqlite3_column_double(st, 8);
    r->sentence_start = sqlite3_column_int64(st, 9);
    r->sentence_end = sqlite3_column_int64(st, 10);
    r->duplicates = sqlite3_column_int64(st, 11);
    r->text = text_at(st, 12);
    r->reports = 1;
    r->lat = r->lon = NAN;
}

annals_status annals_store_search(annals_store *s, const annals_query *q, annals_row_fn fn,
                                  void *ctx) {
    if (!s || !q || !fn || !q->words) return ANNALS_EINVAL;
    an_filters f;
    annals_status rc = an_filters_resolve(s, q, &f);
    if (rc != ANNALS_OK) return rc;
    if (!f.fts[0]) return an_store_fail(s, ANNALS_EINVAL, "nothing to search for");
    int order = q->sort == ANNALS_SORT_DATE ? 1 : q->sort == ANNALS_SORT_DATE_DESC ? 2 : 0;
    sqlite3_stmt *st = an_query_prepare(s, search_sql[order]);
    if (!st) return ANNALS_EIO;
    sqlite3_stmt *sn = an_query_prepare(s, snippet_sql);
    if (!sn) {
        sqlite3_finalize(st);
        return ANNALS_EIO;
    }
    an_filters_bind(&f, st);
    idset seen = {0};
    size_t n = 0;
    int step_rc;
    while ((step_rc = sqlite3_step(st)) == SQLITE_ROW && (!q->limit || n < q->limit)) {
        int fresh = idset_add(&seen, sqlite3_column_int64(st, 0));
        if (fresh < 0) break;
        if (!fresh) continue; /* the article's best sentence came first */
        annals_row r;
        search_row(st, &r);
        r.snippet = snippet_of(sn, f.fts, sqlite3_column_int64(st, 7));
        n++;
        if (fn(ctx, &r)) break;
    }
    int bad = step_rc != SQLITE_ROW && step_rc != SQLITE_DONE;
    if (bad) an_store_sqlfail(s, "searching");
    sqlite3_finalize(st);
    sqlite3_finalize(sn);
    free(seen.v);
    return bad ? ANNALS_EIO : ANNALS_OK;
}
