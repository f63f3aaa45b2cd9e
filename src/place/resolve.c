/* resolve.c - choosing a gazetteer entry for each place name. Every name sharing a key
 * gets one sense per document. A candidate's score is its prior (population, feature
 * code, how the name belongs to it) plus what the document says: the countries and
 * admin1 areas it names (a state the article names outweighs one its towns happen to lie
 * in, and the state named most outweighs one named once), a "X, Y" qualifier, a type word
 * ("province"), nearby places, states named among states, and the dateline. Some of it
 * weighs every candidate of the other names, whatever is chosen: a town and the county
 * it lies in ("Lebanon ... Boone County"), towns of two names lying close together.
 * Three rounds: choose, count the countries chosen, choose again. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "place/mention.h"

#define ROUNDS 3     /* rounds of choices in context at least... */
#define MAX_ROUNDS 8 /* ... and at most, while choices still change */
#define NEAR_KM 160.0
#define ALT_PENALTY 2.0
#define REGION_VILLAGE 5000 /* people: a town this small yields to a region of its name */

typedef struct {
    int leader;              /* mention index of the group's first member */
    uint32_t cand[AN_PLACE_MAXC];
    uint8_t quality[AN_PLACE_MAXC];
    int nc;
    int chosen;              /* index into cand, or -1 */
    unsigned hint;
    int is_qual;
    int qual_group;          /* the group of a member's qualifier, or -1 */
    int ref_group;           /* "N km from X": X's group, or -1 */
    float ref_km;
    int has_country;         /* a country is among the candidates by its main name */
    int has_admin1;          /* so is an admin1 area ("California", "Georgia") */
    int has_main_city;       /* a town goes by this name as its own */
    int has_region;          /* a region the news knows goes by it ("Luzon", "Sahel") */
    int mentions;            /* how many times the document names it */
    float fixed[AN_PLACE_MAXC]; /* what the other names' candidates say, whatever is chosen */
    float own_vote;          /* what its own choice adds to the country votes */
    const an_gaz_slot *qual_seen; /* the qualifier's name of its first qualified member */
    int juris;               /* a member stands before a body of this country's law, or -1 */
    int landform;            /* every member names a landform or a water ("the Atlas
                                Mountains"): a town of its name is no context for others */
} group;

typedef struct {
    an_place_ctx *c;
    const an_gazetteer *g;
    group *gr;
    int ng;
    float cc_votes[26 * 26];
    float cc_local[26 * 26]; /* the part of cc_votes from towns, areas and the dateline */
    float total_votes;
    char dateline_cc[2];
    const an_gaz_slot *dl_name, *dl_qual; /* "PALMYRA, Syria": the dateline's two names */
    long dl_area;            /* the area its qualifier names (entry index), or -1 */
    char outlet_cc[3];
    char money_cc[3];        /* the country of the document's money ("$5,000" US, "£5" GB) */
    int *group_at;           /* mention index -> its group */
    int32_t a1_id[64];       /* the admin1 areas of the choices, and their votes */
    float a1_votes[64];
    float a1_towns[64];      /* the votes of towns and counties alone */
    int n_a1;
    int named_gi[64];        /* the groups that chose an admin1 area (first 64) */
    float a1_total;
    int n_named_a1;          /* the groups that chose an admin1 area */
    int named_a1_mentions;   /* and how many times the document names them */
    int *a2_groups;          /* the groups with a county among their candidates */
    int n_a2;
} resolver;

/* Groups weighed as context for each candidate: enough for any article, bounded for a
 * pathological one. */
#define MAX_CONTEXT_GROUPS 256

static int cc_index(const char cc[2]) {
    if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* A place known only from postal codes has people, just too few for cities500's cut (or
 * is a New England town, which GeoNames files apart): it counts as a village of some. */
#define POSTAL_PEOPLE 300.0

/* A region or a landmark of data/aliases.txt is one the news knows by that name: it
 * weighs like a big city, not like its radius. */
static double prior(const an_gaz_entry *e, unsigned q) {
    double pop = e->kind == AN_GAZ_REGION || e->kind == AN_GAZ_LANDMARK ? 1e6
                 : e->feature == AN_FEAT_POSTAL ? POSTAL_PEOPLE
                                                : (double)e->population;
    double p = log10(pop + 10);
    static const double qb[] = {0, 1, 2, 1};
    p += qb[q & 3];
    switch (e->feature) {
    case AN_FEAT_PPLC: p += 2; break;
    case AN_FEAT_PPLA: p += 1; break;
    case AN_FEAT_PPLA2: p += 0.5; break;
    case AN_FEAT_PPLX: case AN_FEAT_HISTORIC: p -= 1; break;
    default: break;
    }
    static const double kb[] = {3, 0.5, 0, 0, 1, 0, 0};
    return p + kb[e->kind < 7 ? e->kind : 3];
}

static float vote_weight(const an_gaz_entry *e) {
    static const float w[] = {2.0f, 1.5f, 1.2f, 1.0f, 0.5f, 0.5f, 0};
    return w[e->kind < 7 ? e->kind : 3];
}

static const an_gaz_entry *chosen_entry(const resolver *r, int gi) {
    const group *g = &r->gr[gi];
    return g->chosen < 0 ? NULL : an_gaz_entry_at(r->g, g->cand[g->chosen]);
}

/* The choice of group gi as context for the others: none for a landform's namesake town
 * or area (the Farallon Islands are no Farallón, Panama, to draw San Francisco there). */
static const an_gaz_entry *context_entry(const resolver *r, int gi) {
    const an_gaz_entry *e = chosen_entry(r, gi);
    if (e && r->gr[gi].landform == 1 &&
        (e->kind == AN_GAZ_CITY || e->kind == AN_GAZ_ADMIN2 || e->kind == AN_GAZ_ADMIN1))
        return NULL;
    return e;
}

static void count_votes(resolver *r) {
    memset(r->cc_votes, 0, sizeof r->cc_votes);
    memset(r->cc_local, 0, sizeof r->cc_local);
    r->total_votes = 0;
    int d = cc_index(r->dateline_cc);
    if (d >= 0) r->cc_votes[d] += 3, r->cc_local[d] += 3, r->total_votes += 3;
    /* the outlet's home country: a weak prior, worth half a town */
    int o = cc_index(r->outlet_cc);
    if (o >= 0) r->cc_votes[o] += 0.5f, r->total_votes += 0.5f;
    /* its money, as weak: world news counts in dollars too */
    int mo = cc_index(r->money_cc);
    if (mo >= 0) r->cc_votes[mo] += 0.5f, r->total_votes += 0.5f;
    r->n_a1 = 0;
    r->a1_total = 0;
    r->n_named_a1 = 0;
    r->named_a1_mentions = 0;
    for (int i = 0; i < r->ng; i++) {
        const an_gaz_entry *e = context_entry(r, i);
        r->gr[i].own_vote = 0;
        int32_t a1 = !e ? -1 : e->kind == AN_GAZ_ADMIN1 ? (int32_t)r->gr[i].cand[r->gr[i].chosen] : e->a1;
        if (e && e->kind == AN_GAZ_ADMIN1) {
            if (r->n_named_a1 < 64) r->named_gi[r->n_named_a1] = i;
            r->n_named_a1++;
            r->named_a1_mentions += r->gr[i].mentions;
        }
        if (a1 >= 0 && e->kind != AN_GAZ_COUNTRY) {
            int j = 0;
            while (j < r->n_a1 && r->a1_id[j] != a1) j++;
            if (j < 64) {
                if (j == r->n_a1)
                    r->a1_id[r->n_a1] = a1, r->a1_votes[r->n_a1] = 0, r->a1_towns[r->n_a1++] = 0;
                r->a1_votes[j] += 1;
                if (e->kind != AN_GAZ_ADMIN1) r->a1_towns[j] += 1;
                r->a1_total += 1;
            }
        }
        int k = e ? cc_index(e->cc) : -1;
        if (k < 0) continue;
        r->gr[i].own_vote = vote_weight(e);
        r->cc_votes[k] += r->gr[i].own_vote;
        /* a capital speaks for its state as often as it is a town ("Washington said") */
        if (e->kind != AN_GAZ_COUNTRY && e->feature != AN_FEAT_PPLC)
            r->cc_local[k] += r->gr[i].own_vote;
        r->total_votes += r->gr[i].own_vote;
    }
}

/* Within NEAR_KM: a flat-earth distance is close enough at that range. cos_a is the
 * cosine of a's latitude. */
