/* timeline.c - events merged across reports, and dated sentences, in date order. Each
 * comes from one or more cursors, each already in date order (the date index, or the
 * date-ordered stream of one place or actor); they are merged as they are read, so a
 * timeline of a large store stops after its first rows. A merged event is shown with its
 * most precise date, at that precision. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "query/filters.h"
#include "query/query.h"

/* ---- SQL ---------------------------------------------------------------------------- */

#define EVENT_SELECT                                                                       \
    "SELECT g.id, g.date_start, g.date_end, e.id, e.ext_id, e.plover, e.cameo,"            \
    " e.acled_type, e.acled_subtype, e.mode, e.modality, e.actor1, e.actor1_country,"      \
    " e.actor2, e.actor2_country, e.date, e.date_precision, p.name, p.country, p.admin1,"   \
    " p.lat, p.lon, (SELECT text FROM sentence_texts WHERE id = e.sentence_id), e.sentence_start, e.sentence_end, a.id, a.doc_id, a.url,"      \
    " a.title, a.outlet, a.published, a.source, a.dup_of, e.claimed_by, e.actor1_kind,"   \
    " e.actor2_kind"
#define EVENT_JOINS                                                                        \
    " JOIN events e ON e.group_id = g.id"                                                  \
    " JOIN articles a ON a.id = e.article_id LEFT JOIN places p ON p.id = e.place_id WHERE"
#define EVENT_TESTS                                                                        \
    AN_GROUP_FILTERS                                                                       \
    " AND EXISTS (SELECT 1 FROM events e JOIN articles ea ON ea.id = e.article_id"         \
    " WHERE e.group_id = g.id AND (:dups OR ea.dup_of IS NULL)" AN_EVENT_FILTERS ")"
static const char *const event_order[2] = {
    " ORDER BY g.date_start, g.date_end DESC, g.id, a.dup_of IS NOT NULL, a.published, e.id",
    " ORDER BY g.date_start DESC, g.date_end, g.id, a.dup_of IS NOT NULL, a.published, e.id"};

enum { EC_GROUP, EC_GSTART, EC_GEND, EC_EVENT, EC_EXT, EC_PLOVER, EC_CAMEO, EC_ACLED,
       EC_ACLED_SUB, EC_MODE, EC_MODALITY, EC_ACTOR1, EC_ACTOR1_CC, EC_ACTOR2, EC_ACTOR2_CC,
       EC_DATE, EC_DPREC, EC_PLACE, EC_COUNTRY, EC_ADMIN1, EC_LAT, EC_LON, EC_TEXT, EC_SSTART,
       EC_SEND, EC_ARTICLE, EC_DOC, EC_URL, EC_TITLE, EC_OUTLET, EC_PUBLISHED, EC_SOURCE,
       EC_DUP, EC_CLAIMED, EC_ACTOR1_KIND, EC_ACTOR2_KIND };

/* CROSS JOIN keeps the cursor's own order (the date index, a key's stream, the matching
 * sentences) in front: left to itself, the planner may scan the full-text table first. */
#define SENTENCE_SELECT                                                                    \
    "SELECT t.value, t.precision, t.date_start, t.date_end,"                                \
    " (SELECT text FROM sentence_texts WHERE id = s.id), s.start, s.end,"                   \
    " a.id, a.doc_id, a.url, a.title, a.outlet, a.published, a.source,"                    \
    " (SELECT count(*) FROM articles d WHERE d.dup_of = a.id), t.id"
#define SENTENCE_JOINS                                                                     \
    " CROSS JOIN sentences s ON s.id = t.sentence_id"                                      \
    " CROSS JOIN articles a ON a.id = t.article_id"                                        \
    " WHERE t.date_start IS NOT NULL AND t.type = 'DATE' AND"
#define SENTENCE_TESTS                                                                     \
    " AND NOT EXISTS (SELECT 1 FROM events ev WHERE ev.sentence_id = s.id)"                \
    AN_SENTENCE_FILTERS
