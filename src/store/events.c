/* events.c - storing the events of an article and merging them with the events other
 * reports give of the same happening: same PLOVER type (and ACLED type when both have one), compatible dates, places within
 * MERGE_KM (TOWNS_KM for two towns; or both unknown) and no conflicting actors; the group is found first, so the
 * event row is written once. Two events of one article never merge: an article that tells
 * of two attacks means two. Two days merge give or take a day; a coarser period (a week, a
 * month, a sentence with no date of its own) only joins a period it contains or lies in, and
 * only with an actor known on both sides, since "fighting near Palmyra that week" alone says
 * too little to be the same happening (and a group of people, "civilians", "people", names
 * no one: "7,500 people have been killed since the uprising began" is not that week's
 * killing of people there); a period longer than a week never joins a single day.
 * An event with no place and no actor stays alone. The merged event (event_groups) keeps the most
 * precise date seen; sources, reports and casualty ranges are computed from its members
 * when queried. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/doc.h"
#include "store/store.h"

#define MERGE_KM 50.0
/* Two towns by name are two places: a shelling of Homs and one of Hama, 47 km apart, the
 * same day, are two events. Only a town's second entry in the gazetteer, or a suburb, lies
 * this close. A town and an area or a landmark (a district, an airbase) keep MERGE_KM. */
#define TOWNS_KM 10.0

static const char *const modality_names[] = {"asserted",   "reported",     "denied", "planned",
                                             "threatened", "hypothetical", "negated"};
static const char *const casualty_names[] = {"killed", "injured", "killed_or_wounded",
                                             "captured", "missing", "displaced"};
static const char *const role_names[] = {"trigger", "actor1", "actor2", "place",
                                         "time",    "casualty", "source"};
static const char *const dprec_names[] = {NULL, "day", "week", "month", "year"};
static const char *const pprec_names[] = {NULL, "sentence", "coreference", "dateline", "article"};

#define NAME_OF(table, i) ((size_t)(i) < sizeof table / sizeof *table ? table[i] : NULL)

/* Candidates: the same type at one place (or, for an event with no place, merged events
 * with none), whose period overlaps this one give or take a day and begins on or after the
 * look-back: groups.c keeps them in memory by place, type and first day, read from the
 * store's (place_id, plover, date_start, ...) index. A first pass looks at periods that
 * begin at most a month before; a coarse event (a month, a season, a year) also looks
 * back a year, at periods longer than a month. */
static const char *const sql_group_insert =
    "INSERT INTO event_groups(plover, date_start, date_end, place_id, actor1, actor2, acled_type)"
    " VALUES(?,?,?,?,?,?,?)";
/* a more precise date, a place or actors the group lacked, come from the new report */
static const char *const sql_group_update =
    "UPDATE event_groups SET"
    " date_start = CASE WHEN julianday(?2) - julianday(?3) < julianday(date_end)"
    "  - julianday(date_start) THEN ?3 ELSE date_start END,"
    " date_end = CASE WHEN julianday(?2) - julianday(?3) < julianday(date_end)"
    "  - julianday(date_start) THEN ?2 ELSE date_end END,"
    " place_id = COALESCE(place_id, ?4), actor1 = COALESCE(actor1, ?5),"
    " actor2 = COALESCE(actor2, ?6), acled_type = COALESCE(acled_type, ?7) WHERE id = ?1";

typedef struct {
    const char *plover, *actor1, *actor2;
    const char *acled; /* ACLED event type: a battle and a killing of civilians there that
                          week are two events, though PLOVER calls both ASSAULT */
    int named1, named2; /* the side is someone, not a group of people ("civilians") */
    char start[11], end[11];
    long start_day, end_day;
    int has_place, town;
    double lat, lon;
    int64_t place_id;
    const int64_t *taken; /* the groups this article's events are in already */
    size_t n_taken;
    int64_t group; /* the merged event it joins */
} merge_key;

/* The best candidate so far, as it was, and where it was found. */
typedef struct {
    an_group g;
    int64_t place; /* 0: none */
    int score;
} found_group;