static int near_cos(const an_gaz_entry *a, const an_gaz_entry *b, double cos_a) {
    double dlat = fabs(a->lat - b->lat) * 111.2;
    if (dlat >= NEAR_KM) return 0;
    double dlon = fabs(a->lon - b->lon);
    if (dlon > 180) dlon = 360 - dlon;
    dlon *= 111.2 * cos_a;
    return dlat * dlat + dlon * dlon < NEAR_KM * NEAR_KM;
}

/* Another group's choice lies in this admin area or near this point. An admin1 area the
 * document names ("Ohio") says more than a town that happens to lie in one. */
/* Among the candidates, a big city inside this admin1 area of the same name: "New York",
 * "Aleppo" are the city unless the text says "state" or "province". */
/* The city must also hold a good share of the area's people: "Quebec" is the province,
 * whose capital holds one in fifteen of its people. */
#define CITY_SHARE 7 /* the area has at most this many times the city's people */
static int big_city_inside(const resolver *r, const group *g, uint32_t admin) {
    const an_gaz_entry *a = an_gaz_entry_at(r->g, admin);
    for (int k = 0; k < g->nc; k++) {
        const an_gaz_entry *c = an_gaz_entry_at(r->g, g->cand[k]);
        if (c->kind == AN_GAZ_CITY && c->a1 == (int32_t)admin && c->population >= 500000 &&
            (double)c->population * CITY_SHARE >= (double)a->population)
            return 1;
    }
    return 0;
}

/* A country among the candidates, by its main name, that holds this entry ("Mexico"). */
static int country_of_same_name(const resolver *r, int gi, const an_gaz_entry *e) {
    const group *g = &r->gr[gi];
    if (!g->has_country) return 0;
    for (int k = 0; k < g->nc; k++) {
        const an_gaz_entry *c = an_gaz_entry_at(r->g, g->cand[k]);
        if (c->kind == AN_GAZ_COUNTRY && g->quality[k] >= AN_GAZ_MAIN && memcmp(c->cc, e->cc, 2) == 0)
            return 1;
    }
    return 0;
}

/* Towns in the same admin1 area: evidence as strong as their share of the document's
 * towns, which is weak in a list of towns from many states. */
static double a1_share(const resolver *r, int self, int32_t a1) {
    float v = 0, total = r->a1_total;
    for (int j = 0; j < r->n_a1; j++)
        if (r->a1_id[j] == a1) v = r->a1_votes[j];
    const an_gaz_entry *mine = chosen_entry(r, self);
    if (mine && mine->kind != AN_GAZ_COUNTRY) {
        int32_t my = mine->kind == AN_GAZ_ADMIN1 ? (int32_t)r->gr[self].cand[r->gr[self].chosen] : mine->a1;
        if (my >= 0) {
            total -= 1;
            if (my == a1) v -= 1;
        }
    }
    return total > 0 && v > 0 ? 0.5 + 2.5 * v / total : 0;
}

/* The votes of admin1 area a1 (all, or towns' and counties' only), without the group
 * self's own. */
static float a1_count(const resolver *r, int self, int32_t a1, int towns) {
    float v = 0;
    for (int j = 0; j < r->n_a1; j++)
        if (r->a1_id[j] == a1) v = towns ? r->a1_towns[j] : r->a1_votes[j];
    const an_gaz_entry *mine = chosen_entry(r, self);
    if (v > 0 && mine && mine->kind != AN_GAZ_COUNTRY && !(towns && mine->kind == AN_GAZ_ADMIN1)) {
        int32_t my = mine->kind == AN_GAZ_ADMIN1 ? (int32_t)r->gr[self].cand[r->gr[self].chosen] : mine->a1;
        if (my == a1) v -= 1;
    }
    return v;
}

/* An admin1 area goes by the group's name in e's country or in one the document names
 * ("California" beside California, Pa.; Washington State in a story about the US), not
 * only in a country the document leaves alone (Egypt's Alexandria governorate beside
 * Alexandria, Minn.). */
static int admin1_named_alike(const resolver *r, int self, const an_gaz_entry *e) {
    const group *g = &r->gr[self];
    if (!g->has_admin1) return 0;
    const an_gaz_entry *mine = chosen_entry(r, self); /* no evidence for itself */
    for (int k = 0; k < g->nc; k++) {
        const an_gaz_entry *c = an_gaz_entry_at(r->g, g->cand[k]);
        if (c->kind != AN_GAZ_ADMIN1 || g->quality[k] < AN_GAZ_MAIN) continue;
        int cc = cc_index(c->cc);
        float votes = cc < 0 ? 0 : r->cc_votes[cc];
        if (mine && cc >= 0 && cc_index(mine->cc) == cc) votes -= g->own_vote;
        if (memcmp(c->cc, e->cc, 2) == 0 || votes > 0.01f) return 1;
    }
    return 0;
}

static double neighbourhood(const resolver *r, int self, const an_gaz_entry *e, uint32_t idx) {
    double bonus = 0, a1_bonus = 0;
    int siblings = 0;
    /* a town named like a state ("California, Pa.") needs more than its state's mention */
    double named_a1 = e->kind != AN_GAZ_ADMIN1 && admin1_named_alike(r, self, e) ? 2 : 4.5;
    int n_named = r->n_named_a1 < 64 ? r->n_named_a1 : 64;
    if (e->kind != AN_GAZ_COUNTRY) {
        for (int k = 0; k < n_named; k++) {
            int i = r->named_gi[k];
            if (i == self || e->a1 != (int32_t)r->gr[i].cand[r->gr[i].chosen]) continue;
            /* states named side by side: the one named most ("Indiana" five times,
             * "Kentucky" once) */
            double w = named_a1;
            if (r->named_a1_mentions > r->gr[i].mentions && named_a1 > 2)
                w = 2 + (named_a1 - 2) * r->gr[i].mentions / r->named_a1_mentions;
            a1_bonus = w > a1_bonus ? w : a1_bonus;
        }
        if (e->kind == AN_GAZ_ADMIN1 && a1_count(r, self, (int32_t)idx, 0) > 0)
            a1_bonus = named_a1 > a1_bonus ? named_a1 : a1_bonus;
        if (a1_bonus < 2 && e->a1 >= 0 && a1_count(r, self, e->a1, 1) > 0)
            a1_bonus = a1_share(r, self, e->a1);
    }
    /* "Pennsylvania, Oklahoma and Georgia": states named with other states */
    if (e->kind == AN_GAZ_ADMIN1)
        for (int k = 0; k < n_named; k++) {
            int i = r->named_gi[k];
            const an_gaz_entry *o = chosen_entry(r, i);
            if (i != self && r->gr[i].cand[r->gr[i].chosen] != idx && memcmp(o->cc, e->cc, 2) == 0)
                siblings++;
        }
    if (e->kind >= AN_GAZ_ADMIN2 && e->kind != AN_GAZ_REGION) {
        double cos_e = cos(e->lat * (3.14159265358979323846 / 180.0));
        for (int i = 0; i < r->ng && i < MAX_CONTEXT_GROUPS; i++) {
            const an_gaz_entry *o = i == self ? NULL : context_entry(r, i);
            if (o && o->kind >= AN_GAZ_ADMIN2 && o->kind != AN_GAZ_REGION && near_cos(e, o, cos_e)) {
                bonus += 1.5;
                break;
            }
        }
    }
    /* ... unless the name is also its country's ("Mexico") or a big city's inside it
     * ("New York", "Sao Paulo"): then it is that, beside fewer than three other states */
    if (siblings && (country_of_same_name(r, self, e) ||
                     (siblings < 3 && big_city_inside(r, &r->gr[self], idx))))
        siblings = 0;
    return bonus + a1_bonus + (siblings > 3 ? 4.5 : 1.5 * siblings);
}

/* Towns of two names lying close together, whichever each name is chosen as ("New
 * London ... Winfield ... Mt. Pleasant", three small towns of one county): a few of each
 * group's likeliest candidates are weighed. */
#define NEAR_ANY_CANDS 8
static double near_any(const resolver *r, int self, const an_gaz_entry *e) {
    if (e->kind != AN_GAZ_CITY && e->kind != AN_GAZ_ADMIN2) return 0;
    int hits = 0;
    double cos_e = cos(e->lat * (3.14159265358979323846 / 180.0));
    for (int gi = 0; gi < r->ng && gi < MAX_CONTEXT_GROUPS && hits < 3; gi++) {
        if (gi == self) continue;
        const group *g = &r->gr[gi];
        if (g->has_country || g->has_admin1) continue;
        for (int ci = 0; ci < g->nc && ci < NEAR_ANY_CANDS; ci++) {
            const an_gaz_entry *o = an_gaz_entry_at(r->g, g->cand[ci]);
            if ((o->kind == AN_GAZ_CITY || o->kind == AN_GAZ_ADMIN2) && near_cos(e, o, cos_e)) {
                hits++;
                break;
            }
        }
    }
    return hits * 1.0;
}