/* T: the table whose date_start the rows come in the order of */
static const char *const sentence_order[2] = {
    " ORDER BY %s.date_start, t.date_end DESC, a.published, s.id, t.start",
    " ORDER BY %s.date_start DESC, t.date_end, a.published, s.id, t.start"};

enum { SC_VALUE, SC_PREC, SC_START, SC_END, SC_TEXT, SC_SSTART, SC_SEND, SC_ARTICLE, SC_DOC,
       SC_URL, SC_TITLE, SC_OUTLET, SC_PUBLISHED, SC_SOURCE, SC_COPIES, SC_TIME };

/* The periods of table T overlapping [:lo, :hi], read from the date index in three
 * ranges that follow one another in date order: those that began in the year before :lo
 * and are longer than a month (a partial index of their own), those that began in the
 * month before, and those that begin within. No period is longer than a year, so
 * nothing before that year is read. */
#define LONG_BEFORE(T)                                                                     \
    " " T ".date_start >= date(:lo, '-367 days') AND " T ".date_start < date(:lo, '-32 days')" \
    " AND " T ".date_end >= :lo AND julianday(" T ".date_end) - julianday(" T ".date_start) > 31"
#define SHORT_BEFORE(T)                                                                    \
    " " T ".date_start >= date(:lo, '-32 days') AND " T ".date_start < :lo AND " T         \
    ".date_end >= :lo"
#define WITHIN(T) " " T ".date_start >= :lo AND " T ".date_start <= :hi"
/* one key's stream is short enough to look back the whole year in one range */
#define KEYED(T)                                                                           \
    " " T ".date_start >= date(:lo, '-367 days') AND " T ".date_start <= :hi AND " T       \
    ".date_end >= :lo"
#define OVERLAPS(T) " " T ".date_start <= :hi AND " T ".date_end >= :lo"

/* What one cursor reads. */
enum {
    READ_LONG_BEFORE, READ_SHORT_BEFORE, READ_WITHIN, /* the date index, in three parts */
    READ_PLACE, READ_ACTOR, READ_ACTOR2,              /* one key's stream (:key) */
    READ_MATCHES                                      /* the sentences matching the words */
};

static void events_sql(an_buf *b, int part, int desc) {
    static const char *const where[] = {LONG_BEFORE("g"), SHORT_BEFORE("g"), WITHIN("g")};
    an_buf_puts(b, EVENT_SELECT);
    if (part == READ_MATCHES)
        an_buf_puts(b, " FROM (SELECT DISTINCT e.group_id AS gid FROM ("
                       AN_SENTENCES_MATCHING(":subject_fts") ") m"
                       " CROSS JOIN events e ON e.sentence_id = m.sid) cand"
                       " CROSS JOIN event_groups g ON g.id = cand.gid");
    else
        an_buf_puts(b, " FROM event_groups g");
    an_buf_puts(b, EVENT_JOINS);
    switch (part) {
    case READ_PLACE: an_buf_puts(b, " g.place_id = :key AND" KEYED("g")); break;
    /* an actor: a cursor a side, each with its own index */
    case READ_ACTOR: an_buf_puts(b, " g.actor1 = :key AND" KEYED("g")); break;
    case READ_ACTOR2: an_buf_puts(b, " g.actor2 = :key AND" KEYED("g")); break;
    case READ_MATCHES: an_buf_puts(b, OVERLAPS("g")); break;
    default: an_buf_puts(b, where[part]);
    }
    an_buf_puts(b, EVENT_TESTS);
    an_buf_puts(b, event_order[desc]);
}

