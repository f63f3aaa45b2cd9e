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
} an_filters;

/* Resolves q into f; ANNALS_EINVAL with the message set for a place the store does not
 * know or a bad date. */
annals_status an_filters_resolve(annals_store *s, const annals_query *q, an_filters *f);
/* Binds the filters to the named parameters a statement uses (:from, :to, :subject, ...). */
void an_filters_bind(const an_filters *f, sqlite3_stmt *st);
/* Prepares sql; NULL with the message set. */
sqlite3_stmt *an_query_prepare(annals_store *s, const char *sql);

/* Copies of column text that live until an_strs_clear. */
typedef struct {
    char **v;
    size_t n, cap;
} an_strs;
const char *an_strs_col(an_strs *a, sqlite3_stmt *st, int col);
void an_strs_clear(an_strs *a);

#endif
