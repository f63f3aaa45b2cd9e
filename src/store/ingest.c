/* ingest.c - adding one annotated article: the article row, its sentences (and their
 * full-text rows), its mentions and events, in the batch's transaction: an article is
 * stored whole or, with its batch, not at all. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/hash.h"
#include "core/json.h"
#include "store/store.h"

/* What an article's rows need while being added. */
typedef struct {
    annals_store *s;
    annals_doc *doc;
    int64_t article;
    int64_t *sentence_ids; /* parallel to doc->sentences */
    /* row ids, parallel to doc->times, doc->places, doc->actors (0: not stored, or for a
     * time, not a dated DATE) */
    int64_t *time_ids, *place_ids, *actor_ids;
    char (*periods)[2][11]; /* the dated times' periods */
    /* the sentence (index into doc->sentences, -1: none) of each place and actor mention */
    long *place_sent, *actor_sent;
} adding;

static void bind_text(sqlite3_stmt *q, int i, const char *s) {
    if (s) sqlite3_bind_text(q, i, s, -1, SQLITE_STATIC);
    else sqlite3_bind_null(q, i);
}

static void bind_text_n(sqlite3_stmt *q, int i, const char *s, size_t n) {
    sqlite3_bind_text(q, i, s, (int)n, SQLITE_STATIC);
}

static int step_done(annals_store *s, sqlite3_stmt *q, const char *what) {
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) return 0;
    an_store_sqlfail(s, what);
    return -1;
}

/* The index of the sentence holding byte `start` of `where`, or -1. */
static long sentence_index(const annals_doc *doc, int where, size_t start) {
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const an_sentence *sn = &doc->sentences.v[i];
        if (sn->where == where && sn->start <= start && start < sn->end) return (long)i;
    }
    return -1;
}

/* The row id of that sentence, or 0 (NULL in SQL). */
static int64_t sentence_of(const adding *a, int where, size_t start) {
    long i = sentence_index(a->doc, where, start);
    return i < 0 ? 0 : a->sentence_ids[i];
}

static void bind_sentence(sqlite3_stmt *q, int i, int64_t id) {
    if (id) sqlite3_bind_int64(q, i, id);
    else sqlite3_bind_null(q, i);
}

/* start, end (code points) and where of a byte span, bound at i, i+1, i+2. */
static void bind_span(adding *a, sqlite3_stmt *q, int i, int where, size_t start, size_t end) {
    sqlite3_bind_int64(q, i, (int64_t)an_doc_cp(a->doc, where, start));
    sqlite3_bind_int64(q, i + 1, (int64_t)an_doc_cp(a->doc, where, end));
    sqlite3_bind_int(q, i + 2, where);
}

static int add_article(adding *a, int *added) {
    annals_doc *doc = a->doc;
    const char *text = doc->field[ANNALS_FIELD_TEXT] ? doc->field[ANNALS_FIELD_TEXT] : "";
    size_t len = doc->field[ANNALS_FIELD_TEXT] ? doc->text_len : 0;
    an_buf authors;
    an_buf_init(&authors);
    for (size_t i = 0; i < doc->authors.n; i++) {
        if (i) an_buf_puts(&authors, "; ");
        an_buf_puts(&authors, doc->authors.v[i]);
    }
    static const annals_field fields[] = {ANNALS_FIELD_URL,       ANNALS_FIELD_TITLE,
                                          ANNALS_FIELD_OUTLET,    ANNALS_FIELD_PUBLISHED,
                                          ANNALS_FIELD_PUBLISHED_FROM, ANNALS_FIELD_LANG,
                                          ANNALS_FIELD_DATELINE,  ANNALS_FIELD_SOURCE};
    sqlite3_stmt *q = an_store_stmt(a->s, ST_ARTICLE_INSERT);
    int rc = -1;
    if (q) {
        bind_text(q, 1, annals_doc_get(doc, ANNALS_FIELD_ID));
        /* identity is the text alone: a re-crawl under another id or title is the same */
        sqlite3_bind_int64(q, 2, (int64_t)an_hash64(text, len, 0x616e6e616c73ull));
        for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
            bind_text(q, 3 + (int)i, doc->field[fields[i]]);
        bind_text(q, 11, doc->authors.n ? an_buf_cstr(&authors) : NULL);
        bind_text_n(q, 12, text, len);
        sqlite3_bind_int64(q, 13, (int64_t)len);
        rc = step_done(a->s, q, "adding an article");
        if (rc == 0) {
            *added = sqlite3_changes(a->s->db) > 0;
            a->article = sqlite3_last_insert_rowid(a->s->db);
        }
        sqlite3_reset(q);
    }
    an_buf_free(&authors);
    return rc;
}

