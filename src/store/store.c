/* store.c - opening and closing the store, its statements and its transactions. */
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

/* The SQL of each prepared statement, by name (see store.h). */
static const char *const stmt_sql[ST_COUNT_] = {
    [ST_ARTICLE_INSERT] =
        "INSERT INTO articles(doc_id, content_hash, url, title, outlet, published,"
        " published_from, lang, dateline, source, authors, text, bytes)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
    [ST_SENTENCE_INSERT] =
        "INSERT INTO sentences(article_id, seq, start, end, loc, places, actors, breaks)"
        " VALUES(?,?,?,?,?,?,?,?)",
    [ST_CAPTION_INSERT] = "INSERT INTO article_captions(article_id, loc, text) VALUES(?,?,?)",
    [ST_FTS_INSERT] = "INSERT INTO articles_fts(rowid, text) VALUES(?,?)",
    [ST_TIME_INSERT] =
        "INSERT INTO time_mentions(article_id, sentence_id, start, end, loc, text, type, value,"
        " mod, anchor, date_start, date_end, precision) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
    [ST_PLACE_FIND] = "SELECT id FROM places WHERE name = ? AND lat = ? AND lon = ?",
    [ST_PLACE_INSERT] =
        "INSERT INTO places(name, geonameid, lat, lon, country, admin1, kind, precision_km)"
        " VALUES(?,?,?,?,?,?,?,?)",
    [ST_RTREE_INSERT] =
        "INSERT INTO places_rtree(id, min_lat, max_lat, min_lon, max_lon) VALUES(?,?,?,?,?)",
    [ST_ACTOR_FIND] = "SELECT id FROM actors WHERE name = ? AND kind = ? AND country = ?",
    [ST_ACTOR_INSERT] = "INSERT INTO actors(name, kind, country) VALUES(?,?,?)",
    [ST_MENTIONS_INSERT] =
        "INSERT INTO article_mentions(article_id, times, places, actors) VALUES(?,?,?,?)",
    [ST_PLACE_NAME_INSERT] = "INSERT OR IGNORE INTO place_names(text, place_id) VALUES(?,?)",
    [ST_ACTOR_NAME_INSERT] = "INSERT OR IGNORE INTO actor_names(text, actor_id) VALUES(?,?)",
    [ST_DATED_PLACE_INSERT] = "INSERT OR IGNORE INTO dated_places(place_id, date_start,"
                              " date_end, time_id) VALUES(?,?,?,?)",
    [ST_DATED_ACTOR_INSERT] = "INSERT OR IGNORE INTO dated_actors(actor_id, date_start,"
                              " date_end, time_id) VALUES(?,?,?,?)",
    [ST_SIGNATURE_INSERT] =
        "INSERT OR REPLACE INTO article_signatures(article_id, minhash, root) VALUES(?,?,?)",
    [ST_ARTICLE_LINK] = "UPDATE articles SET dup_of = ?, similarity = ? WHERE id = ?",
    [ST_EVENT_INSERT] =
        "INSERT INTO events(article_id, ext_id, plover, mode, cameo, acled_type, acled_subtype,"
        " actor1, actor1_kind, actor1_country, actor2, actor2_kind, actor2_country, date,"
        " date_precision, date_start, date_end, reported, place_id, place_precision,"
        " claimed_by, claimed_by_kind, claimed_by_country, claimed_text, modality,"
        " sentence_id, sentence_start, sentence_end, sentence_loc, group_id, evidence)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    [ST_CASUALTY_INSERT] =
        "INSERT INTO casualties(event_id, article_id, kind, low, best, high, who, text)"
        " VALUES(?,?,?,?,?,?,?,?)",
};

annals_status an_store_fail(annals_store *s, annals_status status, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->err, sizeof s->err, fmt, ap);
    va_end(ap);
    return status;
}

annals_status an_store_sqlfail(annals_store *s, const char *what) {
    int code = sqlite3_errcode(s->db);
    annals_status st = code == SQLITE_NOMEM ? ANNALS_ENOMEM : ANNALS_EIO;
    return an_store_fail(s, st, "%s: %s", what, sqlite3_errmsg(s->db));
}

sqlite3_stmt *an_store_stmt(annals_store *s, int which) {
    return an_store_stmt_sql(s, which, stmt_sql[which]);
}

sqlite3_stmt *an_store_stmt_sql(annals_store *s, int which, const char *sql) {
    sqlite3_stmt **q = &s->st[which];
    if (!*q && sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, q,
                                  NULL) != SQLITE_OK) {
        an_store_sqlfail(s, "preparing a statement");
        *q = NULL;
        return NULL;
    }
    sqlite3_reset(*q);
    sqlite3_clear_bindings(*q);
    return *q;
}