static void sentences_sql(an_buf *b, int part, int desc) {
    static const char *const where[] = {LONG_BEFORE("t"), SHORT_BEFORE("t"), WITHIN("t")};
    const char *order_by = "t";
    an_buf_puts(b, SENTENCE_SELECT);
    switch (part) {
    case READ_PLACE:
        an_buf_puts(b, " FROM dated_places k CROSS JOIN time_mentions t ON t.id = k.time_id"
                       SENTENCE_JOINS " k.place_id = :key AND" KEYED("k"));
        order_by = "k";
        break;
    case READ_ACTOR:
        an_buf_puts(b, " FROM dated_actors k CROSS JOIN time_mentions t ON t.id = k.time_id"
                       SENTENCE_JOINS " k.actor_id = :key AND" KEYED("k"));
        order_by = "k";
        break;
    case READ_MATCHES:
        an_buf_puts(b, " FROM (" AN_SENTENCES_MATCHING(":subject_fts") ") m"
                       " CROSS JOIN time_mentions t ON t.sentence_id = m.sid"
                       " AND t.date_start IS NOT NULL" SENTENCE_JOINS OVERLAPS("t"));
        break;
    default:
        an_buf_puts(b, " FROM time_mentions t" SENTENCE_JOINS);
        an_buf_puts(b, where[part]);
    }
    an_buf_puts(b, SENTENCE_TESTS);
    an_buf_printf(b, sentence_order[desc], order_by);
}

/* Every report's figures, copies included: reconciled over the originals, and each kept
 * with its report, so a reader sees who gave which number. */
static const char *const casualties_sql =
    "SELECT c.kind, c.low, c.best, c.high, c.event_id, a.dup_of IS NOT NULL"
    " FROM casualties c JOIN events e ON e.id = c.event_id"
    " JOIN articles a ON a.id = c.article_id WHERE e.group_id = ?"
    " ORDER BY c.kind, c.id";

/* ---- merged events ------------------------------------------------------------------ */

#define MAX_KINDS 8

typedef struct {
    annals_row row;
    an_strs strs;
    annals_report *reports;
    size_t nreports, cap;
    annals_casualties cas[MAX_KINDS];
    char rules[MAX_KINDS][64];
    annals_casualties *figures; /* each report's own, ordered by event */
    int64_t *figure_events;
    char date[32], start[11], end[11];
    double width; /* rank of the precision shown: 0 day ... 6 year */
} group;

static void group_clear(group *g) {
    an_strs_clear(&g->strs);
    free(g->reports);
    free(g->figures);
    free(g->figure_events);
    memset(g, 0, sizeof *g);
}

static const char *col(group *g, sqlite3_stmt *st, int c) { return an_strs_col(&g->strs, st, c); }

/* Keeps the most precise date a report gives: the shortest period, as the store's merge
 * narrows a merged event's dates (a range of three days goes before the week holding it),
 * so that the date shown is the one the timeline is ordered by. */
static void group_date(group *g, const char *date) {
    char start[11], end[11];
    const char *prec;
    if (!date || annals_period(date, start, end, &prec) != 0) return;
    double width = (double)(an_store_days(end) - an_store_days(start));
    /* of two periods as precise, one lying inside the other is the narrower (a weekend
     * inside its week) */
    int inside = g->date[0] && width == g->width && strcmp(start, g->start) >= 0 &&
                 strcmp(end, g->end) <= 0 && (strcmp(start, g->start) || strcmp(end, g->end));
    if (g->date[0] && width >= g->width && !inside) return;
    g->width = width;
    size_t n = strlen(date) < sizeof g->date - 1 ? strlen(date) : sizeof g->date - 1;
    memcpy(g->date, date, n);
    g->date[n] = 0;
    if (strcmp(prec, "day") == 0) g->date[10 < n ? 10 : n] = 0;
    memcpy(g->start, start, 11), memcpy(g->end, end, 11);
    g->row.precision = prec;
}