/* The captions, which the full-text index reads the text of their sentences from. */
static int add_captions(adding *a) {
    const annals_doc *doc = a->doc;
    for (size_t i = 0; i < doc->captions.n; i++) {
        sqlite3_stmt *q = an_store_stmt(a->s, ST_CAPTION_INSERT);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, a->article);
        sqlite3_bind_int64(q, 2, (int64_t)i);
        bind_text_n(q, 3, doc->captions.v[i].text, doc->captions.v[i].len);
        if (step_done(a->s, q, "adding a caption") != 0) return -1;
    }
    return 0;
}

/* The distinct ids of the mentions in sentence i, as a JSON array bound at col (NULL when
 * none): what a query asks of a sentence, whether it names a place or an actor. */
static void bind_ids(sqlite3_stmt *q, int col, an_buf *b, const int64_t *ids, const long *sent,
                     size_t n, size_t i) {
    /* ascending, each once: the same list as the migration of an old store makes */
    int64_t last = 0;
    an_buf_clear(b);
    for (;;) {
        int64_t next = INT64_MAX;
        for (size_t j = 0; j < n; j++)
            if (sent[j] == (long)i && ids[j] > last && ids[j] < next) next = ids[j];
        if (next == INT64_MAX) break;
        an_buf_printf(b, "%c%lld", b->len ? ',' : '[', (long long)next);
        last = next;
    }
    if (!b->len) {
        sqlite3_bind_null(q, col);
        return;
    }
    an_buf_putc(b, ']');
    sqlite3_bind_text(q, col, b->data, (int)b->len, SQLITE_TRANSIENT);
}

static int add_sentence(adding *a, size_t i, an_buf *ids, const char *breaks) {
    annals_doc *doc = a->doc;
    const an_sentence *sn = &doc->sentences.v[i];
    sqlite3_stmt *q = an_store_stmt(a->s, ST_SENTENCE_INSERT);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, a->article);
    sqlite3_bind_int64(q, 2, (int64_t)i);
    bind_span(a, q, 3, sn->where, sn->start, sn->end);
    bind_ids(q, 6, ids, a->place_ids, a->place_sent, doc->places.n, i);
    bind_ids(q, 7, ids, a->actor_ids, a->actor_sent, doc->actors.n, i);
    bind_text(q, 8, i == 0 ? breaks : NULL);
    if (step_done(a->s, q, "adding a sentence") != 0) return -1;
    a->sentence_ids[i] = sqlite3_last_insert_rowid(a->s->db);
    return 0;
}

/* The sentences, and the article's document in the full-text index (store/fts.c): its
 * text and breaks are made first, as the first sentence row keeps the breaks. */
static int add_sentences(adding *a) {
    annals_doc *doc = a->doc;
    if (!doc->sentences.n) return 0;
    an_fts_doc d;
    an_fts_doc_init(&d);
    an_buf ids;
    an_buf_init(&ids);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < doc->sentences.n; i++) {
        const an_sentence *sn = &doc->sentences.v[i];
        size_t len;
        const char *str = an_doc_where(doc, sn->where, &len);
        int ok = str && sn->end <= len && sn->start <= sn->end;
        rc = an_fts_doc_add(a->s, &d, ok ? str + sn->start : "", ok ? sn->end - sn->start : 0);
    }
    const char *breaks = rc == 0 ? an_fts_doc_breaks(&d) : NULL;
    for (size_t i = 0; rc == 0 && i < doc->sentences.n; i++) rc = add_sentence(a, i, &ids, breaks);
    if (rc == 0) rc = an_fts_doc_write(a->s, &d, a->sentence_ids[0]);
    an_buf_free(&ids);
    an_fts_doc_free(&d);
    return rc;
}