/* PRAGMA data_version: it moves when another connection commits (0 on error). */
static int64_t data_version(annals_store *s) {
    sqlite3_stmt *q = an_store_stmt_sql(s, ST_DATA_VERSION, "PRAGMA data_version;");
    if (!q) return 0;
    int64_t v = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    sqlite3_reset(q);
    return v;
}

int an_store_begin(annals_store *s) {
    if (s->in_tx) return 0;
    if (an_store_exec(s, "BEGIN IMMEDIATE;") != 0) return -1;
    s->in_tx = 1;
    s->in_batch = 0;
    /* another writer may have added places or merged events since our last batch: what the
     * cache remembers is then incomplete */
    int64_t v = data_version(s);
    if (v != s->data_version || !v) an_cache_clear(s);
    s->data_version = v;
    if (s->bulk == 1) {
        if (an_schema_drop_query_indexes(s) != 0) {
            an_store_rollback(s);
            return -1;
        }
        s->bulk = 2;
    }
    return 0;
}

int an_store_end(annals_store *s) {
    if (!s->in_tx) return 0;
    s->in_tx = 0;
    s->in_batch = 0;
    for (int i = 0; i < ST_COUNT_; i++)
        if (s->st[i]) sqlite3_reset(s->st[i]);
    if (an_store_exec(s, "COMMIT;") == 0) return 0;
    an_store_rollback(s);
    return -1;
}

void an_store_rollback(annals_store *s) {
    for (int i = 0; i < ST_COUNT_; i++)
        if (s->st[i]) sqlite3_reset(s->st[i]);
    sqlite3_exec(s->db, "ROLLBACK;", NULL, NULL, NULL);
    s->in_tx = 0;
    s->in_batch = 0;
    an_cache_clear(s); /* rows it remembers may be gone */
}

double an_distance_km(double lat1, double lon1, double lat2, double lon2) {
    const double r = 6371.0088, rad = M_PI / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * r * asin(fmin(1.0, sqrt(a)));
}

static void sql_distance(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    for (int i = 0; i < 4; i++)
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            sqlite3_result_null(ctx);
            return;
        }
    sqlite3_result_double(ctx, an_distance_km(sqlite3_value_double(argv[0]),
                                              sqlite3_value_double(argv[1]),
                                              sqlite3_value_double(argv[2]),
                                              sqlite3_value_double(argv[3])));
}

int an_store_functions(sqlite3 *db) {
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function(db, "an_distance_km", 4, flags, NULL, sql_distance, NULL,
                                   NULL) == SQLITE_OK &&
                   sqlite3_create_function(db, "an_minhash", 1, flags, NULL, an_sql_minhash,
                                           NULL, NULL) == SQLITE_OK
               ? an_fts_functions(db)
               : -1;
}


/* A new store's pages: 16 KB rather than SQLite's 4 KB. Shallower b-trees and a commit
 * that writes fewer, fuller pages: 7 % less writer CPU on 20,000 generated articles, and
 * searches and timelines 20-30 % faster. A store made before keeps its page size. */
static int new_store_pages(annals_store *s) {
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(s->db, "PRAGMA page_count;", -1, &q, NULL) != SQLITE_OK)
        return an_store_sqlfail(s, "reading the store"), -1;
    int empty = sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int64(q, 0) == 0;
    sqlite3_finalize(q);
    return empty ? an_store_exec(s, "PRAGMA page_size = 16384;") : 0;
}

static int configure(annals_store *s) {
    sqlite3_busy_timeout(s->db, 10000);
    if (an_store_functions(s->db) != 0) return -1;
    if (!(s->flags & ANNALS_STORE_READONLY) && new_store_pages(s) != 0) return -1;
    /* WAL: readers never block the writer, and a crash keeps every committed batch. The
     * writer inserts parents before children inside one transaction a batch and deletes
     * nothing, so checking each foreign key on insert (a quarter of its time) buys nothing
     * that `annals check` (foreign_key_check) does not verify. A writer's cache of up to
     * 512 MB (taken as pages are read) keeps the indexes it inserts into in memory as the
     * store grows, and a checkpoint every 16,384 pages of log (256 MB with 16 KB pages, 64 MB
     * with 4 KB) instead of 1,000 writes a hot index page back once for several batches:
     * together 40 % less system time. */
    const char *pragmas = (s->flags & ANNALS_STORE_READONLY)
                              ? "PRAGMA foreign_keys = ON;"
                              : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -524288;"
                                "PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 16384;";
    /* no memory map: a query reads a few thousand scattered pages, and a page fault on
     * each costs more than a read through SQLite's own cache (measured, bench/README.md) */
    return an_store_exec(s, pragmas) != 0 ? -1 : 0;
}