static void group_first(group *g, sqlite3_stmt *st) {
    annals_row *r = &g->row;
    r->kind = ANNALS_ROW_EVENT;
    r->event_id = col(g, st, EC_EXT), r->plover = col(g, st, EC_PLOVER);
    r->cameo = col(g, st, EC_CAMEO), r->acled_type = col(g, st, EC_ACLED);
    r->acled_subtype = col(g, st, EC_ACLED_SUB), r->mode = col(g, st, EC_MODE);
    r->modality = col(g, st, EC_MODALITY);
    r->actor1 = col(g, st, EC_ACTOR1), r->actor1_country = col(g, st, EC_ACTOR1_CC);
    r->actor2 = col(g, st, EC_ACTOR2), r->actor2_country = col(g, st, EC_ACTOR2_CC);
    r->actor1_kind = col(g, st, EC_ACTOR1_KIND), r->actor2_kind = col(g, st, EC_ACTOR2_KIND);
    r->place = col(g, st, EC_PLACE), r->country = col(g, st, EC_COUNTRY);
    r->admin1 = col(g, st, EC_ADMIN1);
    r->lat = sqlite3_column_type(st, EC_LAT) == SQLITE_NULL ? NAN : sqlite3_column_double(st, EC_LAT);
    r->lon = sqlite3_column_type(st, EC_LON) == SQLITE_NULL ? NAN : sqlite3_column_double(st, EC_LON);
    r->text = col(g, st, EC_TEXT);
    r->sentence_start = sqlite3_column_int64(st, EC_SSTART);
    r->sentence_end = sqlite3_column_int64(st, EC_SEND);
    r->article = sqlite3_column_int64(st, EC_ARTICLE);
    r->doc_id = col(g, st, EC_DOC), r->url = col(g, st, EC_URL);
    r->title = col(g, st, EC_TITLE), r->outlet = col(g, st, EC_OUTLET);
    r->published = col(g, st, EC_PUBLISHED), r->source = col(g, st, EC_SOURCE);
}

/* Whether the group already lists this sentence of this article. */
static int listed(const group *g, sqlite3_stmt *st) {
    const char *text = (const char *)sqlite3_column_text(st, EC_TEXT);
    int64_t article = sqlite3_column_int64(st, EC_ARTICLE);
    for (size_t i = 0; i < g->nreports; i++)
        if (g->reports[i].article == article && text && g->reports[i].text &&
            strcmp(g->reports[i].text, text) == 0)
            return 1;
    return 0;
}

static int group_report(group *g, sqlite3_stmt *st) {
    if (listed(g, st)) return 0;
    if (g->nreports == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 8;
        annals_report *v = realloc(g->reports, cap * sizeof *v);
        if (!v) return -1;
        g->reports = v, g->cap = cap;
    }
    annals_report *rep = &g->reports[g->nreports++];
    rep->article = sqlite3_column_int64(st, EC_ARTICLE);
    rep->doc_id = col(g, st, EC_DOC), rep->url = col(g, st, EC_URL);
    rep->title = col(g, st, EC_TITLE), rep->outlet = col(g, st, EC_OUTLET);
    rep->published = col(g, st, EC_PUBLISHED), rep->text = col(g, st, EC_TEXT);
    rep->date = col(g, st, EC_DATE);
    rep->duplicate = sqlite3_column_type(st, EC_DUP) != SQLITE_NULL;
    rep->claimed_by = col(g, st, EC_CLAIMED);
    rep->modality = col(g, st, EC_MODALITY);
    rep->casualties = NULL;
    rep->casualty_count = 0;
    rep->event = sqlite3_column_int64(st, EC_EVENT);
    group_date(g, rep->date);
    return 0;
}

/* Counts distinct articles, copies apart; first and last report dates. */
static void group_counts(group *g) {
    annals_row *r = &g->row;
    r->reports = r->duplicates = 0;
    for (size_t i = 0; i < g->nreports; i++) {
        const annals_report *rep = &g->reports[i];
        int seen = 0;
        for (size_t j = 0; j < i; j++) seen |= g->reports[j].article == rep->article;
        if (seen) continue;
        if (rep->duplicate) r->duplicates++;
        else r->reports++;
        if (rep->published && (!r->first_report || strcmp(rep->published, r->first_report) < 0))
            r->first_report = rep->published;
        if (rep->published && (!r->last_report || strcmp(rep->published, r->last_report) > 0))
            r->last_report = rep->published;
    }
    r->report_list = g->reports;
    r->report_count = g->nreports;
    if (g->date[0]) {
        r->date = g->date, r->date_start = g->start, r->date_end = g->end;
    }
}

