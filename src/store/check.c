/* check.c - verifying a store: SQLite's own checks, then what annals promises on top:
 * no row without its article, the full-text and R*Tree indexes matching their tables, no
 * near-duplicate link to a missing or linked article, one schema version. */
#include <stdio.h>

#include "store/store.h"

/* Each query returns one row per problem, its first column a description. */
static const char *const checks[] = {
    "SELECT 'sentence ' || s.id || ' has no article ' || s.article_id FROM sentences s"
    " LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL",
    "SELECT 'time mention ' || t.id || ' has no article' FROM time_mentions t"
    " LEFT JOIN articles a ON a.id = t.article_id WHERE a.id IS NULL",
    "SELECT 'mentions of article ' || m.article_id || ' have no article' FROM article_mentions m"
    " LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL LIMIT 20",
    "SELECT 'article ' || a.id || ' has no record of its mentions' FROM articles a"
    " WHERE NOT EXISTS (SELECT 1 FROM article_mentions m WHERE m.article_id = a.id) LIMIT 20",
    "SELECT 'mentions of article ' || article_id || ' are not JSON arrays' FROM article_mentions"
    " WHERE NOT (json_valid(times) AND json_valid(places) AND json_valid(actors)) OR"
    " json_type(times) <> 'array' OR json_type(places) <> 'array' OR json_type(actors) <> 'array'"
    " LIMIT 20",
    /* every place and actor a record names exists, and is in the list of its sentence */
    "SELECT 'article ' || m.article_id || ' names missing place ' || (j.value ->> 4)"
    " FROM article_mentions m, json_each(m.places) j LEFT JOIN places p ON p.id = j.value ->> 4"
    " WHERE p.id IS NULL LIMIT 20",
    "SELECT 'article ' || m.article_id || ' names missing actor ' || (j.value ->> 4)"
    " FROM article_mentions m, json_each(m.actors) j LEFT JOIN actors x ON x.id = j.value ->> 4"
    " WHERE x.id IS NULL LIMIT 20",
    "SELECT 'sentence ' || (j.value ->> 0) || ' does not list place ' || (j.value ->> 4)"
    " FROM article_mentions m, json_each(m.places) j LEFT JOIN sentences s ON s.id = j.value ->> 0"
    " WHERE j.value ->> 0 IS NOT NULL AND (s.id IS NULL OR s.article_id <> m.article_id"
    " OR NOT EXISTS (SELECT 1 FROM json_each(s.places) i WHERE i.value = j.value ->> 4)) LIMIT 20",
    "SELECT 'sentence ' || (j.value ->> 0) || ' does not list actor ' || (j.value ->> 4)"
    " FROM article_mentions m, json_each(m.actors) j LEFT JOIN sentences s ON s.id = j.value ->> 0"
    " WHERE j.value ->> 0 IS NOT NULL AND (s.id IS NULL OR s.article_id <> m.article_id"
    " OR NOT EXISTS (SELECT 1 FROM json_each(s.actors) i WHERE i.value = j.value ->> 4)) LIMIT 20",
    "SELECT 'dated place key of missing time mention ' || k.time_id FROM dated_places k"
    " LEFT JOIN time_mentions t ON t.id = k.time_id WHERE t.id IS NULL"
    " OR t.date_start IS NOT k.date_start LIMIT 20",
    "SELECT 'dated actor key of missing time mention ' || k.time_id FROM dated_actors k"
    " LEFT JOIN time_mentions t ON t.id = k.time_id WHERE t.id IS NULL"
    " OR t.date_start IS NOT k.date_start LIMIT 20",
    "SELECT 'spelling ' || quote(n.text) || ' of missing place ' || n.place_id FROM place_names n"
    " LEFT JOIN places p ON p.id = n.place_id WHERE p.id IS NULL LIMIT 20",
    "SELECT 'spelling ' || quote(n.text) || ' of missing actor ' || n.actor_id FROM actor_names n"
    " LEFT JOIN actors x ON x.id = n.actor_id WHERE x.id IS NULL LIMIT 20",
    "SELECT 'event ' || e.id || ' has no article' FROM events e"
    " LEFT JOIN articles a ON a.id = e.article_id WHERE a.id IS NULL",
    "SELECT 'event ' || e.id || ' has no merged event' FROM events e"
    " LEFT JOIN event_groups g ON g.id = e.group_id WHERE g.id IS NULL",
    "SELECT 'merged event ' || g.id || ' has no reports' FROM event_groups g"
    " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id)",
    "SELECT 'casualty figure ' || c.id || ' has no event' FROM casualties c"
    " LEFT JOIN events e ON e.id = c.event_id WHERE e.id IS NULL",
    "SELECT 'signature of missing article ' || g.article_id FROM article_signatures g"
    " LEFT JOIN articles a ON a.id = g.article_id WHERE a.id IS NULL LIMIT 20",
    "SELECT 'signature of article ' || article_id || ' has ' || length(minhash) || ' bytes, not"
    " 256' FROM article_signatures WHERE length(minhash) <> 256 LIMIT 20",
    "SELECT 'signature of article ' || g.article_id || ' names a missing first copy ' || g.root"
    " FROM article_signatures g LEFT JOIN articles r ON r.id = g.root WHERE r.id IS NULL LIMIT 20",
    "SELECT 'article ' || a.id || ' is linked to ' || a.dup_of || ', which is missing or itself"
    " a copy' FROM articles a LEFT JOIN articles r ON r.id = a.dup_of"
    " WHERE a.dup_of IS NOT NULL AND (r.id IS NULL OR r.dup_of IS NOT NULL)",
    /* what the index holds, from its own table of sizes: a document for each article with
     * sentences, under its first sentence's id; a sentence is its document's rowid plus its
     * number, so an article's sentences have consecutive ids (store/fts.c) */
    "SELECT 'full-text document ' || d.id || ' is not the first sentence of an article'"
    " FROM articles_fts_docsize d LEFT JOIN sentences s ON s.id = d.id"
    " WHERE s.id IS NULL OR s.seq <> 0 LIMIT 20",
    "SELECT 'sentences of article ' || s.article_id || ' are not in the full-text index'"
    " FROM sentences s WHERE s.seq = 0"
    " AND NOT EXISTS (SELECT 1 FROM articles_fts_docsize d WHERE d.id = s.id) LIMIT 20",
    "SELECT 'sentence ' || s.id || ' does not follow sentence ' || (s.id - 1) || ' of its article'"
    " FROM sentences s WHERE s.seq > 0 AND NOT EXISTS (SELECT 1 FROM sentences p"
    " WHERE p.id = s.id - 1 AND p.article_id = s.article_id AND p.seq = s.seq - 1) LIMIT 20",
    "SELECT 'place ' || p.id || ' is not in the R*Tree' FROM places p"
    " LEFT JOIN places_rtree r ON r.id = p.id WHERE r.id IS NULL",
    "SELECT 'R*Tree entry ' || r.id || ' has no place' FROM places_rtree r"
    " LEFT JOIN places p ON p.id = r.id WHERE p.id IS NULL",
    "SELECT 'place ' || p.id || ' R*Tree box does not hold it' FROM places p"
    " JOIN places_rtree r ON r.id = p.id WHERE p.lat < r.min_lat - 1e-4"
    " OR p.lat > r.max_lat + 1e-4 OR p.lon < r.min_lon - 1e-4 OR p.lon > r.max_lon + 1e-4",
    "SELECT 'schema version rows: ' || count(*) FROM meta WHERE key = 'schema_version'"
    " HAVING count(*) <> 1",
};