/* Puts the path in front of the message already recorded. */
static annals_status with_path(annals_store *s, annals_status status, const char *path) {
    char msg[sizeof s->err];
    memcpy(msg, s->err, sizeof msg);
    return an_store_fail(s, status, "%s: %.400s", path, msg);
}

/* SQLite counts every allocation under a global mutex for sqlite3_memory_used(), which
 * annals never asks: 3 % of the writer's time. It must be said before SQLite starts; if
 * something in the process started it already, the call fails and nothing changes. */
static pthread_once_t sqlite_once = PTHREAD_ONCE_INIT;
static void configure_sqlite(void) { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

annals_status annals_store_open(const char *path, unsigned flags, annals_store **out) {
    pthread_once(&sqlite_once, configure_sqlite);
    if (!out) return ANNALS_EINVAL;
    annals_store *s = calloc(1, sizeof *s);
    *out = s;
    if (!s) return ANNALS_ENOMEM;
    if (!path) return an_store_fail(s, ANNALS_EINVAL, "no store path");
    s->flags = flags;
    /* a commit rewrites the pages every index shares, and FTS5 writes a segment a commit:
     * 1,000 articles a transaction cost 8 % less CPU than 200 (10,000 generated articles),
     * and 4,000 13 % less than 1,000 on a store of 100,000, where each batch rewrites
     * index pages scattered over the whole file */
    s->batch = 4000;
    int oflags = (flags & ANNALS_STORE_READONLY) ? SQLITE_OPEN_READONLY
                                                  : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
        return an_store_fail(s, ANNALS_EIO, "%s: %s", path,
                             s->db ? sqlite3_errmsg(s->db) : "cannot open");
    if (configure(s) != 0) return with_path(s, ANNALS_EFORMAT, path);
    if (!(flags & ANNALS_STORE_READONLY) &&
        an_schema_create(s) != 0) {
        int have = sqlite3_compileoption_used("ENABLE_FTS5") &&
                   sqlite3_compileoption_used("ENABLE_RTREE");
        return with_path(s, have ? ANNALS_EFORMAT : ANNALS_EUNSUPPORTED, path);
    }
    if (an_schema_check_version(s) != 0) return with_path(s, ANNALS_EFORMAT, path);
    return ANNALS_OK;
}

annals_status annals_store_set_bulk(annals_store *s, int on) {
    if (!s || !s->db) return ANNALS_EINVAL;
    if (on) {
        if (s->flags & ANNALS_STORE_READONLY)
            return an_store_fail(s, ANNALS_EINVAL, "the store was opened read-only");
        if (!s->bulk) s->bulk = 1;
        return ANNALS_OK;
    }
    return annals_store_build_indexes(s);
}

annals_status annals_store_build_indexes(annals_store *s) {
    if (!s || !s->db) return ANNALS_EINVAL;
    if (an_store_end(s) != 0) return ANNALS_EIO;
    int dropped = s->bulk == 2;
    s->bulk = 0;
    /* the schema's CREATE INDEX IF NOT EXISTS makes what is missing, each from a sort */
    if (dropped && an_schema_create(s) != 0) return ANNALS_EIO;
    return ANNALS_OK;
}

annals_status annals_store_commit(annals_store *s) {
    if (!s) return ANNALS_EINVAL;
    return an_store_end(s) == 0 ? ANNALS_OK : ANNALS_EIO;
}

void annals_store_close(annals_store *s) {
    if (!s) return;
    if (s->db) {
        an_store_end(s);
        /* a bulk import's indexes; if this fails, the next writable open makes them */
        if (s->bulk == 2) annals_store_build_indexes(s);
        for (int i = 0; i < ST_COUNT_; i++) sqlite3_finalize(s->st[i]);
        an_fts_close(s);
        if (!(s->flags & ANNALS_STORE_READONLY))
            sqlite3_exec(s->db, "PRAGMA optimize;", NULL, NULL, NULL);
        sqlite3_close(s->db);
    }
    an_cache_clear(s);
    free(s);
}

const char *annals_store_errmsg(const annals_store *s) { return s ? s->err : "out of memory"; }

void annals_store_set_batch(annals_store *s, unsigned articles) {
    if (s) s->batch = articles ? articles : 1;
}