static int by_value(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* Reconciles one kind's figures: low of the lows, high of the highs, best the median of
 * the best estimates (or the only one). */
static void reconcile(annals_casualties *c, char rule[64], int64_t *bests, size_t nb) {
    if (nb == 0) {
        snprintf(rule, 64, "no best estimate given");
    } else if (nb == 1) {
        c->best = bests[0];
        snprintf(rule, 64, "the only estimate");
    } else {
        qsort(bests, nb, sizeof *bests, by_value);
        c->best = nb % 2 ? bests[nb / 2] : (bests[nb / 2 - 1] + bests[nb / 2]) / 2;
        snprintf(rule, 64, "median of %zu reports", nb);
    }
    c->rule = rule;
}

static void fold(annals_casualties *c, int64_t low, int64_t best, int64_t high) {
    int64_t lo = low >= 0 ? low : best >= 0 ? best : high;
    int64_t hi = high >= 0 ? high : best >= 0 ? best : low;
    if (lo >= 0 && (c->low < 0 || lo < c->low)) c->low = lo;
    if (hi >= 0 && (c->high < 0 || hi > c->high)) c->high = hi;
}

static int64_t col_count(sqlite3_stmt *st, int c) {
    return sqlite3_column_type(st, c) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, c);
}

/* Keeps one report's figure; they are handed to the reports by group_figures. */
static int keep_figure(group *g, sqlite3_stmt *st, size_t *n, size_t *cap) {
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 8;
        annals_casualties *f = realloc(g->figures, c * sizeof *f);
        if (f) g->figures = f;
        int64_t *e = realloc(g->figure_events, c * sizeof *e);
        if (e) g->figure_events = e;
        if (!f || !e) return -1;
        *cap = c;
    }
    g->figures[*n] = (annals_casualties){col(g, st, 0), col_count(st, 1), col_count(st, 2),
                                         col_count(st, 3), NULL};
    g->figure_events[(*n)++] = sqlite3_column_int64(st, 4);
    return 0;
}

/* Orders the figures by event (insertion sort: a handful) and points each report at its own. */
static void group_figures(group *g, size_t n) {
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && g->figure_events[j - 1] > g->figure_events[j]; j--) {
            annals_casualties c = g->figures[j];
            g->figures[j] = g->figures[j - 1], g->figures[j - 1] = c;
            int64_t e = g->figure_events[j];
            g->figure_events[j] = g->figure_events[j - 1], g->figure_events[j - 1] = e;
        }
    for (size_t r = 0; r < g->nreports; r++) {
        annals_report *rep = &g->reports[r];
        for (size_t i = 0; i < n; i++)
            if (g->figure_events[i] == rep->event) {
                if (!rep->casualty_count) rep->casualties = &g->figures[i];
                rep->casualty_count++;
            }
    }
}

static int group_casualties(annals_store *s, group *g, int64_t id) {
    sqlite3_stmt *st = an_query_prepare(s, casualties_sql);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    int64_t bests[256];
    size_t nb = 0, n = 0, nfig = 0, cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *kind = (const char *)sqlite3_column_text(st, 0);
        if (!kind) continue;
        if (keep_figure(g, st, &nfig, &cap) != 0) {
            sqlite3_finalize(st);
            return -1;
        }
        if (sqlite3_column_int(st, 5)) continue; /* a copy's figure is its original's */
        if (n == 0 || strcmp(g->cas[n - 1].kind, kind) != 0) {
            if (n) reconcile(&g->cas[n - 1], g->rules[n - 1], bests, nb);
            if (n == MAX_KINDS) break;
            g->cas[n] = (annals_casualties){col(g, st, 0), -1, -1, -1, NULL};
            n++, nb = 0;
        }
        int64_t best = col_count(st, 2);
        fold(&g->cas[n - 1], col_count(st, 1), best, col_count(st, 3));
        if (best >= 0 && nb < 256) bests[nb++] = best;
    }
    if (n) reconcile(&g->cas[n - 1], g->rules[n - 1], bests, nb);
    sqlite3_finalize(st);
    group_figures(g, nfig);
    g->row.casualties = g->cas;
    g->row.casualty_count = n;
    return 0;
}