static const char *mention_text(adding *a, int where, size_t start, size_t end, size_t *n) {
    size_t len;
    const char *str = an_doc_where(a->doc, where, &len);
    if (!str || end > len || start > end) {
        *n = 0;
        return "";
    }
    *n = end - start;
    return str + start;
}

/* A dated time is a row of time_mentions: what timelines read in date order. Every time
 * is also in the article's record of mentions (add_record). */
static int add_time(adding *a, const an_timex *t) {
    static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};
    char start[11], end[11];
    const char *prec = NULL;
    int dated = (t->type == AN_TIMEX_DATE || t->type == AN_TIMEX_TIME) &&
                annals_period(t->value, start, end, &prec) == 0;
    if (!dated) return 0;
    sqlite3_stmt *q = an_store_stmt(a->s, ST_TIME_INSERT);
    if (!q) return -1;
    size_t n;
    const char *txt = mention_text(a, t->where, t->start, t->end, &n);
    sqlite3_bind_int64(q, 1, a->article);
    bind_sentence(q, 2, sentence_of(a, t->where, t->start));
    bind_span(a, q, 3, t->where, t->start, t->end);
    bind_text_n(q, 6, txt, n);
    bind_text(q, 7, types[t->type < 4 ? t->type : 0]);
    bind_text(q, 8, t->value);
    bind_text(q, 9, t->mod);
    bind_text(q, 10, t->anchor);
    bind_text(q, 11, start);
    bind_text(q, 12, end);
    bind_text(q, 13, prec);
    if (step_done(a->s, q, "adding a time") != 0) return -1;
    size_t i = (size_t)(t - a->doc->times.v);
    if (t->type == AN_TIMEX_DATE) {
        a->time_ids[i] = sqlite3_last_insert_rowid(a->s->db);
        memcpy(a->periods[i][0], start, 11), memcpy(a->periods[i][1], end, 11);
    }
    return 0;
}

static int add_times(adding *a) {
    for (size_t i = 0; i < a->doc->times.n; i++)
        if (add_time(a, &a->doc->times.v[i]) != 0) return -1;
    return 0;
}

/* [sentence, start, end, loc] of a mention: the head of each item of the record. */
static void record_span(adding *a, an_json *j, long sentence, int where, size_t start, size_t end) {
    an_json_array(j);
    if (sentence >= 0) an_json_int(j, a->sentence_ids[sentence]);
    else an_json_null(j);
    an_json_int(j, (int64_t)an_doc_cp(a->doc, where, start));
    an_json_int(j, (int64_t)an_doc_cp(a->doc, where, end));
    an_json_int(j, where);
}

/* Every time, place and actor mention of the article, as one row of article_mentions:
 * read whole (exports, check), never searched, so not a row each (they were a fifth of
 * the writer's time). The arrays' items, by position:
 *   times  [sentence, start, end, loc, type, value, mod, anchor]
 *   places [sentence, start, end, loc, place_id]
 *   actors [sentence, start, end, loc, actor_id, role, affiliation]
 * sentence is a row id of sentences (null: none); start and end are code points of loc,
 * the words cut from the article's text or caption as sentence_texts does (place_names
 * and actor_names keep each spelling once). */