static void bind_text(sqlite3_stmt *q, int i, const char *s) {
    if (s) sqlite3_bind_text(q, i, s, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(q, i);
}

static int run(annals_store *s, sqlite3_stmt *q, const char *what) {
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) return 0;
    an_store_sqlfail(s, what);
    return -1;
}

static int same_or_unknown(const char *a, const char *b) { return !a || !b || strcmp(a, b) == 0; }

static int same_and_known(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

static int contains(long start, long end, long in_start, long in_end) {
    return start <= in_start && in_end <= end;
}

/* Two days merge give or take a day (the candidates' range saw to that); a coarser period
 * must contain the other or lie in it, and share a known actor who is someone (not a group
 * of people); and a period longer than a week ("in May", "last year") never joins one day:
 * of the days it holds, it does not say which. */
static int dates_fit(const an_group *g, const merge_key *k) {
    int day = g->start == g->end, k_day = k->start_day == k->end_day;
    if (day && k_day) return 1;
    if (!contains(g->start, g->end, k->start_day, k->end_day) &&
        !contains(k->start_day, k->end_day, g->start, g->end))
        return 0;
    if ((day && k->end_day - k->start_day + 1 > 7) || (k_day && g->end - g->start + 1 > 7))
        return 0;
    return (k->named1 && same_and_known(g->actor1, k->actor1)) ||
           (k->named2 && same_and_known(g->actor2, k->actor2));
}

static int taken(const merge_key *k, int64_t group) {
    for (size_t i = 0; i < k->n_taken; i++)
        if (k->taken[i] == group) return 1;
    return 0;
}

/* Whether the group (at a place at lat, lon, or none) may be this event's. */
static int compatible(const an_group *g, const merge_key *k, const an_neighbour *at) {
    if (g->end < k->start_day - 1 || taken(k, g->id)) return 0;
    if (!same_or_unknown(g->actor1, k->actor1) || !same_or_unknown(g->actor2, k->actor2) ||
        !same_or_unknown(g->acled, k->acled) || !dates_fit(g, k))
        return 0;
    if (!at) return 1;
    double reach = at->id != k->place_id && at->town && k->town ? TOWNS_KM : MERGE_KM;
    return an_distance_km(at->lat, at->lon, k->lat, k->lon) <= reach;
}

/* Among compatible groups, the one that agrees most: the same first day, then actors
 * known on both sides ("retaken on March 2" joins the March 2 recapture, not a clash of
 * March 1 that a day's slack also allows). */
static int fit_score(const an_group *g, const merge_key *k) {
    int score = (g->start == k->start_day) * 4 + (g->end == k->end_day) * 4;
    return score + same_and_known(g->actor1, k->actor1) * 2 + same_and_known(g->actor2, k->actor2);
}

/* Runs a group insert or update whose parameters 2..6 are start/end, place, actors. */
static int64_t write_group(annals_store *s, int which, const char *sql, int64_t group,
                           const merge_key *k) {
    sqlite3_stmt *q = an_store_stmt_sql(s, which, sql);
    if (!q) return -1;
    if (group) sqlite3_bind_int64(q, 1, group);
    else bind_text(q, 1, k->plover);
    /* the update compares end - start of the new period (?2 end, ?3 start) */
    bind_text(q, group ? 3 : 2, k->start[0] ? k->start : NULL);
    bind_text(q, group ? 2 : 3, k->end[0] ? k->end : NULL);
    if (k->place_id) sqlite3_bind_int64(q, 4, k->place_id);
    bind_text(q, 5, k->actor1);
    bind_text(q, 6, k->actor2);
    bind_text(q, 7, k->acled);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) {
        an_store_sqlfail(s, "merging events");
        return -1;
    }
    return group ? group : sqlite3_last_insert_rowid(s->db);
}

/* What a pass over the candidates looks at. */
typedef struct {
    const merge_key *k;
    const an_neighbour *at;
    int longer; /* periods longer than a month only */
    found_group *best;
} pass;