/* A town and the county it lies in, both named ("Lebanon ... Boone County"): each is
 * evidence for the other among all candidates, chosen or not. */
/* "Madison" in Madison County: a county named after its town says nothing about which
 * Madison the article means. */
static int county_of_town(const resolver *r, uint32_t county, const an_gaz_entry *town) {
    const char *cn = an_gaz_name(r->g, an_gaz_entry_at(r->g, county));
    const char *tn = an_gaz_name(r->g, town);
    size_t n = strlen(tn);
    return n > 0 && strncmp(cn, tn, n) == 0 && (cn[n] == ' ' || cn[n] == '\0');
}

/* The group names candidate ci as a county: by its full name ("Boone County"), or by its
 * bare name with a type word or as a qualifier ("Loudon Co.", "Leesburg, Loudoun"); a
 * qualifier that is also a state's or a country's name is that ("Palestine, Texas" is not
 * Texas County). */
static int named_county(const group *g, int ci) {
    if (g->quality[ci] >= AN_GAZ_MAIN) return 1;
    return (g->hint & AN_PW_ADMIN) && !(g->is_qual && (g->has_admin1 || g->has_country));
}

static double county_pair(const resolver *r, int self, const an_gaz_entry *e, uint32_t idx) {
    if (r->n_a2 == 0) return 0;
    if (e->kind == AN_GAZ_CITY && e->a2 >= 0) {
        for (int k = 0; k < r->n_a2; k++) {
            int gi = r->a2_groups[k];
            if (gi == self) continue;
            const group *g = &r->gr[gi];
            for (int ci = 0; ci < g->nc; ci++)
                if (g->cand[ci] == (uint32_t)e->a2 && named_county(g, ci) &&
                    !county_of_town(r, g->cand[ci], e))
                    return 8;
        }
        return 0;
    }
    if (e->kind != AN_GAZ_ADMIN2) return 0;
    for (int gi = 0; gi < r->ng && gi < MAX_CONTEXT_GROUPS; gi++) {
        if (gi == self) continue;
        const group *g = &r->gr[gi];
        for (int ci = 0; ci < g->nc; ci++) {
            const an_gaz_entry *o = an_gaz_entry_at(r->g, g->cand[ci]);
            if (o->kind == AN_GAZ_CITY && o->a2 == (int32_t)idx && g->quality[ci] >= AN_GAZ_MAIN &&
                !g->has_country && !county_of_town(r, idx, o))
                return 4;
        }
    }
    return 0;
}

/* The qualifier of any member ("Palmyra, N.Y.") agrees with the candidate. */
static double qualifier_bonus(const resolver *r, int gi, const an_gaz_entry *e) {
    int qg = r->gr[gi].qual_group;
    const an_gaz_entry *qe = qg >= 0 ? chosen_entry(r, qg) : NULL;
    if (!qe) return 0;
    uint32_t qi = r->gr[qg].cand[r->gr[qg].chosen];
    if (qe->kind == AN_GAZ_COUNTRY && memcmp(qe->cc, e->cc, 2) == 0) return 8;
    if (qe->kind == AN_GAZ_ADMIN1 && e->a1 == (int32_t)qi) return 8;
    if (qe->kind == AN_GAZ_ADMIN2 && e->a2 == (int32_t)qi) return 8;
    return -2;
}

static int inside(const resolver *r, const an_gaz_entry *e, uint32_t q);

/* The dateline's qualifier ("PALMYRA, Syria") holds the name's group it qualifies, as a
 * qualifier in the text would. */
static double dateline_bonus(const resolver *r, int gi, const an_gaz_entry *e) {
    const group *g = &r->gr[gi];
    if (r->dl_area < 0 || g->qual_group >= 0 || g->qual_seen != r->dl_qual ||
        r->c->m[g->leader].slot != r->dl_name)
        return 0;
    return inside(r, e, (uint32_t)r->dl_area) ? 8 : -2;
}

static double km_between(double lat1, double lon1, double lat2, double lon2) {
    const double rad = 3.14159265358979323846 / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * 6371.0 * asin(sqrt(a < 1 ? a : 1));
}

/* "225 km from Raqqa": a candidate about that far from Raqqa's choice fits. */
static double distance_bonus(const resolver *r, int gi, const an_gaz_entry *e) {
    int rg = r->gr[gi].ref_group;
    const an_gaz_entry *o = rg >= 0 && rg != gi ? chosen_entry(r, rg) : NULL;
    if (!o) return 0;
    double d = km_between(e->lat, e->lon, o->lat, o->lon), want = r->gr[gi].ref_km;
    if (d >= want * 0.5 - 30 && d <= want * 1.5 + 30) return 4;
    return d > want * 3 + 100 ? -2 : 0;
}

static int group_of(const resolver *r, int leader) {
    return leader >= 0 && (size_t)leader < r->c->n ? r->group_at[leader] : -1;
}

/* The group qualifying each group, from its first qualified member. */
static void link_groups(resolver *r) {
    const an_place_ctx *c = r->c;
    for (int i = 0; i < r->ng; i++) r->gr[i].qual_group = r->gr[i].ref_group = -1;
    for (size_t k = 0; k < c->n; k++) {
        const an_mention *m = &c->m[k];
        if (m->unknown) continue;
        if (!m->drop && m->ref >= 0 && !c->m[m->ref].drop) {
            int g = group_of(r, m->group);
            if (g >= 0 && r->gr[g].ref_group < 0) {
                r->gr[g].ref_group = group_of(r, c->m[m->ref].group);
                r->gr[g].ref_km = m->ref_km;
            }
        }
        if (m->drop || m->qual < 0 || c->m[m->qual].drop) continue;
        int g = group_of(r, m->group);
        if (g >= 0 && r->gr[g].qual_group < 0) r->gr[g].qual_group = group_of(r, c->m[m->qual].group);
    }
}

/* The entry lies in an admin1 area the document names ("Palestine ... Texas"). */
static int in_named_a1(const resolver *r, int self, const an_gaz_entry *e) {
    int n_named = r->n_named_a1 < 64 ? r->n_named_a1 : 64;
    for (int k = 0; k < n_named; k++) {
        int i = r->named_gi[k];
        if (i != self && e->a1 >= 0 && e->a1 == (int32_t)r->gr[i].cand[r->gr[i].chosen]) return 1;
    }
    return 0;
}

/* Another group chose a town within CLOSE_KM of this entry ("Jordan ... Shakopee"). */
#define CLOSE_KM 40.0
static int town_close_by(const resolver *r, int self, const an_gaz_entry *e) {
    for (int i = 0; i < r->ng && i < MAX_CONTEXT_GROUPS; i++) {
        const an_gaz_entry *o = i == self ? NULL : context_entry(r, i);
        if (o && o->kind == AN_GAZ_CITY && km_between(e->lat, e->lon, o->lat, o->lon) < CLOSE_KM)
            return 1;
    }
    return 0;
}

/* A city of 100,000 goes by the group's name as its own. */
static int big_city_named(const resolver *r, const group *g) {
    for (int k = 0; k < g->nc; k++) {
        const an_gaz_entry *c = an_gaz_entry_at(r->g, g->cand[k]);
        if (c->kind == AN_GAZ_CITY && c->population >= 100000 && g->quality[k] >= AN_GAZ_MAIN &&
            g->quality[k] != AN_GAZ_QUALIFIER)
            return 1;
    }
    return 0;
}

/* A world city of the name in another country than the small town e: "Geneva" and
 * "Athens" in a story that names the United States, and no American town or state, are
 * still Switzerland's and Greece's. */
static int world_city_elsewhere(const resolver *r, const group *g, const an_gaz_entry *e) {
    if (e->kind != AN_GAZ_CITY) return 0;
    for (int k = 0; k < g->nc; k++) {
        const an_gaz_entry *c = an_gaz_entry_at(r->g, g->cand[k]);
        if (c->kind != AN_GAZ_CITY || g->quality[k] < AN_GAZ_MAIN || g->quality[k] == AN_GAZ_QUALIFIER ||
            strcmp(c->cc, e->cc) == 0)
            continue;
        /* a town under 50,000; or a bigger one (Athens, Georgia) beside a capital several
         * times its size (Athens, Greece) */
        if (e->population < 50000 ? c->population >= 150000
                                  : c->feature == AN_FEAT_PPLC && c->population >= 4 * e->population)
            return 1;
    }
    return 0;
}

