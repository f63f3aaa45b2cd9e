/* ingest.c - adding one annotated article: the article row, its sentences (and their
 * full-text rows), its mentions and events, in the batch's transaction: an article is
 * stored whole or, with its batch, not at all. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/hash.h"
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

/* The row id of the sentence holding byte `start` of `where`, or 0 (NULL in SQL). */
static int64_t sentence_of(const adding *a, int where, size_t start) {
    const annals_doc *doc = a->doc;
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const an_sentence *sn = &doc->sentences.v[i];
        if (sn->where == where && sn->start <= start && start < sn->end) return a->sentence_ids[i];
    }
    return 0;
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

static int add_sentences(adding *a) {
    annals_doc *doc = a->doc;
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const an_sentence *sn = &doc->sentences.v[i];
        sqlite3_stmt *q = an_store_stmt(a->s, ST_SENTENCE_INSERT);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, a->article);
        sqlite3_bind_int64(q, 2, (int64_t)i);
        bind_span(a, q, 3, sn->where, sn->start, sn->end);
        if (step_done(a->s, q, "adding a sentence") != 0) return -1;
        a->sentence_ids[i] = sqlite3_last_insert_rowid(a->s->db);
        size_t len;
        const char *str = an_doc_where(doc, sn->where, &len);
        q = an_store_stmt(a->s, ST_FTS_INSERT);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, a->sentence_ids[i]);
        if (str && sn->end <= len && sn->start <= sn->end)
            bind_text_n(q, 2, str + sn->start, sn->end - sn->start);
        else
            bind_text_n(q, 2, "", 0);
        if (step_done(a->s, q, "indexing a sentence") != 0) return -1;
    }
    return 0;
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

static int add_time(adding *a, const an_timex *t) {
    static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};
    sqlite3_stmt *q = an_store_stmt(a->s, ST_TIME_INSERT);
    if (!q) return -1;
    size_t n;
    const char *txt = mention_text(a, t->where, t->start, t->end, &n);
    char start[11], end[11];
    const char *prec = NULL;
    int dated = (t->type == AN_TIMEX_DATE || t->type == AN_TIMEX_TIME) &&
                annals_period(t->value, start, end, &prec) == 0;
    sqlite3_bind_int64(q, 1, a->article);
    bind_sentence(q, 2, sentence_of(a, t->where, t->start));
    bind_span(a, q, 3, t->where, t->start, t->end);
    bind_text_n(q, 6, txt, n);
    bind_text(q, 7, types[t->type < 4 ? t->type : 0]);
    bind_text(q, 8, t->value);
    bind_text(q, 9, t->mod);
    bind_text(q, 10, t->anchor);
    bind_text(q, 11, dated ? start : NULL);
    bind_text(q, 12, dated ? end : NULL);
    bind_text(q, 13, dated ? prec : NULL);
    if (step_done(a->s, q, "adding a time") != 0) return -1;
    size_t i = (size_t)(t - a->doc->times.v);
    if (dated && t->type == AN_TIMEX_DATE) {
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
    /* the sentence of each mention, once (sentence_of walks the sentences) */
    int64_t *psid = malloc((doc->places.n + 1) * sizeof *psid);
    int64_t *asid = malloc((doc->actors.n + 1) * sizeof *asid);
    int rc = psid && asid ? 0 : -1;
    if (rc) an_store_fail(a->s, ANNALS_ENOMEM, "out of memory");
    for (size_t j = 0; rc == 0 && j < doc->places.n; j++)
        psid[j] = sentence_of(a, doc->places.v[j].where, doc->places.v[j].start);
    for (size_t j = 0; rc == 0 && j < doc->actors.n; j++)
        asid[j] = sentence_of(a, doc->actors.v[j].where, doc->actors.v[j].start);
    for (size_t i = 0; rc == 0 && i < doc->times.n; i++) {
        if (!a->time_ids[i]) continue;
        const an_timex *t = &doc->times.v[i];
        int64_t sid = sentence_of(a, t->where, t->start);
        for (size_t j = 0; sid && rc == 0 && j < doc->places.n; j++)
            if (a->place_ids[j] > 0 && psid[j] == sid)
                rc = add_dated_key(a, ST_DATED_PLACE_INSERT, a->place_ids[j], i);
        for (size_t j = 0; sid && rc == 0 && j < doc->actors.n; j++)
            if (a->actor_ids[j] > 0 && asid[j] == sid)
                rc = add_dated_key(a, ST_DATED_ACTOR_INSERT, a->actor_ids[j], i);
    }
    free(psid);
    free(asid);
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
        if (place == 0) continue;
        sqlite3_stmt *q = an_store_stmt(a->s, ST_PLACE_MENTION_INSERT);
        if (!q) return -1;
        size_t n;
        const char *txt = mention_text(a, p->where, p->start, p->end, &n);
        sqlite3_bind_int64(q, 1, a->article);
        bind_sentence(q, 2, sentence_of(a, p->where, p->start));
        sqlite3_bind_int64(q, 3, place);
        bind_span(a, q, 4, p->where, p->start, p->end);
        bind_text_n(q, 7, txt, n);
        if (step_done(a->s, q, "adding a place mention") != 0 ||
            add_spelling(a, ST_PLACE_NAME_INSERT, &seen, place, txt, n) != 0)
            return -1;
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
        sqlite3_stmt *q = an_store_stmt(a->s, ST_ACTOR_MENTION_INSERT);
        if (!q) return -1;
        size_t n;
        const char *txt = mention_text(a, ac->where, ac->start, ac->end, &n);
        sqlite3_bind_int64(q, 1, a->article);
        bind_sentence(q, 2, sentence_of(a, ac->where, ac->start));
        sqlite3_bind_int64(q, 3, actor);
        bind_span(a, q, 4, ac->where, ac->start, ac->end);
        bind_text_n(q, 7, txt, n);
        bind_text(q, 8, ac->role);
        bind_text(q, 9, ac->affiliation);
        if (step_done(a->s, q, "adding an actor mention") != 0 ||
            add_spelling(a, ST_ACTOR_NAME_INSERT, &seen, actor, txt, n) != 0)
            return -1;
    }
    return 0;
}

static int64_t sentence_cb(void *ctx, int where, size_t start) {
    return sentence_of(ctx, where, start);
}

static int add_rows(adding *a, const uint32_t *sig, int *added) {
    if (add_article(a, added) != 0) return -1;
    if (!*added) return 0;
    if (add_captions(a) != 0 || add_sentences(a) != 0 || add_times(a) != 0 || add_places(a) != 0 || add_actors(a) != 0 ||
        add_dated_keys(a) != 0)
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
}

annals_status annals_store_prepare(annals_doc *doc) {
    if (!doc) return ANNALS_EINVAL;
    if (doc->signature) return ANNALS_OK;
    uint32_t *sig = an_arena_alloc(&doc->arena, AN_MINHASH_N * sizeof *sig);
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
    const uint32_t *sig = doc->signature;
    adding a = {s, doc, 0, calloc(doc->sentences.n + 1, sizeof(int64_t)),
                calloc(doc->times.n + 1, sizeof(int64_t)), calloc(doc->places.n + 1, sizeof(int64_t)),
                calloc(doc->actors.n + 1, sizeof(int64_t)), calloc(doc->times.n + 1, sizeof *a.periods)};
    if (!a.sentence_ids || !a.time_ids || !a.place_ids || !a.actor_ids || !a.periods) {
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