/* Keeps the group if it fits better than the best so far. */
static void consider(void *ctx, const an_group *g) {
    const pass *p = ctx;
    if (p->longer && g->end - g->start <= 31) return;
    if (!compatible(g, p->k, p->at)) return;
    int score = fit_score(g, p->k);
    if (score <= p->best->score) return;
    *p->best = (found_group){*g, p->at ? p->at->id : 0, score};
}

/* One pass over the candidates at every place within reach (or with no place) whose period
 * begins in [since, the day after the event's last]. */
static int candidates(annals_store *s, const merge_key *k, long since, int longer,
                      found_group *best) {
    pass p = {k, NULL, longer, best};
    if (!k->has_place)
        return an_groups_each(s, 0, k->plover, since, k->end_day + 1, consider, &p);
    const an_near *near = an_cache_near(s, k->place_id, k->lat, k->lon);
    if (!near) return -1;
    for (size_t i = 0; i < near->count; i++) {
        p.at = &near->v[i];
        if (an_groups_each(s, p.at->id, k->plover, since, k->end_day + 1, consider, &p) != 0)
            return -1;
    }
    return 0;
}

/* The group as sql_group_update leaves it: a narrower period, and a place or actors it
 * lacked. */
static an_group updated(const found_group *f, const merge_key *k, int64_t *place) {
    an_group g = f->g;
    if (k->end_day - k->start_day < g.end - g.start) g.start = k->start_day, g.end = k->end_day;
    if (!g.actor1) g.actor1 = k->actor1;
    if (!g.actor2) g.actor2 = k->actor2;
    if (!g.acled) g.acled = k->acled;
    *place = f->place ? f->place : k->place_id;
    return g;
}

static int same_group(const an_group *a, const an_group *b) {
    return a->start == b->start && a->end == b->end && a->actor1 == b->actor1 &&
           a->actor2 == b->actor2 && a->acled == b->acled;
}

/* A new or changed group into the index, with its names in the index's keeping. */
static void index_group(annals_store *s, int64_t place, an_group g) {
    const char *a1 = an_groups_name(s, g.actor1), *a2 = an_groups_name(s, g.actor2);
    const char *type = an_groups_name(s, g.plover), *acled = an_groups_name(s, g.acled);
    if ((g.actor1 && !a1) || (g.actor2 && !a2) || !type || (g.acled && !acled)) {
        an_groups_clear(s); /* out of memory: it is read again when needed */
        return;
    }
    g.actor1 = a1, g.actor2 = a2, g.plover = type, g.acled = acled;
    an_groups_put(s, place, &g);
}

/* The merged event this report belongs to, created when none fits. */
static int64_t find_group(annals_store *s, merge_key *k) {
    found_group best = {.score = -1};
    /* "an attack, somewhere, by someone, that day" is too little to be the same event */
    int said_enough = k->has_place || k->actor1 || k->actor2;
    int dated = k->plover && k->start[0];
    if (dated) {
        k->start_day = an_store_days(k->start);
        k->end_day = an_store_days(k->end);
    }
    if (dated && said_enough) {
        /* a day joins a day give or take one, or a period of up to a week that holds it
         * (dates_fit): nothing that began more than a week before; a coarser event may lie
         * in a month */
        int day = k->start_day == k->end_day;
        if (candidates(s, k, k->start_day - (day ? 7 : 32), 0, &best) != 0) return -1;
        /* a coarse event may join a coarse group */
        if (!best.g.id && !day && candidates(s, k, k->start_day - 367, 1, &best) != 0)
            return -1;
    }
    if (!best.g.id) {
        int64_t id = write_group(s, ST_GROUP_INSERT, sql_group_insert, 0, k);
        if (id > 0 && dated)
            index_group(s, k->place_id,
                        (an_group){id, k->start_day, k->end_day, k->actor1, k->actor2, k->plover,
                                   k->acled});
        return id;
    }
    int64_t place;
    an_group now = updated(&best, k, &place);
    /* most reports change nothing, and an update rewrites every index that holds the dates */
    if (same_group(&now, &best.g) && place == best.place) return best.g.id;
    an_groups_drop(s, best.place, &best.g);
    if (write_group(s, ST_GROUP_UPDATE, sql_group_update, best.g.id, k) < 0) return -1;
    index_group(s, place, now);
    return best.g.id;
}

