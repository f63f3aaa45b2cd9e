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

/* The dateline opening the text: the record's ("BEIRUT (Reuters)"), or a name in capitals
 * before a bracket or a dash ("WASHINGTON (Agency) -"). */
static int dateline_at(const an_evctx *c, size_t i) {
    if (c->where != AN_WHERE_TEXT) return 0;
    const char *d = c->doc->field[ANNALS_FIELD_DATELINE];
    size_t dn = d ? strlen(d) : 0;
    if (dn && c->tok[i].start < dn && strncmp(c->text, d, dn) == 0) return 1;
    size_t j = i;
    while (j > 0 && c->tok[j - 1].place == c->tok[i].place) j--;
    if (c->tok[j].start != 0 || !(c->tok[i].flags & ANNALS_TOKEN_ALLCAPS)) return 0;
    while (j < c->n && c->tok[j].place == c->tok[i].place) j++;
    return j < c->n && (an_ev_is(c, j, "(") || an_ev_is(c, j, "-") ||
                        an_ev_is(c, j, "\xe2\x80\x94") || an_ev_is(c, j, ","));
}

/* Whether word w (n bytes) before "of" names a building after a god or a person: "the
 * Temple of Bel", "the temples of Bel and Baalshamin"; not "the theatre of Palmyra", which
 * is in the town. */
static int building_word(const char *w, size_t n, int capital) {
    static const char *const buildings[] = {"temple", "temples", "church", "mosque", "tomb",
                                            "tombs", "arch", "shrine", "palace", "museum",
                                            "theatre", "theater", NULL};
    for (int k = 0; buildings[k]; k++)
        if (strlen(buildings[k]) == n && strncasecmp(w, buildings[k], n) == 0)
            return capital || w[n - 1] == 's';
    return 0;
}

int an_ev_place_in_building(const an_evctx *c, size_t i) {
    size_t s = i; /* "temples of Baalshamin and Bel": back over the names and "and" */
    while (s > 0 && (c->tok[s - 1].place >= 0 || an_ev_is(c, s - 1, "and") ||
                     an_ev_is(c, s - 1, ",") || (c->tok[s - 1].flags & ANNALS_TOKEN_CAPITALIZED)))
        s--;
    if (s > 1 && an_ev_is(c, s - 1, "of") &&
        building_word(c->tok[s - 2].form[0], strlen(c->tok[s - 2].form[0]),
                      (c->tok[s - 2].flags & ANNALS_TOKEN_CAPITALIZED) != 0))
        return 1;
    return dateline_at(c, i);
}

/* A place name that is part of something else: a person's or a body's name ("Irina
 * Bokova"), a building's ("the temples of Bel and Baalshamin"), the dateline opening the
 * text ("WASHINGTON (Agency) -", the fallback's business). */
static int place_in_name(const an_evctx *c, size_t i) {
    if (an_ev_place_in_building(c, i)) return 1;
    int a = c->tok[i].actor;
    if (a >= 0) {
        uint8_t kind = c->doc->actors.v[a].kind;
        if (kind == AN_ACTOR_PERSON || kind == AN_ACTOR_ORGANISATION ||
            kind == AN_ACTOR_MEDIA || kind == AN_ACTOR_ARMED_GROUP || kind == AN_ACTOR_PARTY)
            return 1;
    }
    /* "Irina Bokova", "Arch of Triumph": a town's name going on after it (a country's may:
     * "U.S. President Bush") */
    size_t e = i + 1;
    while (e < c->n && c->tok[e].place == c->tok[i].place) e++;
    if (!town_like(&c->doc->places.v[c->tok[i].place])) e = c->n;
    if (e < c->n && an_ev_is(c, e, "of")) e++;
    return e < c->n && c->tok[e].place < 0 && c->tok[e].kind == ANNALS_TOKEN_WORD &&
           (c->tok[e].flags & ANNALS_TOKEN_CAPITALIZED);
}

/* "gunmen from Lima": a place after "from" that follows no event word is where someone
 * comes from ("retreating from Palmyra" is where it happens). */
static int origin(const an_evctx *c, size_t i) {
    return i > 0 && an_ev_is(c, i - 1, "from") && (i < 2 || c->tok[i - 2].trig < 0);
}

/* "a monitoring group based in Britain": where a body sits, never where its news happens */
static int seat(const an_evctx *c, size_t i) {
    static const char *const words[] = {"based", "headquartered", "registered", NULL};
    return i > 1 && an_ev_is(c, i - 1, "in") && an_ev_is_any(c, i - 2, words);
}

