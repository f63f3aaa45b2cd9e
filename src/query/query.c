/* query.c - filters shared by search, timeline and events. User input only ever reaches
 * SQL as bound parameters; words become an FTS5 query of quoted terms. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "query/filters.h"
#include "query/query.h"

void annals_query_init(annals_query *q) {
    if (!q) return;
    memset(q, 0, sizeof *q);
}

sqlite3_stmt *an_query_prepare(annals_store *s, const char *sql) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK) return st;
    an_store_sqlfail(s, "preparing a query");
    return NULL;
}

/* Words as an FTS5 query: every term quoted (so "al-Asaad" or "U.S." are no syntax), all
 * required. */
static void fts_query(const char *words, char *out, size_t size) {
    size_t n = 0, room = size;
    out[0] = 0;
    if (!words) return;
    for (const char *p = words; *p && n + 8 < room;) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        if (n) out[n++] = ' ';
        out[n++] = '"';
        for (; *p && *p != ' ' && *p != '\t' && n + 4 < room; p++) {
            if (*p == '"') out[n++] = '"';
            out[n++] = *p;
        }
        out[n++] = '"';
        out[n] = 0;
    }
}

/* The coordinates of a place the store knows by name: the one named in most dated
 * sentences (read from the key of dated_places), the first stored among equals. */
static int place_point(annals_store *s, const char *name, double *lat, double *lon) {
    static const char *const sql =
        "SELECT p.lat, p.lon FROM places p WHERE p.id IN (" AN_PLACE_IDS("?1") ")"
        " ORDER BY (SELECT count(*) FROM dated_places k WHERE k.place_id = p.id) DESC, p.id"
        " LIMIT 1";
    sqlite3_stmt *st = an_query_prepare(s, sql);
    if (!st) return -1;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    int found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        *lat = sqlite3_column_double(st, 0);
        *lon = sqlite3_column_double(st, 1);
    }
    sqlite3_finalize(st);
    return found ? 0 : -1;
}

static void radius_box(an_filters *f) {
    double dlat = f->radius_km / 111.2;
    double coslat = cos(f->lat * M_PI / 180.0);
    double dlon = coslat > 0.01 ? dlat / coslat : 360.0;
    f->min_lat = f->lat - dlat, f->max_lat = f->lat + dlat;
    f->min_lon = f->lon - dlon, f->max_lon = f->lon + dlon;
}

static int names_any(annals_store *s, const char *name);

annals_status an_filters_resolve(annals_store *s, const annals_query *q, an_filters *f) {
    memset(f, 0, sizeof *f);
    f->q = q;
    const char *prec;
    char tmp[11];
    if (q->from && annals_period(q->from, f->from, tmp, &prec) != 0)
        return an_store_fail(s, ANNALS_EINVAL, "bad date '%s'", q->from);
    if (q->to && annals_period(q->to, tmp, f->to, &prec) != 0)
        return an_store_fail(s, ANNALS_EINVAL, "bad date '%s'", q->to);
    fts_query(q->words, f->fts, sizeof f->fts);
    fts_query(q->subject, f->subject_fts, sizeof f->subject_fts);
    f->radius_km = q->radius_km > 0 ? q->radius_km : 50.0;
    if (q->has_point) {
        f->near = 1, f->lat = q->lat, f->lon = q->lon;
    } else if (q->near) {
        if (place_point(s, q->near, &f->lat, &f->lon) != 0)
            return an_store_fail(s, ANNALS_EINVAL,
                                 "no place called '%s' in the store (try --lat and --lon)", q->near);
        f->near = 1;
    }
    if (f->near) radius_box(f);
    /* by default what the reports say happened, first-hand or a third party's word */
    f->modality = !q->modality ? "factual" : strcmp(q->modality, "any") == 0 ? NULL : q->modality;
    if (q->subject) {
        int named = names_any(s, q->subject);
        if (named < 0) return ANNALS_EIO;
        f->subject_words = !named;
    }
    return ANNALS_OK;
}

/* ---- choosing where to read from ------------------------------------------------------ */

/* Runs sql (with the filters bound, and ?1 = text when given) and calls fn on each row;
 * -1 on an SQL error. */
static int each_row(annals_store *s, const an_filters *f, const char *sql, const char *text,
                    void (*fn)(void *, sqlite3_stmt *), void *ctx) {
    sqlite3_stmt *st = an_query_prepare(s, sql);
    if (!st) return -1;
    if (f) an_filters_bind(f, st);
    if (text) sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) fn(ctx, st);
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE) return 0;
    an_store_sqlfail(s, "resolving a filter");
    return -1;
}

static void count_row(void *ctx, sqlite3_stmt *st) {
    (void)st;
    ++*(int64_t *)ctx;
}

