/* schema.c - the tables of the store, in one place. Offsets are code points into the
 * article text (loc = -1) or caption N, as in the article record. Every child row names
 * its article, so `annals check` can find orphans. Indexes are only those queries use:
 * each one costs ingest time on every row. */
#include <stdio.h>
#include <string.h>

#include "store/store.h"

static const char *const schema_sql =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"

    /* one row per article; content_hash and url make ingest idempotent */
    "CREATE TABLE IF NOT EXISTS articles("
    " id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, content_hash INTEGER NOT NULL UNIQUE,"
    " url TEXT, title TEXT, outlet TEXT, published TEXT, published_from TEXT, lang TEXT,"
    " dateline TEXT, source TEXT, authors TEXT, text TEXT NOT NULL, bytes INTEGER NOT NULL,"
    " minhash BLOB, dup_of INTEGER REFERENCES articles(id), similarity REAL,"
    " ingested TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL;"
    "CREATE INDEX IF NOT EXISTS articles_published ON articles(published);"
    "CREATE INDEX IF NOT EXISTS articles_dup ON articles(dup_of) WHERE dup_of IS NOT NULL;"

    /* MinHash LSH bands were rows of article_bands, 16 an article: the writer now keeps the
     * newest articles' bands in memory, computed from their signatures (store/dedup.c) */
    "DROP TABLE IF EXISTS article_bands;"
    /* each article's signature and the first copy of its story (itself when none): what
     * the writer's bands are computed from when it opens the store */
    "CREATE TABLE IF NOT EXISTS article_signatures("
    " article_id INTEGER PRIMARY KEY REFERENCES articles(id), minhash BLOB NOT NULL,"
    " root INTEGER NOT NULL);"

    /* the captions of an article (loc is the caption's number, as in the record) */
    "CREATE TABLE IF NOT EXISTS article_captions("
    " article_id INTEGER NOT NULL REFERENCES articles(id), loc INTEGER NOT NULL,"
    " text TEXT NOT NULL, PRIMARY KEY(article_id, loc)) WITHOUT ROWID;"
    /* sentences, and their text cut from their article's text or caption (offsets are code
     * points, as SQLite's substr counts) */
    /* places and actors: the ids of the places and actors the sentence names, a JSON array
     * (NULL: none), which is all a query asks of a sentence's mentions (query/filters.h);
     * breaks, on an article's first sentence: where each of its sentences begins in the
     * article's full-text document (store/fts.c) */
    "CREATE TABLE IF NOT EXISTS sentences("
    " id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),"
    " seq INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, loc INTEGER NOT NULL,"
    " places TEXT, actors TEXT, breaks TEXT);"
    "CREATE VIEW IF NOT EXISTS sentence_texts(id, text) AS SELECT s.id,"
    " substr(CASE WHEN s.loc < 0 THEN a.text ELSE c.text END, s.start + 1, s.end - s.start)"
    " FROM sentences s JOIN articles a ON a.id = s.article_id LEFT JOIN article_captions c"
    " ON c.article_id = s.article_id AND c.loc = s.loc;"
    /* the full-text index: one document an article, its sentences in order, one a line;
     * rowid = the id of its first sentence (store/fts.c says how a search still finds
     * sentences). Contentless: snippets cut the sentence's text from
     * sentence_texts. Stores made before had a row a sentence (sentences_fts), rebuilt
     * into this once. */
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(text, content = '',"
    " tokenize = 'porter unicode61 remove_diacritics 2');"

    /* every time, place and actor mention of an article, one row an article (the layout of
     * its JSON arrays is in store/ingest.c, add_record): read whole, never searched */
    "CREATE TABLE IF NOT EXISTS article_mentions("
    " article_id INTEGER PRIMARY KEY REFERENCES articles(id), times TEXT NOT NULL,"
    " places TEXT NOT NULL, actors TEXT NOT NULL);"
    /* the dated temporal expressions (a calendar period known), also in article_mentions:
     * what timelines read in date order; date_start/date_end bound the period */
    "CREATE TABLE IF NOT EXISTS time_mentions("
    " id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),"
    " sentence_id INTEGER REFERENCES sentences(id), start INTEGER NOT NULL,"
    " end INTEGER NOT NULL, loc INTEGER NOT NULL, text TEXT, type TEXT NOT NULL,"
    " value TEXT, mod TEXT, anchor TEXT, date_start TEXT, date_end TEXT, precision TEXT);"
    /* periods by their start, with their end: whether one that began before a date
     * reaches it is read from the index */
    "DROP INDEX IF EXISTS time_mentions_date;"
    "CREATE INDEX IF NOT EXISTS time_mentions_period ON time_mentions(date_start, date_end)"
    " WHERE date_start IS NOT NULL;"
    /* the periods longer than a month, apart: a timeline from a date looks back a year for
     * those only (query/timeline.c) */
    "CREATE INDEX IF NOT EXISTS time_mentions_long ON time_mentions(date_start, date_end)"
    " WHERE julianday(date_end) - julianday(date_start) > 31;"
    "CREATE INDEX IF NOT EXISTS time_mentions_sentence ON time_mentions(sentence_id)"
    " WHERE date_start IS NOT NULL;"

    /* places, once each, with an R*Tree over their coordinates */
    "CREATE TABLE IF NOT EXISTS places("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL, geonameid INTEGER, lat REAL NOT NULL,"
    " lon REAL NOT NULL, country TEXT NOT NULL, admin1 TEXT, kind TEXT NOT NULL,"
    " precision_km REAL, UNIQUE(name, lat, lon));"
    "CREATE INDEX IF NOT EXISTS places_name ON places(name COLLATE NOCASE);"
    "CREATE VIRTUAL TABLE IF NOT EXISTS places_rtree USING rtree("
    " id, min_lat, max_lat, min_lon, max_lon);"
    /* a row for each place mention was a fifth of the writer's time with actor_mentions:
     * they are article_mentions and sentences.places now (migrated from old stores) */
    /* every spelling a place was written with, once: a name asked for becomes place ids
     * without reading each of its mentions */
    "CREATE TABLE IF NOT EXISTS place_names("
    " text TEXT NOT NULL COLLATE NOCASE, place_id INTEGER NOT NULL REFERENCES places(id),"
    " PRIMARY KEY(text, place_id)) WITHOUT ROWID;"

    /* actors, once each by name, kind and country */
    "CREATE TABLE IF NOT EXISTS actors("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
    " country TEXT NOT NULL, UNIQUE(name, kind, country));"
    "CREATE INDEX IF NOT EXISTS actors_name ON actors(name COLLATE NOCASE);"
    "CREATE TABLE IF NOT EXISTS actor_names("
    " text TEXT NOT NULL COLLATE NOCASE, actor_id INTEGER NOT NULL REFERENCES actors(id),"
    " PRIMARY KEY(text, actor_id)) WITHOUT ROWID;"

    /* merged events: one row per real-world event, reported by one or more events */
    "CREATE TABLE IF NOT EXISTS event_groups("
    " id INTEGER PRIMARY KEY, plover TEXT, date_start TEXT, date_end TEXT,"
    " place_id INTEGER REFERENCES places(id), actor1 TEXT, actor2 TEXT,"
    " reports INTEGER NOT NULL DEFAULT 0, first_report TEXT, last_report TEXT,"
    " acled_type TEXT);"
    /* the merged events of a place (or of none) in date order: what the merge reads once
     * for each place and 256 days (store/groups.c) and a timeline of a place reads. One
     * index for both: each merged event written is an entry in every index of the table.
     * Stores made before lose the three it replaces. */
    "DROP INDEX IF EXISTS event_groups_merge;"
    "DROP INDEX IF EXISTS event_groups_merge_cover;"
    "DROP INDEX IF EXISTS event_groups_place_date;"
    "CREATE INDEX IF NOT EXISTS event_groups_place ON event_groups(place_id, date_start,"
    " date_end);"
    /* the merge's look-back of a year had its own partial index; groups.c reads the one
     * above */
    "DROP INDEX IF EXISTS event_groups_merge_long;"
    /* with the type and place, so the type, place and radius filters of a read in date
     * order are decided in the index */
    "DROP INDEX IF EXISTS event_groups_date;"
    "CREATE INDEX IF NOT EXISTS event_groups_when ON event_groups(date_start, date_end, plover,"
    " place_id);"
    /* a timeline of an actor reads its merged events in date order from these
     * (query/timeline.c); the merge keeps them right when it narrows a group's dates */
    "CREATE INDEX IF NOT EXISTS event_groups_actor1_date ON event_groups(actor1, date_start,"
    " date_end) WHERE actor1 IS NOT NULL;"
    "CREATE INDEX IF NOT EXISTS event_groups_actor2_date ON event_groups(actor2, date_start,"
    " date_end) WHERE actor2 IS NOT NULL;"
    "CREATE INDEX IF NOT EXISTS event_groups_long ON event_groups(date_start, date_end)"
    " WHERE julianday(date_end) - julianday(date_start) > 31;"

    /* events as found in one article (the record's \"events\"); evidence is a JSON array of
     * [role, start, end, loc], one a word used: read whole with its event, never searched,
     * so a column rather than a row each (a tenth of the writer's statements) */
    "CREATE TABLE IF NOT EXISTS events("
    " id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),"
    " group_id INTEGER REFERENCES event_groups(id), ext_id TEXT, plover TEXT, mode TEXT,"
    " cameo TEXT, acled_type TEXT, acled_subtype TEXT,"
    " actor1 TEXT, actor1_kind TEXT, actor1_country TEXT,"
    " actor2 TEXT, actor2_kind TEXT, actor2_country TEXT,"
    " date TEXT, date_precision TEXT, date_start TEXT, date_end TEXT, reported TEXT,"
    " place_id INTEGER REFERENCES places(id), place_precision TEXT,"
    " claimed_by TEXT, claimed_by_kind TEXT, claimed_by_country TEXT, claimed_text TEXT,"
    " modality TEXT, sentence_id INTEGER REFERENCES sentences(id),"
    " sentence_start INTEGER, sentence_end INTEGER, sentence_loc INTEGER, evidence TEXT);"
    "CREATE INDEX IF NOT EXISTS events_group ON events(group_id);"
    "CREATE INDEX IF NOT EXISTS events_sentence ON events(sentence_id);"
    "CREATE TABLE IF NOT EXISTS casualties("
    " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),"
    " article_id INTEGER NOT NULL REFERENCES articles(id), kind TEXT NOT NULL,"
    " low INTEGER, best INTEGER, high INTEGER, who TEXT, text TEXT);"
    "CREATE INDEX IF NOT EXISTS casualties_event ON casualties(event_id);"
    /* the dated sentences of each place and actor named in them, in date order: what a
     * timeline of a place or an actor reads, instead of testing every dated sentence. The
     * key's columns come first: SQLite 3.40's integrity_check misreads a NOT NULL column
     * declared before the key of a WITHOUT ROWID table. */
    "CREATE TABLE IF NOT EXISTS dated_places("
    " place_id INTEGER NOT NULL REFERENCES places(id), date_start TEXT NOT NULL,"
    " time_id INTEGER NOT NULL REFERENCES time_mentions(id), date_end TEXT NOT NULL,"
    " PRIMARY KEY(place_id, date_start, time_id)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS dated_actors("
    " actor_id INTEGER NOT NULL REFERENCES actors(id), date_start TEXT NOT NULL,"
    " time_id INTEGER NOT NULL REFERENCES time_mentions(id), date_end TEXT NOT NULL,"
    " PRIMARY KEY(actor_id, date_start, time_id)) WITHOUT ROWID;"
;

/* Tables added after stores were made, filled once from what such a store holds; meta
 * records that it was done, so that opening a big store does not read it whole again. */
static const struct {
    const char *done, *needs, *sql; /* needs: a table the fill reads (none: nothing to fill) */
} fills[] = {
    {"keys_filled", "place_mentions",
     "INSERT OR IGNORE INTO dated_places(place_id, date_start, date_end, time_id)"
     " SELECT pm.place_id, t.date_start, t.date_end, t.id FROM time_mentions t"
     " JOIN place_mentions pm ON pm.sentence_id = t.sentence_id"
     " WHERE t.date_start IS NOT NULL AND t.type = 'DATE';"
     "INSERT OR IGNORE INTO dated_actors(actor_id, date_start, date_end, time_id)"
     " SELECT am.actor_id, t.date_start, t.date_end, t.id FROM time_mentions t"
     " JOIN actor_mentions am ON am.sentence_id = t.sentence_id"
     " WHERE t.date_start IS NOT NULL AND t.type = 'DATE';"
     "INSERT OR IGNORE INTO place_names(text, place_id) SELECT text, place_id FROM place_mentions"
     " WHERE text IS NOT NULL;"
     "INSERT OR IGNORE INTO actor_names(text, actor_id) SELECT text, actor_id FROM actor_mentions"
     " WHERE text IS NOT NULL;"},
    {"signatures_filled", "articles",
     "INSERT OR IGNORE INTO article_signatures(article_id, minhash, root)"
     " SELECT id, minhash, COALESCE(dup_of, id) FROM articles WHERE minhash IS NOT NULL;"},
    /* signatures of earlier hash functions (minhash_2: a hash a function), signed again
     * with today's one-permutation hashing (store/dedup.c), so that new articles are
     * compared with them */
    {"minhash_3", "article_signatures",
     "UPDATE article_signatures SET minhash = an_minhash((SELECT text FROM articles a"
     " WHERE a.id = article_id));"},
};

int an_store_exec(annals_store *s, const char *sql) {
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK) return 0;
    an_store_fail(s, ANNALS_EIO, "%s", msg ? msg : sqlite3_errmsg(s->db));
    sqlite3_free(msg);
    return -1;
}