static const char *const locatives[] = {"in", "near", "at", "outside", "around", "inside",
                                        NULL};

static int best_place(const an_evctx *c, const an_evcand *e, size_t a, size_t b) {
    int best = -1, best_rank = 0;
    for (size_t i = a; i < b; i++) {
        int p = c->tok[i].place;
        if (p < 0 || c->tok[i].attr || c->tok[i].time >= 0 || place_in_name(c, i) || seat(c, i))
            continue;
        int a1 = c->tok[i].actor;
        if (a1 >= 0 && (a1 == e->actor1 || a1 == e->actor2)) continue;
        if (p == e->place1 || (p == e->place2 && !e->place2_locus)) continue;
        /* of two towns, the one "in", "near" or "at" says where, the other may be what is
         * acted on ("destroyed the Arch of Triumph in Palmyra") */
        int r = rank(&c->doc->places.v[p]) * 4 + 2 * (i > 0 && an_ev_is_any(c, i - 1, locatives)) -
                origin(c, i);
        if (r > best_rank) {
            best = p;
            best_rank = r;
        }
    }
    return best;
}

/* "the city", "the ancient city", "the town" in tokens [a, b) of the event's clause, up to
 * an attribution (stop_at_attr), or of its sentence, past them. */
static int names_the_town(const an_evctx *c, size_t a, size_t b, int stop_at_attr) {
    static const char *const nouns[] = {"city", "town", "village", "site", "area", "capital",
                                        "region", "province", "district", NULL};
    /* past the clause, only a settlement: "the site", "the area" there may be another's */
    static const char *const towns[] = {"city", "town", "village", NULL};
    for (size_t i = a; i < b; i++) {
        if (c->tok[i].attr) {
            if (stop_at_attr) break;
            continue;
        }
        if (!an_ev_is_any(c, i, stop_at_attr ? nouns : towns)) continue;
        for (size_t j = i; j-- > a && i - j <= 3;)
            if (an_ev_is(c, j, "the")) return 1;
    }
    return 0;
}

