/* store.h - the SQLite store inside the library: the connection, its prepared statements
 * and the batch in progress. Each concern keeps its SQL in one file: schema.c (tables),
 * ingest.c (adding an article), events.c (its events), dedup.c (near-duplicates),
 * check.c and stats.c; queries live in src/query/. */
#ifndef AN_STORE_H
#define AN_STORE_H

#include <sqlite3.h>
#include <stdint.h>

#include "annals.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/hash.h"

#define AN_STORE_SCHEMA_VERSION 1

/* Statements prepared once per connection, by name. */
enum {
    ST_ARTICLE_INSERT,
    ST_SENTENCE_INSERT,
    ST_CAPTION_INSERT,
    ST_FTS_INSERT,
    ST_TIME_INSERT,
    ST_PLACE_FIND,
    ST_PLACE_INSERT,
    ST_RTREE_INSERT,
    ST_ACTOR_FIND,
    ST_ACTOR_INSERT,
    ST_MENTIONS_INSERT,
    ST_PLACE_NAME_INSERT,
    ST_ACTOR_NAME_INSERT,
    ST_DATED_PLACE_INSERT,
    ST_DATED_ACTOR_INSERT,
    ST_SIGNATURE_INSERT,
    ST_ARTICLE_LINK,
    ST_EVENT_INSERT,
    ST_CASUALTY_INSERT,
    ST_GROUP_INSERT, /* these keep their SQL in events.c */
    ST_GROUP_UPDATE,
    ST_GROUP_LOAD, /* groups.c */
    ST_GROUP_LOAD_UNPLACED,
    ST_DATA_VERSION, /* store.c */
    ST_NEAR_PLACES, /* cache.c */
    ST_SIGNATURE_LOAD, /* dedup.c */
    ST_COUNT_
};

/* cache.c: a place and the places within merge reach of it (itself included). */
typedef struct {
    int64_t id;
    double lat, lon;
    int town; /* a populated place, not an area or a landmark */
} an_neighbour;

typedef struct {
    double lat, lon;
    an_neighbour *v;
    size_t count, cap;
    int known; /* v is complete */
} an_near;

/* dedup.c: MinHash signatures of AN_MINHASH_N 16-bit values (b-bit minwise hashing: 128
 * values of 16 bits estimate with half the variance of 64 of 32 bits, in the same 256
 * bytes), the first 64 in AN_MINHASH_BANDS bands of four. The
 * newest AN_BAND_WINDOW articles' signatures (with the first copy of their story) sit in a
 * ring at article id % AN_BAND_WINDOW, and their bands in a hash table: only the
 * signatures are stored, the bands are computed again when the ring is loaded. */
#define AN_MINHASH_N 128
typedef uint16_t an_minhash_t;
#define AN_MINHASH_BANDS 16
#define AN_BAND_WINDOW 65536
typedef struct {
    int64_t article, root;
    an_minhash_t minhash[AN_MINHASH_N];
} an_signature;

typedef struct {
    uint64_t key;    /* a band's hash */
    int64_t article; /* 0: empty */
} an_band_slot;

typedef struct {
    an_signature *ring; /* AN_BAND_WINDOW; NULL until loaded */
    an_band_slot *slots;
    size_t mask;   /* slots - 1 (a power of two) */
    size_t window; /* AN_BAND_WINDOW, or less in tests (an_dedup_set_window) */
} an_bands;

typedef struct {
    an_strtab places, actors; /* identity -> row id */
    an_near *near;            /* by place row id */
    size_t n_near;
    an_bands bands;           /* the newest articles' signatures and bands (dedup.c) */
} an_cache;

/* groups.c: a merged event as the merge compares it (dates in days since 1970, actors'
 * and types' names owned by the index), and the index: chunks of one place (0: none),
 * 256 days of first dates and one type. */
typedef struct {
    int64_t id;
    long start, end;
    const char *actor1, *actor2, *plover;
    const char *acled; /* the ACLED event type (Battles ...), or NULL */
} an_group;

typedef struct {
    an_group *v;
    size_t n, cap;
} an_group_chunk;

typedef struct {
    an_strtab chunk_ids; /* key -> index in chunks */
    an_group_chunk *chunks;
    size_t n_chunks, cap_chunks;
    an_strtab name_ids; /* actor name -> index in names */
    const char **names;
    size_t n_names, cap_names;
    an_arena name_arena;
} an_group_index;

struct annals_store {
    sqlite3 *db;
    unsigned flags;
    sqlite3_stmt *st[ST_COUNT_];
    unsigned batch, in_batch;
    int in_tx;
    an_cache cache;
    an_group_index groups;
    int64_t data_version; /* PRAGMA data_version when the open batch began */
    int bulk;             /* annals_store_set_bulk: 1 asked, 2 the query indexes dropped */
    Fts5Tokenizer *fts_tok; /* fts.c: counts the tokens of each sentence */
    fts5_tokenizer fts_tok_api;
    char err[512];
};