/* FTS5 and R*Tree are compile-time options of SQLite: say so plainly when missing. */
static int check_features(annals_store *s) {
    static const char *const need[][2] = {{"ENABLE_FTS5", "FTS5 (full-text search)"},
                                          {"ENABLE_RTREE", "R*Tree (radius queries)"}};
    for (size_t i = 0; i < sizeof need / sizeof *need; i++)
        if (!sqlite3_compileoption_used(need[i][0])) {
            an_store_fail(s, ANNALS_EUNSUPPORTED,
                          "this SQLite (%s) was built without %s; annals needs a SQLite with "
                          "FTS5 and R*Tree (Debian's libsqlite3 has both)",
                          sqlite3_libversion(), need[i][1]);
            return -1;
        }
    return 0;
}

/* A store made when evidence was a table of its own: its rows become the events' column. */
static const char *const evidence_migration =
    "ALTER TABLE events ADD COLUMN evidence TEXT;"
    /* one pass over the old table (it has no index by event) */
    "UPDATE events SET evidence = w.words FROM (SELECT event_id,"
    " json_group_array(json_array(role, start, end, loc)) AS words"
    " FROM (SELECT * FROM evidence ORDER BY event_id, id) GROUP BY event_id) w"
    " WHERE w.event_id = events.id;"
    "DROP TABLE evidence;";

