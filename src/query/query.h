/* query.h - what the queries share: the filters resolved once (dates to periods, a place
 * name to coordinates, words to an FTS5 query) and bound by name into each statement. */
#ifndef AN_QUERY_H
#define AN_QUERY_H

#include "store/store.h"

typedef struct {
    const annals_query *q;
    char from[11], to[11];    /* "" when open */
    char fts[1024];           /* the words as an FTS5 query, "" when none */
    char subject_fts[1024];
    int near;                 /* a radius filter is on */
    double lat, lon, radius_km, min_lat, max_lat, min_lon, max_lon;
    const char *modality;     /* NULL: any */
    int subject_words;        /* the subject names no place or actor: it is words */
} an_filters;

/* Where a query reads from. In date order, testing each row, when no filter names few
 * places or actors (AN_READ_DATES); from the date-ordered streams of those places and
 * actors, merged (AN_READ_KEYS: merged events by their place or actor columns, dated
 * sentences through dated_places and dated_actors); or, for a subject of words, from
 * the sentences that match them, sorted (AN_READ_SENTENCES). */
#define AN_MAX_KEYS 32
enum { AN_READ_DATES, AN_READ_KEYS, AN_READ_SENTENCES };
typedef struct {
    int how;
    size_t nplaces, nactors, nnames;
    int64_t places[AN_MAX_KEYS], actors[AN_MAX_KEYS];
    char names[AN_MAX_KEYS][128]; /* the actors' names, as merged events hold them */
} an_drive;

/* Chooses how to read a query. */
annals_status an_filters_drive(annals_store *s, const an_filters *f, an_drive *d);

/* Resolves q into f; ANNALS_EINVAL with the message set for a place the store does not
 * know or a bad date. */
annals_status an_filters_resolve(annals_store *s, const annals_query *q, an_filters *f);
/* Binds the filters to the named parameters a statement uses (:from, :to, :subject, ...). */
void an_filters_bind(const an_filters *f, sqlite3_stmt *st);
/* Prepares sql; NULL with the message set. */
sqlite3_stmt *an_query_prepare(annals_store *s, const char *sql);

/* A set of row ids already given (open addressing; 0 is never an id). */
typedef struct {
    int64_t *v;
    size_t cap, n;
} an_idset;
/* 1 when id is new (and now kept), 0 when seen, -1 out of memory. */
int an_idset_add(an_idset *set, int64_t id);

/* Copies of column text that live until an_strs_clear. */
typedef struct {
    char **v;
    size_t n, cap;
} an_strs;
const char *an_strs_col(an_strs *a, sqlite3_stmt *st, int col);
void an_strs_clear(an_strs *a);

#endif