static double score(const resolver *r, int gi, int ci) {
    const group *g = &r->gr[gi];
    uint32_t idx = g->cand[ci];
    const an_gaz_entry *e = an_gaz_entry_at(r->g, idx);
    double s = prior(e, g->quality[ci]);
    /* "Logan" is a town before it is Logan County */
    if (e->kind == AN_GAZ_ADMIN2 && g->quality[ci] == AN_GAZ_ALT && !(g->hint & AN_PW_ADMIN)) s -= 1.5;
    /* "Maryville" is the towns of that name before a town it is another name of */
    else if (e->kind == AN_GAZ_CITY && g->quality[ci] == AN_GAZ_ALT && g->has_main_city) s -= ALT_PENALTY;
    int k = cc_index(e->cc);
    if (k >= 0) {
        /* the group's own choice does not count as evidence for itself */
        const an_gaz_entry *mine = chosen_entry(r, gi);
        float own = mine && cc_index(mine->cc) == k ? g->own_vote : 0;
        float total = r->total_votes - g->own_vote;
        /* a country named lifts its small towns of the name less than its towns and states
         * do: not above a world city elsewhere */
        float local = r->cc_local[k] - (mine && mine->kind != AN_GAZ_COUNTRY &&
                                        mine->feature != AN_FEAT_PPLC ? own : 0);
        double lift = local < 1.0f && world_city_elsewhere(r, g, e) ? 1.0 : 3.0;
        if (total > 0) s += lift * (r->cc_votes[k] - own) / total;
    }
    /* "Durham Crown Court" sits in the country whose law has crown courts: as sure as
     * "Durham, England" */
    if (g->juris >= 0 && k == g->juris) s += 8;
    if ((g->hint & AN_PW_ADMIN) && (e->kind == AN_GAZ_ADMIN1 || e->kind == AN_GAZ_ADMIN2 ||
                                    e->kind == AN_GAZ_COUNTRY))
        s += 3;
    if ((g->hint & AN_PW_CITY) && e->kind == AN_GAZ_CITY) s += 3;
    /* "Washington state", "Idlib province" beside "Washington, D.C.", "Idlib city": not
     * the town of that name, however strongly the document names it */
    if ((g->hint & AN_HINT_STATE) && !(g->hint & AN_PW_CITY) && g->has_admin1 && e->kind == AN_GAZ_CITY)
        s -= 6;
    /* "the city of X", a dateline: not the state or country of that name */
    if ((g->hint & AN_PW_CITY) && !(g->hint & AN_PW_ADMIN) &&
        (e->kind == AN_GAZ_ADMIN1 || e->kind == AN_GAZ_COUNTRY))
        s -= 3;
    if ((g->hint & AN_HINT_AREA_LIST) && e->kind != AN_GAZ_ADMIN1 && e->kind != AN_GAZ_COUNTRY) s -= 4;
    /* a country's own name is the country ("Mexico", "Canada"), whatever towns share it,
     * unless the words around make it a town ("a Lebanon woman", a dateline) */
    if (g->has_country && !(g->hint & AN_PW_CITY) && e->kind != AN_GAZ_COUNTRY && e->kind != AN_GAZ_ADMIN1 &&
        !in_named_a1(r, gi, e) && !town_close_by(r, gi, e))
        s -= 4;
    /* so is a region the news knows ("northern Luzon" is no village of Davao), before a
     * village (not Lake Geneva, Wis., nor Niagara Falls), unless the words around make it a
     * town or it has a qualifier */
    if (g->has_region && !(g->hint & AN_PW_CITY) && g->qual_group < 0 && e->kind == AN_GAZ_CITY &&
        e->population < REGION_VILLAGE)
        s -= 4;
    s += neighbourhood(r, gi, e, idx);
    s += g->fixed[ci];
    s += qualifier_bonus(r, gi, e);
    s += dateline_bonus(r, gi, e);
    s += distance_bonus(r, gi, e);
    if (e->kind == AN_GAZ_ADMIN1 && !(g->hint & AN_PW_ADMIN) && big_city_inside(r, g, idx)) s -= 2;
    /* "between Beijing and Washington": the capitals */
    if ((g->hint & AN_HINT_CAPITAL) && e->feature == AN_FEAT_PPLC) s += 3;
    /* "a Washington-based group" is in the city, "a Texas-based firm" in the state */
    if ((g->hint & AN_HINT_SEAT) && (e->kind == AN_GAZ_ADMIN1 || e->kind == AN_GAZ_ADMIN2) &&
        big_city_named(r, g))
        s -= 4;
    return s;
}

/* The candidate-level evidence, which does not change between rounds. */
static void fix_evidence(resolver *r) {
    for (int gi = 0; gi < r->ng; gi++) {
        group *g = &r->gr[gi];
        for (int ci = 0; ci < g->nc; ci++) {
            const an_gaz_entry *e = an_gaz_entry_at(r->g, g->cand[ci]);
            /* "Youngstown" is the town of that name, not Mount Gilead (once called so)
             * because Morrow County is named */
            int other_name = e->kind == AN_GAZ_CITY && g->quality[ci] == AN_GAZ_ALT && g->has_main_city;
            g->fixed[ci] = (float)((other_name ? 0 : county_pair(r, gi, e, g->cand[ci])) + near_any(r, gi, e));
        }
    }
}

/* Chooses every group's best candidate; returns how many choices changed. */
static int choose_all(resolver *r, int with_context) {
    int changed = 0;
    for (int i = 0; i < r->ng; i++) {
        group *g = &r->gr[i];
        int best = -1;
        double best_s = -1e9;
        for (int ci = 0; ci < g->nc; ci++) {
            double s = with_context ? score(r, i, ci)
                                    : prior(an_gaz_entry_at(r->g, g->cand[ci]), g->quality[ci]);
            if (s > best_s) best_s = s, best = ci;
        }
        changed += g->chosen != best;
        g->chosen = best;
    }
    return changed;
}

/* Abbreviations ("N.Y.") count only as qualifiers, unless they are all the name has (the
 * recogniser kept only dotted ones: "S.C. Highway Patrol"). */
static void fill_candidates(resolver *r, group *g, const an_mention *m) {
    const an_gaz_slot *s = m->slot;
    g->nc = 0;
    int abbr_ok = g->is_qual || m->abbr_only;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s) && g->nc < AN_PLACE_MAXC; k++) {
        uint32_t p = r->g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(r->g, AN_GAZ_POST_ENTRY(p));
        unsigned q = AN_GAZ_POST_QUALITY(p);
        if (e->kind == AN_GAZ_DEMONYM || (q == AN_GAZ_QUALIFIER && !abbr_ok)) continue;
        if (m->abbr_only && q != AN_GAZ_QUALIFIER) continue; /* "Fla." is the state */
        if (e->kind == AN_GAZ_COUNTRY && q >= AN_GAZ_MAIN) g->has_country = 1;
        if (e->kind == AN_GAZ_ADMIN1 && q >= AN_GAZ_MAIN) g->has_admin1 = 1;
        if (e->kind == AN_GAZ_CITY && q >= AN_GAZ_MAIN) g->has_main_city = 1;
        if (e->kind == AN_GAZ_REGION && q == AN_GAZ_PREFERRED) g->has_region = 1;
        g->cand[g->nc] = AN_GAZ_POST_ENTRY(p);
        g->quality[g->nc] = (uint8_t)q;
        g->nc++;
    }
    /* the towns of the name without "City" before its council, as other names: the
     * story's own country and area decide between them */
    s = m->short_slot;
    for (uint32_t k = 0; s && k < AN_GAZ_COUNT(s) && g->nc < AN_PLACE_MAXC; k++) {
        uint32_t p = r->g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(r->g, AN_GAZ_POST_ENTRY(p));
        unsigned q = AN_GAZ_POST_QUALITY(p);
        if (e->kind != AN_GAZ_CITY || q < AN_GAZ_MAIN || q == AN_GAZ_QUALIFIER) continue;
        int dup = 0;
        for (int i = 0; i < g->nc && !dup; i++) dup = g->cand[i] == AN_GAZ_POST_ENTRY(p);
        if (dup) continue;
        g->cand[g->nc] = AN_GAZ_POST_ENTRY(p);
        g->quality[g->nc] = AN_GAZ_ALT;
        g->nc++;
    }
}