typedef struct {
    annals_problem_fn fn;
    void *ctx;
    size_t n;
} found;

static void report(found *f, const char *problem) {
    f->n++;
    if (f->fn) f->fn(f->ctx, problem);
}

/* Runs a query whose rows are problems, or whose single "ok" row means none. */
static int run_check(annals_store *s, const char *sql, found *f, int ok_row) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, sql, -1, &q, NULL) != SQLITE_OK) {
        char msg[600];
        snprintf(msg, sizeof msg, "cannot check: %s", sqlite3_errmsg(s->db));
        report(f, msg);
        return 0;
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(q, 0);
        if (ok_row && text && sqlite3_stricmp(text, "ok") == 0) continue;
        report(f, text ? text : "(a problem)");
    }
    if (rc != SQLITE_DONE) {
        char msg[600];
        snprintf(msg, sizeof msg, "check failed: %s", sqlite3_errmsg(s->db));
        report(f, msg);
    }
    sqlite3_finalize(q);
    return 0;
}

/* FTS5's own check: an error when the index does not match its content. */
static void check_fts(annals_store *s, found *f) {
    char *msg = NULL;
    if (sqlite3_exec(s->db, "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)",
                     NULL, NULL, &msg) != SQLITE_OK) {
        char line[600];
        snprintf(line, sizeof line, "full-text index: %s", msg ? msg : sqlite3_errmsg(s->db));
        report(f, line);
    }
    sqlite3_free(msg);
}

annals_status annals_store_check(annals_store *s, annals_problem_fn fn, void *ctx,
                                 size_t *problems) {
    if (!s || !s->db) return ANNALS_EINVAL;
    if (an_store_end(s) != 0) return ANNALS_EIO;
    found f = {fn, ctx, 0};
    run_check(s, "PRAGMA integrity_check", &f, 1);
    run_check(s, "SELECT 'foreign key: ' || \"table\" || ' row ' || rowid || ' points to a"
                 " missing ' || parent FROM pragma_foreign_key_check", &f, 0);
    run_check(s, "SELECT 'R*Tree: ' || rtreecheck('places_rtree') WHERE"
                 " rtreecheck('places_rtree') <> 'ok'", &f, 0);
    if (!(s->flags & ANNALS_STORE_READONLY)) check_fts(s, &f);
    for (size_t i = 0; i < sizeof checks / sizeof *checks; i++) run_check(s, checks[i], &f, 0);
    if (problems) *problems = f.n;
    return ANNALS_OK;
}