/* Whether a name is a place or an actor the store knows (else a subject is words). */
static int names_any(annals_store *s, const char *name) {
    int64_t n = 0;
    if (each_row(s, NULL, "SELECT 1 FROM (" AN_PLACE_IDS("?1") ") UNION ALL SELECT 1 FROM ("
                          AN_ACTOR_IDS("?1") ") LIMIT 1", name, count_row, &n) != 0)
        return -1;
    return n > 0;
}

/* A candidate: the keys one filter names, and about how many rows they lead to. */
typedef struct {
    an_drive d;
    int too_many; /* more than AN_MAX_KEYS keys */
    int64_t rows;
} candidate;

static void add_place(void *ctx, sqlite3_stmt *st) {
    candidate *c = ctx;
    if (c->d.nplaces == AN_MAX_KEYS) c->too_many = 1;
    else c->d.places[c->d.nplaces++] = sqlite3_column_int64(st, 0);
}

static void add_actor(void *ctx, sqlite3_stmt *st) {
    candidate *c = ctx;
    if (c->d.nactors == AN_MAX_KEYS) c->too_many = 1;
    else c->d.actors[c->d.nactors++] = sqlite3_column_int64(st, 0);
}

static void add_name(void *ctx, sqlite3_stmt *st) {
    candidate *c = ctx;
    const char *name = (const char *)sqlite3_column_text(st, 0);
    if (!name) return;
    if (c->d.nnames == AN_MAX_KEYS || strlen(name) >= sizeof c->d.names[0]) c->too_many = 1;
    else strcpy(c->d.names[c->d.nnames++], name);
}

/* Rows of the streams of one key, counted up to cap: the cost of reading them. */
static int64_t stream_rows(annals_store *s, const char *sql, int64_t key, const char *name,
                           int64_t cap) {
    sqlite3_stmt *st = an_query_prepare(s, sql);
    if (!st) return -1;
    if (name) sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    else sqlite3_bind_int64(st, 1, key);
    sqlite3_bind_int64(st, 2, cap);
    int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return n;
}

#define COUNT_UPTO(sql) "SELECT count(*) FROM (" sql " LIMIT ?2)"

static int64_t candidate_rows(annals_store *s, const candidate *c) {
    const int64_t cap = 2000;
    int64_t n = 0, k;
    for (size_t i = 0; i < c->d.nplaces; i++) {
        if ((k = stream_rows(s, COUNT_UPTO("SELECT 1 FROM event_groups WHERE place_id = ?1"),
                             c->d.places[i], NULL, cap)) < 0)
            return -1;
        n += k;
        if ((k = stream_rows(s, COUNT_UPTO("SELECT 1 FROM dated_places WHERE place_id = ?1"),
                             c->d.places[i], NULL, cap)) < 0)
            return -1;
        n += k;
    }
    for (size_t i = 0; i < c->d.nactors; i++) {
        if ((k = stream_rows(s, COUNT_UPTO("SELECT 1 FROM dated_actors WHERE actor_id = ?1"),
                             c->d.actors[i], NULL, cap)) < 0)
            return -1;
        n += k;
    }
    for (size_t i = 0; i < c->d.nnames; i++) {
        if ((k = stream_rows(s, COUNT_UPTO("SELECT 1 FROM event_groups WHERE actor1 = ?1"
                                           " UNION ALL SELECT 1 FROM event_groups WHERE actor2 = ?1"),
                             0, c->d.names[i], cap)) < 0)
            return -1;
        n += k;
    }
    return n;
}

/* Resolves one filter's keys from the SQL of its place ids and actor ids (either NULL). */
static int candidate_of(annals_store *s, const an_filters *f, const char *places_sql,
                        const char *actors_sql, const char *name, candidate *c) {
    memset(c, 0, sizeof *c);
    c->d.how = AN_READ_KEYS;
    if (places_sql && each_row(s, f, places_sql, name, add_place, c) != 0) return -1;
    if (actors_sql) {
        char sql[1024];
        snprintf(sql, sizeof sql, "SELECT DISTINCT name FROM actors WHERE id IN (%s)", actors_sql);
        if (each_row(s, f, actors_sql, name, add_actor, c) != 0 ||
            each_row(s, f, sql, name, add_name, c) != 0)
            return -1;
    }
    c->rows = c->too_many ? INT64_MAX : candidate_rows(s, c);
    return c->rows < 0 ? -1 : 0;
}