static int meta_has(annals_store *s, const char *key, int *has) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM meta WHERE key = ?", -1, &q, NULL) != SQLITE_OK)
        return an_store_sqlfail(s, "reading the store's meta table"), -1;
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    *has = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    return 0;
}

static int has_table(annals_store *s, const char *table);

static int fill_new_tables(annals_store *s) {
    for (size_t i = 0; i < sizeof fills / sizeof *fills; i++) {
        int done;
        if (meta_has(s, fills[i].done, &done) != 0) return -1;
        if (done) continue;
        int from = has_table(s, fills[i].needs);
        if (from < 0) return -1;
        char mark[128];
        snprintf(mark, sizeof mark, "INSERT INTO meta(key, value) VALUES('%s', '1');",
                 fills[i].done);
        if ((from && an_store_exec(s, fills[i].sql) != 0) || an_store_exec(s, mark) != 0) return -1;
    }
    return 0;
}

/* Whether the table has the column (-1 on error). */
static int has_column(annals_store *s, const char *table, const char *column) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2", -1, &q,
                           NULL) != SQLITE_OK)
        return an_store_sqlfail(s, "reading the schema"), -1;
    sqlite3_bind_text(q, 1, table, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, column, -1, SQLITE_STATIC);
    int has = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    return has;
}