/* Records an error message (printf style) and returns status. */
annals_status an_store_fail(annals_store *s, annals_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same with SQLite's message for the connection appended. */
annals_status an_store_sqlfail(annals_store *s, const char *what);

/* period.c: days since 1970-01-01 of a YYYY-MM-DD date (0 when it is not one), and back. */
long an_store_days(const char *ymd);
void an_store_day_string(long days, char out[11]);

/* schema.c: creates or checks the tables; 0 or -1 (message set). */
int an_schema_create(annals_store *s);
/* Drops the indexes that only queries read (a bulk import); an_schema_create makes them
 * again. Inside the open transaction; 0 or -1 (message set). */
int an_schema_drop_query_indexes(annals_store *s);
int an_schema_check_version(annals_store *s);
/* Runs SQL with no results; 0 or -1 (message set). */
int an_store_exec(annals_store *s, const char *sql);

/* The statement for a name, reset and unbound; NULL on error (message set). */
sqlite3_stmt *an_store_stmt(annals_store *s, int which);
/* The same for a statement whose SQL lives with its concern (prepared the first time). */
sqlite3_stmt *an_store_stmt_sql(annals_store *s, int which, const char *sql);

/* Transactions: begin when none is open; commit. */
int an_store_begin(annals_store *s);
int an_store_end(annals_store *s);
/* Rolls the open batch back (after an error), forgetting what the cache holds of it. */
void an_store_rollback(annals_store *s);

/* The id of a place, added (with its R*Tree box) the first time; 0 when it has no
 * coordinates, -1 on error. */
int64_t an_store_place_id(annals_store *s, const char *name, uint32_t geonameid, double lat,
                          double lon, const char *country, const char *admin1, const char *kind,
                          double precision);
const char *an_store_actor_kind_name(unsigned kind);
const char *an_store_place_kind_name(unsigned kind);

/* events.c: stores the events of a document just added. sentence() maps a byte offset of
 * `where` to the sentence row holding it (0 when none). */
typedef int64_t (*an_sentence_fn)(void *ctx, int where, size_t start);
int an_store_add_events(annals_store *s, annals_doc *doc, int64_t article, an_sentence_fn sentence,
                        void *ctx);

/* dedup.c: the MinHash signature of a text; links an article just added to the earlier
 * article it nearly duplicates, if any: 1 when linked, 0 when not, -1 on error. */
#define AN_NEAR_DUPLICATE 0.5 /* estimated Jaccard similarity of word shingles */
void an_minhash(const char *text, size_t len, an_minhash_t sig[AN_MINHASH_N]);
void an_sql_minhash(sqlite3_context *ctx, int argc, sqlite3_value **argv);
double an_minhash_similarity(const an_minhash_t *a, const an_minhash_t *b);
int an_dedup_add(annals_store *s, int64_t article, const an_minhash_t sig[AN_MINHASH_N]);
void an_dedup_clear(annals_store *s); /* forgets the ring and bands (an_cache_clear) */
/* Fewer articles in the window (1 to AN_BAND_WINDOW), so tests can see the oldest leave. */
void an_dedup_set_window(annals_store *s, size_t articles);

/* cache.c: row ids of places and actors already in the store (0 when not known), and the
 * places near a place; an_cache_clear after anything is rolled back. */
int64_t an_cache_place(const annals_store *s, const char *name, double lat, double lon);
void an_cache_place_add(annals_store *s, const char *name, double lat, double lon, int64_t id,
                        int created, int town);
int64_t an_cache_actor(const annals_store *s, const char *name, const char *kind,
                       const char *country);
void an_cache_actor_add(annals_store *s, const char *name, const char *kind, const char *country,
                        int64_t id);
/* The places within the merge box of a place at lat, lon (read once); NULL on error. */
const an_near *an_cache_near(annals_store *s, int64_t place, double lat, double lon);
void an_cache_near_add(annals_store *s, int64_t place, double lat, double lon, int town);
void an_cache_clear(annals_store *s);

/* groups.c: calls fn for each merged event of type plover at place (0: with no place) whose
 * first day lies in [from, to] (days), in the order of the store's index; 0, or -1 (message
 * set). an_groups_put and an_groups_drop keep the index in step with a group written or
 * about to change; an_groups_name gives the index's copy of a name (NULL when out
 * of memory). an_cache_clear clears it too. */
typedef void (*an_group_fn)(void *ctx, const an_group *g);
int an_groups_each(annals_store *s, int64_t place, const char *plover, long from, long to,
                   an_group_fn fn, void *ctx);
void an_groups_put(annals_store *s, int64_t place, const an_group *g);
void an_groups_drop(annals_store *s, int64_t place, const an_group *g);
const char *an_groups_name(annals_store *s, const char *name);
void an_groups_clear(annals_store *s);

/* SQL functions registered on every connection: an_distance_km(lat1, lon1, lat2, lon2),
 * and fts.c's an_hits and an_snippet over articles_fts. */
int an_store_functions(sqlite3 *db);
int an_fts_functions(sqlite3 *db);
/* fts.c: an article's document in articles_fts, built a sentence at a time: the text,
 * and where each sentence begins in tokens (a JSON array, for its first sentence row). */
typedef struct {
    an_buf text, breaks;
    int tokens;
} an_fts_doc;
void an_fts_doc_init(an_fts_doc *d);
void an_fts_doc_free(an_fts_doc *d);
int an_fts_doc_add(annals_store *s, an_fts_doc *d, const char *txt, size_t n);
const char *an_fts_doc_breaks(an_fts_doc *d); /* NULL when no sentence; call once */
int an_fts_doc_write(annals_store *s, an_fts_doc *d, int64_t first_sentence);
void an_fts_close(annals_store *s);
int an_fts_migrate(annals_store *s);
double an_distance_km(double lat1, double lon1, double lat2, double lon2);

#endif