static int add_record(adding *a) {
    static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};
    const annals_doc *doc = a->doc;
    an_buf b[3];
    an_json j;
    for (int k = 0; k < 3; k++) an_buf_init(&b[k]);
    an_json_init(&j, &b[0]);
    an_json_array(&j);
    for (size_t i = 0; i < doc->times.n; i++) {
        const an_timex *t = &doc->times.v[i];
        record_span(a, &j, sentence_index(doc, t->where, t->start), t->where, t->start, t->end);
        an_json_cstring(&j, types[t->type < 4 ? t->type : 0]);
        an_json_cstring(&j, t->value);
        an_json_cstring(&j, t->mod);
        an_json_cstring(&j, t->anchor);
        an_json_array_end(&j);
    }
    an_json_array_end(&j);
    an_json_init(&j, &b[1]);
    an_json_array(&j);
    for (size_t i = 0; i < doc->places.n; i++) {
        const an_place *p = &doc->places.v[i];
        if (a->place_ids[i] <= 0) continue;
        record_span(a, &j, a->place_sent[i], p->where, p->start, p->end);
        an_json_int(&j, a->place_ids[i]);
        an_json_array_end(&j);
    }
    an_json_array_end(&j);
    an_json_init(&j, &b[2]);
    an_json_array(&j);
    for (size_t i = 0; i < doc->actors.n; i++) {
        const an_actor *ac = &doc->actors.v[i];
        if (a->actor_ids[i] <= 0) continue;
        record_span(a, &j, a->actor_sent[i], ac->where, ac->start, ac->end);
        an_json_int(&j, a->actor_ids[i]);
        an_json_cstring(&j, ac->role);
        an_json_cstring(&j, ac->affiliation);
        an_json_array_end(&j);
    }
    an_json_array_end(&j);
    int rc = -1;
    sqlite3_stmt *q = an_store_stmt(a->s, ST_MENTIONS_INSERT);
    if (q) {
        sqlite3_bind_int64(q, 1, a->article);
        for (int k = 0; k < 3; k++) bind_text_n(q, 2 + k, an_buf_cstr(&b[k]), b[k].len);
        rc = step_done(a->s, q, "adding the mentions");
        sqlite3_reset(q); /* it binds our buffers */
    }
    for (int k = 0; k < 3; k++) an_buf_free(&b[k]);
    return rc;
}

/* One row of dated_places or dated_actors: what a timeline of that place or actor reads. */
static int add_dated_key(adding *a, int which, int64_t ref, size_t time) {
    sqlite3_stmt *q = an_store_stmt(a->s, which);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, ref);
    bind_text(q, 2, a->periods[time][0]);
    bind_text(q, 3, a->periods[time][1]);
    sqlite3_bind_int64(q, 4, a->time_ids[time]);
    return step_done(a->s, q, "adding a dated sentence's key");
}

/* Each dated sentence under each place and actor it names. */
static int add_dated_keys(adding *a) {
    const annals_doc *doc = a->doc;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < doc->times.n; i++) {
        if (!a->time_ids[i]) continue;
        const an_timex *t = &doc->times.v[i];
        long sn = sentence_index(doc, t->where, t->start);
        for (size_t j = 0; sn >= 0 && rc == 0 && j < doc->places.n; j++)
            if (a->place_ids[j] > 0 && a->place_sent[j] == sn)
                rc = add_dated_key(a, ST_DATED_PLACE_INSERT, a->place_ids[j], i);
        for (size_t j = 0; sn >= 0 && rc == 0 && j < doc->actors.n; j++)
            if (a->actor_ids[j] > 0 && a->actor_sent[j] == sn)
                rc = add_dated_key(a, ST_DATED_ACTOR_INSERT, a->actor_ids[j], i);
    }
    return rc;
}

const char *an_store_place_kind_name(unsigned kind) {
    static const char *const names[] = {"country", "admin1", "admin2", "city", "region", "landmark"};
    return kind < 6 ? names[kind] : "place";
}

int64_t an_store_place_id(annals_store *s, const char *name, uint32_t geonameid, double lat,
                          double lon, const char *country, const char *admin1, const char *kind,
                          double precision) {
    if (!name || isnan(lat) || isnan(lon)) return 0;
    int64_t known = an_cache_place(s, name, lat, lon);
    if (known) return known;
    sqlite3_stmt *q = an_store_stmt(s, ST_PLACE_FIND);
    if (!q) return -1;
    bind_text(q, 1, name);
    sqlite3_bind_double(q, 2, lat);
    sqlite3_bind_double(q, 3, lon);
    if (sqlite3_step(q) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(q, 0);
        sqlite3_reset(q);
        an_cache_place_add(s, name, lat, lon, id, 0, 0);
        return id;
    }
    q = an_store_stmt(s, ST_PLACE_INSERT);
    if (!q) return -1;
    bind_text(q, 1, name);
    if (geonameid) sqlite3_bind_int64(q, 2, geonameid);
    sqlite3_bind_double(q, 3, lat);
    sqlite3_bind_double(q, 4, lon);
    bind_text(q, 5, country ? country : "");
    bind_text(q, 6, admin1);
    bind_text(q, 7, kind ? kind : "place");
    sqlite3_bind_double(q, 8, precision);
    if (step_done(s, q, "adding a place") != 0) return -1;
    int64_t id = sqlite3_last_insert_rowid(s->db);
    q = an_store_stmt(s, ST_RTREE_INSERT);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_double(q, 2, lat);
    sqlite3_bind_double(q, 3, lat);
    sqlite3_bind_double(q, 4, lon);
    sqlite3_bind_double(q, 5, lon);
    if (step_done(s, q, "indexing a place") != 0) return -1;
    an_cache_place_add(s, name, lat, lon, id, 1, kind && strcmp(kind, "city") == 0);
    return id;
}