/* Whether the store has the table (-1 on error). */
static int has_table(annals_store *s, const char *table) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
                           -1, &q, NULL) != SQLITE_OK)
        return an_store_sqlfail(s, "reading the schema"), -1;
    sqlite3_bind_text(q, 1, table, -1, SQLITE_STATIC);
    int has = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    return has;
}

/* A store made when each mention was a row: each sentence gets the ids it names, each
 * article its record, in one pass over each old table; the undated times leave
 * time_mentions (they are in the record). */
static const char *const mentions_migration =
    "ALTER TABLE sentences ADD COLUMN places TEXT;"
    "ALTER TABLE sentences ADD COLUMN actors TEXT;"
    "UPDATE sentences SET places = m.ids FROM (SELECT sentence_id, json_group_array(place_id)"
    " AS ids FROM (SELECT DISTINCT sentence_id, place_id FROM place_mentions"
    " WHERE sentence_id IS NOT NULL ORDER BY sentence_id, place_id) GROUP BY sentence_id) m"
    " WHERE m.sentence_id = sentences.id;"
    "UPDATE sentences SET actors = m.ids FROM (SELECT sentence_id, json_group_array(actor_id)"
    " AS ids FROM (SELECT DISTINCT sentence_id, actor_id FROM actor_mentions"
    " WHERE sentence_id IS NOT NULL ORDER BY sentence_id, actor_id) GROUP BY sentence_id) m"
    " WHERE m.sentence_id = sentences.id;"
    "INSERT OR IGNORE INTO article_mentions(article_id, times, places, actors)"
    " SELECT id, '[]', '[]', '[]' FROM articles;"
    "UPDATE article_mentions SET times = m.j FROM (SELECT article_id, json_group_array("
    " json_array(sentence_id, start, end, loc, type, value, mod, anchor)) AS j"
    " FROM (SELECT * FROM time_mentions ORDER BY article_id, id) GROUP BY article_id) m"
    " WHERE m.article_id = article_mentions.article_id;"
    "UPDATE article_mentions SET places = m.j FROM (SELECT article_id, json_group_array("
    " json_array(sentence_id, start, end, loc, place_id)) AS j"
    " FROM (SELECT * FROM place_mentions ORDER BY article_id, id) GROUP BY article_id) m"
    " WHERE m.article_id = article_mentions.article_id;"
    "UPDATE article_mentions SET actors = m.j FROM (SELECT article_id, json_group_array("
    " json_array(sentence_id, start, end, loc, actor_id, role, affiliation)) AS j"
    " FROM (SELECT * FROM actor_mentions ORDER BY article_id, id) GROUP BY article_id) m"
    " WHERE m.article_id = article_mentions.article_id;"
    "DELETE FROM time_mentions WHERE date_start IS NULL;"
    "DROP TABLE place_mentions;"
    "DROP TABLE actor_mentions;";