/* One group per distinct key among the kept mentions. */
/* The group of a key, through a table keyed by the slot's address; -1 when new. */
static int *group_slot(const an_gaz_slot **keys, int *vals, size_t mask, const an_gaz_slot *s) {
    size_t h = ((uintptr_t)s >> 4) * 0x9E3779B97F4A7C15ull >> 20;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        if (keys[i] == s || keys[i] == NULL) {
            keys[i] = s;
            return &vals[i];
        }
    }
}

static int new_group(resolver *r, int leader) {
    int gi = r->ng++;
    r->gr[gi].leader = leader;
    r->gr[gi].chosen = -1;
    r->gr[gi].juris = -1;
    return gi;
}

/* The qualifier's name of mention m, or NULL. */
static const an_gaz_slot *qual_slot(const resolver *r, const an_mention *m) {
    return m->qual >= 0 && !r->c->m[m->qual].drop ? r->c->m[m->qual].slot : NULL;
}

#define TYPE_HINTS (AN_PW_ADMIN | AN_PW_CITY)

/* "Washington state ... Washington, D.C.", "New York state ... New York City", "Idlib
 * province ... the city of Idlib": a name whose type word says state where the group
 * already has a town's (or the reverse) is the other sense of the name; a bare name stays
 * with the group it joined. Returns the group of m's type among those of its key and
 * qualifier, or a new one. */
static int typed_group(resolver *r, int gi, const an_mention *m) {
    unsigned want = m->hint & TYPE_HINTS;
    unsigned have = r->gr[gi].hint & TYPE_HINTS;
    const an_gaz_slot *lq = r->gr[gi].qual_seen;
    /* a qualifier fixed the group's sense as its type word would ("Washington, D.C.") */
    if (!want || (!have && (!lq || !m->typed)) || (have & want) || (want & (want - 1)) ||
        r->gr[gi].leader == (int)(m - r->c->m))
        return gi;
    for (int k = gi + 1; k < r->ng; k++) {
        const an_mention *lead = &r->c->m[r->gr[k].leader];
        if (lead->slot == m->slot && r->gr[k].qual_seen == lq && (r->gr[k].hint & want)) return k;
    }
    int ng = new_group(r, (int)(m - r->c->m));
    r->gr[ng].qual_seen = lq;
    return ng;
}

/* "Perth, Scotland ... Perth, Western Australia": a name qualified otherwise than the
 * first group of its key makes a group of its own (one sense per document and qualifier);
 * unqualified mentions stay with the first. */
static int qualified_group(resolver *r, int first, const an_mention *m) {
    const an_gaz_slot *q = qual_slot(r, m);
    if (!q) return typed_group(r, first, m);
    for (int gi = first; gi < r->ng; gi++) {
        const an_mention *lead = &r->c->m[r->gr[gi].leader];
        if (lead->slot != m->slot) continue;
        const an_gaz_slot *lq = r->gr[gi].qual_seen;
        if (!lq) {
            if (gi == first) {
                r->gr[gi].qual_seen = q;
                return gi;
            }
            continue;
        }
        if (lq == q) return gi;
    }
    int gi = new_group(r, (int)(m - r->c->m));
    r->gr[gi].qual_seen = q;
    return gi;
}

static int make_groups(resolver *r) {
    an_place_ctx *c = r->c;
    size_t cap = 16;
    while (cap < 2 * c->n) cap *= 2;
    r->gr = calloc(c->n ? c->n : 1, sizeof *r->gr);
    r->group_at = malloc((c->n ? c->n : 1) * sizeof *r->group_at);
    const an_gaz_slot **keys = calloc(cap, sizeof *keys);
    int *vals = malloc(cap * sizeof *vals);
    if (!r->gr || !r->group_at || !keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i < cap; i++) vals[i] = -1;
    for (size_t k = 0; k < c->n; k++) {
        an_mention *m = &c->m[k];
        r->group_at[k] = -1;
        if (m->drop || m->in_name || m->unknown) continue;
        int *gp = group_slot(keys, vals, cap - 1, m->slot);
        if (*gp < 0) {
            *gp = new_group(r, (int)k);
            /* the dateline qualifies the name's first group ("PALMYRA, Syria" beside a
             * "Palmyra, N.Y." in the text: the bare mentions are Syria's) */
            if (m->slot == r->dl_name) r->gr[*gp].qual_seen = r->dl_qual;
        }
        int gi = qualified_group(r, *gp, m);
        if (qual_slot(r, m)) gi = typed_group(r, gi, m);
        r->group_at[k] = gi;
        m->group = r->gr[gi].leader;
        r->gr[gi].hint |= m->hint;
        r->gr[gi].mentions++;
        r->gr[gi].is_qual |= m->is_qual;
        /* set by the first member, kept while every member is a landform (1 if one of
         * them surely is); "Westrom, R-Elbow Lake" is a lawmaker's home town */
        int lf = !m->party ? m->landform : 0, was = r->gr[gi].landform;
        r->gr[gi].landform = r->gr[gi].mentions == 1 ? lf : !was || !lf ? 0 : was == 1 || lf == 1 ? 1 : 2;
        if (m->juris >= 0) r->gr[gi].juris = m->juris;
    }
    free(keys);
    free(vals);
    for (int i = 0; i < r->ng; i++) fill_candidates(r, &r->gr[i], &c->m[r->gr[i].leader]);
    r->a2_groups = malloc((c->n ? c->n : 1) * sizeof *r->a2_groups);
    if (!r->a2_groups) return -1;
    for (int i = 0; i < r->ng && r->n_a2 < MAX_CONTEXT_GROUPS; i++)
        for (int ci = 0; ci < r->gr[i].nc; ci++)
            if (an_gaz_entry_at(r->g, r->gr[i].cand[ci])->kind == AN_GAZ_ADMIN2 &&
                named_county(&r->gr[i], ci)) {
                r->a2_groups[r->n_a2++] = i;
                break;
            }
    link_groups(r);
    return 0;
}

/* "3125 Clarksville St.", "400 S. Locust Ave.": a house number, one to three capitalised
 * words and the American abbreviation of a street's kind, ending at byte `end` of t. */
static int us_address_at(const char *t, size_t end) {
    size_t i = end, words = 0; /* t[end] is the space before the abbreviation */
    while (i > 0 && words < 4) {
        size_t w = i;
        while (w > 0 && t[w - 1] != ' ') w--;
        if (w == i) return 0;
        if (t[w] >= '0' && t[w] <= '9') return words > 0;
        if (t[w] < 'A' || t[w] > 'Z' || w == 0) return 0;
        i = w - 1;
        words++;
    }
    return 0;
}

static int us_address(const char *t, size_t len) {
    static const char *const kinds[] = {" St", " Ave", " Blvd", " Rd", " Hwy"};
    /* from each full stop back: fewer of them than of spaces */
    for (const char *p = t; (p = memchr(p, '.', (size_t)(t + len - p))) != NULL; p++) {
        size_t at = (size_t)(p - t);
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
            size_t kl = strlen(kinds[k]);
            if (at >= kl && memcmp(p - kl, kinds[k], kl) == 0 && us_address_at(t, at - kl)) return 1;
        }
    }
    return 0;
}

/* "$765,000", "£25,000": a sum in a country's own sign, no other country's letters before
 * it ("US$", "A$", "HK$" name theirs); the first found, US for the dollar, GB for the pound. */
static void read_money(resolver *r) {
    size_t len;
    const char *t = an_doc_where(r->c->doc, AN_WHERE_TEXT, &len);
    r->money_cc[0] = '\0';
    if (!t) return;
    for (const char *p = t; (p = memchr(p, '$', (size_t)(t + len - p))) != NULL; p++)
        if ((p == t || p[-1] == ' ' || p[-1] == '(') && p + 1 < t + len && p[1] >= '0' && p[1] <= '9') {
            memcpy(r->money_cc, "US", 3);
            return;
        }
    for (const char *p = t; (p = memchr(p, 0xc2, (size_t)(t + len - p))) != NULL; p++)
        if (p + 2 < t + len && (unsigned char)p[1] == 0xa3 && p[2] >= '0' && p[2] <= '9') {
            memcpy(r->money_cc, "GB", 3);
            return;
        }
    /* a street address written the American way says as much as a dollar sum */
    if (us_address(t, len)) memcpy(r->money_cc, "US", 3);
}

/* The dateline's place ("DAMASCUS, Syria") votes for its country: its qualifier's, when
 * it has one that names a country or a state, else its name's best entry's. */
