/* cache.c - what the writer looks up for every mention and every event, kept in memory for
 * the connection: the row ids of places and actors by their identity, and for each place
 * the places within merge reach of it (with their coordinates). A store holds thousands of
 * places and actors but an article names them dozens of times, and each look-up through
 * SQLite cost a statement; the merge of a report looked for nearby places through the
 * R*Tree each time. The cache (and the merge index, groups.c) only ever holds rows of this
 * connection's view: anything rolled back, or committed by another connection, empties it. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "store/store.h"

/* A place identity as a key: name, NUL, then the coordinates' bytes. */
static size_t place_key(char *out, size_t cap, const char *name, double lat, double lon) {
    size_t n = strlen(name);
    if (n + 1 + 2 * sizeof(double) > cap) return 0;
    memcpy(out, name, n);
    out[n++] = 0;
    memcpy(out + n, &lat, sizeof lat);
    memcpy(out + n + sizeof lat, &lon, sizeof lon);
    return n + 2 * sizeof(double);
}

/* An actor identity: name, kind and country, NUL-separated (none of them holds a NUL). */
static size_t actor_key(char *out, size_t cap, const char *name, const char *kind,
                        const char *country) {
    const char *part[3] = {name ? name : "", kind ? kind : "", country ? country : ""};
    size_t n = 0;
    for (int i = 0; i < 3; i++) {
        size_t len = strlen(part[i]);
        if (n + len + 1 > cap) return 0;
        memcpy(out + n, part[i], len);
        n += len;
        out[n++] = (char)(i < 2 ? 0 : 1); /* "" and NULL differ only in SQL; 1 ends the key */
    }
    return n;
}

static int64_t lookup(const an_strtab *t, const char *key, size_t len) {
    int v;
    return len && an_strtab_get(t, key, len, &v) ? v : 0;
}

static void remember(an_strtab *t, const char *key, size_t len, int64_t id) {
    /* a failed put only costs a later statement */
    if (len && id > 0 && id <= INT_MAX) an_strtab_put(t, key, len, (int)id);
}

int64_t an_cache_place(const annals_store *s, const char *name, double lat, double lon) {
    char key[512];
    return lookup(&s->cache.places, key, place_key(key, sizeof key, name, lat, lon));
}

void an_cache_place_add(annals_store *s, const char *name, double lat, double lon, int64_t id,
                        int created, int town) {
    char key[512];
    remember(&s->cache.places, key, place_key(key, sizeof key, name, lat, lon), id);
    if (created) an_cache_near_add(s, id, lat, lon, town);
}

int64_t an_cache_actor(const annals_store *s, const char *name, const char *kind,
                       const char *country) {
    char key[512];
    return lookup(&s->cache.actors, key, actor_key(key, sizeof key, name, kind, country));
}

void an_cache_actor_add(annals_store *s, const char *name, const char *kind, const char *country,
                        int64_t id) {
    char key[512];
    remember(&s->cache.actors, key, actor_key(key, sizeof key, name, kind, country), id);
}

/* ---- places within merge reach ----------------------------------------------------------- */

/* The box the merge looks in around a point: half a degree of latitude, and of longitude as
 * much distance (about 55 km each way; the distance itself is tested after). */
static double lon_reach(double lat) {
    double c = cos(lat * M_PI / 180.0);
    return c > 0.05 ? 0.5 / c : 180.0;
}

static int in_box(const an_near *centre, double lat, double lon) {
    return fabs(lat - centre->lat) <= 0.5 && fabs(lon - centre->lon) <= lon_reach(centre->lat);
}

static int near_push(an_near *n, an_neighbour v) {
    an_neighbour *p = an_array_room(n->v, n->count, &n->cap, sizeof *p, 4);
    if (!p) return -1;
    n->v = p;
    n->v[n->count++] = v;
    return 0;
}

static an_near *near_slot(annals_store *s, int64_t place) {
    if (place <= 0 || place > INT_MAX) return NULL;
    size_t i = (size_t)place;
    if (i >= s->cache.n_near) {
        size_t cap = s->cache.n_near ? s->cache.n_near : 64;
        while (cap <= i) cap *= 2;
        an_near *p = realloc(s->cache.near, cap * sizeof *p);
        if (!p) return NULL;
        memset(p + s->cache.n_near, 0, (cap - s->cache.n_near) * sizeof *p);
        s->cache.near = p;
        s->cache.n_near = cap;
    }
    return &s->cache.near[i];
}

static const char *const sql_near =
    "SELECT p.id, p.lat, p.lon, p.kind = 'city' FROM places_rtree r CROSS JOIN places p ON p.id = r.id"
    " WHERE r.min_lat <= ?1 + 0.5 AND r.max_lat >= ?1 - 0.5 AND r.min_lon <= ?2 + ?3"
    " AND r.max_lon >= ?2 - ?3";

const an_near *an_cache_near(annals_store *s, int64_t place, double lat, double lon) {
    an_near *n = near_slot(s, place);
    if (!n) return NULL;
    if (n->known) return n;
    sqlite3_stmt *q = an_store_stmt_sql(s, ST_NEAR_PLACES, sql_near);
    if (!q) return NULL;
    n->lat = lat, n->lon = lon, n->count = 0;
    sqlite3_bind_double(q, 1, lat);
    sqlite3_bind_double(q, 2, lon);
    sqlite3_bind_double(q, 3, lon_reach(lat));
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        if (near_push(n, (an_neighbour){sqlite3_column_int64(q, 0), sqlite3_column_double(q, 1),
                                        sqlite3_column_double(q, 2),
                                        sqlite3_column_int(q, 3)}) != 0)
            break;
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) {
        an_store_sqlfail(s, "finding nearby places");
        n->count = 0;
        return NULL;
    }
    n->known = 1;
    return n;
}

/* A new place joins the lists of the places it is near; its own list is read when needed. */
void an_cache_near_add(annals_store *s, int64_t place, double lat, double lon, int town) {
    for (size_t i = 0; i < s->cache.n_near; i++) {
        an_near *n = &s->cache.near[i];
        if (n->known && in_box(n, lat, lon) && near_push(n, (an_neighbour){place, lat, lon, town}) != 0)
            n->known = 0; /* out of memory: read again next time */
    }
}

void an_cache_clear(annals_store *s) {
    an_strtab_free(&s->cache.places);
    an_strtab_free(&s->cache.actors);
    an_strtab_init(&s->cache.places);
    an_strtab_init(&s->cache.actors);
    for (size_t i = 0; i < s->cache.n_near; i++) free(s->cache.near[i].v);
    free(s->cache.near);
    s->cache.near = NULL;
    s->cache.n_near = 0;
    an_dedup_clear(s);
    an_groups_clear(s);
}
