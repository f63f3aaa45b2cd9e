/* search.c - full-text search over sentences: one row per article, its best sentence as
 * the snippet, best first (or by date). Near-duplicate copies are folded into the first. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "query/filters.h"
#include "query/query.h"

/* Ranking every match of a common word costs a look-up per match (a hundred thousand
 * for "troops" in a store of a million events). So the matches are read newest first
 * (FTS5 walks its index backwards and stops), the first SEARCH_WINDOW that pass the
 * filters are ranked, and the answer says when the window was full. A search by date
 * reads every match: its order is not the index's. */
#define SEARCH_WINDOW 2000
#define SEARCH_FILTERS                                                                     \
    " AND (:from IS NULL OR substr(a.published, 1, 10) >= :from)"                          \
    " AND (:to IS NULL OR substr(a.published, 1, 10) <= :to)" AN_SENTENCE_FILTERS
/* the full-text table in the outer loop with its own ORDER BY rowid: in a subquery, SQLite
 * flattens it away and sorts every match. Each matching article gives the sentences that
 * hold every word (store/fts.c), with the article's score. */
#define SEARCH_HITS                                                                        \
    " FROM articles_fts f CROSS JOIN json_each(an_hits(articles_fts,"                       \
    " (SELECT breaks FROM sentences WHERE id = f.rowid))) h"                                 \
    " CROSS JOIN sentences s ON s.id = h.value CROSS JOIN articles a ON a.id = s.article_id"
#define SEARCH_NEWEST                                                                      \
    "SELECT h.value AS sid, f.rank AS score, a.id AS id" SEARCH_HITS                        \
    " WHERE articles_fts MATCH :words" SEARCH_FILTERS " ORDER BY f.rowid DESC"             \
    " LIMIT :window"
#define SEARCH_ALL(order)                                                                  \
    "SELECT h.value, f.rank, a.id" SEARCH_HITS " WHERE articles_fts MATCH :words"            \
    SEARCH_FILTERS " ORDER BY " order

/* an article's first sentence holding the words first, among equal scores */
static const char *const search_sql[3] = {
    "SELECT sid, score, id FROM (" SEARCH_NEWEST ") ORDER BY score, id DESC, sid",
    SEARCH_ALL("a.published, a.id, f.rank, h.value"),
    SEARCH_ALL("a.published DESC, a.id, f.rank, h.value")};

/* What a result shows of its article and sentence. */
static const char *const detail_sql =
    "SELECT a.id, a.doc_id, a.url, a.title, a.outlet, a.published, a.source, s.start, s.end,"
    " (SELECT count(*) FROM articles d WHERE d.dup_of = a.id),"
    " (SELECT text FROM sentence_texts WHERE id = s.id)"
    " FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.id = ?1";

/* the article's document is the one whose rowid is its first sentence's id */
static const char *const snippet_sql =
    "SELECT an_snippet(articles_fts, ?2, (SELECT text FROM sentence_texts WHERE id = ?2),"
    " (SELECT breaks FROM sentences WHERE id = articles_fts.rowid))"
    " FROM articles_fts WHERE articles_fts MATCH ?1"
    " AND rowid = (SELECT id - seq FROM sentences WHERE id = ?2)";

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
    r->sentence_start = sqlite3_column_int64(st, 7);
    r->sentence_end = sqlite3_column_int64(st, 8);
    r->duplicates = sqlite3_column_int64(st, 9);
    r->text = text_at(st, 10);
    r->reports = 1;
    r->lat = r->lon = NAN;
}

/* Statements a search reads with: the matches, each result's details, its snippet. */
typedef struct {
    sqlite3_stmt *matches, *detail, *snippet;
} search_stmts;

static void finalize_all(search_stmts *t) {
    sqlite3_finalize(t->matches);
    sqlite3_finalize(t->detail);
    sqlite3_finalize(t->snippet);
}

/* One match: its sentence, score and article. */
typedef struct {
    int64_t sid, article;
    double score;
} match;

/* Gives the result of match m; nonzero to stop. */
static int give(search_stmts *t, const an_filters *f, const match *m, size_t window,
                annals_row_fn fn, void *ctx) {
    sqlite3_reset(t->detail);
    sqlite3_bind_int64(t->detail, 1, m->sid);
    if (sqlite3_step(t->detail) != SQLITE_ROW) return 0;
    annals_row r;
    search_row(t->detail, &r);
    r.score = m->score;
    r.ranked_among = window;
    r.snippet = snippet_of(t->snippet, f->fts, m->sid);
    return fn(ctx, &r);
}

/* Reads the next match; 0 at the end (rc set). */
static int next_match(sqlite3_stmt *st, match *m, int *rc) {
    if ((*rc = sqlite3_step(st)) != SQLITE_ROW) return 0;
    m->sid = sqlite3_column_int64(st, 0);
    m->score = sqlite3_column_double(st, 1);
    m->article = sqlite3_column_int64(st, 2);
    return 1;
}

annals_status annals_store_search(annals_store *s, const annals_query *q, annals_row_fn fn,
                                  void *ctx) {
    if (!s || !q || !fn || !q->words) return ANNALS_EINVAL;
    an_filters f;
    annals_status rc = an_filters_resolve(s, q, &f);
    if (rc != ANNALS_OK) return rc;
    if (!f.fts[0]) return an_store_fail(s, ANNALS_EINVAL, "nothing to search for");
    int order = q->sort == ANNALS_SORT_DATE ? 1 : q->sort == ANNALS_SORT_DATE_DESC ? 2 : 0;
    search_stmts t = {an_query_prepare(s, search_sql[order]), an_query_prepare(s, detail_sql),
                      an_query_prepare(s, snippet_sql)};
    if (!t.matches || !t.detail || !t.snippet) {
        finalize_all(&t);
        return ANNALS_EIO;
    }
    an_filters_bind(&f, t.matches);
    int i = sqlite3_bind_parameter_index(t.matches, ":window");
    if (i) sqlite3_bind_int(t.matches, i, SEARCH_WINDOW);
    /* the ranked window is read whole first (it is small): its size says whether it was full */
    match *ranked = NULL;
    size_t nranked = 0, next = 0, window = 0;
    int step_rc = SQLITE_DONE;
    if (order == 0) {
        ranked = malloc(SEARCH_WINDOW * sizeof *ranked);
        if (!ranked) {
            finalize_all(&t);
            return an_store_fail(s, ANNALS_ENOMEM, "out of memory");
        }
        while (nranked < SEARCH_WINDOW && next_match(t.matches, &ranked[nranked], &step_rc))
            nranked++;
        if (nranked == SEARCH_WINDOW) window = SEARCH_WINDOW, step_rc = SQLITE_DONE;
    }
    an_idset seen = {0};
    size_t n = 0;
    match m;
    while (!q->limit || n < q->limit) {
        if (order == 0) {
            if (next == nranked) break;
            m = ranked[next++];
        } else if (!next_match(t.matches, &m, &step_rc)) {
            break;
        }
        int fresh = an_idset_add(&seen, m.article);
        if (fresh < 0) break;
        if (!fresh) continue; /* the article's best sentence came first */
        n++;
        if (give(&t, &f, &m, window, fn, ctx)) break;
    }
    int bad = step_rc != SQLITE_ROW && step_rc != SQLITE_DONE;
    if (bad) an_store_sqlfail(s, "searching");
    finalize_all(&t);
    free(ranked);
    free(seen.v);
    return bad ? ANNALS_EIO : ANNALS_OK;
}