/* Stores made before a column was added: the evidence table becomes the events' column;
 * merged events made before they kept an ACLED type have none, which any report may join
 * as before. */
static int migrate(annals_store *s) {
    int evidence = has_column(s, "events", "evidence");
    int acled = has_column(s, "event_groups", "acled_type");
    int mention_rows = has_table(s, "place_mentions");
    int sentence_rows = has_table(s, "sentences_fts");
    if (evidence < 0 || acled < 0 || mention_rows < 0 || sentence_rows < 0) return -1;
    if (sentence_rows && an_fts_migrate(s) != 0) return -1;
    /* the old tables fill what was added before them first (fill_new_tables) */
    if (mention_rows && (fill_new_tables(s) != 0 || an_store_exec(s, mentions_migration) != 0))
        return -1;
    if (!evidence && an_store_exec(s, evidence_migration) != 0) return -1;
    if (!acled && an_store_exec(s, "ALTER TABLE event_groups ADD COLUMN acled_type TEXT;") != 0)
        return -1;
    return 0;
}

/* The indexes only queries read: the writer never looks anything up through them (it
 * reads places, actors, articles by their unique keys, signatures by theirs, and
 * merged events through event_groups_place), so a bulk import can drop them and build
 * them once at the end (annals_store_set_bulk). Built row by row they are about a quarter
 * of the writer's time; built at once, sorted, a third of that. */
static const char *const query_indexes[] = {
    "articles_published", "articles_dup", "time_mentions_period", "time_mentions_long",
    "time_mentions_sentence", "event_groups_when", "event_groups_actor1_date",
    "event_groups_actor2_date", "event_groups_long", "events_group", "events_sentence",
    "casualties_event"};

int an_schema_drop_query_indexes(annals_store *s) {
    for (size_t i = 0; i < sizeof query_indexes / sizeof *query_indexes; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "DROP INDEX IF EXISTS %s;", query_indexes[i]);
        if (an_store_exec(s, sql) != 0) return -1;
    }
    return 0;
}

int an_schema_create(annals_store *s) {
    if (check_features(s) != 0) return -1;
    char version[128];
    snprintf(version, sizeof version,
             "INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '%d');",
             AN_STORE_SCHEMA_VERSION);
    if (an_store_exec(s, "BEGIN IMMEDIATE;") != 0) return -1;
    if (an_store_exec(s, schema_sql) != 0 || migrate(s) != 0 || fill_new_tables(s) != 0 ||
        an_store_exec(s, version) != 0) {
        sqlite3_exec(s->db, "ROLLBACK;", NULL, NULL, NULL);
        return -1;
    }
    return an_store_exec(s, "COMMIT;");
}

int an_schema_check_version(annals_store *s) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &q,
                           NULL) != SQLITE_OK) {
        an_store_fail(s, ANNALS_EFORMAT, "not an annals store (no meta table)");
        return -1;
    }
    int version = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : 0;
    sqlite3_finalize(q);
    if (version == AN_STORE_SCHEMA_VERSION) return 0;
    an_store_fail(s, ANNALS_EFORMAT, "store schema version %d; this annals reads version %d",
                  version, AN_STORE_SCHEMA_VERSION);
    return -1;
}
