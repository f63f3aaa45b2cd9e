/* groups.c - the merge index: the merged events the writer may join a report to, kept in
 * memory for the connection. Finding the merged event of a report was a range scan of
 * event_groups for each place within reach of its place (three scans a report, a quarter
 * of the writer's time on a store of 20,000 articles, more as it grows). Here they are read
 * from the store once for each place (or none) and stretch of 256 days a report touches, and
 * the writer keeps what it adds or changes in step; rolling back, or another connection's
 * commit, empties it (cache.c).
 *
 * A stretch's groups are kept in the order of the index they were read through (date_start,
 * date_end, actor1, actor2, id), so that the merge sees its candidates in the order the
 * scans gave them and picks the same one among equals. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "store/store.h"

#define STRETCH 256 /* days of first dates a chunk of the index holds */

static const char *const sql_load[2] = {
    "SELECT id, date_start, date_end, actor1, actor2, plover, acled_type FROM event_groups"
    " WHERE place_id IS NULL AND date_start >= ?2 AND date_start < ?3 AND plover IS NOT NULL",
    "SELECT id, date_start, date_end, actor1, actor2, plover, acled_type FROM event_groups"
    " WHERE place_id = ?1 AND date_start >= ?2 AND date_start < ?3 AND plover IS NOT NULL"};

static long floor_div(long a, long b) { return a / b - (a % b < 0); }

/* The chunk's key: place id, stretch number and the type's number in the index's names
 * (-1: the mark that the place's stretch was read, with all its types). A chunk holds one
 * type: the merge only ever wants one, and scanning the others was most of its time. */
static size_t chunk_key(char out[24], int64_t place, long stretch, int64_t type) {
    int64_t k[3] = {place, stretch, type};
    memcpy(out, k, sizeof k);
    return sizeof k;
}

/* An actor's or a type's name, one copy a name for the connection (NULL stays NULL): the
 * index compares types by address. */
static const char *intern(an_group_index *x, const char *name) {
    if (!name) return NULL;
    size_t len = strlen(name);
    int i;
    if (an_strtab_get(&x->name_ids, name, len, &i)) return x->names[i];
    const char **p = an_array_room(x->names, x->n_names, &x->cap_names, sizeof *p, 64);
    char *copy = an_arena_strndup(&x->name_arena, name, len);
    if (!p || !copy || x->n_names >= INT_MAX) return NULL;
    x->names = p;
    if (an_strtab_put(&x->name_ids, name, len, (int)x->n_names) != 0) return NULL;
    x->names[x->n_names] = copy;
    return x->names[x->n_names++];
}

/* The number of a type's name the index holds (-1 when it holds none). */
static int64_t type_number(const an_group_index *x, const char *type) {
    int i;
    return type && an_strtab_get(&x->name_ids, type, strlen(type), &i) ? i : -1;
}

/* NULL first, then by bytes: SQLite's order for a text column. */
static int cmp_name(const char *a, const char *b) {
    if (!a || !b) return (a != NULL) - (b != NULL);
    return a == b ? 0 : strcmp(a, b);
}

static int cmp_group(const an_group *a, const an_group *b) {
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    if (a->end != b->end) return a->end < b->end ? -1 : 1;
    int c = cmp_name(a->actor1, b->actor1);
    if (!c) c = cmp_name(a->actor2, b->actor2);
    if (!c && a->id != b->id) c = a->id < b->id ? -1 : 1;
    return c;
}