/* The spellings of places and actors (place_names, actor_names), each once an article: a
 * name written ten times costs one look-up. Only the first SPELLINGS are remembered; past
 * them, INSERT OR IGNORE still keeps the table right. */
#define SPELLINGS 64
typedef struct {
    int64_t id;
    const char *txt;
    size_t n;
} spelling;

typedef struct {
    spelling v[SPELLINGS];
    size_t n;
} spellings;

static int add_spelling(adding *a, int which, spellings *seen, int64_t id, const char *txt,
                        size_t n) {
    for (size_t j = 0; j < seen->n; j++)
        if (seen->v[j].id == id && seen->v[j].n == n && memcmp(seen->v[j].txt, txt, n) == 0)
            return 0;
    if (seen->n < SPELLINGS) seen->v[seen->n++] = (spelling){id, txt, n};
    sqlite3_stmt *q = an_store_stmt(a->s, which);
    if (!q) return -1;
    bind_text_n(q, 1, txt, n);
    sqlite3_bind_int64(q, 2, id);
    return step_done(a->s, q, "adding a spelling");
}

static int add_places(adding *a) {
    spellings seen = {.n = 0};
    for (size_t i = 0; i < a->doc->places.n; i++) {
        const an_place *p = &a->doc->places.v[i];
        int64_t place = an_store_place_id(a->s, p->name, p->geonameid, p->lat, p->lon, p->country,
                                          p->admin1, an_store_place_kind_name(p->kind),
                                          p->precision);
        if (place < 0) return -1;
        a->place_ids[i] = place;
        a->place_sent[i] = sentence_index(a->doc, p->where, p->start);
        if (place == 0) continue;
        size_t n;
        const char *txt = mention_text(a, p->where, p->start, p->end, &n);
        if (add_spelling(a, ST_PLACE_NAME_INSERT, &seen, place, txt, n) != 0) return -1;
    }
    return 0;
}

const char *an_store_actor_kind_name(unsigned kind) {
    static const char *const names[] = {"country",      "government", "military",
                                        "police",       "armed_group", "party",
                                        "organisation", "person",     "group_of_people",
                                        "media"};
    return kind < 10 ? names[kind] : "actor";
}

static int64_t actor_id(annals_store *s, const an_actor *ac) {
    const char *kind = an_store_actor_kind_name(ac->kind);
    int64_t id = an_cache_actor(s, ac->name, kind, ac->country);
    if (id) return id;
    sqlite3_stmt *q = an_store_stmt(s, ST_ACTOR_FIND);
    if (!q) return -1;
    bind_text(q, 1, ac->name);
    bind_text(q, 2, kind);
    bind_text(q, 3, ac->country);
    if (sqlite3_step(q) == SQLITE_ROW) {
        id = sqlite3_column_int64(q, 0);
        sqlite3_reset(q);
    } else {
        q = an_store_stmt(s, ST_ACTOR_INSERT);
        if (!q) return -1;
        bind_text(q, 1, ac->name);
        bind_text(q, 2, kind);
        bind_text(q, 3, ac->country);
        if (step_done(s, q, "adding an actor") != 0) return -1;
        id = sqlite3_last_insert_rowid(s->db);
    }
    an_cache_actor_add(s, ac->name, kind, ac->country, id);
    return id;
}