static void read_dateline(resolver *r) {
    r->dl_name = r->dl_qual = NULL;
    r->dl_area = -1;
    const char *d = r->c->doc->field[ANNALS_FIELD_DATELINE];
    if (!d) return;
    const char *cut = d + strcspn(d, ",(-\xe2");
    char key[128];
    size_t klen = an_gaz_fold(d, (size_t)(cut - d), key, sizeof key);
    const an_gaz_slot *s = klen ? an_gaz_find(r->g, key, klen) : NULL;
    if (!s || AN_GAZ_COUNT(s) == 0) return;
    const an_gaz_entry *e = an_gaz_entry_at(r->g, AN_GAZ_POST_ENTRY(r->g->post[s->post]));
    if (e->kind != AN_GAZ_DEMONYM) memcpy(r->dateline_cc, e->cc, 2);
    if (*cut != ',') return;
    const char *q = cut + 1 + strspn(cut + 1, " ");
    /* "N.Y." keeps its dots; a dash, a bracket or another comma ends the qualifier */
    size_t qn = strcspn(q, ",(\xe2");
    while (qn && (q[qn - 1] == ' ' || q[qn - 1] == '-')) qn--;
    klen = an_gaz_fold(q, qn, key, sizeof key);
    const an_gaz_slot *qs = klen ? an_gaz_find(r->g, key, klen) : NULL;
    for (uint32_t k = 0; qs && k < AN_GAZ_COUNT(qs); k++) {
        uint32_t p = r->g->post[qs->post + k];
        const an_gaz_entry *a = an_gaz_entry_at(r->g, AN_GAZ_POST_ENTRY(p));
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && (a->kind == AN_GAZ_COUNTRY || a->kind == AN_GAZ_ADMIN1)) {
            r->dl_name = s;
            r->dl_qual = qs;
            r->dl_area = (long)AN_GAZ_POST_ENTRY(p);
            memcpy(r->dateline_cc, a->cc, 2);
            return;
        }
    }
}

static double precision_km(const an_gaz_entry *e) {
    switch (e->kind) {
    case AN_GAZ_COUNTRY: {
        double area = e->population > 10000000u ? (double)(e->population - 10000000u) : 10000;
        return sqrt(area) / 2;
    }
    case AN_GAZ_ADMIN1: return 100;
    case AN_GAZ_ADMIN2: return 30;
    case AN_GAZ_REGION: case AN_GAZ_LANDMARK: return (double)e->population;
    default: return e->feature == AN_FEAT_PPLC || e->population > 1000000 ? 15 : 5;
    }
}

static int emit(resolver *r, const an_mention *m, uint32_t idx) {
    annals_doc *doc = r->c->doc;
    const an_gaz_entry *e = an_gaz_entry_at(r->g, idx);
    an_place *p = m->in_name ? AN_PUSH(doc, named_in) : AN_PUSH(doc, places);
    if (!p) return -1;
    static const uint8_t kinds[] = {AN_PLACE_COUNTRY, AN_PLACE_ADMIN1, AN_PLACE_ADMIN2,
                                    AN_PLACE_CITY, AN_PLACE_REGION, AN_PLACE_LANDMARK, AN_PLACE_CITY};
    p->start = m->start;
    p->end = m->end;
    p->where = m->where;
    p->name = an_arena_strndup(&doc->arena, an_gaz_name(r->g, e), strlen(an_gaz_name(r->g, e)));
    p->geonameid = e->geonameid;
    p->lat = e->lat;
    p->lon = e->lon;
    if (e->cc[0]) memcpy(p->country, e->cc, 2);
    if (e->a1 >= 0 && e->kind != AN_GAZ_ADMIN1 && (uint32_t)e->a1 < r->g->n_entries) {
        const char *a1 = an_gaz_name(r->g, an_gaz_entry_at(r->g, (uint32_t)e->a1));
        p->admin1 = an_arena_strndup(&doc->arena, a1, strlen(a1));
    }
    p->kind = kinds[e->kind < 7 ? e->kind : 3];
    p->precision = precision_km(e);
    return p->name ? 0 : -1;
}

/* "Queens, New York", "Kibera, Nairobi": a qualifier chosen as a state or a county that is
 * also the name of a big city holding the town it qualifies is that city. Returns the
 * entry to write for the qualifier m of group gi. */
static uint32_t qualifier_city(const resolver *r, int gi, const an_mention *m, uint32_t idx) {
    const an_gaz_entry *e = an_gaz_entry_at(r->g, idx);
    if (!m->is_qual || (e->kind != AN_GAZ_ADMIN1 && e->kind != AN_GAZ_ADMIN2)) return idx;
    const an_mention *x = m > r->c->m ? m - 1 : NULL; /* the qualified name comes just before */
    int xg = x && x->qual == (int)(m - r->c->m) ? r->group_at[x - r->c->m] : -1;
    const an_gaz_entry *town = xg >= 0 ? chosen_entry(r, xg) : NULL;
    if (!town || town->kind != AN_GAZ_CITY) return idx;
    const group *g = &r->gr[gi];
    for (int k = 0; k < g->nc; k++) {
        const an_gaz_entry *c = an_gaz_entry_at(r->g, g->cand[k]);
        /* a borough or a district, not a town of the state further off */
        if (c->kind == AN_GAZ_CITY && c->population >= 500000 && g->quality[k] >= AN_GAZ_MAIN &&
            g->quality[k] != AN_GAZ_QUALIFIER && km_between(town->lat, town->lon, c->lat, c->lon) <= 20)
            return g->cand[k];
    }
    return idx;
}

/* "Fort Detrick, Maryland": a place the gazetteer lacks, written with its own name at the
 * point its qualifier was resolved to, as exact as that point. */
static int emit_at_qualifier(resolver *r, const an_mention *m, int gi) {
    const an_gaz_entry *e = gi >= 0 ? chosen_entry(r, gi) : NULL;
    if (!e) return 0;
    annals_doc *doc = r->c->doc;
    an_place *p = AN_PUSH(doc, places);
    if (!p) return -1;
    size_t len;
    const char *text = an_doc_where(doc, m->where, &len);
    p->start = m->start;
    p->end = m->end;
    p->where = m->where;
    p->name = an_arena_strndup(&doc->arena, text + m->start, m->end - m->start);
    p->geonameid = 0;
    p->lat = e->lat;
    p->lon = e->lon;
    if (e->cc[0]) memcpy(p->country, e->cc, 2);
    int32_t a1 = e->kind == AN_GAZ_ADMIN1 ? (int32_t)r->gr[gi].cand[r->gr[gi].chosen] : e->a1;
    if (a1 >= 0 && e->kind != AN_GAZ_COUNTRY && (uint32_t)a1 < r->g->n_entries) {
        const char *an = an_gaz_name(r->g, an_gaz_entry_at(r->g, (uint32_t)a1));
        p->admin1 = an_arena_strndup(&doc->arena, an, strlen(an));
    }
    /* a landmark: no town of the gazetteer, and no capital standing for its state */
    p->kind = AN_PLACE_LANDMARK;
    p->precision = precision_km(e);
    return p->name ? 0 : -1;
}

static int emit_unknown(resolver *r, const an_mention *m) {
    return emit_at_qualifier(r, m, m->qual >= 0 ? r->group_at[m->qual] : -1);
}

/* Entry e lies in area q (a country, an admin1 or admin2 area). */
static int inside(const resolver *r, const an_gaz_entry *e, uint32_t q) {
    const an_gaz_entry *a = an_gaz_entry_at(r->g, q);
    return (a->kind == AN_GAZ_COUNTRY && memcmp(a->cc, e->cc, 2) == 0) ||
           (a->kind == AN_GAZ_ADMIN1 && e->a1 == (int32_t)q) || (a->kind == AN_GAZ_ADMIN2 && e->a2 == (int32_t)q);
}

/* "Stroud, Ontario, Canada": a town's name with a qualifier closing the phrase, and no
 * town of the name lies in any area the qualifier may name (the gazetteer has England's
 * Stroud only): a town it lacks, inside the qualifier. Returns the qualifier's group, or
 * -1. */
static int outside_qualifier(const resolver *r, int gi) {
    const group *g = &r->gr[gi];
    int qg = g->qual_group, firm = 0;
    if (qg < 0 || qg == gi || r->gr[qg].chosen < 0 || g->nc == 0) return -1;
    for (size_t k = 0; k < r->c->n && !firm; k++) {
        const an_mention *m = &r->c->m[k];
        firm = r->group_at[k] == gi && m->firm_qual && m->qual >= 0 && r->group_at[m->qual] == qg;
    }
    if (!firm) return -1;
    const group *q = &r->gr[qg];
    for (int ci = 0; ci < g->nc; ci++) {
        const an_gaz_entry *e = an_gaz_entry_at(r->g, g->cand[ci]);
        if (e->kind != AN_GAZ_CITY && e->kind != AN_GAZ_ADMIN2) return -1; /* a state: none lacking */
        for (int qi = 0; qi < q->nc; qi++)
            if (inside(r, e, q->cand[qi])) return -1;
    }
    return qg;
}