/* "the city", "the ancient city", "the town", "it" in the clause after the trigger. */
static int refers_back(const an_evctx *c, const an_evcand *e) {
    if (e->t1 < e->c1 && an_ev_is(c, e->t1, "it") && !c->tok[e->t1].attr) return 1;
    return names_the_town(c, e->t1, e->c1, 1);
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

/* Whether the text before place p is a building's word and "of" ("Temple of Bel"). */
static int in_building_name(const an_evctx *c, const an_place *p) {
    size_t len;
    const char *t = an_doc_where(c->doc, p->where, &len);
    if (!t || p->start > len || p->start < 5 || strncasecmp(t + p->start - 4, " of ", 4) != 0)
        return 0;
    size_t end = p->start - 4, w = end;
    while (w > 0 && ((t[w - 1] | 32) >= 'a' && (t[w - 1] | 32) <= 'z')) w--;
    return w < end && building_word(t + w, end - w, t[w] >= 'A' && t[w] <= 'Z');
}

static int by_id_and_name(const void *a, const void *b) {
    const an_place *x = *(const an_place *const *)a, *y = *(const an_place *const *)b;
    if (x->geonameid != y->geonameid) return x->geonameid < y->geonameid ? -1 : 1;
    if (!x->name || !y->name) return (x->name != NULL) - (y->name != NULL);
    return strcmp(x->name, y->name);
}

/* How often each place's name and id occur among the article's places, those in a
 * building's name left out (0 for them and without a name); sorted so that an article of
 * many places costs no more than the sort. */
static int *mention_counts(const an_evctx *c) {
    size_t n = c->doc->places.n;
    const an_place **by = malloc(n * sizeof *by);
    int *count = calloc(n, sizeof *count);
    if (!by || !count) {
        free(by);
        free(count);
        return NULL;
    }
    size_t kept = 0;
    for (size_t k = 0; k < n; k++)
        if (!in_building_name(c, &c->doc->places.v[k])) by[kept++] = &c->doc->places.v[k];
    qsort(by, kept, sizeof *by, by_id_and_name);
    for (size_t a = 0, b; a < kept; a = b) {
        for (b = a + 1; b < kept && by_id_and_name(&by[a], &by[b]) == 0;) b++;
        for (size_t k = a; k < b && by[a]->name; k++)
            count[by[k] - c->doc->places.v] = (int)(b - a);
    }
    free(by);
    return count;
}

/* Whether the headline names place p as the text does ("Concert in Palmyra's theatre"). */
static int in_title(const an_evctx *c, const an_place *p) {
    const char *title = c->doc->field[ANNALS_FIELD_TITLE];
    size_t len;
    const char *t = an_doc_where(c->doc, p->where, &len);
    if (!title || !t || p->end > len || p->end <= p->start || p->end - p->start > 80) return 0;
    char name[81];
    memcpy(name, t + p->start, p->end - p->start);
    name[p->end - p->start] = 0;
    return strstr(title, name) != NULL;
}

/* The town named most often in the article, else the country, a town the headline names
 * first among equals; -2 when out of memory. */
static int main_place(const an_evctx *c) {
    if (c->doc->places.n == 0) return -1;
    int *count = mention_counts(c);
    if (!count) return -2;
    int best = -1, best_score = 0;
    for (size_t k = 0; k < c->doc->places.n; k++) {
        if (in_building_name(c, &c->doc->places.v[k])) continue;
        int score = count[k] * 8 + rank(&c->doc->places.v[k]) + 4 * in_title(c, &c->doc->places.v[k]);
        if (score > best_score) {
            best = (int)k;
            best_score = score;
        }
    }
    free(count);
    return best;
}

/* The nearest town named in the sentence before token i, not an origin ("singers from
 * Lima"), or -1. */
static int town_before(const an_evctx *c, size_t i) {
    while (i-- > 0) {
        int p = c->tok[i].place;
        if (p >= 0 && c->tok[i].time < 0 && town_like(&c->doc->places.v[p]) &&
            !place_in_name(c, i) && !origin(c, i) && !seat(c, i))
            return p;
    }
    return -1;
}

/* Whether place p is named in tokens [a, b) only as where someone spoke or came from
 * ("speaking by video link from Sochi"): not a town a later "the town" means. */
static int only_origin(const an_evctx *c, int p, size_t a, size_t b) {
    int seen = 0;
    for (size_t i = a; i < b; i++) {
        if (c->tok[i].place != p) continue;
        if (!origin(c, i)) return 0;
        seen = 1;
    }
    return seen;
}

void an_ev_places(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        if (e->absorbed_by >= 0 || !e->plover) continue; /* no event: "gave a concert" */
        int p = best_place(c, e, e->c0, e->c1);
        e->place_prec = AN_PPREC_SENTENCE;
        /* "the town": the last event's, else one named earlier in the sentence or before
         * it, else the one the article is about */
        int back = c->last_event_town >= 0 ? c->last_event_town : town_before(c, e->t0);
        if (back < 0) back = c->last_place >= 0 ? c->last_place : c->main_place;
        if (p < 0 && refers_back(c, e) && back >= 0) {
            p = back;
            e->place_prec = AN_PPREC_COREFERENCE;
        }
        if (p < 0) p = best_place(c, e, 0, c->n);
        /* "... outside the town museum, and in June it blew up two shrines nearby": the
         * sentence speaks of the town before the dateline's city does */
        if (p < 0 && back >= 0 && names_the_town(c, 0, c->n, 0)) {
            p = back;
            e->place_prec = AN_PPREC_COREFERENCE;
        }
        if (p < 0) {
            p = c->fallback_place;
            e->place_prec = p >= 0 ? c->fallback_prec : AN_PPREC_NONE;
        }
        e->place = p;
        if (p >= 0 && e->place_prec <= AN_PPREC_COREFERENCE && town_like(&c->doc->places.v[p]) &&
            !only_origin(c, p, 0, c->n))
            c->last_event_town = p;
    }
}

int an_ev_fallback_place(an_evctx *c) {
    int top = main_place(c);
    if (top < -1) return -1;
    c->main_place = top >= 0 && town_like(&c->doc->places.v[top]) ? top : -1;
    c->fallback_place = dateline_place(c);
    c->fallback_prec = AN_PPREC_DATELINE;
    if (c->fallback_place < 0) {
        c->fallback_place = top; /* the country when no town is named */
        c->fallback_prec = AN_PPREC_ARTICLE;
    }
    return c->fallback_place < -1 ? -1 : 0;
}

/* Remembers the last town of the sentence for "the city" later on. */
void an_ev_note_places(an_evctx *c) {
    for (size_t i = 0; i < c->n; i++) {
        int p = c->tok[i].place;
        if (p >= 0 && c->tok[i].time < 0 && town_like(&c->doc->places.v[p]) && !origin(c, i))
            c->last_place = p;
    }
}

static const char *const place_precisions[] = {NULL, "sentence", "coreference", "dateline",
                                               "article"};

const char *an_event_place_precision(unsigned p) { return p < 5 ? place_precisions[p] : NULL; }