static const an_actor *actor_at(const annals_doc *doc, int i) {
    return i >= 0 && (size_t)i < doc->actors.n ? &doc->actors.v[i] : NULL;
}

static void bind_actor(sqlite3_stmt *q, int i, const an_actor *a) {
    bind_text(q, i, a ? a->name : NULL);
    bind_text(q, i + 1, a ? an_store_actor_kind_name(a->kind) : NULL);
    bind_text(q, i + 2, a ? a->country : NULL);
}

/* The period of the event: its date, else the day it was reported. */
static void event_period(const annals_doc *doc, const an_event *e, merge_key *k) {
    const char *prec;
    if (annals_period(e->date, k->start, k->end, &prec) == 0) return;
    if (annals_period(doc->field[ANNALS_FIELD_PUBLISHED], k->start, k->end, &prec) == 0) return;
    k->start[0] = k->end[0] = 0;
}

static int add_casualties(annals_store *s, int64_t event, int64_t article, annals_doc *doc,
                          const an_event *e) {
    for (size_t i = 0; i < e->n_cas; i++) {
        const an_casualty *c = &e->cas[i];
        sqlite3_stmt *q = an_store_stmt(s, ST_CASUALTY_INSERT);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, event);
        sqlite3_bind_int64(q, 2, article);
        bind_text(q, 3, NAME_OF(casualty_names, c->kind));
        const int64_t n[3] = {c->low, c->best, c->high};
        for (int j = 0; j < 3; j++)
            if (n[j] >= 0) sqlite3_bind_int64(q, 4 + j, n[j]);
        bind_text(q, 7, c->who);
        size_t len;
        const char *str = an_doc_where(doc, c->where, &len);
        if (str && c->start <= c->end && c->end <= len)
            sqlite3_bind_text(q, 8, str + c->start, (int)(c->end - c->start), SQLITE_STATIC);
        if (run(s, q, "adding casualties") != 0) return -1;
    }
    return 0;
}

/* The event's evidence as the events.evidence column: [[role, start, end, loc], ...]. */
static void evidence_json(an_buf *b, annals_doc *doc, const an_event *e) {
    an_buf_putc(b, '[');
    for (size_t i = 0; i < e->n_ev; i++) {
        const an_evidence *ev = &e->ev[i];
        const char *role = NAME_OF(role_names, ev->role);
        an_buf_printf(b, "%s[\"%s\",%zu,%zu,%d]", i ? "," : "", role ? role : "word",
                      an_doc_cp(doc, ev->where, ev->start), an_doc_cp(doc, ev->where, ev->end),
                      (int)ev->where);
    }
    an_buf_putc(b, ']');
}