/* ---- places inside other names ------------------------------------------------------ */

/* "Washington Post", "Manchester United": the sense the document gives the name where it
 * is a place; else its most likely entry, weighed by the countries the document names, a
 * big city before the state of its name. */
static int emit_in_name(resolver *r, const an_mention *m) {
    for (int i = 0; i < r->ng; i++) {
        const group *g = &r->gr[i];
        if (r->c->m[g->leader].slot == m->slot && g->chosen >= 0) return emit(r, m, g->cand[g->chosen]);
    }
    const an_gaz_slot *s = m->slot;
    uint32_t n = AN_GAZ_COUNT(s) < AN_PLACE_MAXC ? AN_GAZ_COUNT(s) : AN_PLACE_MAXC;
    int big_city = 0;
    for (uint32_t k = 0; k < n; k++) {
        uint32_t p = r->g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(r->g, AN_GAZ_POST_ENTRY(p));
        big_city |= e->kind == AN_GAZ_CITY && e->population >= 100000 &&
                    AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && AN_GAZ_POST_QUALITY(p) != AN_GAZ_QUALIFIER;
    }
    double best_s = -1e9;
    uint32_t best = UINT32_MAX;
    for (uint32_t k = 0; k < n; k++) {
        uint32_t p = r->g->post[s->post + k];
        unsigned q = AN_GAZ_POST_QUALITY(p);
        const an_gaz_entry *e = an_gaz_entry_at(r->g, AN_GAZ_POST_ENTRY(p));
        if (e->kind == AN_GAZ_DEMONYM || q == AN_GAZ_QUALIFIER) continue;
        /* a paper or a team bears its city's name ("New York Times"), else its state's */
        if (big_city && e->kind == AN_GAZ_ADMIN1) continue;
        int cc = cc_index(e->cc);
        double share = cc >= 0 && r->total_votes > 0 ? r->cc_votes[cc] / r->total_votes : 0;
        double sc = prior(e, q) + 3 * share;
        if (sc > best_s) best_s = sc, best = AN_GAZ_POST_ENTRY(p);
    }
    return best == UINT32_MAX ? 0 : emit(r, m, best);
}

/* ---- demonyms ---------------------------------------------------------------------- */

/* The place a demonym entry names (its a1), or the entry itself in a file without it. */
static uint32_t demonym_target(const an_gazetteer *g, uint32_t d) {
    const an_gaz_entry *e = an_gaz_entry_at(g, d);
    return e->a1 >= 0 && (uint32_t)e->a1 < g->n_entries ? (uint32_t)e->a1 : d;
}

/* The entry some name of the document was resolved to: `target` itself (same = 1), or
 * a place of the same kind and name ("Londoner" beside London, Ontario); -1 when none. */
static long chosen_like(const resolver *r, uint32_t target, int same) {
    const an_gaz_entry *t = an_gaz_entry_at(r->g, target);
    for (int i = 0; i < r->ng && i < MAX_CONTEXT_GROUPS; i++) {
        const group *g = &r->gr[i];
        if (g->chosen < 0) continue;
        uint32_t idx = g->cand[g->chosen];
        const an_gaz_entry *e = an_gaz_entry_at(r->g, idx);
        if (same ? idx == target
                 : e->kind == t->kind && strcmp(an_gaz_name(r->g, e), an_gaz_name(r->g, t)) == 0)
            return (long)idx;
    }
    return -1;
}

/* One sense per document: the place a demonym names ("Georgian": the country, or the US
 * state when the document chose the state or is about the US and not the country), or
 * UINT32_MAX when the name has no demonym entry. */
static uint32_t demonym_sense(const resolver *r, const an_gaz_slot *s) {
    uint32_t t[AN_PLACE_MAXC];
    int n = 0;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s) && n < AN_PLACE_MAXC; k++) {
        uint32_t p = r->g->post[s->post + k];
        if (AN_GAZ_POST_QUALITY(p) == AN_GAZ_PREFERRED &&
            an_gaz_entry_at(r->g, AN_GAZ_POST_ENTRY(p))->kind == AN_GAZ_DEMONYM)
            t[n++] = demonym_target(r->g, AN_GAZ_POST_ENTRY(p));
    }
    if (n == 0) return UINT32_MAX;
    for (int same = 1; same >= 0; same--)
        for (int k = 0; k < n; k++) {
            long c = chosen_like(r, t[k], same);
            if (c >= 0) return (uint32_t)c;
        }
    /* the first (a country before a state) unless only another's country is named */
    int c0 = cc_index(an_gaz_entry_at(r->g, t[0])->cc);
    if (c0 >= 0 && r->cc_votes[c0] > 0) return t[0];
    for (int k = 1; k < n; k++) {
        int ck = cc_index(an_gaz_entry_at(r->g, t[k])->cc);
        if (ck >= 0 && r->cc_votes[ck] > 0) return t[k];
    }
    return t[0];
}

static int emit_demonym(resolver *r, const an_demonym_mention *m, uint32_t idx) {
    annals_doc *doc = r->c->doc;
    const an_gaz_entry *e = an_gaz_entry_at(r->g, idx);
    an_demonym *d = AN_PUSH(doc, demonyms);
    if (!d) return -1;
    const char *name = an_gaz_name(r->g, e);
    d->start = m->start;
    d->end = m->end;
    d->where = m->where;
    d->name = an_arena_strndup(&doc->arena, name, strlen(name));
    d->geonameid = e->geonameid;
    d->lat = e->lat;
    d->lon = e->lon;
    if (e->cc[0]) memcpy(d->country, e->cc, 2);
    return d->name ? 0 : -1;
}

/* Each demonym's sense, asked once per name (a table keyed by the name's slot): an
 * article of many demonyms and places stays linear. */
static int resolve_demonyms(resolver *r) {
    const an_place_ctx *c = r->c;
    if (c->n_dem == 0) return 0;
    size_t cap = 16;
    while (cap < 2 * c->n_dem) cap *= 2;
    struct seen { const an_gaz_slot *slot; uint32_t idx; } *seen = calloc(cap, sizeof *seen);
    if (!seen) return -1;
    int rc = 0;
    for (size_t k = 0; k < c->n_dem && rc == 0; k++) {
        const an_gaz_slot *s = c->dem[k].slot;
        size_t h = ((uintptr_t)s >> 4) * 0x9E3779B97F4A7C15ull >> 20;
        struct seen *e = &seen[h & (cap - 1)];
        while (e->slot && e->slot != s) e = &seen[(size_t)(e - seen + 1) & (cap - 1)];
        if (!e->slot) e->slot = s, e->idx = demonym_sense(r, s);
        if (e->idx != UINT32_MAX) rc = emit_demonym(r, &c->dem[k], e->idx);
    }
    free(seen);
    return rc;
}

/* "Migori, Suba and Homa Bay": a name listed among two places or more of one country
 * that only another name of a town abroad matches (Suva, Fiji, once "Suba") is the list's
 * own place, which the gazetteer lacks: no point is better than one in another country. */
static int foreign_in_list(const resolver *r, size_t k, int gi) {
    const an_mention *m = &r->c->m[k];
    const group *g = &r->gr[gi];
    if (!m->listed || g->chosen < 0 || g->quality[g->chosen] != AN_GAZ_ALT) return 0;
    const an_gaz_entry *e = chosen_entry(r, gi);
    size_t first = k, last = k;
    while (first > 0 && (r->c->m[first].listed & 1)) first--;
    while (last + 1 < r->c->n && (r->c->m[last].listed & 2)) last++;
    const char *cc = NULL;
    int same = 0;
    for (size_t n = first; n <= last; n++) {
        const an_mention *x = &r->c->m[n];
        if (n == k || x->drop || x->in_name) continue;
        if (x->unknown || r->group_at[n] < 0) return 0;
        const an_gaz_entry *xe = chosen_entry(r, r->group_at[n]);
        /* a list's "Nanjing, China" or "Nanjing, Jiangsu" adds one place, not two;
         * "Suba, Migori, Homa Bay" (counties read as qualifiers) adds each */
        const an_gaz_entry *pe = n > 0 && r->group_at[n - 1] >= 0 ? chosen_entry(r, r->group_at[n - 1]) : NULL;
        if (xe && x->is_qual &&
            (xe->kind == AN_GAZ_COUNTRY || (xe->kind == AN_GAZ_ADMIN1 && pe && pe->kind == AN_GAZ_CITY &&
                                            strncmp(pe->cc, xe->cc, 2) == 0)))
            continue;
        if (!xe || strncmp(xe->cc, e->cc, 2) == 0 || (cc && strncmp(cc, xe->cc, 2) != 0)) return 0;
        cc = xe->cc;
        same++;
    }
    if (same < 2) return 0;
    for (int i = 0; i < g->nc; i++) /* a place of the list's country goes by the name */
        if (strncmp(an_gaz_entry_at(r->g, g->cand[i])->cc, cc, 2) == 0) return 0;
    return 1;
}