/* ---- the cursors ---------------------------------------------------------------------- */

/* A cursor reads its parts one after the other (each in order, and following one another
 * in date order), with :key bound to its place id or actor name. */
typedef struct {
    annals_store *s;
    const an_filters *f;
    int sentences, desc;
    int parts[3], nparts, next;
    int64_t key;
    const char *name; /* the key when it is a name */
    sqlite3_stmt *st;
    int rc; /* of the last step */
    int failed;
} cursor;

static int open_part(cursor *c) {
    sqlite3_finalize(c->st);
    c->st = NULL;
    an_buf sql;
    an_buf_init(&sql);
    int part = c->parts[c->next++];
    if (c->sentences) sentences_sql(&sql, part, c->desc);
    else events_sql(&sql, part, c->desc);
    c->st = sql.failed ? NULL : an_query_prepare(c->s, an_buf_cstr(&sql));
    an_buf_free(&sql);
    if (!c->st) {
        c->failed = 1;
        return -1;
    }
    an_filters_bind(c->f, c->st);
    int i = sqlite3_bind_parameter_index(c->st, ":key");
    if (i && c->name) sqlite3_bind_text(c->st, i, c->name, -1, SQLITE_STATIC);
    else if (i) sqlite3_bind_int64(c->st, i, c->key);
    return 0;
}

static int step(cursor *c) {
    for (;;) {
        c->rc = c->st ? sqlite3_step(c->st) : SQLITE_DONE;
        if (c->rc != SQLITE_DONE || c->next >= c->nparts) return c->rc == SQLITE_ROW;
        if (open_part(c) != 0) {
            c->rc = SQLITE_ERROR;
            return 0;
        }
    }
}

/* The cursors of a query: of events (sentences 0) or dated sentences. */
typedef struct {
    cursor *v;
    size_t n, cap;
} cursors;

static cursor *add_cursor(cursors *cs, annals_store *s, const an_filters *f, int sentences,
                          int desc) {
    if (cs->n == cs->cap) {
        size_t cap = cs->cap ? cs->cap * 2 : 8;
        cursor *v = realloc(cs->v, cap * sizeof *v);
        if (!v) return NULL;
        cs->v = v, cs->cap = cap;
    }
    cursor *c = &cs->v[cs->n++];
    memset(c, 0, sizeof *c);
    c->s = s, c->f = f, c->sentences = sentences, c->desc = desc;
    c->rc = SQLITE_DONE;
    return c;
}

static int add_stream(cursors *cs, annals_store *s, const an_filters *f, int sentences,
                      int desc, int part, int64_t key, const char *name) {
    cursor *c = add_cursor(cs, s, f, sentences, desc);
    if (!c) return -1;
    c->parts[c->nparts++] = part;
    c->key = key, c->name = name;
    return 0;
}

/* The date index in its three parts, in the order asked. */
static int add_dates(cursors *cs, annals_store *s, const an_filters *f, int sentences, int desc) {
    cursor *c = add_cursor(cs, s, f, sentences, desc);
    if (!c) return -1;
    if (!f->from[0]) { /* from the beginning: nothing lies before */
        c->parts[c->nparts++] = READ_WITHIN;
    } else {
        c->parts[0] = desc ? READ_WITHIN : READ_LONG_BEFORE, c->parts[1] = READ_SHORT_BEFORE;
        c->parts[2] = desc ? READ_LONG_BEFORE : READ_WITHIN, c->nparts = 3;
    }
    return 0;
}