annals_status an_filters_drive(annals_store *s, const an_filters *f, an_drive *d) {
    const annals_query *q = f->q;
    memset(d, 0, sizeof *d);
    d->how = AN_READ_DATES;
    if (q->subject && f->subject_words) {
        d->how = AN_READ_SENTENCES;
        return ANNALS_OK;
    }
    candidate best = {.rows = INT64_MAX}, c;
    struct {
        int on;
        const char *places, *actors, *name;
    } filters[] = {
        {q->subject != NULL, AN_PLACE_IDS("?1"), AN_ACTOR_IDS("?1"), q->subject},
        {q->place != NULL, AN_PLACE_IDS("?1"), NULL, q->place},
        {q->actor != NULL, NULL, AN_ACTOR_IDS("?1"), q->actor},
        {q->country != NULL, AN_PLACES_IN_COUNTRY, NULL, NULL},
        {f->near, AN_PLACES_NEAR, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof filters / sizeof *filters; i++) {
        if (!filters[i].on) continue;
        if (candidate_of(s, f, filters[i].places, filters[i].actors, filters[i].name, &c) != 0)
            return ANNALS_EIO;
        if (c.rows < best.rows) best = c;
    }
    if (best.rows != INT64_MAX) *d = best.d;
    return ANNALS_OK;
}

static void bind_name(sqlite3_stmt *st, const char *name, const char *value) {
    int i = sqlite3_bind_parameter_index(st, name);
    if (!i) return;
    if (value && *value) sqlite3_bind_text(st, i, value, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}

static void bind_double(sqlite3_stmt *st, const char *name, double v, int on) {
    int i = sqlite3_bind_parameter_index(st, name);
    if (!i) return;
    if (on) sqlite3_bind_double(st, i, v);
    else sqlite3_bind_null(st, i);
}

/* The CAMEO root of a type given as digits ("19" or "190" -> "19"). */
static void cameo_root(const char *type, char out[3]) {
    out[0] = 0;
    if (type && type[0] >= '0' && type[0] <= '9' && type[1] >= '0' && type[1] <= '9') {
        out[0] = type[0], out[1] = type[1], out[2] = 0;
    }
}

/* The PLOVER type a type filter names, upper case, or NULL: a merged event has its
 * reports' PLOVER type, so the filter can skip a whole group at once. */
static const char *plover_of(const char *type) {
    static const char *const types[] = {"AGREE",   "CONSULT", "SUPPORT",  "CONCEDE",
                                        "COOPERATE", "AID",   "RETREAT",  "REQUEST",
                                        "ACCUSE",  "REJECT",  "SANCTION", "THREATEN",
                                        "PROTEST", "MOBILIZE", "COERCE",  "ASSAULT"};
    for (size_t i = 0; type && i < sizeof types / sizeof *types; i++)
        if (strcasecmp(type, types[i]) == 0) return types[i];
    return NULL;
}

void an_filters_bind(const an_filters *f, sqlite3_stmt *st) {
    const annals_query *q = f->q;
    char root[3];
    cameo_root(q->type, root);
    bind_name(st, ":plover", plover_of(q->type));
    bind_name(st, ":from", f->from);
    bind_name(st, ":to", f->to);
    bind_name(st, ":lo", f->from[0] ? f->from : "0001-01-01");
    bind_name(st, ":hi", f->to[0] ? f->to : "9999-12-31");
    bind_name(st, ":words", f->fts);
    bind_name(st, ":subject", q->subject);
    bind_name(st, ":subject_fts", f->subject_words ? f->subject_fts : NULL);
    bind_name(st, ":place", q->place);
    bind_name(st, ":actor", q->actor);
    bind_name(st, ":country", q->country);
    bind_name(st, ":type", q->type);
    bind_name(st, ":cameo", root);
    bind_name(st, ":modality", f->modality);
    bind_double(st, ":near", 1, f->near);
    bind_double(st, ":lat", f->lat, f->near);
    bind_double(st, ":lon", f->lon, f->near);
    bind_double(st, ":radius", f->radius_km, f->near);
    bind_double(st, ":min_lat", f->min_lat, f->near);
    bind_double(st, ":max_lat", f->max_lat, f->near);
    bind_double(st, ":min_lon", f->min_lon, f->near);
    bind_double(st, ":max_lon", f->max_lon, f->near);
    int i = sqlite3_bind_parameter_index(st, ":dups");
    if (i) sqlite3_bind_int(st, i, q->with_duplicates);
}

int an_idset_add(an_idset *set, int64_t id) {
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

const char *an_strs_col(an_strs *a, sqlite3_stmt *st, int col) {
    const char *t = (const char *)sqlite3_column_text(st, col);
    if (!t) return NULL;
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 64;
        char **v = realloc(a->v, cap * sizeof *v);
        if (!v) return NULL;
        a->v = v, a->cap = cap;
    }
    char *copy = strdup(t);
    if (copy) a->v[a->n++] = copy;
    return copy;
}

void an_strs_clear(an_strs *a) {
    for (size_t i = 0; i < a->n; i++) free(a->v[i]);
    free(a->v);
    memset(a, 0, sizeof *a);
}