/* A landform's or a water's name ("Freeborn Lake", "the Atlas Mountains") resolved to a
 * town, county or state of its name: that place is meant when the story is there, its
 * other places (or the dateline) in the same admin1 area or close by, or when the name
 * also stands alone in it; a point at a namesake far away is worse than none. */
static int landform_far(const resolver *r, int gi) {
    const group *g = &r->gr[gi];
    uint32_t idx = g->cand[g->chosen];
    const an_gaz_entry *e = an_gaz_entry_at(r->g, idx);
    if (e->kind != AN_GAZ_CITY && e->kind != AN_GAZ_ADMIN2 && e->kind != AN_GAZ_ADMIN1) return 0;
    if (!g->landform) return 0;
    /* a name ending in such a word, with no article, is a town's as often: a city of note
     * is meant ("Green Bay"), a smaller town where the story is ("Sun Valley" in a story of
     * Texas towns is no Sun Valley, Nev.) or when there is nothing to go by */
    if (g->landform == 2 && (e->kind != AN_GAZ_CITY || e->population >= 100000)) return 0;
    int big = g->landform == 2 && e->population >= 10000;
    int32_t a1 = e->kind == AN_GAZ_ADMIN1 ? (int32_t)idx : e->a1;
    int local_elsewhere = 0; /* towns or areas of the same country, away from e */
    int local_abroad = 0;    /* and of other countries */
    int country = 0;         /* e's country is named */
    for (int i = 0; i < r->ng && i < MAX_CONTEXT_GROUPS; i++) {
        const an_gaz_entry *o = i == gi ? NULL : context_entry(r, i);
        if (o && o->kind == AN_GAZ_COUNTRY && memcmp(o->cc, e->cc, 2) == 0) country = 1;
        if (!o || o->kind == AN_GAZ_COUNTRY || o->kind == AN_GAZ_REGION) continue;
        int32_t oa1 = o->kind == AN_GAZ_ADMIN1 ? (int32_t)r->gr[i].cand[r->gr[i].chosen] : o->a1;
        if (a1 >= 0 && oa1 == a1) return 0;
        /* a state's point is its middle: its waters reach beyond ("the Sichuan Basin" by
         * Chongqing) */
        if (km_between(e->lat, e->lon, o->lat, o->lon) < (e->kind == AN_GAZ_ADMIN1 ? 3 * NEAR_KM : NEAR_KM))
            return 0;
        if (memcmp(o->cc, e->cc, 2) == 0) local_elsewhere = 1;
        else local_abroad = 1;
    }
    if (big) return local_abroad || local_elsewhere;
    /* no town or area of the story to go by: the namesake in the country the story
     * names, or a district or a city of note named like its valley or bay ("the Swat
     * Valley"), not a village somewhere ("the Atlas Mountains") */
    if (!local_elsewhere && !local_abroad &&
        (country || e->kind == AN_GAZ_ADMIN2 || e->kind == AN_GAZ_ADMIN1 || e->population >= 100000))
        return 0;
    /* a water named after a state lies in or beside it ("Delaware Bay", "the Ohio
     * River") unless the story is plainly elsewhere in that country ("Lake Vermont" in a
     * story of Minnesota towns) */
    return e->kind == AN_GAZ_ADMIN1 ? local_elsewhere : 1;
}

/* "the Atlas Mountains in Morocco": the place named just after a far landform's "in",
 * whose group is written as where the feature lies; -1 when there is none. */
static int landform_in(const resolver *r, size_t k) {
    const an_place_ctx *c = r->c;
    const an_mention *m = &c->m[k];
    size_t len;
    const char *text = an_doc_where(c->doc, m->where, &len);
    for (size_t j = k + 1; j < c->n && j < k + 3; j++) {
        const an_mention *n = &c->m[j];
        if (n->where != m->where || n->start < m->end || n->landform) return -1;
        if (n->drop || n->in_name || n->unknown || r->group_at[j] < 0) continue;
        size_t gap = n->start - m->end;
        const char *p = text + m->end;
        if (!((gap == 4 && memcmp(p, " in ", 4) == 0) || (gap == 8 && memcmp(p, " in the ", 8) == 0)))
            return -1;
        return chosen_entry(r, r->group_at[j]) ? r->group_at[j] : -1;
    }
    return -1;
}

/* "Sales rose", "Deer live": a word opening a sentence is capitalised by its place, so a
 * small town it spells (Sâles, Switzerland; Deer, Ark.) named once there, unqualified, is
 * meant only when the story has other places in the town's state ("Pataskala has" in a
 * story of Columbus, Ohio), or in its country when that has no states. So is a city's
 * compass side ("the North Side"), however often named. */
static int stray_opener(const resolver *r, size_t k, int gi) {
    const an_mention *m = &r->c->m[k];
    const group *g = &r->gr[gi];
    if (!(m->opener || m->city_part) || m->qual >= 0 || m->is_qual || (m->hint & (AN_PW_CITY | AN_PW_ADMIN)) ||
        (m->opener && g->mentions > 1))
        return 0;
    const an_gaz_entry *e = chosen_entry(r, gi);
    if (!e || (e->kind != AN_GAZ_CITY && !(m->city_part && e->kind == AN_GAZ_ADMIN1))) return 0;
    /* a town, by its state; a state ("the North Side" as the Cayman Islands' district), by
     * its country */
    if (e->kind == AN_GAZ_CITY && e->a1 >= 0) return a1_count(r, gi, e->a1, 0) < 0.01f;
    int cc = cc_index(e->cc);
    return cc < 0 || r->cc_votes[cc] - g->own_vote < 0.01f;
}

int an_place_resolve(an_place_ctx *c) {
    resolver r = {0};
    r.c = c;
    r.g = &c->r->gaz;
    read_dateline(&r);
    if (make_groups(&r) != 0) {
        free(r.gr);
        free(r.group_at);
        free(r.a2_groups);
        return -1;
    }
    an_place_outlet_country(c->r, c->doc, r.outlet_cc);
    read_money(&r);
    fix_evidence(&r);
    choose_all(&r, 0);
    for (int round = 0; round < MAX_ROUNDS; round++) {
        count_votes(&r);
        if (choose_all(&r, 1) == 0 && round + 1 >= ROUNDS) break;
    }
    int rc = 0;
    for (size_t k = 0; k < c->n && rc == 0; k++) {
        const an_mention *m = &c->m[k];
        if (m->drop || m->in_name) continue;
        if (m->unknown) {
            rc = emit_unknown(&r, m);
            continue;
        }
        for (int i = 0; i < r.ng; i++) {
            const group *g = &r.gr[i];
            if (g->leader != m->group || g->chosen < 0) continue;
            if (foreign_in_list(&r, k, r.group_at[k])) continue;
            if (stray_opener(&r, k, i)) continue;
            int qg = outside_qualifier(&r, i);
            /* written at its qualifier's or anchor's point ("the Rice Lake area of Fulton
             * County"), it is where the text says */
            if (qg < 0 && m->landform && landform_far(&r, i)) {
                int at = landform_in(&r, k);
                if (at >= 0) rc = emit_at_qualifier(&r, m, at);
                continue;
            }
            rc = qg >= 0 ? emit_at_qualifier(&r, m, qg) : emit(&r, m, qualifier_city(&r, i, m, g->cand[g->chosen]));
        }
    }
    if (rc == 0) {
        count_votes(&r); /* of the final choices */
        rc = resolve_demonyms(&r);
    }
    for (size_t k = 0; k < c->n && rc == 0; k++)
        if (c->m[k].in_name && !c->m[k].drop) rc = emit_in_name(&r, &c->m[k]);
    free(r.gr);
    free(r.group_at);
    free(r.a2_groups);
    return rc;
}