static int open_cursors(cursors *cs, annals_store *s, const an_filters *f, const an_drive *d,
                        int sentences, int desc) {
    int rc = 0;
    size_t first = cs->n;
    if (d->how == AN_READ_DATES) rc = add_dates(cs, s, f, sentences, desc);
    else if (d->how == AN_READ_SENTENCES)
        rc = add_stream(cs, s, f, sentences, desc, READ_MATCHES, 0, NULL);
    for (size_t i = 0; d->how == AN_READ_KEYS && rc == 0 && i < d->nplaces; i++)
        rc = add_stream(cs, s, f, sentences, desc, READ_PLACE, d->places[i], NULL);
    /* events hold their actors by name, dated sentences by id */
    for (size_t i = 0; d->how == AN_READ_KEYS && sentences && rc == 0 && i < d->nactors; i++)
        rc = add_stream(cs, s, f, sentences, desc, READ_ACTOR, d->actors[i], NULL);
    for (size_t i = 0; d->how == AN_READ_KEYS && !sentences && rc == 0 && i < d->nnames; i++) {
        rc = add_stream(cs, s, f, sentences, desc, READ_ACTOR, 0, d->names[i]);
        if (rc == 0) rc = add_stream(cs, s, f, sentences, desc, READ_ACTOR2, 0, d->names[i]);
    }
    for (size_t i = first; rc == 0 && i < cs->n; i++) {
        step(&cs->v[i]);
        if (cs->v[i].failed) rc = -1;
    }
    return rc;
}

static void close_cursors(cursors *cs) {
    for (size_t i = 0; i < cs->n; i++) sqlite3_finalize(cs->v[i].st);
    free(cs->v);
    memset(cs, 0, sizeof *cs);
}

static const char *cursor_date(const cursor *c) {
    const char *d = (const char *)sqlite3_column_text(c->st, c->sentences ? SC_START : EC_GSTART);
    return d ? d : "";
}

/* The cursor whose row comes next (events before sentences of the same day), or NULL. */
static cursor *next_cursor(cursors *cs, int desc) {
    cursor *best = NULL;
    for (size_t i = 0; i < cs->n; i++) {
        cursor *c = &cs->v[i];
        if (c->rc != SQLITE_ROW) continue;
        if (!best) {
            best = c;
            continue;
        }
        int cmp = strcmp(cursor_date(c), cursor_date(best));
        if (desc ? cmp > 0 : cmp < 0) best = c;
        else if (cmp == 0 && !c->sentences && best->sentences) best = c;
    }
    return best;
}

static int any_failed(const cursors *cs) {
    for (size_t i = 0; i < cs->n; i++)
        if (cs->v[i].failed || (cs->v[i].rc != SQLITE_ROW && cs->v[i].rc != SQLITE_DONE))
            return 1;
    return 0;
}

/* Reads one merged event (the rows of one group) into g; the cursor moves past it. */
static int read_group(annals_store *s, cursor *c, group *g) {
    int64_t id = sqlite3_column_int64(c->st, EC_GROUP);
    group_first(g, c->st);
    do {
        if (group_report(g, c->st) != 0) return -1;
    } while (step(c) && sqlite3_column_int64(c->st, EC_GROUP) == id);
    group_counts(g);
    return group_casualties(s, g, id);
}

/* Moves past the rows of a group already given (another key's cursor gave it). */
static void skip_group(cursor *c) {
    int64_t id = sqlite3_column_int64(c->st, EC_GROUP);
    while (step(c) && sqlite3_column_int64(c->st, EC_GROUP) == id) {
    }
}