static int64_t insert_event(annals_store *s, annals_doc *doc, int64_t article, size_t index,
                            const merge_key *k, an_sentence_fn sentence, void *ctx) {
    const an_event *e = &doc->events.v[index];
    sqlite3_stmt *q = an_store_stmt(s, ST_EVENT_INSERT);
    if (!q) return -1;
    char ext[256];
    snprintf(ext, sizeof ext, "%s-e%zu", annals_doc_get(doc, ANNALS_FIELD_ID), index);
    const char *strs[] = {ext, e->plover, e->mode, e->cameo, e->acled_type, e->acled_subtype};
    sqlite3_bind_int64(q, 1, article);
    for (int i = 0; i < 6; i++) bind_text(q, 2 + i, strs[i]);
    bind_actor(q, 8, actor_at(doc, e->actor1));
    bind_actor(q, 11, actor_at(doc, e->actor2));
    bind_text(q, 14, e->date);
    bind_text(q, 15, NAME_OF(dprec_names, e->date_precision));
    bind_text(q, 16, k->start[0] ? k->start : NULL);
    bind_text(q, 17, k->end[0] ? k->end : NULL);
    bind_text(q, 18, doc->field[ANNALS_FIELD_PUBLISHED]);
    if (k->place_id) sqlite3_bind_int64(q, 19, k->place_id);
    bind_text(q, 20, NAME_OF(pprec_names, e->place_precision));
    const an_actor *src = actor_at(doc, e->source);
    bind_actor(q, 21, src);
    if (!src) bind_text(q, 21, e->source_name);
    size_t len;
    const char *str = an_doc_where(doc, AN_WHERE_TEXT, &len);
    if (str && e->claim_start < e->claim_end && e->claim_end <= len)
        sqlite3_bind_text(q, 24, str + e->claim_start, (int)(e->claim_end - e->claim_start),
                          SQLITE_STATIC);
    bind_text(q, 25, NAME_OF(modality_names, e->modality));
    if (e->sentence < doc->sentences.n) {
        const an_sentence *sn = &doc->sentences.v[e->sentence];
        int64_t sid = sentence(ctx, sn->where, sn->start);
        if (sid) sqlite3_bind_int64(q, 26, sid);
        sqlite3_bind_int64(q, 27, (int64_t)an_doc_cp(doc, sn->where, sn->start));
        sqlite3_bind_int64(q, 28, (int64_t)an_doc_cp(doc, sn->where, sn->end));
        sqlite3_bind_int(q, 29, sn->where);
    }
    sqlite3_bind_int64(q, 30, k->group);
    an_buf ev;
    an_buf_init(&ev);
    evidence_json(&ev, doc, e);
    if (!ev.failed) sqlite3_bind_text(q, 31, an_buf_cstr(&ev), (int)ev.len, SQLITE_STATIC);
    int rc = run(s, q, "adding an event");
    an_buf_free(&ev);
    if (rc != 0) return -1;
    return sqlite3_last_insert_rowid(s->db);
}

/* Stores the article's events; groups[] gathers the merged events they join, which no
 * later event of the same article may join. */
static int add_events(annals_store *s, annals_doc *doc, int64_t article, an_sentence_fn sentence,
                      void *ctx, int64_t *groups) {
    for (size_t i = 0; i < doc->events.n; i++) {
        const an_event *e = &doc->events.v[i];
        merge_key k = {.taken = groups, .n_taken = i};
        const an_actor *a1 = actor_at(doc, e->actor1), *a2 = actor_at(doc, e->actor2);
        k.plover = e->plover;
        k.acled = e->acled_type;
        k.actor1 = a1 ? a1->name : NULL;
        k.actor2 = a2 ? a2->name : NULL;
        k.named1 = a1 && a1->kind != AN_ACTOR_GROUP_OF_PEOPLE;
        k.named2 = a2 && a2->kind != AN_ACTOR_GROUP_OF_PEOPLE;
        event_period(doc, e, &k);
        if (e->place >= 0 && (size_t)e->place < doc->places.n) {
            const an_place *p = &doc->places.v[e->place];
            k.place_id = an_store_place_id(s, p->name, p->geonameid, p->lat, p->lon, p->country,
                                           p->admin1, an_store_place_kind_name(p->kind),
                                           p->precision);
            if (k.place_id < 0) return -1;
            k.has_place = k.place_id > 0;
            k.town = p->kind == AN_PLACE_CITY;
            k.lat = p->lat;
            k.lon = p->lon;
        }
        k.group = find_group(s, &k);
        if (k.group < 0) return -1;
        groups[i] = k.group;
        int64_t event = insert_event(s, doc, article, i, &k, sentence, ctx);
        if (event < 0 || add_casualties(s, event, article, doc, e) != 0) return -1;
    }
    return 0;
}

int an_store_add_events(annals_store *s, annals_doc *doc, int64_t article, an_sentence_fn sentence,
                        void *ctx) {
    int64_t *groups = malloc((doc->events.n + 1) * sizeof *groups);
    if (!groups) {
        an_store_fail(s, ANNALS_ENOMEM, "out of memory");
        return -1;
    }
    int rc = add_events(s, doc, article, sentence, ctx, groups);
    free(groups);
    return rc;
}
