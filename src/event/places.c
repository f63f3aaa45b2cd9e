/* places.c - where: a place named in the event's clause (else its sentence); "the city",
 * "the ancient city", "it" after the trigger refer back to the last town named; else the
 * dateline's place, else the article's main place. place_precision says which. */
#include <stdlib.h>
#include <string.h>

#include "event/ev.h"

static int town_like(const an_place *p) {
    return p->kind == AN_PLACE_CITY || p->kind == AN_PLACE_LANDMARK;
}

/* Rank of a place kind for an event: a town beats a province beats a country. */
static int rank(const an_place *p) {
    switch (p->kind) {
    case AN_PLACE_CITY:
    case AN_PLACE_LANDMARK: return 4;
    case AN_PLACE_ADMIN2: return 3;
    case AN_PLACE_ADMIN1:
    case AN_PLACE_REGION: return 2;
    default: return 1;
    }
}

static int best_place(const an_evctx *c, const an_evcand *e, size_t a, size_t b) {
    int best = -1, best_rank = 0;
    for (size_t i = a; i < b; i++) {
        int p = c->tok[i].place;
        if (p < 0 || c->tok[i].attr || c->tok[i].time >= 0) continue;
        int a1 = c->tok[i].actor;
        if (a1 >= 0 && (a1 == e->actor1 || a1 == e->actor2)) continue;
        if (p == e->place1 || (p == e->place2 && !e->place2_locus)) continue;
        int r = rank(&c->doc->places.v[p]);
        if (r > best_rank) {
            best = p;
            best_rank = r;
        }
    }
    return best;
}

/* "the city", "the ancient city", "the town", "it" in the clause after the trigger. */
static int refers_back(const an_evctx *c, const an_evcand *e) {
    static const char *const nouns[] = {"city", "town", "village", "site", "area", "capital",
                                        "region", "province", "district", NULL};
    for (size_t i = e->t1; i < e->c1; i++) {
        if (c->tok[i].attr) break;
        if (an_ev_is(c, i, "it") && i == e->t1) return 1;
        if (!an_ev_is_any(c, i, nouns)) continue;
        for (size_t j = i; j-- > e->t1 && i - j <= 3;)
            if (an_ev_is(c, j, "the")) return 1;
    }
    return 0;
}

/* The place the dateline names ("BEIRUT (Reuters) -"): a place of the article with that
 * name. */
static int dateline_place(const an_evctx *c) {
    const char *d = c->doc->field[ANNALS_FIELD_DATELINE];
    if (!d) return -1;
    for (size_t k = 0; k < c->doc->places.n; k++) {
        const an_place *p = &c->doc->places.v[k];
        size_t n = p->name ? strlen(p->name) : 0;
        if (n && strncasecmp(d, p->name, n) == 0) return (int)k;
    }
    return -1;
}

static int by_id_and_name(const void *a, const void *b) {
    const an_place *x = *(const an_place *const *)a, *y = *(const an_place *const *)b;
    if (x->geonameid != y->geonameid) return x->geonameid < y->geonameid ? -1 : 1;
    if (!x->name || !y->name) return (x->name != NULL) - (y->name != NULL);
    return strcmp(x->name, y->name);
}

/* How often each place's name and id occur among the article's places (0 without a
 * name); sorted so that an article of many places costs no more than the sort. */
static int *mention_counts(const an_evctx *c) {
    size_t n = c->doc->places.n;
    const an_place **by = malloc(n * sizeof *by);
    int *count = calloc(n, sizeof *count);
    if (!by || !count) {
        free(by);
        free(count);
        return NULL;
    }
    for (size_t k = 0; k < n; k++) by[k] = &c->doc->places.v[k];
    qsort(by, n, sizeof *by, by_id_and_name);
    for (size_t a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && by_id_and_name(&by[a], &by[b]) == 0;) b++;
        for (size_t k = a; k < b && by[a]->name; k++)
            count[by[k] - c->doc->places.v] = (int)(b - a);
    }
    free(by);
    return count;
}

/* The town named most often in the article, else the country; -2 when out of memory. */
static int main_place(const an_evctx *c) {
    if (c->doc->places.n == 0) return -1;
    int *count = mention_counts(c);
    if (!count) return -2;
    int best = -1, best_score = 0;
    for (size_t k = 0; k < c->doc->places.n; k++) {
        int score = count[k] * 8 + rank(&c->doc->places.v[k]);
        if (score > best_score) {
            best = (int)k;
            best_score = score;
        }
    }
    free(count);
    return best;
}

void an_ev_places(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        if (e->absorbed_by >= 0) continue;
        int p = best_place(c, e, e->c0, e->c1);
        e->place_prec = AN_PPREC_SENTENCE;
        int back = c->last_event_town >= 0 ? c->last_event_town : c->last_place;
        if (p < 0 && refers_back(c, e) && back >= 0) {
            p = back;
            e->place_prec = AN_PPREC_COREFERENCE;
        }
        if (p < 0) p = best_place(c, e, 0, c->n);
        if (p < 0) {
            p = c->fallback_place;
            e->place_prec = p >= 0 ? c->fallback_prec : AN_PPREC_NONE;
        }
        e->place = p;
        if (p >= 0 && e->place_prec <= AN_PPREC_COREFERENCE && town_like(&c->doc->places.v[p]))
            c->last_event_town = p;
    }
}

int an_ev_fallback_place(an_evctx *c) {
    c->fallback_place = dateline_place(c);
    c->fallback_prec = AN_PPREC_DATELINE;
    if (c->fallback_place < 0) {
        c->fallback_place = main_place(c);
        c->fallback_prec = AN_PPREC_ARTICLE;
    }
    return c->fallback_place < -1 ? -1 : 0;
}

/* Remembers the last town of the sentence for "the city" later on. */
void an_ev_note_places(an_evctx *c) {
    for (size_t i = 0; i < c->n; i++) {
        int p = c->tok[i].place;
        if (p >= 0 && c->tok[i].time < 0 && town_like(&c->doc->places.v[p])) c->last_place = p;
    }
}

static const char *const place_precisions[] = {NULL, "sentence", "coreference", "dateline",
                                               "article"};

const char *an_event_place_precision(unsigned p) { return p < 5 ? place_precisions[p] : NULL; }