static void sentence_row(sqlite3_stmt *st, annals_row *r) {
    memset(r, 0, sizeof *r);
    r->kind = ANNALS_ROW_SENTENCE;
    r->date = (const char *)sqlite3_column_text(st, SC_VALUE);
    r->precision = (const char *)sqlite3_column_text(st, SC_PREC);
    r->date_start = (const char *)sqlite3_column_text(st, SC_START);
    r->date_end = (const char *)sqlite3_column_text(st, SC_END);
    r->text = (const char *)sqlite3_column_text(st, SC_TEXT);
    r->sentence_start = sqlite3_column_int64(st, SC_SSTART);
    r->sentence_end = sqlite3_column_int64(st, SC_SEND);
    r->article = sqlite3_column_int64(st, SC_ARTICLE);
    r->doc_id = (const char *)sqlite3_column_text(st, SC_DOC);
    r->url = (const char *)sqlite3_column_text(st, SC_URL);
    r->title = (const char *)sqlite3_column_text(st, SC_TITLE);
    r->outlet = (const char *)sqlite3_column_text(st, SC_OUTLET);
    r->published = (const char *)sqlite3_column_text(st, SC_PUBLISHED);
    r->source = (const char *)sqlite3_column_text(st, SC_SOURCE);
    r->duplicates = sqlite3_column_int64(st, SC_COPIES);
    r->reports = 1;
    r->lat = r->lon = NAN;
}

/* Gives the next row of cursor c; 1 when fn asked to stop or on error, else 0. *given is
 * set when a row was given (not one another cursor gave already). */
static int give(annals_store *s, cursor *c, an_idset *seen, annals_row_fn fn, void *ctx,
                int *given) {
    *given = 0;
    int64_t id = sqlite3_column_int64(c->st, c->sentences ? SC_TIME : EC_GROUP);
    /* a group's ids and a time mention's ids are apart: times as negative numbers */
    int fresh = an_idset_add(seen, c->sentences ? -id : id);
    if (fresh < 0) return 1;
    if (!fresh) {
        if (c->sentences) step(c);
        else skip_group(c);
        return 0;
    }
    *given = 1;
    if (!c->sentences) {
        group g = {0};
        int stop = read_group(s, c, &g) != 0 || fn(ctx, &g.row);
        group_clear(&g);
        return stop;
    }
    annals_row r;
    sentence_row(c->st, &r);
    int stop = fn(ctx, &r);
    step(c);
    return stop;
}

static annals_status run(annals_store *s, const annals_query *q, int with_sentences,
                         annals_row_fn fn, void *ctx) {
    an_filters f;
    annals_status rc = an_filters_resolve(s, q, &f);
    if (rc != ANNALS_OK) return rc;
    an_drive d;
    if ((rc = an_filters_drive(s, &f, &d)) != ANNALS_OK) return rc;
    int desc = q->sort == ANNALS_SORT_DATE_DESC;
    /* dated sentences have no type or modality: asking for one means events only */
    if (q->type || (q->modality && strcmp(q->modality, "any") != 0)) with_sentences = 0;
    cursors cs = {0};
    int failed = open_cursors(&cs, s, &f, &d, 0, desc) != 0 ||
                 (with_sentences && open_cursors(&cs, s, &f, &d, 1, desc) != 0);
    an_idset seen = {0};
    size_t n = 0;
    cursor *c;
    while (!failed && (!q->limit || n < q->limit) && (c = next_cursor(&cs, desc)) != NULL) {
        int given;
        if (give(s, c, &seen, fn, ctx, &given)) break;
        n += (size_t)given;
    }
    int bad = failed || any_failed(&cs);
    if (bad && !failed) an_store_sqlfail(s, "reading the timeline");
    close_cursors(&cs);
    free(seen.v);
    return bad ? ANNALS_EIO : ANNALS_OK;
}

annals_status annals_store_timeline(annals_store *s, const annals_query *q, annals_row_fn fn,
                                    void *ctx) {
    if (!s || !q || !fn) return ANNALS_EINVAL;
    return run(s, q, 1, fn, ctx);
}

annals_status annals_store_events(annals_store *s, const annals_query *q, annals_row_fn fn,
                                  void *ctx) {
    if (!s || !q || !fn) return ANNALS_EINVAL;
    return run(s, q, 0, fn, ctx);
}