/* Where g goes (or is) in the chunk's order. */
static size_t position(const an_group_chunk *c, const an_group *g) {
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_group(&c->v[mid], g) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int chunk_insert(an_group_chunk *c, const an_group *g) {
    an_group *p = an_array_room(c->v, c->n, &c->cap, sizeof *p, 8);
    if (!p) return -1;
    c->v = p;
    size_t at = position(c, g);
    memmove(c->v + at + 1, c->v + at, (c->n - at) * sizeof *c->v);
    c->v[at] = *g;
    c->n++;
    return 0;
}

static void chunk_remove(an_group_chunk *c, const an_group *g) {
    size_t at = position(c, g);
    if (at < c->n && c->v[at].id == g->id) {
        memmove(c->v + at, c->v + at + 1, (c->n - at - 1) * sizeof *c->v);
        c->n--;
    }
}

/* The chunk, or NULL when there is none. */
static an_group_chunk *chunk_find(an_group_index *x, int64_t place, long stretch, int64_t type) {
    char key[24];
    size_t len = chunk_key(key, place, stretch, type);
    int i;
    return an_strtab_get(&x->chunk_ids, key, len, &i) ? &x->chunks[i] : NULL;
}

/* A new empty chunk under its key (NULL when out of memory, message set). */
static an_group_chunk *chunk_new(annals_store *s, int64_t place, long stretch, int64_t type) {
    an_group_index *x = &s->groups;
    char key[24];
    size_t len = chunk_key(key, place, stretch, type);
    an_group_chunk *p = an_array_room(x->chunks, x->n_chunks, &x->cap_chunks, sizeof *p, 64);
    if (!p || x->n_chunks >= INT_MAX ||
        (x->chunks = p, an_strtab_put(&x->chunk_ids, key, len, (int)x->n_chunks) != 0)) {
        an_store_fail(s, ANNALS_ENOMEM, "out of memory");
        return NULL;
    }
    x->chunks[x->n_chunks] = (an_group_chunk){0};
    return &x->chunks[x->n_chunks++];
}

/* The chunk of g's type, made when missing (NULL when out of memory). */
static an_group_chunk *chunk_of(annals_store *s, int64_t place, long stretch, const an_group *g) {
    int64_t type = type_number(&s->groups, g->plover);
    if (type < 0) return an_store_fail(s, ANNALS_ENOMEM, "out of memory"), NULL;
    an_group_chunk *c = chunk_find(&s->groups, place, stretch, type);
    return c ? c : chunk_new(s, place, stretch, type);
}

/* Reads the merged events of a place's stretch into the chunks of their types. */
static int load(annals_store *s, int64_t place, long stretch) {
    sqlite3_stmt *q = an_store_stmt_sql(s, place ? ST_GROUP_LOAD : ST_GROUP_LOAD_UNPLACED,
                                        sql_load[place != 0]);
    if (!q) return -1;
    char from[11], to[11];
    an_store_day_string(stretch * STRETCH, from);
    an_store_day_string((stretch + 1) * STRETCH, to);
    if (place) sqlite3_bind_int64(q, 1, place);
    sqlite3_bind_text(q, 2, from, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, to, -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        an_group g = {sqlite3_column_int64(q, 0),
                      an_store_days((const char *)sqlite3_column_text(q, 1)),
                      an_store_days((const char *)sqlite3_column_text(q, 2)),
                      intern(&s->groups, (const char *)sqlite3_column_text(q, 3)),
                      intern(&s->groups, (const char *)sqlite3_column_text(q, 4)),
                      intern(&s->groups, (const char *)sqlite3_column_text(q, 5)),
                      intern(&s->groups, (const char *)sqlite3_column_text(q, 6))};
        an_group_chunk *c;
        if ((sqlite3_column_type(q, 3) != SQLITE_NULL && !g.actor1) ||
            (sqlite3_column_type(q, 4) != SQLITE_NULL && !g.actor2) || !g.plover ||
            (sqlite3_column_type(q, 6) != SQLITE_NULL && !g.acled) ||
            !(c = chunk_of(s, place, stretch, &g)) || chunk_insert(c, &g) != 0) {
            sqlite3_reset(q);
            return an_store_fail(s, ANNALS_ENOMEM, "out of memory"), -1;
        }
    }
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return an_store_sqlfail(s, "reading merged events"), -1;
    return 0;
}

/* The chunk of a type in a place's stretch, the stretch read from the store the first
 * time (an empty chunk when it holds none of the type). A failure forgets the whole
 * index, which may be half read. */
static an_group_chunk *chunk_get(annals_store *s, int64_t place, long stretch, const char *type) {
    an_group_index *x = &s->groups;
    if (!chunk_find(x, place, stretch, -1)) {
        if (load(s, place, stretch) != 0 || !chunk_new(s, place, stretch, -1)) {
            an_groups_clear(s);
            if (!s->err[0]) an_store_fail(s, ANNALS_ENOMEM, "out of memory");
            return NULL;
        }
    }
    an_group probe = {.plover = type};
    an_group_chunk *c = chunk_of(s, place, stretch, &probe);
    if (!c) an_groups_clear(s);
    return c;
}

int an_groups_each(annals_store *s, int64_t place, const char *plover, long from, long to,
                   an_group_fn fn, void *ctx) {
    const char *type = intern(&s->groups, plover);
    if (!type) return an_store_fail(s, ANNALS_ENOMEM, "out of memory"), -1;
    for (long k = floor_div(from, STRETCH); k <= floor_div(to, STRETCH); k++) {
        an_group_chunk *c = chunk_get(s, place, k, type);
        if (!c) return -1;
        an_group lo = {.start = from, .id = INT64_MIN};
        for (size_t i = position(c, &lo); i < c->n && c->v[i].start <= to; i++) fn(ctx, &c->v[i]);
    }
    return 0;
}

const char *an_groups_name(annals_store *s, const char *name) {
    return intern(&s->groups, name);
}

/* A group written to the store: in the chunk it belongs to, if that was read (else it is
 * read with it). A failure forgets the whole index: it is read again as needed. */
void an_groups_put(annals_store *s, int64_t place, const an_group *g) {
    long stretch = floor_div(g->start, STRETCH);
    if (!chunk_find(&s->groups, place, stretch, -1)) return;
    an_group_chunk *c = chunk_of(s, place, stretch, g);
    if (!c || chunk_insert(c, g) != 0) an_groups_clear(s);
}

void an_groups_drop(annals_store *s, int64_t place, const an_group *g) {
    an_group_chunk *c = chunk_find(&s->groups, place, floor_div(g->start, STRETCH),
                                   type_number(&s->groups, g->plover));
    if (c) chunk_remove(c, g);
}

void an_groups_clear(annals_store *s) {
    an_group_index *x = &s->groups;
    for (size_t i = 0; i < x->n_chunks; i++) free(x->chunks[i].v);
    free(x->chunks);
    free(x->names);
    an_strtab_free(&x->chunk_ids);
    an_strtab_free(&x->name_ids);
    an_arena_free(&x->name_arena);
    *x = (an_group_index){0}; /* all zero is an empty index */
}