static int add_actors(adding *a) {
    spellings seen = {.n = 0};
    for (size_t i = 0; i < a->doc->actors.n; i++) {
        const an_actor *ac = &a->doc->actors.v[i];
        if (!ac->name) continue;
        int64_t actor = actor_id(a->s, ac);
        if (actor < 0) return -1;
        a->actor_ids[i] = actor;
        a->actor_sent[i] = sentence_index(a->doc, ac->where, ac->start);
        size_t n;
        const char *txt = mention_text(a, ac->where, ac->start, ac->end, &n);
        if (add_spelling(a, ST_ACTOR_NAME_INSERT, &seen, actor, txt, n) != 0) return -1;
    }
    return 0;
}

static int64_t sentence_cb(void *ctx, int where, size_t start) {
    return sentence_of(ctx, where, start);
}

static int add_rows(adding *a, const an_minhash_t *sig, int *added) {
    if (add_article(a, added) != 0) return -1;
    if (!*added) return 0;
    /* places and actors first: each sentence row lists those it names */
    if (add_captions(a) != 0 || add_places(a) != 0 || add_actors(a) != 0 ||
        add_sentences(a) != 0 || add_times(a) != 0 || add_record(a) != 0 || add_dated_keys(a) != 0)
        return -1;
    if (an_store_add_events(a->s, a->doc, a->article, sentence_cb, a) != 0) return -1;
    int linked = an_dedup_add(a->s, a->article, sig);
    if (linked < 0) return -1;
    if (linked) *added = 2;
    return 0;
}

static void adding_free(adding *a) {
    free(a->sentence_ids);
    free(a->time_ids);
    free(a->place_ids);
    free(a->actor_ids);
    free(a->periods);
    free(a->place_sent);
    free(a->actor_sent);
}

annals_status annals_store_prepare(annals_doc *doc) {
    if (!doc) return ANNALS_EINVAL;
    if (doc->signature) return ANNALS_OK;
    an_minhash_t *sig = an_arena_alloc(&doc->arena, AN_MINHASH_N * sizeof *sig);
    if (!sig) return ANNALS_ENOMEM;
    const char *text = doc->field[ANNALS_FIELD_TEXT];
    an_minhash(text ? text : "", text ? doc->text_len : 0, sig);
    doc->signature = sig;
    return ANNALS_OK;
}

annals_status annals_store_add(annals_store *s, annals_doc *doc, int *added) {
    int dummy;
    if (!added) added = &dummy;
    *added = 0;
    if (!s || !doc || !s->db) return ANNALS_EINVAL;
    if (s->flags & ANNALS_STORE_READONLY)
        return an_store_fail(s, ANNALS_EINVAL, "the store was opened read-only");
    if (annals_store_prepare(doc) != ANNALS_OK) return an_store_fail(s, ANNALS_ENOMEM, "out of memory");
    const an_minhash_t *sig = doc->signature;
    adding a = {s, doc, 0, calloc(doc->sentences.n + 1, sizeof(int64_t)),
                calloc(doc->times.n + 1, sizeof(int64_t)), calloc(doc->places.n + 1, sizeof(int64_t)),
                calloc(doc->actors.n + 1, sizeof(int64_t)), calloc(doc->times.n + 1, sizeof *a.periods),
                calloc(doc->places.n + 1, sizeof(long)), calloc(doc->actors.n + 1, sizeof(long))};
    if (!a.sentence_ids || !a.time_ids || !a.place_ids || !a.actor_ids || !a.periods ||
        !a.place_sent || !a.actor_sent) {
        adding_free(&a);
        return an_store_fail(s, ANNALS_ENOMEM, "out of memory");
    }
    int rc = an_store_begin(s);
    if (rc == 0) rc = add_rows(&a, sig, added);
    adding_free(&a);
    if (rc != 0) {
        /* No savepoint an article: one made SQLite copy every page an article touched (13 %
         * of the writer's time). A failure here is the store's (disk full, out of memory),
         * which ends the run anyway: the open batch goes, whole, and what was committed
         * stays; a new run stores the batch's articles again. */
        unsigned lost = s->in_batch;
        an_store_rollback(s);
        *added = 0;
        if (lost)
            an_store_fail(s, ANNALS_EIO, "%.400s (the %u articles added since the last commit "
                          "were not stored)", s->err, lost);
        return ANNALS_EIO;
    }
    if (*added && ++s->in_batch >= s->batch && an_store_end(s) != 0) return ANNALS_EIO;
    return ANNALS_OK;
}
