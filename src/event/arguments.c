/* arguments.c - who did it to whom, from the actors found by the actors stage: the subject
 * stands to the left of the trigger in its clause, the object to the right; a passive
 * ("were killed by government forces") swaps them; a clause without a subject (", and
 * razed", "who overran it") borrows it from the clause it hangs on; "it" and "they" after
 * "Syria says" are the speaker. A country or capital may stand as either side, the place
 * aimed at as the object; compound sides ("Jordan and Britain", "Iran, Libya and Sudan")
 * are kept for one event per pair. */
#include <string.h>

#include "event/ev.h"

static const char *const preps[] = {"of", "from", "with", "against", "to", "by", "in", "on",
                                    "for", "at", "near", "into", "toward", "towards", "over",
                                    "between", "including", NULL};
static const char *const pronouns[] = {"it", "they", "he", "she", "we", NULL};

static int describes(const an_evctx *c, size_t i);

/* The first token of the actor mention covering token i. */
static size_t mention_start(const an_evctx *c, size_t i) {
    int a = c->tok[i].actor;
    while (i > 0 && c->tok[i - 1].actor == a) i--;
    return i;
}

/* "helped by", "backed by": a participle led phrase about the subject. */
static int participle_by(const an_evctx *c, size_t i) {
    return an_ev_ends(&c->tok[i], "ed", 2, 1) && an_ev_is(c, i + 1, "by");
}

/* "Russia, Syria's closest ally, vetoed", "Kofi Annan, UN and Arab League envoy, met": a
 * phrase between the commas j and i after a named party that ends in a lower-case noun
 * (its title) and holds no verb describes that party. */
int an_ev_titled_apposition(const an_evctx *c, size_t j, size_t i) {
    if (j == 0 || i < j + 3 || (c->tok[j - 1].actor < 0 && c->tok[j - 1].place < 0)) return 0;
    const an_evtok *last = &c->tok[i - 1];
    if (last->kind != ANNALS_TOKEN_WORD || last->place >= 0 ||
        (last->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) ||
        an_ev_ends(last, "ed", 2, 0) || an_ev_ends(last, "ing", 3, 0))
        return 0;
    for (size_t k = j + 1; k < i; k++)
        if (c->tok[k].trig >= 0 || c->tok[k].attr || (an_ev_is_be(c, k) && !an_ev_is(c, k, "'s")) ||
            (c->tok[k].cls & (AN_CL_SUB | AN_CL_REL)))
            return 0;
    return 1;
}

/* Going left from the comma at i that closes an apposition ("Pakistan, a key U.S. ally in
 * the war, has refused", "troops, helped by allied fighters, pushed"): the comma that
 * opens it, so that its words are passed over; else i. */
static size_t apposition_start(const an_evctx *c, size_t from, size_t i) {
    static const char *const dets[] = {"a", "an", "the", NULL};
    if (!an_ev_is(c, i, ",")) return i;
    for (size_t j = i; j-- > from && i - j < 14;) {
        if (c->tok[j].attr) return i;
        if (an_ev_is(c, j, ","))
            return j + 1 < i && (an_ev_is_any(c, j + 1, dets) || participle_by(c, j + 1) ||
                                 an_ev_titled_apposition(c, j, i))
                       ? j
                       : i;
    }
    return i;
}

/* The subject: the nearest actor left of the trigger in its clause, not inside a phrase
 * led by a preposition ("officials of the ministry") nor an apposition, unless nothing
 * else is there. *pron is 1 + the token of a subject pronoun found instead, else 0. */
static int left_actor(const an_evctx *c, size_t from, size_t to, int *pron) {
    int fallback = -1;
    *pron = 0;
    for (size_t i = to; i-- > from;) {
        i = apposition_start(c, from, i);
        if (c->tok[i].attr) break;
        if (c->tok[i].actor < 0) {
            if (an_ev_is_any(c, i, pronouns) && fallback < 0 && !*pron) *pron = (int)i + 1;
            continue;
        }
        size_t s = mention_start(c, i), p = s;
        /* "aircraft including helicopter gunships": words describing it after the
         * preposition */
        while (p > from && s - p < 2 && describes(c, p - 1)) p--;
        if (p == s || p == 0 || !an_ev_is(c, p - 1, "including")) p = s;
        if (p > 0 && an_ev_is_any(c, p - 1, preps)) {
            if (fallback < 0) fallback = c->tok[i].actor;
            i = s;
            continue;
        }
        return c->tok[i].actor;
    }
    return fallback;
}

/* An actor right of the trigger that belongs to the subject rather than being acted on:
 * "its troops", or an unnamed state agent of the subject's country ("the United States
 * speeded up the withdrawal of some forces from Panama"); not "militants in Swat". */
static int own_agent(const an_evctx *c, size_t s, int a, const char *subject_cc) {
    static const char *const possessives[] = {"its", "their", "his", "her", "our", NULL};
    /* "met his Chinese counterpart": the other side, whatever the possessive */
    for (size_t i = s; i < c->n && c->tok[i].actor == a; i++)
        if (an_ev_is(c, i, "counterpart") || an_ev_is(c, i, "counterparts")) return 0;
    if (s > 0 && an_ev_is_any(c, s - 1, possessives)) return 1;
    const an_actor *x = &c->doc->actors.v[a];
    /* "Israel's army chief warned that Israel would strike Hezbollah": the subject named
     * again opening a "that" clause is not the one aimed at */
    if (s > 0 && an_ev_is(c, s - 1, "that") && x->country[0] &&
        strcmp(x->country, subject_cc) == 0)
        return 1;
    int state = x->kind == AN_ACTOR_MILITARY || x->kind == AN_ACTOR_GOVERNMENT ||
                x->kind == AN_ACTOR_POLICE;
    if (!state || !x->country[0] || strcmp(x->country, subject_cc) != 0) return 0;
    for (size_t i = s; i < c->n && c->tok[i].actor == a; i++)
        if (c->tok[i].flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) return 0;
    return 1;
}

/* The mention starting at s follows "by", perhaps through words describing it ("by the
 * army", "by allied militias") or a count ("by a group of protesters"). */
static int led_by(const an_evctx *c, size_t s) {
    /* "by a group of protesters", "by hundreds of settlers": a count of them */
    static const char *const counts[] = {"group", "crowd", "band", "gang", "number", "dozens",
                                         "hundreds", "thousands", "scores", NULL};
    if (s > 2 && an_ev_is(c, s - 1, "of") && an_ev_is_any(c, s - 2, counts)) s -= 2;
    for (size_t j = s; j-- > 0 && s - j <= 3;) {
        if (an_ev_is(c, j, "by")) return 1;
        /* "died at the hands of security forces": the doer, as after "by" */
        if (an_ev_is(c, j, "of") && j >= 3 && an_ev_is(c, j - 1, "hands") &&
            an_ev_is_determiner(c, j - 2) && an_ev_is(c, j - 3, "at"))
            return 1;
        if (!an_ev_modifier(c, j) || c->tok[j].actor >= 0) return 0;
    }
    return 0;
}

/* "retook the town with heavy Russian air support", "with the help of X": an actor that
 * helps the doer is not acted on. */
static int helper(const an_evctx *c, size_t s, int a) {
    static const char *const aid[] = {"support", "help", "backing", "cover", "power", NULL};
    size_t j = s;
    while (j > 0 && s - j < 3 && an_ev_modifier(c, j - 1) && c->tok[j - 1].actor < 0) j--;
    /* "fought alongside government troops": on the same side */
    if (j > 0 && an_ev_is(c, j - 1, "alongside")) return 1;
    if (j == 0 || !an_ev_is(c, j - 1, "with")) return 0;
    size_t e = s;
    while (e < c->n && c->tok[e].actor == a) e++;
    for (size_t k = e; k < c->n && k < e + 2; k++)
        if (an_ev_is_any(c, k, aid)) return 1;
    return 0;
}

/* ", a move welcomed by the EU", ", an attack condemned by", ", the first visit by": a
 * comma and an indefinite article (or "the" and a rank) after the object open a phrase
 * about the whole clause; who is named there is not acted on. */
static int clause_apposition(const an_evctx *c, size_t i) {
    /* ", the first visit by", ", the deadliest attack since": a superlative sums it up */
    static const char *const ranks[] = {"first", "second", "third", "latest", "last", "biggest",
                                        "worst", "deadliest", "largest", NULL};
    if (!an_ev_is(c, i, ",") || i + 1 >= c->n) return 0;
    return an_ev_is(c, i + 1, "a") || an_ev_is(c, i + 1, "an") ||
           (an_ev_is(c, i + 1, "the") && i + 2 < c->n && an_ev_is_any(c, i + 2, ranks));
}

/* A word a trigger phrase goes on to ("expressed strong opposition"): not a party, even
 * where it names one. */
static int inside_trigger(const an_evctx *c, size_t i) {
    int k = c->tok[i].trig;
    return k >= 0 && c->cand[k].t0 < i;
}

/* The first actor right of the trigger; with `after_by`, only one led by "by". With
 * `own`, the agents of the subject (of country subject_cc) are passed over and *own gets
 * the first of them. */
static int right_actor(const an_evctx *c, size_t from, size_t to, int after_by, int skip,
                       const char *subject_cc, int *own) {
    if (own) *own = -1;
    for (size_t i = from; i < to; i++) {
        if (c->tok[i].attr || (i > from && clause_apposition(c, i))) break;
        int a = c->tok[i].actor;
        if (a < 0 || a == skip || inside_trigger(c, i)) continue;
        size_t s = mention_start(c, i);
        int by = led_by(c, s);
        if ((after_by && !by) || helper(c, s, a)) {
            while (i + 1 < to && c->tok[i + 1].actor == a) i++;
            continue;
        }
        if (own && own_agent(c, s, a, subject_cc)) {
            if (*own < 0) *own = a;
            while (i + 1 < to && c->tok[i + 1].actor == a) i++;
            continue;
        }
        return a;
    }
    return -1;
}

/* The subject of a clause opened by "who"/"which": the actor just before it, or before
 * its comma ("The militants, who seized the town"). */
static int antecedent(const an_evctx *c, size_t c0) {
    if (c0 > 1 && an_ev_is(c, c0 - 1, ",")) c0--;
    if (c0 == 0 || c->tok[c0 - 1].actor < 0) return -1;
    return c->tok[c0 - 1].actor;
}

/* "lashed out at France", "fired at Israel": "at" right after a verb trigger (or ending
 * one) leads to whom the act is aimed at, not where it happens. */
static int aimed_at(const an_evctx *c, size_t i) {
    if (!an_ev_is(c, i, "at")) return 0;
    int k = c->tok[i].trig >= 0 ? c->tok[i].trig : i > 0 ? c->tok[i - 1].trig : -1;
    return k >= 0 && c->cand[k].pos == AN_EV_POS_VERB;
}

/* Which places may stand where an actor would: a country, a capital too ("Beirut
 * rejected"), or any place with a country (an object: "would blockade Paris"). */
enum { AS_COUNTRY, AS_CAPITAL, AS_ANY };

/* A place named where an actor would stand ("Denmark today accepted", "withdraw from
 * Lebanon"), not one that only says where ("in Syria"). */
static int country_at(const an_evctx *c, size_t i, int as) {
    static const char *const where[] = {"in", "at", "near", "inside", "throughout", "within",
                                        "across", "around", NULL};
    int p = c->tok[i].place;
    if (p < 0 || c->tok[i].actor >= 0 || c->tok[i].attr || c->tok[i].time >= 0) return -1;
    if (an_ev_place_in_building(c, i)) return -1;
    const an_place *pl = &c->doc->places.v[p];
    int ok = pl->kind == AN_PLACE_COUNTRY ||
             (as == AS_CAPITAL && pl->kind == AN_PLACE_CITY && pl->precision >= 15) ||
             (as == AS_ANY && pl->country[0]);
    if (!ok) return -1;
    size_t s = i;
    while (s > 0 && c->tok[s - 1].place == p) s--;
    if (s > 0 && an_ev_is_any(c, s - 1, where) && !aimed_at(c, s - 1)) return -1;
    return p;
}

static int left_country(const an_evctx *c, size_t from, size_t to) {
    for (size_t i = to; i-- > from;) {
        i = apposition_start(c, from, i);
        if (c->tok[i].attr) break;
        int p = country_at(c, i, AS_CAPITAL);
        if (p >= 0) return p;
    }
    return -1;
}

/* The first place standing as an object right of the trigger; *at gets its token. */
static int right_country(const an_evctx *c, size_t from, size_t to, int skip, size_t *at) {
    for (size_t i = from; i < to; i++) {
        if (c->tok[i].attr) break;
        int p = country_at(c, i, AS_ANY);
        if (p >= 0 && p != skip) {
            *at = i;
            return p;
        }
    }
    return -1;
}

/* The first token of actor a right of `from`, or SIZE_MAX. */
static size_t actor_token(const an_evctx *c, size_t from, size_t to, int a) {
    for (size_t i = from; i < to; i++)
        if (c->tok[i].actor == a) return i;
    return SIZE_MAX;
}

/* The first place right of the trigger with a country, wherever it stands ("lifted the
 * curfew in Montenegro", "arrived in Amman"): what the act is aimed at when no actor is. */
static int right_locus(const an_evctx *c, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) {
        if (c->tok[i].attr) break;
        int p = c->tok[i].place;
        if (p < 0 || c->tok[i].actor >= 0 || c->tok[i].time >= 0) continue;
        if (c->doc->places.v[p].country[0] && !an_ev_place_in_building(c, i)) return p;
    }
    return -1;
}

/* "was signed by Egypt and Israel", "by the United States": a country after "by". */
static int by_country(const an_evctx *c, size_t from, size_t to) {
    for (size_t i = from; i + 1 < to; i++) {
        if (!an_ev_is(c, i, "by")) continue;
        if (i + 2 < to && an_ev_is(c, i + 1, "the")) i++;
        return country_at(c, i + 1, AS_CAPITAL);
    }
    return -1;
}

static int reported_in_clause(const an_evctx *c, const an_evcand *e);
static int resumed_subject(const an_evctx *c, const an_evcand *e, size_t *from, size_t *to);
static size_t control_object_end(const an_evctx *c, const an_evcand *e);

/* The country or capital opening the sentence as its subject before token `to` ("Moscow
 * began ..."), or -1 when an actor comes first. */
static int first_country(const an_evctx *c, size_t to) {
    for (size_t i = 0; i < to; i++) {
        if (c->tok[i].attr) continue;
        if (c->tok[i].actor >= 0) return -1;
        int p = country_at(c, i, AS_CAPITAL);
        if (p >= 0) return p;
    }
    return -1;
}

/* A pronoun subject in the event's clause ("and it said"). */
static int left_pronoun(const an_evctx *c, const an_evcand *e) {
    for (size_t i = e->c0; i < e->t0; i++)
        if (an_ev_is_any(c, i, pronouns)) return 1;
    return 0;
}

static void country_fallback(an_evctx *c, an_evcand *e) {
    size_t r0, r1;
    if (e->actor1 < 0)
        e->place1 = e->passive ? by_country(c, e->t1, e->c1) : left_country(c, e->c0, e->t0);
    if (e->actor1 < 0 && e->place1 < 0 && !e->passive && resumed_subject(c, e, &r0, &r1))
        e->place1 = left_country(c, r0, r1);
    /* "Moscow began withdrawing ... but has kept bombing": the main clause's country */
    if (e->actor1 < 0 && e->place1 < 0 && !e->passive &&
        (e->clause_kind == AN_BRK_COORD || e->clause_kind == AN_BRK_PART) &&
        !reported_in_clause(c, e) && !left_pronoun(c, e))
        e->place1 = first_country(c, e->c0);
    if (e->passive) {
        if (e->actor2 < 0) e->place2 = left_country(c, e->c0, e->t0);
        if (e->actor2 < 0 && e->place2 < 0 && resumed_subject(c, e, &r0, &r1))
            e->place2 = left_country(c, r0, r1);
        return;
    }
    size_t at = 0;
    int p = right_country(c, e->t1, control_object_end(c, e), e->place1, &at);
    if (p < 0) return;
    /* the nearer of an actor and a country is the object ("rejected a U.S. request from
     * the UN"); a town only when no actor is ("retook Palmyra from Islamic State") */
    const an_place *pl = &c->doc->places.v[p];
    int country = pl->kind == AN_PLACE_COUNTRY;
    /* "accused Tbilisi of harbouring rebels": a capital right after a verb that is no use of
     * force stands for its state ("shelled Kabul" is where) */
    int force = e->plover &&
                (strcmp(e->plover, "ASSAULT") == 0 || strcmp(e->plover, "COERCE") == 0);
    if (at == e->t1 && e->pos == AN_EV_POS_VERB && !force && pl->kind == AN_PLACE_CITY &&
        pl->precision >= 15)
        country = 1;
    if (e->actor2 < 0 || (country && at < actor_token(c, e->t1, e->c1, e->actor2))) {
        e->actor2 = -1;
        e->place2 = p;
        e->place2_locus = !country;
    }
}

/* "Israel and Lebanon renewed negotiations on an Israeli troop pullback", "failed to reach
 * agreement on the fate of Palestinian offices": the object actor is what they talk about,
 * after a topic word over a few words of its noun phrase. */
static int topic_actor(const an_evctx *c, const an_evcand *e, const char *const *topics) {
    size_t at = actor_token(c, e->t1, e->c1, e->actor2);
    /* the topic word may end the trigger itself ("agree on") */
    size_t low = e->t1 > e->t0 && an_ev_is_any(c, e->t1 - 1, topics) ? e->t1 - 1 : e->t1;
    for (size_t i = at; at != SIZE_MAX && i-- > low && at - i <= 5;) {
        if (an_ev_is_any(c, i, topics)) return 1;
        if (c->tok[i].kind != ANNALS_TOKEN_WORD || c->tok[i].actor >= 0 ||
            (an_ev_is_any(c, i, preps) && !an_ev_is(c, i, "of")))
            return 0;
    }
    return 0;
}

/* "Seoul and Tokyo agreed to cooperate on North Korea": two subjects act on each other,
 * and a country after "on", "over" or "about" is only what they talk about. */
static void topic_is_no_target(an_evctx *c, an_evcand *e) {
    static const char *const topics[] = {"on", "over", "about", "regarding", NULL};
    /* "launched air strikes on Afghanistan", "imposed sanctions on Iran": force and
     * sanctions land on what follows "on" */
    static const char *const aimed[] = {"ASSAULT", "COERCE", "SANCTION", NULL};
    for (int k = 0; e->plover && aimed[k]; k++)
        if (strcmp(e->plover, aimed[k]) == 0) return;
    if (e->n_co1 && e->actor2 >= 0 && topic_actor(c, e, topics)) e->actor2 = -1;
    if (!e->n_co1 || e->place2 < 0 || e->actor2 >= 0) return;
    for (size_t i = e->t1; i < e->c1; i++) {
        if (c->tok[i].place != e->place2) continue;
        if (i > e->t1 && an_ev_is_any(c, i - 1, topics)) { /* not "called on Israel" */
            e->place2 = -1;
            e->place2_locus = 0;
        }
        return;
    }
}

static int first_subject(const an_evctx *c, size_t to);
static int party_at(const an_evctx *c, size_t i, an_evparty *p, size_t *s, size_t *e);
static size_t time_before(const an_evctx *c, size_t i);

/* "Chirac issued a reminder to Iraq that it must cooperate", "Turkey warned Syria that it
 * must stop": with no one reported as saying it, a "must" clause after "that" is demanded by
 * the main clause's subject, and "it" or "they" there is the one the main clause addresses,
 * the party just before "that". */
static void demand_of_main_clause(const an_evctx *c, an_evcand *e) {
    static const char *const subjects[] = {"it", "they", NULL};
    if (e->c0 == 0 || !an_ev_is(c, e->c0, "that")) return;
    int ma = first_subject(c, e->c0);
    int mp = ma < 0 ? first_country(c, e->c0) : -1;
    if (ma < 0 && mp < 0) return;
    int pronoun = 0, named = 0;
    for (size_t i = e->c0 + 1; i < e->t0; i++) {
        if (c->tok[i].actor >= 0 || country_at(c, i, AS_CAPITAL) >= 0) named = 1;
        if (an_ev_is_any(c, i, subjects)) pronoun = 1;
    }
    if (pronoun && !named) {
        an_evparty to = {-1, -1};
        size_t ps, pe;
        size_t j = time_before(c, e->c0); /* "warned Syria on Monday that" */
        if (j == 0 || !party_at(c, j - 1, &to, &ps, &pe) ||
            (to.actor >= 0 ? to.actor == ma : to.place == mp))
            return;
        e->actor2 = to.actor;
        e->place2 = to.place;
        e->n_co2 = 0;
    }
    e->actor1 = ma;
    e->place1 = mp;
}

/* "Russia said Sudan must return the helicopter": the speaker demands, of the subject of
 * "must". With no speaker in the sentence ("Assad must be aware that ..." in a quote) the
 * demand is still made of the subject, by someone the sentence does not name. */
static void speaker_demands(an_evctx *c, an_evcand *e) {
    if (e->passive || strcmp(c->tok[e->t0].form[0], "must") != 0) return;
    const an_evattr *a = e->attr >= 0 ? &c->attr[e->attr] : NULL;
    int place = -1;
    for (size_t i = a ? a->sp0 : 0; a && i < a->sp1 && a->actor < 0 && place < 0; i++)
        place = country_at(c, i, AS_CAPITAL);
    e->actor2 = e->actor1;
    e->place2 = e->actor1 >= 0 ? -1 : e->place1;
    e->place2_locus = 0;
    memcpy(e->co2, e->co1, sizeof e->co2);
    e->n_co2 = e->n_co1;
    e->n_co1 = 0;
    e->actor1 = a ? a->actor : -1;
    e->place1 = place;
    if (!a) demand_of_main_clause(c, e);
}

/* "talks between Israel and Syria", "clashes between A and B": with no subject, the
 * parties after "between" act on each other. */
static void between_parties(an_evctx *c, an_evcand *e) {
    if (e->pos != AN_EV_POS_NOUN || e->actor1 >= 0 || e->place1 >= 0 || !e->n_co2) return;
    for (size_t i = e->t1; i < e->c1; i++) {
        int hit = e->actor2 >= 0 ? c->tok[i].actor == e->actor2
                                 : c->tok[i].actor < 0 && c->tok[i].place == e->place2;
        if (!hit) continue;
        if (i > 1 && an_ev_is(c, i - 1, "the")) i--; /* "between the government and" */
        if (i == 0 || !an_ev_is(c, i - 1, "between")) return;
        e->actor1 = e->actor2;
        e->place1 = e->actor2 >= 0 ? -1 : e->place2;
        memcpy(e->co1, e->co2, sizeof e->co1);
        e->n_co1 = e->n_co2;
        e->actor2 = e->place2 = -1;
        e->n_co2 = 0;
        return;
    }
}

/* The subject's country: its actor's, or the country standing before the trigger. */
static const char *subject_country(const an_evctx *c, const an_evcand *e) {
    if (e->actor1 >= 0) return c->doc->actors.v[e->actor1].country;
    int p = left_country(c, e->c0, e->t0);
    return p >= 0 ? c->doc->places.v[p].country : "";
}

/* "demanded that the US cancel", "accused Israel of": with no object in the clause, the
 * subject of a "that" clause right after it is the one acted on. */
static void that_clause_target(an_evctx *c, an_evcand *e) {
    if (e->actor2 >= 0 || e->place2 >= 0 || e->passive || e->c1 >= c->n) return;
    if (!an_ev_is(c, e->c1, "that")) return;
    const char *own = subject_country(c, e);
    /* "warned that Israel would strike Hezbollah": the subject's own state opening the
     * clause acts on another state's party after it, when one is named there */
    int self = -1;
    for (size_t i = e->c1 + 1; i < c->n && i < e->c1 + (self >= 0 ? 12 : 6); i++) {
        if (c->tok[i].attr || (c->tok[i].trig >= 0 && self < 0)) break;
        int p = c->tok[i].actor < 0 ? country_at(c, i, AS_CAPITAL) : -1;
        if (c->tok[i].actor < 0 && p < 0) continue;
        const char *cc = c->tok[i].actor >= 0 ? c->doc->actors.v[c->tok[i].actor].country
                                              : c->doc->places.v[p].country;
        if (self < 0 && own[0] && strcmp(cc, own) == 0) {
            self = (int)i;
            continue;
        }
        if (self >= 0 && (!cc[0] || strcmp(cc, own) == 0)) continue;
        if (c->tok[i].actor >= 0)
            e->actor2 = c->tok[i].actor;
        else
            e->place2 = p;
        return;
    }
    if (self < 0) return;
    e->actor2 = c->tok[self].actor; /* "demanding that the Turkish government provide" */
    if (e->actor2 < 0) e->place2 = country_at(c, (size_t)self, AS_CAPITAL);
}

/* Without an object, a second subject is the other side ("Jordan and Britain agreed"),
 * else the place aimed at, else the subject's own agent ("withdraw its troops"). */
static void target_fallback(an_evctx *c, an_evcand *e, int own) {
    if (e->actor2 >= 0 || e->place2 >= 0 || e->passive || e->n_co1) return;
    size_t o1 = control_object_end(c, e);
    e->place2 = right_locus(c, e->t1, o1);
    /* a request or a warning made of someone unnamed is still made ("urges countries
     * not to supply weapons") */
    e->addressee = o1 < e->c1 && e->plover &&
                   (strcmp(e->plover, "REQUEST") == 0 || strcmp(e->plover, "THREATEN") == 0);
    e->place2_locus = e->place2 >= 0;
    if (e->place2 < 0) e->actor2 = own;
}


static int previous_actor1(const an_evctx *c, size_t k) {
    while (k-- > 0)
        if (c->cand[k].absorbed_by < 0 && c->cand[k].actor1 >= 0) return c->cand[k].actor1;
    return -1;
}

/* "The Taliban claimed responsibility for the attack": the speaker did it. */
static int claimed_responsibility(const an_evctx *c, const an_evcand *e) {
    for (size_t i = e->t0; i-- > 0 && e->t0 - i <= 4;)
        if (an_ev_is(c, i, "responsibility")) return 1;
    return 0;
}

/* "X attacked Y, the monitor said, in the group's push since it retook the town": an
 * attribution after the content it reports; "it" there is not the speaker. */
static int trailing(const an_evattr *a) { return a->c0 < a->start; }

/* The nearest actor left of token i outside any attribution, or -1; for "it" not people
 * ("killed 200 people, most of them civilians, since it began"). */
static int actor_before(const an_evctx *c, size_t i, int it) {
    while (i-- > 0) {
        int a = c->tok[i].actor;
        if (a < 0 || c->tok[i].attr) continue;
        uint8_t kind = c->doc->actors.v[a].kind;
        if (!it || (kind != AN_ACTOR_GROUP_OF_PEOPLE && kind != AN_ACTOR_PERSON)) return a;
    }
    return -1;
}

/* "X condemned it and said the attacks ...": the clause's shared subject is the speaker's,
 * the event is what is said, with a doer of its own. */
static int reported_in_clause(const an_evctx *c, const an_evcand *e) {
    if (e->attr < 0) return 0;
    size_t v = c->attr[e->attr].verb;
    return v >= e->c0 && v < e->t0;
}

/* The sentence's subject before token `to`: its first actor outside an attribution and
 * not led by a preposition, when no country stands before it ("Moscow began withdrawing
 * its warplanes": not the warplanes); -1 when none. */
static int first_subject(const an_evctx *c, size_t to) {
    for (size_t i = 0; i < to; i++) {
        if (c->tok[i].attr) continue;
        if (country_at(c, i, AS_CAPITAL) >= 0) return -1;
        if (c->tok[i].actor < 0) continue;
        size_t s = mention_start(c, i);
        if (s > 0 && an_ev_is_any(c, s - 1, preps)) {
            while (i + 1 < to && c->tok[i + 1].actor == c->tok[i].actor) i++;
            continue;
        }
        return c->tok[i].actor;
    }
    return -1;
}

/* The words that may open an object before its actor mention: "the", "Niger's",
 * "Danish" (the actor may be only "envoy Ole Berg"). */
static int object_lead(const an_evctx *c, size_t i) {
    return an_ev_is_determiner(c, i) || an_ev_is(c, i, "'s") || c->tok[i].place >= 0 ||
           (c->tok[i].flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS));
}

/* A verb guessed without a parser: a trigger, or a past form in -ed ("summoned"). */
static int verb_guess(const an_evctx *c, size_t i) {
    if (c->tok[i].kind != ANNALS_TOKEN_WORD || an_ev_is_determiner(c, i)) return 0;
    return c->tok[i].trig >= 0 || an_ev_ends(&c->tok[i], "ed", 2, 1);
}

/* The start of the time expression ending right before token i ("on Wednesday"), or i. */
static size_t time_before(const an_evctx *c, size_t i) {
    static const char *const leads[] = {"on", "in", "at", "last", "this", "late", "early", NULL};
    size_t j = i;
    while (j > 0 && c->tok[j - 1].time >= 0) j--;
    if (j < i && j > 0 && an_ev_is_any(c, j - 1, leads)) j--;
    return j;
}

/* "summoned the ambassador to complain", "met the envoy to discuss": the doer of a "to"
 * clause right after the object of a verb is that verb's subject, unless the verb hands
 * the act to its object ("urged Iran to release", data/event-control.txt). Returns the
 * token of that verb, or SIZE_MAX when the actor before "to" is the doer. */
static size_t purpose_of_subject(const an_evctx *c, const an_evcand *e, int left) {
    if (left < 0 || e->passive || e->t0 < 3 || !an_ev_is(c, e->t0 - 1, "to")) return SIZE_MAX;
    size_t o = time_before(c, e->t0 - 1); /* "summoned the envoy on Wednesday to protest" */
    if (o < 2 || c->tok[o - 1].actor != left) return SIZE_MAX;
    size_t v = mention_start(c, o - 1);
    while (v > e->c0 && e->t0 - v < 12 && object_lead(c, v - 1) && c->tok[v - 1].actor < 0) v--;
    if (v <= e->c0) return SIZE_MAX;
    v--;
    size_t n;
    if (an_ev_match(&c->r->control, c, v, c->n, 0, &n)) return SIZE_MAX;
    if (v > e->c0 && an_ev_is_any(c, v, preps)) { /* "met with", "called on" */
        if (an_ev_match(&c->r->control, c, v - 1, c->n, 0, &n)) return SIZE_MAX;
        v--;
    }
    return verb_guess(c, v) ? v : SIZE_MAX;
}

/* The subject of the verb at v does the "to" clause; its object is the one acted on. */
static void purpose_doer(const an_evctx *c, an_evcand *e, size_t v) {
    int object = e->actor1, pron;
    e->actor1 = left_actor(c, e->c0, v, &pron);
    /* "summoned the envoy to protest against the detention of Russian officers": the
     * one summoned is protested to, not who is named in what it is about */
    e->actor2 = object;
    e->place2 = -1;
}

/* The country whose state agents are the subject's own: the subject's, when the subject is
 * a state; an opposition group does not own the police it clashes with. */
static const char *owner_country(const an_evctx *c, const an_evcand *e) {
    if (e->actor1 >= 0) {
        uint8_t k = c->doc->actors.v[e->actor1].kind;
        if (k == AN_ACTOR_GROUP_OF_PEOPLE || k == AN_ACTOR_ARMED_GROUP || k == AN_ACTOR_PARTY ||
            k == AN_ACTOR_ORGANISATION || k == AN_ACTOR_MEDIA)
            return "";
    }
    return subject_country(c, e);
}

/* The participle phrase opening e's clause ends with a comma before e's trigger. */
static int closed_before(const an_evctx *c, const an_evcand *e) {
    for (size_t i = e->c0 + 1; i < e->t0; i++)
        if (an_ev_is(c, i, ",")) return i + 1 == e->t0;
    return 0;
}

/* "Two soldiers were killed in clashes with Kurdish rebels": the other side of the fight
 * a passive toll was suffered in is its doer; -1 when none. */
static int clash_opponent(const an_evctx *c, const an_evcand *e) {
    for (size_t i = e->t1; i + 2 < e->c1 && i < e->t1 + 6; i++) {
        int k = c->tok[i].trig;
        if (k < 0 || c->cand[k].pos != AN_EV_POS_NOUN || !c->cand[k].plover ||
            strcmp(c->cand[k].plover, "ASSAULT") != 0)
            continue;
        size_t w = c->cand[k].t1;
        if (w + 1 >= e->c1 || !an_ev_is(c, w, "with")) return -1;
        for (size_t j = w + 1; j < e->c1 && j < w + 4; j++)
            if (c->tok[j].actor >= 0) return c->tok[j].actor;
        return -1;
    }
    return -1;
}

/* "the president will seek ... when he visits China": "he" or "she" opening a clause set
 * on the main one is the person (or the office holder) named before it. */
static int person_before(const an_evctx *c, size_t i) {
    while (i-- > 0) {
        int a = c->tok[i].actor;
        if (a < 0 || c->tok[i].attr) continue;
        uint8_t kind = c->doc->actors.v[a].kind;
        if (kind == AN_ACTOR_PERSON || kind == AN_ACTOR_GOVERNMENT) return a;
    }
    return -1;
}

/* "Syria's foreign minister said his country would cooperate": "his country", "our
 * nation" as the subject of what a speaker says stands for the speaker's state. */
static int speakers_country(const an_evctx *c, const an_evcand *e) {
    static const char *const owners[] = {"his", "her", "their", "our", NULL};
    static const char *const states[] = {"country", "nation", "government", NULL};
    /* the owner may have been read as the attribution's ("said his") */
    for (size_t i = e->c0 > 0 ? e->c0 - 1 : 0; i + 1 < e->t0; i++)
        if (an_ev_is_any(c, i, owners) && an_ev_is_any(c, i + 1, states) &&
            c->tok[i + 1].actor < 0)
            return 1;
    return 0;
}

/* For a main clause resumed after a relative one ("The army, which ..., attacked"): the
 * tokens of its subject, before the relative clause. 0 when e's clause is no such one. */
static int resumed_subject(const an_evctx *c, const an_evcand *e, size_t *from, size_t *to) {
    /* "The army, activists said, shelled": an attribution set off by commas between the
     * subject and its verb; the subject is before it */
    if (e->c0 > 2 && e->t0 == e->c0 && c->tok[e->c0 - 1].attr && an_ev_is(c, e->c0 - 1, ",")) {
        size_t j = e->c0 - 1, a1;
        while (j > 0 && c->tok[j - 1].attr) j--;
        if (j < 2 || !an_ev_is(c, j - 1, ",") || c->tok[j - 2].attr) return 0;
        an_ev_clause_of(c, j - 2, from, &a1);
        *to = j - 1;
        return 1;
    }
    if (e->clause_kind != AN_BRK_RESUME) return 0;
    /* the trigger is the resumed verb itself ("has also attacked"), not one further on
     * ("are backing the call for X to be allowed in") */
    for (size_t i = e->c0; i < e->t0; i++)
        if (c->tok[i].kind != ANNALS_TOKEN_WORD || an_ev_is_determiner(c, i) ||
            c->tok[i].actor >= 0 || c->tok[i].place >= 0 || an_ev_is(c, i, "to") ||
            c->tok[i].trig >= 0)
            return 0;
    size_t se = an_ev_resumed_subject_end(c, e->c0), a1;
    if (se == SIZE_MAX || se == 0) return 0;
    an_ev_clause_of(c, se - 1, from, &a1);
    *to = se;
    return 1;
}

/* "urged European governments to impose sanctions on Iran", "asked its allies to send aid
 * to Libya": after a verb that hands a "to" clause to its object (data/event-control.txt)
 * the one acted on is that object, before "to"; who is named in the clause is not (when the
 * object names no one, there is none). The clause's end when e is no such verb. */
static size_t control_object_end(const an_evctx *c, const an_evcand *e) {
    size_t n;
    if (e->pos != AN_EV_POS_VERB || e->passive ||
        !an_ev_match(&c->r->control, c, e->t0, c->n, 0, &n))
        return e->c1;
    for (size_t i = e->t1 + 1; i + 1 < e->c1 && i < e->t1 + 9; i++) {
        if (c->tok[i].kind == ANNALS_TOKEN_PUNCT || c->tok[i].attr) break;
        if (!an_ev_is(c, i, "to")) continue;
        size_t v = i + 1;
        if (an_ev_is(c, v, "not")) v++;
        const an_evtok *t = &c->tok[v];
        if (v < e->c1 && t->kind == ANNALS_TOKEN_WORD && t->actor < 0 && t->place < 0 &&
            t->time < 0 && !an_ev_is_determiner(c, v) &&
            !(t->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)))
            return an_ev_is(c, i - 1, "not") ? i - 1 : i;
        break; /* "to" leads a place or a name: a preposition, not the clause */
    }
    return e->c1;
}

static int an_ev_is_any_str(const char *s, const char *const *list) {
    for (int i = 0; s && list[i]; i++)
        if (strcmp(s, list[i]) == 0) return 1;
    return 0;
}

/* A clause that is its verb alone after the word opening it: "and called", ", and has
 * also called", not "and no country has proposed". */
static int bare_verb_clause(const an_evctx *c, const an_evcand *e) {
    static const char *const aux[] = {"has", "have", "had", "will", "would", "also", "then",
                                      "later", "later", "was", "were", "is", "are", "and", ",",
                                      NULL};
    for (size_t i = e->c0 + 1; i < e->t0; i++) {
        const char *w = c->tok[i].form[0];
        size_t n = strlen(w);
        if (!an_ev_is_any(c, i, aux) && !(n > 4 && strcmp(w + n - 2, "ly") == 0)) return 0;
    }
    return 1;
}

static void find_actors(an_evctx *c, size_t k, int *own) {
    an_evcand *e = &c->cand[k];
    int pron;
    int left = left_actor(c, e->c0, e->t0, &pron);
    size_t r0, r1;
    if (left < 0 && !pron && resumed_subject(c, e, &r0, &r1)) left = left_actor(c, r0, r1, &pron);
    *own = -1;
    if (e->passive) {
        e->actor1 = right_actor(c, e->t1, e->c1, 1, -1, "", NULL);
        if (e->actor1 < 0) e->actor1 = clash_opponent(c, e);
        e->actor2 = left;
        return;
    }
    e->actor1 = left;
    if (left < 0 && pron && e->attr >= 0 && trailing(&c->attr[e->attr]))
        e->actor1 = actor_before(c, e->c0, an_ev_is(c, (size_t)pron - 1, "it"));
    else if (left < 0 && (pron || claimed_responsibility(c, e)) && e->attr >= 0)
        e->actor1 = c->attr[e->attr].actor;
    /* '"We will not allow ...," Obama said': "we" and "I" are the speaker's side */
    for (size_t i = e->c0; e->actor1 < 0 && left < 0 && e->attr >= 0 && i < e->t0; i++)
        if (an_ev_is(c, i, "we") || an_ev_is(c, i, "i")) e->actor1 = c->attr[e->attr].actor;
    if (e->actor1 < 0 && e->clause_kind == AN_BRK_REL) e->actor1 = antecedent(c, e->c0);
    /* "Hezbollah, whose fighters battled Israel": the unnamed agents of "whose" are the
     * antecedent's own, as "Hezbollah's fighters" are Hezbollah */
    if (e->actor1 >= 0 && e->clause_kind == AN_BRK_REL && an_ev_is(c, e->c0, "whose") &&
        e->c0 + 1 < c->n && c->tok[e->c0 + 1].actor == e->actor1 &&
        !c->doc->actors.v[e->actor1].country[0] &&
        !(c->tok[e->c0 + 1].flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) &&
        antecedent(c, e->c0) >= 0)
        e->actor1 = antecedent(c, e->c0);
    if (e->actor1 < 0 && pron && e->clause_kind == AN_BRK_SUB &&
        (an_ev_is(c, (size_t)pron - 1, "he") || an_ev_is(c, (size_t)pron - 1, "she")))
        e->actor1 = person_before(c, e->c0);
    /* "Rice, speaking in Brussels, urged": a participle phrase closed by its comma before
     * the verb stands between the verb and its subject */
    if (e->actor1 < 0 && e->clause_kind == AN_BRK_PART && closed_before(c, e) && e->c0 > 0)
        e->actor1 = left_actor(c, 0, e->c0, &pron);
    if (e->actor1 < 0 && (e->clause_kind == AN_BRK_COORD || e->clause_kind == AN_BRK_PART) &&
        !reported_in_clause(c, e)) {
        e->actor1 = previous_actor1(c, k);
    }
    /* "X advanced, seizing posts", "X packed it with explosives and detonated them" */
    if (e->actor1 < 0 && !pron && !reported_in_clause(c, e) &&
        (e->clause_kind == AN_BRK_PART || e->clause_kind == AN_BRK_COORD))
        e->actor1 = first_subject(c, e->c0);
    /* "The group smashed the statue, and in June it blew up two shrines": "it" is the
     * sentence's subject before the last event's doer */
    if (e->actor1 < 0 && pron && an_ev_is(c, (size_t)pron - 1, "it") && e->c0 > 0)
        e->actor1 = first_subject(c, e->c0);
    if (e->actor1 < 0 && pron) e->actor1 = c->last_actor1;
    if (e->actor1 < 0 && e->attr >= 0 && speakers_country(c, e))
        e->actor1 = c->attr[e->attr].actor;
    e->actor2 = right_actor(c, e->t1, control_object_end(c, e), 0, e->actor1,
                            owner_country(c, e), own);
    size_t verb = purpose_of_subject(c, e, left);
    if (verb != SIZE_MAX && e->actor1 == left) purpose_doer(c, e, verb);
    if (e->pos == AN_EV_POS_NOUN && e->actor1 < 0) { /* "an attack by X on Y" */
        e->actor1 = right_actor(c, e->t1, e->c1, 1, -1, "", NULL);
        e->actor2 = right_actor(c, e->t1, e->c1, 0, e->actor1, owner_country(c, e), own);
    }
}

/* ---- compound actors: "Israel and the Palestinians", "to Iran, Libya and Sudan" ----- */

static int same_party(const an_evctx *c, size_t i, const an_evparty *p) {
    if (p->actor >= 0) return c->tok[i].actor == p->actor;
    return c->tok[i].actor < 0 && c->tok[i].place == p->place;
}

/* The party covering token i (an actor, or a country standing as one) and its tokens. */
static int party_at(const an_evctx *c, size_t i, an_evparty *p, size_t *s, size_t *e) {
    if (c->tok[i].attr) return 0;
    p->actor = c->tok[i].actor;
    p->place = p->actor < 0 ? country_at(c, i, AS_CAPITAL) : -1;
    if (p->actor < 0 && p->place < 0) return 0;
    for (*s = i; *s > 0 && same_party(c, *s - 1, p);) (*s)--;
    for (*e = i + 1; *e < c->n && same_party(c, *e, p);) (*e)++;
    return 1;
}

static const char *party_country(const an_evctx *c, const an_evparty *p) {
    if (p->actor >= 0) return c->doc->actors.v[p->actor].country;
    return p->place >= 0 ? c->doc->places.v[p->place].country : "";
}

/* Adds p beside the main party m unless it is the same side. */
static void add_party(const an_evctx *c, an_evparty *v, uint8_t *n, const an_evparty *m,
                      const an_evparty *p) {
    const char *cc = party_country(c, p);
    /* two names of one country may be two sides ("Hamas and Fatah gunmen"); a country's
     * name beside its own agent is one side */
    int two_names = p->actor >= 0 && m->actor >= 0 && p->actor != m->actor;
    if (cc[0] && strcmp(cc, party_country(c, m)) == 0 && !two_names) return;
    for (uint8_t k = 0; k < *n; k++)
        if (v[k].actor == p->actor && v[k].place == p->place) return;
    if (*n < AN_EV_MAXCO) v[(*n)++] = *p;
}

/* "X and his Chinese counterpart Hu Jintao": the first token of "his ... counterpart"
 * before s, or s. */
static size_t counterpart_before(const an_evctx *c, size_t from, size_t s) {
    static const char *const owners[] = {"his", "her", "their", "its", NULL};
    if (s < from + 2 || !(an_ev_is(c, s - 1, "counterpart") || an_ev_is(c, s - 1, "counterparts")))
        return s;
    for (size_t j = s - 1; j > from && s - j <= 4; j--)
        if (an_ev_is_any(c, j - 1, owners)) return j - 1;
    return s;
}

/* A word before an actor's noun that describes it ("communist rebels"): a modifier, or a
 * lower-case word that is no verb, preposition, conjunction or trigger. */
static int describes(const an_evctx *c, size_t i) {
    const an_evtok *t = &c->tok[i];
    if (t->actor >= 0 || t->place >= 0 || t->attr || t->trig >= 0) return 0;
    if (an_ev_modifier(c, i)) return 1;
    if (t->kind != ANNALS_TOKEN_WORD || (t->cls & (AN_CL_BE | AN_CL_SUB | AN_CL_REL))) return 0;
    return !an_ev_is_any(c, i, preps) && !an_ev_is(c, i, "and") && !an_ev_is(c, i, "or") &&
           !(an_ev_ends(t, "ed", 2, 1) || an_ev_ends(t, "ing", 3, 0));
}

/* A one-word demonym standing for its state before a title ("Palestinian officials"). */
static int demonym_at(const an_evctx *c, size_t i) {
    int a = c->tok[i].actor;
    if (a < 0 || c->doc->actors.v[a].kind != AN_ACTOR_COUNTRY) return 0;
    return (i == 0 || c->tok[i - 1].actor != a) && (i + 1 >= c->n || c->tok[i + 1].actor != a);
}

/* "and Palestinian leader Yasser Arafat": a state's title found as an actor of its own just
 * before the person of that state it names; the first token of the title, else j. */
static size_t title_before(const an_evctx *c, size_t from, size_t j) {
    if (j <= from + 1 || c->tok[j - 1].actor < 0 || c->tok[j].actor < 0) return j;
    const an_actor *t = &c->doc->actors.v[c->tok[j - 1].actor];
    const an_actor *p = &c->doc->actors.v[c->tok[j].actor];
    if (p->kind != AN_ACTOR_PERSON || t->kind == AN_ACTOR_PERSON || !t->country[0] ||
        strcmp(t->country, p->country) != 0)
        return j;
    int a = c->tok[j - 1].actor;
    while (j > from && c->tok[j - 1].actor == a) j--;
    return j;
}

/* Leftwards from the subject's first token s: "X and [the] S", "X, Y and S". */
static void left_compound(const an_evctx *c, const an_evcand *e, const an_evparty *m, size_t s,
                          an_evparty *v, uint8_t *n) {
    for (int guard = 0; guard < AN_EV_MAXCO; guard++) {
        size_t j = counterpart_before(c, e->c0, s);
        if (j > e->c0 + 1 && an_ev_is(c, j - 1, "'s") && c->tok[j - 2].place >= 0) {
            int pl = c->tok[j - 2].place; /* "X and Jordan's King Abdullah" */
            for (j--; j > e->c0 && c->tok[j - 1].place == pl;) j--;
        }
        j = title_before(c, e->c0, j);
        for (int k = 0; k < 3 && j > e->c0 && (describes(c, j - 1) || demonym_at(c, j - 1)); k++)
            j--; /* "the Philippine government and Muslim rebels", "and communist rebels" */
        if (j <= e->c0 || !(an_ev_is(c, j - 1, "and") || an_ev_is(c, j - 1, ","))) return;
        /* the subject itself is the last of a list, after "and": a bare comma before it
         * closes an opening phrase ("Posing with Clinton, Blair pledged") */
        if (guard == 0 && !an_ev_is(c, j - 1, "and")) return;
        j--;
        if (j > e->c0 && an_ev_is(c, j - 1, ",")) j--;
        an_evparty p;
        size_t ps, pe;
        if (j <= e->c0 || !party_at(c, j - 1, &p, &ps, &pe) || pe != j) return;
        add_party(c, v, n, m, &p);
        s = ps;
    }
}

/* The end of the noun a demonym standing for its state opens ("an Israeli peace movement
 * and the PLO": the words after "Israeli"), or end. */
static size_t demonym_noun_end(const an_evctx *c, const an_evparty *m, size_t end) {
    if (m->actor < 0 || c->doc->actors.v[m->actor].kind != AN_ACTOR_COUNTRY) return end;
    size_t j = end;
    while (j < c->n && j < end + 3 && c->tok[j].kind == ANNALS_TOKEN_WORD &&
           c->tok[j].actor < 0 && c->tok[j].place < 0 && c->tok[j].trig < 0 &&
           !(c->tok[j].flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) &&
           !an_ev_is_any(c, j, preps) && !an_ev_is(c, j, "and") && !an_ev_is_be(c, j))
        j++;
    return j < c->n && an_ev_is(c, j, "and") ? j : end;
}

/* Rightwards from the object's end: "S and [the] X", "S, X, and Y". */
static void right_compound(const an_evctx *c, const an_evcand *e, const an_evparty *m,
                           size_t end, an_evparty *v, uint8_t *n) {
    end = demonym_noun_end(c, m, end);
    for (int guard = 0; guard < AN_EV_MAXCO; guard++) {
        size_t j = end;
        if (j < e->c1 && an_ev_is(c, j, ",")) j++;
        if (j < e->c1 && an_ev_is(c, j, "and")) j++;
        if (j == end) return;
        for (int k = 0; k < 3 && j < e->c1 && an_ev_modifier(c, j) && c->tok[j].actor < 0 &&
                        c->tok[j].place < 0;
             k++)
            j++;
        an_evparty p;
        size_t ps, pe;
        if (j >= e->c1 || !party_at(c, j, &p, &ps, &pe) || ps != j) return;
        add_party(c, v, n, m, &p);
        end = pe;
    }
}

/* "Israeli-Palestinian": the actor on the other half of the hyphenated word of actor a
 * (the actors stage adds the halves one after the other), or -1. */
static int hyphen_twin(const an_evctx *c, int a) {
    const an_actor *x = &c->doc->actors.v[a];
    if ((size_t)a + 1 >= c->doc->actors.n) return -1;
    const an_actor *y = x + 1;
    if (y->where != x->where || y->start != x->end + 1 || c->text[x->end] != '-') return -1;
    return a + 1;
}

/* The parties joined to actor1 (side 1) or actor2 (side 0), on whichever side of the
 * trigger their mention stands (a passive's doer is after it). */
static void compounds(const an_evctx *c, an_evcand *e, int side) {
    an_evparty m = side ? (an_evparty){e->actor1, e->actor1 < 0 ? e->place1 : -1}
                        : (an_evparty){e->actor2, e->actor2 < 0 ? e->place2 : -1};
    if (m.actor < 0 && m.place < 0) return;
    an_evparty *v = side ? e->co1 : e->co2;
    uint8_t *n = side ? &e->n_co1 : &e->n_co2;
    if (m.actor >= 0 && hyphen_twin(c, m.actor) >= 0) { /* "Israeli-Palestinian talks" */
        an_evparty twin = {hyphen_twin(c, m.actor), -1};
        add_party(c, v, n, &m, &twin);
        return;
    }
    for (size_t i = e->c0; i < e->c1; i++) {
        if (!same_party(c, i, &m) || (i >= e->t0 && i < e->t1)) continue;
        size_t s, end;
        an_evparty p;
        if (!party_at(c, i, &p, &s, &end)) return;
        if (s < e->t0)
            left_compound(c, e, &m, s, v, n);
        else
            right_compound(c, e, &m, end, v, n);
        return;
    }
}

/* ---- senses the actors decide ----------------------------------------------------------- */

/* Whether an object may follow a verb ending before token i: not the end, punctuation, a
 * preposition or an adverb ("returned home", "released online", "freed quickly"). */
static int object_follows(const an_evctx *c, size_t i) {
    static const char *const adverbs[] = {"home", "so", "online", "there", "here", "again",
                                          "later", "back", "soon", "yet", "already", "since",
                                          "after", "before", "until", "during", "as", NULL};
    if (i >= c->n || c->tok[i].kind == ANNALS_TOKEN_PUNCT) return 0;
    if (an_ev_is_any(c, i, preps) || an_ev_is_any(c, i, adverbs)) return 0;
    const char *w = c->tok[i].form[0];
    size_t n = strlen(w);
    return !(n > 4 && strcmp(w + n - 2, "ly") == 0 && c->tok[i].actor < 0);
}

/* "returned the bodies", "released 15 sailors" give something or someone back;
 * "residents have returned", "returned to clear mines", "the footage, released online"
 * act on no one. */
static int intransitive_return(const an_evctx *c, const an_evcand *e) {
    if (e->pos != AN_EV_POS_VERB || e->passive || !e->mode || e->e->n_words != 1) return 0;
    if (strcmp(e->mode, "return") != 0 && strcmp(e->mode, "release") != 0) return 0;
    return !object_follows(c, e->t1);
}

/* "called the victory an achievement", "called the show tasteless", "called Bush a devil":
 * a call whose object is no one, or someone then what he is called, is a description, not
 * a telephone call. */
static int description_call(const an_evctx *c, const an_evcand *e) {
    if (e->pos != AN_EV_POS_VERB || !e->mode || strcmp(e->mode, "phone") != 0 ||
        strcmp(e->e->words[0], "call") != 0 || e->e->n_words != 1)
        return 0;
    size_t i = e->t1;
    /* "called US President George W. Bush a devil": a name, then what he is called */
    if (i < c->n && (c->tok[i].actor >= 0 || c->tok[i].place >= 0)) {
        while (i < c->n && (c->tok[i].actor >= 0 || c->tok[i].place >= 0)) i++;
        return i + 1 < c->n && (an_ev_is(c, i, "a") || an_ev_is(c, i, "an")) &&
               c->tok[i + 1].actor < 0 && c->tok[i + 1].place < 0;
    }
    if (!an_ev_is_determiner(c, i)) return 0;
    while (i < c->n && an_ev_is_determiner(c, i)) i++;
    return i < c->n && c->tok[i].actor < 0 && c->tok[i].place < 0;
}

/* "received the envoy", "received a delegation of the party": a guest verb reports a visit
 * only when someone follows it as its object; "received a letter from" reports nothing. */
/* "8,000 journalists have arrived in London", "refugees arrived in Jordan": a visit (042) is
 * made by someone who speaks for a state or body, not by a crowd or the press. */
static int crowd_visit(const an_evctx *c, const an_evcand *e) {
    if (!e->cameo || (strcmp(e->cameo, "042") != 0 && strcmp(e->cameo, "043") != 0) ||
        e->actor1 < 0 || e->passive)
        return 0;
    uint8_t k = c->doc->actors.v[e->actor1].kind;
    return k == AN_ACTOR_GROUP_OF_PEOPLE || k == AN_ACTOR_MEDIA;
}

/* "Valerie Amos was allowed to visit Homs": a permission with no one named giving it tells
 * the act it let happen, which is the event. */
static int passive_permission(const an_evctx *c, const an_evcand *e) {
    if (!e->passive || e->actor1 >= 0 || e->place1 >= 0 || e->e->n_words != 1 ||
        (strcmp(e->e->words[0], "allow") != 0 && strcmp(e->e->words[0], "permit") != 0))
        return 0;
    return e->t1 + 1 < c->n && an_ev_is(c, e->t1, "to") && c->tok[e->t1 + 1].trig >= 0;
}

/* "both sides are equally to blame": "be to blame" says who is at fault, it reports no
 * accusation anyone made. */
static int be_to_blame(const an_evctx *c, const an_evcand *e) {
    if (e->pos != AN_EV_POS_VERB || e->e->n_words != 1 || strcmp(e->e->words[0], "blame") != 0 ||
        e->t0 < 2 || !an_ev_is(c, e->t0 - 1, "to"))
        return 0;
    size_t b = e->t0 - 2;
    if (!an_ev_is_be(c, b) && b > 0 && c->tok[b].kind == ANNALS_TOKEN_WORD) {
        const char *w = c->tok[b].form[0]; /* "equally", "partly", "largely" */
        size_t n = strlen(w);
        if (n > 4 && strcmp(w + n - 2, "ly") == 0) b--;
    }
    return an_ev_is_be(c, b);
}

static int no_guest(const an_evctx *c, const an_evcand *e) {
    const char *f = e->e->col[4];
    if (!f || strcmp(f, "guest") != 0 || e->passive || e->has_object) return 0;
    for (size_t i = e->t1; i < c->n && i < e->t1 + 6; i++) {
        if (c->tok[i].actor >= 0) return 0;
        if (c->tok[i].kind == ANNALS_TOKEN_PUNCT || an_ev_is_any(c, i, preps)) break;
    }
    return 1;
}

static int armed(const an_evctx *c, const an_actor *a);
static int state_force(const an_actor *a);

/* "the army pushed them back out", "jets pounded their positions": "them" (or "their"
 * after force) right after the verb is the armed group (or "militants") named last
 * before the sentence, when the doer is someone else. */
static int them_before(const an_evctx *c, const an_evcand *e) {
    int force = e->plover && strcmp(e->plover, "ASSAULT") == 0; /* "pounded their positions" */
    if (e->actor2 >= 0 || e->place2 >= 0 || e->passive ||
        !(an_ev_is(c, e->t1, "them") || (force && an_ev_is(c, e->t1, "their"))))
        return -1;
    const char *doer = e->actor1 >= 0 ? c->doc->actors.v[e->actor1].name : "";
    for (size_t k = c->doc->actors.n; k-- > 0;) {
        const an_actor *a = &c->doc->actors.v[k];
        if (a->where != c->where || a->start >= c->tok[0].start) continue;
        if (armed(c, a) && !state_force(a) && a->name && strcmp(a->name, doer) != 0)
            return (int)k;
    }
    return -1;
}

static int named_by(const an_evctx *c, const an_actor *a, const char *const *words);

/* "troops firing artillery": what is fired is the weapon, not its target. */
static int fired_weapon(const an_evctx *c, const an_evcand *e) {
    static const char *const weapons[] = {"artillery", "tank", "rocket", "missile", "mortar",
                                          "gun", NULL};
    int a = e->t1 < c->n ? c->tok[e->t1].actor : -1;
    if (a < 0 || strcmp(e->e->words[0], "fire") != 0) return 0;
    return named_by(c, &c->doc->actors.v[a], weapons);
}

/* "Two soldiers were wounded when gunmen opened fire on their patrol": a toll told in the
 * passive before a clause of the same time that tells the attack is that attack's; the
 * attack, with its doer, becomes one event with the victims as its target. */
static void toll_before_cause(an_evctx *c, size_t k) {
    static const char *const same_time[] = {"when", "as", NULL};
    an_evcand *e = &c->cand[k];
    const char *f = e->e->col[4];
    if (!e->passive || !f || strcmp(f, "casualty") != 0 || e->actor1 >= 0 || e->place1 >= 0)
        return;
    for (size_t b = k + 1; b < c->n_cand; b++) {
        an_evcand *B = &c->cand[b];
        if (B->absorbed_by >= 0) continue;
        int assault = B->plover && strcmp(B->plover, "ASSAULT") == 0;
        if (!assault || B->clause_kind != AN_BRK_SUB || !an_ev_is_any(c, B->c0, same_time) ||
            B->passive || (B->actor1 < 0 && B->place1 < 0))
            return;
        e->actor1 = B->actor1;
        e->place1 = B->place1;
        e->cameo = B->cameo; /* "opened fire" says how: 193 */
        e->mode = B->mode;
        e->acled = B->acled;
        B->absorbed_by = (int)k;
        return;
    }
}

/* "Russia is an ally of Syria and, together with China, has blocked", "Peru, along with
 * Chile, voted against": the party after "together with" or "along with" acts beside the
 * subject before the phrase (or, after "and" or in a clause joined to the main one, beside
 * the sentence's subject). */
static void comitative(an_evctx *c, an_evcand *e) {
    an_evparty m = {e->actor1, e->actor1 < 0 ? e->place1 : -1};
    if ((m.actor < 0 && m.place < 0) || e->passive) return;
    size_t s = e->c0;
    while (s < e->t0 && !same_party(c, s, &m)) s++;
    if (s >= e->t0 || s < 2 || !an_ev_is(c, s - 1, "with") ||
        !(an_ev_is(c, s - 2, "together") || an_ev_is(c, s - 2, "along")))
        return;
    size_t j = s - 2, ps, pe;
    if (j > 0 && an_ev_is(c, j - 1, ",")) j--;
    an_evparty main = {-1, -1};
    if (j > 0 && party_at(c, j - 1, &main, &ps, &pe) && pe == j) {
        /* the subject just before the phrase */
    } else if (e->clause_kind == AN_BRK_COORD || e->clause_kind == AN_BRK_PART ||
               (j > 0 && an_ev_is(c, j - 1, "and"))) {
        size_t to = e->clause_kind == AN_BRK_NONE ? j : e->c0;
        main.actor = first_subject(c, to);
        main.place = main.actor < 0 ? first_country(c, to) : -1;
    }
    if (main.actor < 0 && main.place < 0) return;
    e->actor1 = main.actor;
    e->place1 = main.actor < 0 ? main.place : -1;
    add_party(c, e->co1, &e->n_co1, &main, &m);
    e->allied = 1;
}

/* "Kuwait and Bahrain have followed Saudi Arabia in recalling their ambassadors", "joined
 * France in condemning": the subject of "follow" or "join" does the act too, beside the one
 * it follows. */
static void follows_in(an_evctx *c, an_evcand *e) {
    static const char *const joins[] = {"follow", "followed", "follows", "join", "joined",
                                        "joins", NULL};
    size_t ps, pe;
    an_evparty other, main = {-1, -1};
    if (e->pos != AN_EV_POS_VERB || e->passive || e->t0 < 3 || !an_ev_is(c, e->t0 - 1, "in") ||
        !party_at(c, e->t0 - 2, &other, &ps, &pe) || pe != e->t0 - 1)
        return;
    size_t v = ps;
    if (v > 0 && an_ev_is(c, v - 1, "the")) v--;
    if (v == 0 || !an_ev_is_any(c, v - 1, joins)) return;
    v--;
    int pron;
    main.actor = left_actor(c, 0, v, &pron);
    main.place = main.actor < 0 ? left_country(c, 0, v) : -1;
    if (main.actor < 0 && main.place < 0) return;
    e->actor1 = main.actor;
    e->place1 = main.place;
    add_party(c, e->co1, &e->n_co1, &main, &other);
    e->allied = 1;
}

/* "fired on a demonstration at the Lebanese border village, killing 11 Palestinians": an
 * attack aimed at no one but a place (or a demonym naming one) was aimed at the people its
 * toll names, when they are of a country. */
static void victims_of_toll(an_evctx *c, size_t k) {
    an_evcand *e = &c->cand[k];
    if (!e->plover || strcmp(e->plover, "ASSAULT") != 0 || e->n_co2 || e->passive) return;
    if (e->actor2 >= 0 && c->doc->actors.v[e->actor2].kind != AN_ACTOR_COUNTRY) return;
    for (size_t b = k + 1; b < c->n_cand; b++) {
        const an_evcand *B = &c->cand[b];
        const char *f = B->e->col[4];
        if (B->absorbed_by != (int)k || B->passive || !f || strcmp(f, "casualty") != 0) continue;
        for (size_t i = B->t1; i < B->c1 && i < c->n; i++) {
            int a = c->tok[i].actor;
            if (c->tok[i].attr || c->tok[i].trig >= 0) break;
            if (a < 0) continue;
            const an_actor *x = &c->doc->actors.v[a];
            if (x->kind == AN_ACTOR_GROUP_OF_PEOPLE && x->country[0]) {
                e->actor2 = a;
                e->place2 = -1;
            }
            return;
        }
    }
}

/* "handed the Security Council a draft resolution on Wednesday condemning Syria", "sent a
 * letter to the UN urging action": a participle after a document speaks for whoever issued
 * the document, the sentence's subject, not the one it was handed to. */
static void document_issuer(an_evctx *c, an_evcand *e) {
    static const char *const documents[] = {"resolution", "draft", "statement", "letter",
                                            "text", "declaration", "communique", "motion",
                                            "memorandum", "note", "bill", "proposal", NULL};
    if (e->pos != AN_EV_POS_VERB || e->passive || e->t0 < 2 ||
        (e->clause_kind != AN_BRK_NONE && e->clause_kind != AN_BRK_HARD) ||
        !an_ev_ends(&c->tok[e->t0], "ing", 3, 1) || an_ev_is(c, e->t0 - 1, ","))
        return;
    size_t d = SIZE_MAX;
    for (size_t i = e->t0; i-- > e->c0 && e->t0 - i <= 6;) {
        if (c->tok[i].attr || c->tok[i].kind == ANNALS_TOKEN_PUNCT) break;
        if (an_ev_is_any(c, i, documents)) {
            d = i;
            break;
        }
    }
    if (d == SIZE_MAX || d == 0) return;
    /* the clause's first party, not led by a preposition; then the last of a compound
     * subject, as a subject nearest its verb is read ("Britain, France and Portugal
     * handed": Portugal, then the others leftwards) */
    an_evparty m, q;
    size_t ps = 0, pe = 0, i = e->c0;
    for (; i < d; i++)
        if (party_at(c, i, &m, &ps, &pe)) {
            if (ps == 0 || !an_ev_is_any(c, ps - 1, preps)) break;
            i = pe - 1;
        }
    if (i >= d) return;
    for (int guard = 0; guard < AN_EV_MAXCO + 1; guard++) {
        size_t j = pe;
        if (j < d && an_ev_is(c, j, ",")) j++;
        if (j < d && an_ev_is(c, j, "and")) j++;
        if (j == pe || j >= d || !party_at(c, j, &q, &ps, &pe) || ps != j) break;
        m = q;
    }
    if (m.actor >= 0 ? m.actor == e->actor1 || m.actor == e->actor2
                     : e->actor1 < 0 && m.place == e->place1)
        return;
    e->actor1 = m.actor;
    e->place1 = m.actor < 0 ? m.place : -1;
    e->n_co1 = 0;
}

/* "The raid drew condemnation from Turkey", "faced criticism from the EU", "met with
 * protests from Cairo", "came under fire from rebels": a reaction noun after such a verb
 * (an attack after "came under") is made by whom "from" names, and aimed at the verb's
 * subject. */
static void drawn_reaction(an_evctx *c, an_evcand *e) {
    static const char *const draws[] = {"draw", "drew", "drawn", "draws", "drawing", "prompt",
                                        "prompted", "prompts", "spark", "sparked", "sparks",
                                        "provoke", "provoked", "provokes", "attract",
                                        "attracted", "attracts", "earn", "earned", "earns",
                                        "face", "faced", "faces", "facing", "met", "meet",
                                        "meets", "received", "receive", "receives", NULL};
    static const char *const comes[] = {"come", "came", "comes", "coming", "was", "were",
                                        "is", "are", "been", "be", NULL};
    if (e->passive || e->t1 + 1 >= c->n ||
        !(an_ev_is(c, e->t1, "from") || an_ev_is(c, e->t1, "by")))
        return;
    size_t v = e->t0;
    while (v > e->c0 && e->t0 - v < 3 && (an_ev_modifier(c, v - 1) || describes(c, v - 1)) &&
           c->tok[v - 1].actor < 0 && c->tok[v - 1].place < 0 && !an_ev_is_any(c, v - 1, draws) &&
           !an_ev_is(c, v - 1, "under") && !an_ev_is(c, v - 1, "with"))
        v--;
    if (v > e->c0 && an_ev_is(c, v - 1, "with")) v--; /* "met with" */
    /* "came under fire from rebels", "were under attack by troops" */
    int under = v > e->c0 + 1 && an_ev_is(c, v - 1, "under") && an_ev_is_any(c, v - 2, comes);
    /* after "under" the word is a noun whatever it was read as ("came under fire") */
    if (v <= e->c0 || (!under && (e->pos != AN_EV_POS_NOUN || !an_ev_is_any(c, v - 1, draws))))
        return;
    if (!under && !an_ev_is(c, e->t1, "from")) return;
    size_t j = e->t1 + 1, ps, pe;
    if (j + 1 < c->n && an_ev_is(c, j, "the")) j++;
    an_evparty from;
    if (!party_at(c, j, &from, &ps, &pe) || ps != j) return;
    an_evparty subject = {e->actor1, e->actor1 < 0 ? e->place1 : -1};
    e->actor1 = from.actor;
    e->place1 = from.place;
    e->actor2 = subject.actor;
    e->place2 = subject.place;
    e->place2_locus = 0;
}

/* "Lebanon complained to the United Nations over Israeli air raids": a complaint taken to
 * a body that speaks for no state is aimed at the party it is about. */
static void complaint_over(an_evctx *c, an_evcand *e) {
    static const char *const about[] = {"over", "about", "against", "regarding", NULL};
    if (!e->plover || strcmp(e->plover, "ACCUSE") != 0 || e->actor2 < 0 || e->passive) return;
    const an_actor *x = &c->doc->actors.v[e->actor2];
    if (x->country[0] || x->kind != AN_ACTOR_ORGANISATION) return;
    size_t s = actor_token(c, e->t1, e->c1, e->actor2);
    if (s == SIZE_MAX || s == 0 ||
        (!an_ev_is(c, s - 1, "to") &&
         !(s > 1 && an_ev_is(c, s - 1, "the") && an_ev_is(c, s - 2, "to"))))
        return;
    size_t i = s;
    while (i < e->c1 && c->tok[i].actor == e->actor2) i++;
    /* "to the United Nations on Tuesday over" */
    if (i + 1 < e->c1 && an_ev_is(c, i, "on") && c->tok[i + 1].time >= 0) i++;
    while (i < e->c1 && c->tok[i].time >= 0) i++;
    if (i >= e->c1 || !an_ev_is_any(c, i, about)) return;
    /* the party in the next few words: "over two Israeli air raids" */
    for (size_t j = i + 1; j < e->c1 && j < i + 5; j++) {
        an_evparty p;
        size_t ps, pe;
        if (c->tok[j].kind == ANNALS_TOKEN_PUNCT || an_ev_is_any(c, j, preps)) return;
        if (!party_at(c, j, &p, &ps, &pe)) continue;
        if (p.actor >= 0 && !c->doc->actors.v[p.actor].country[0]) return;
        e->actor2 = p.actor;
        e->place2 = p.place;
        e->place2_locus = 0;
        return;
    }
}

/* "staged a hunger strike in protest against violations by Algerian security forces",
 * "rioted ... calling for the removal of President Mubarak": a protest aimed at no one is
 * aimed at whom it is against, or whose fall it demands. */
static void protest_against(an_evctx *c, an_evcand *e) {
    static const char *const falls[] = {"removal", "resignation", "ouster", "overthrow",
                                        "fall", "downfall", NULL};
    if (!e->plover || strcmp(e->plover, "PROTEST") != 0 || e->actor2 >= 0 ||
        (e->place2 >= 0 && !e->place2_locus) || e->passive)
        return;
    for (size_t i = e->t1; i + 1 < c->n && i < e->t1 + 16; i++) {
        if (c->tok[i].attr || c->tok[i].brk == AN_BRK_HARD) return;
        int lead = an_ev_is(c, i, "against") ||
                   (an_ev_is_any(c, i, falls) && an_ev_is(c, i + 1, "of") && i++);
        if (!lead) continue;
        for (size_t j = i + 1; j < c->n && j < i + 10; j++) {
            if (c->tok[j].attr || c->tok[j].kind == ANNALS_TOKEN_PUNCT) return;
            an_evparty p;
            size_t ps, pe;
            if (!party_at(c, j, &p, &ps, &pe)) continue;
            if (p.actor >= 0 ? p.actor == e->actor1 : p.place == e->place1) return;
            e->actor2 = p.actor;
            e->place2 = p.place;
            e->place2_locus = 0;
            return;
        }
        return;
    }
}

/* "blamed the deaths of Syrian soldiers on Turkey", "put the blame on X": what is blamed
 * comes first, the one blamed after "on". */
static void blamed_on(an_evctx *c, an_evcand *e) {
    int blame = 0;
    for (size_t w = 0; w < e->e->n_words; w++) blame |= strcmp(e->e->words[w], "blame") == 0;
    if (!blame || e->passive) return;
    for (size_t i = e->t1; i + 1 < e->c1; i++) {
        if (c->tok[i].attr || c->tok[i].trig >= 0) return;
        if (!an_ev_is(c, i, "on")) continue;
        size_t k = i + 1, ps, pe;
        if (k + 1 < e->c1 && an_ev_is(c, k, "the")) k++;
        an_evparty p;
        if (!party_at(c, k, &p, &ps, &pe) || ps != k) return;
        e->actor2 = p.actor;
        e->place2 = p.place;
        e->place2_locus = 0;
        e->n_co2 = 0;
        return;
    }
}

/* "refused to step down despite calls from the Arab League", "rejected the plan in defiance
 * of pressure by Washington": a refusal aimed at no one is aimed at whoever pressed for what
 * was refused. */
static void refused_pressure(an_evctx *c, an_evcand *e) {
    static const char *const despite[] = {"despite", "defiance", "defying", "ignoring", NULL};
    static const char *const pressure[] = {"pressure", "call", "calls", "demand", "demands",
                                           "appeal", "appeals", "request", "requests",
                                           "warning", "warnings", "plea", "pleas", NULL};
    if (!e->plover || strcmp(e->plover, "REJECT") != 0 || e->actor2 >= 0 ||
        (e->place2 >= 0 && !e->place2_locus))
        return;
    for (size_t i = e->t1; i < c->n && i < e->t1 + 12; i++) {
        if (c->tok[i].attr || c->tok[i].brk == AN_BRK_HARD) return;
        if (!an_ev_is_any(c, i, despite)) continue;
        for (size_t j = i + 1; j + 2 < c->n && j < i + 6; j++) {
            if (!an_ev_is_any(c, j, pressure)) continue;
            if (!an_ev_is(c, j + 1, "from") && !an_ev_is(c, j + 1, "by") &&
                !an_ev_is(c, j + 1, "of"))
                return;
            size_t k = j + 2, ps, pe;
            if (k + 1 < c->n && an_ev_is(c, k, "the")) k++;
            an_evparty p;
            if (!party_at(c, k, &p, &ps, &pe) || ps != k) return;
            e->actor2 = p.actor;
            e->place2 = p.place;
            e->place2_locus = 0;
            return;
        }
        return;
    }
}

/* "France and Germany condemned Russia and called for a ceasefire", "Egypt and Jordan met
 * and signed a deal": a verb after "and" with no subject of its own has the whole subject
 * of the verb before. They act on each other only where such acts are mutual (meeting,
 * agreeing, fighting), else side by side. */
static void borrowed_cosubjects(an_evctx *c, size_t k) {
    static const char *const mutual[] = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "ASSAULT",
                                         NULL};
    an_evcand *e = &c->cand[k];
    if ((e->clause_kind != AN_BRK_COORD && e->clause_kind != AN_BRK_PART) || e->n_co1 ||
        e->passive || (e->actor1 < 0 && e->place1 < 0) || !bare_verb_clause(c, e))
        return;
    for (size_t p = k; p-- > 0;) {
        const an_evcand *P = &c->cand[p];
        if (P->absorbed_by >= 0) continue;
        an_evparty m = {e->actor1, e->actor1 < 0 ? e->place1 : -1};
        int same = m.actor >= 0 ? P->actor1 == m.actor : P->actor1 < 0 && P->place1 == m.place;
        for (uint8_t i = 0; i < P->n_co1 && !same; i++)
            same = P->co1[i].actor == m.actor && P->co1[i].place == m.place;
        if (!same || !P->n_co1 || P->passive) return;
        e->actor1 = P->actor1;
        e->place1 = P->actor1 < 0 ? P->place1 : -1;
        memcpy(e->co1, P->co1, sizeof e->co1);
        e->n_co1 = P->n_co1;
        e->allied = P->allied || !an_ev_is_any_str(e->plover, mutual);
        return;
    }
}

void an_ev_arguments(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        if (e->absorbed_by >= 0) continue;
        int own;
        find_actors(c, k, &own);
        country_fallback(c, e);
        drawn_reaction(c, e);
        document_issuer(c, e);
        complaint_over(c, e);
        follows_in(c, e);
        compounds(c, e, 1);
        borrowed_cosubjects(c, k);
        comitative(c, e);
        speaker_demands(c, e);
        topic_is_no_target(c, e);
        that_clause_target(c, e);
        if (fired_weapon(c, e)) { /* neither the target nor the doer's own agent */
            if (e->actor2 == c->tok[e->t1].actor) e->actor2 = -1;
            if (own == c->tok[e->t1].actor) own = -1;
        }
        int them = them_before(c, e);
        if (them >= 0) e->actor2 = them;
        refused_pressure(c, e);
        blamed_on(c, e);
        protest_against(c, e);
        target_fallback(c, e, own);
        compounds(c, e, 0);
        between_parties(c, e);
        if (intransitive_return(c, e) || description_call(c, e) || no_guest(c, e) ||
            crowd_visit(c, e) || passive_permission(c, e) || be_to_blame(c, e))
            e->plover = NULL;
        if (e->actor1 >= 0) c->last_actor1 = e->actor1;
    }
    for (size_t k = 0; k < c->n_cand; k++)
        if (c->cand[k].absorbed_by < 0) toll_before_cause(c, k);
    for (size_t k = 0; k < c->n_cand; k++)
        if (c->cand[k].absorbed_by < 0) victims_of_toll(c, k);
}

/* ---- ACLED types that depend on the actors ------------------------------------------- */

static int state_force(const an_actor *a) {
    return a->kind == AN_ACTOR_MILITARY || a->kind == AN_ACTOR_GOVERNMENT ||
           a->kind == AN_ACTOR_POLICE || a->kind == AN_ACTOR_COUNTRY;
}

/* Whether the words of an actor's mention contain one of `words` (lower case). */
static int named_by(const an_evctx *c, const an_actor *a, const char *const *words) {
    size_t len;
    const char *s = an_doc_where(c->doc, a->where, &len);
    if (a->end > len || a->end - a->start > 120) return 0;
    char buf[128];
    size_t n = a->end - a->start;
    for (size_t k = 0; k < n; k++) {
        char ch = s[a->start + k];
        buf[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    buf[n] = '\0';
    for (int k = 0; words[k]; k++)
        if (strstr(buf, words[k])) return 1;
    return 0;
}

/* Armed by its kind, or by the words naming it ("ISIS militants" may come as a group of
 * people). */
static int armed(const an_evctx *c, const an_actor *a) {
    static const char *const words[] = {"militant", "fighter", "rebel", "soldier", "troop",
                                        "insurgent", "guerrilla", "gunm", "jihadist", "forces",
                                        "army", "militia", "police", NULL};
    return state_force(a) || a->kind == AN_ACTOR_ARMED_GROUP || named_by(c, a, words);
}

/* "warplanes struck", "a drone hit": violence from the air. */
static int airborne(const an_evctx *c, const an_actor *a) {
    static const char *const words[] = {"aircraft", "warplane", "jet", "plane", "drone",
                                        "helicopter", "air force", "bomber", NULL};
    return a && named_by(c, a, words);
}

/* "Battles|territory": who took it decides. */
static const char *territory(const an_evcand *e, const an_actor *a1) {
    if ((a1 && state_force(a1)) || (!a1 && e->place1 >= 0))
        return "Battles|Government regains territory";
    return a1 ? "Battles|Non-state actor overtakes territory" : "Battles|Armed clash";
}

/* "victims": from the air, on civilians, or a clash; CAMEO follows (195, 18x, 19x). */
static const char *victims(const an_evctx *c, an_evcand *e, const an_actor *a1,
                           const an_actor *a2) {
    int conventional = e->cameo && strncmp(e->cameo, "19", 2) == 0;
    if (airborne(c, a1)) {
        if (conventional) e->cameo = "195";
        return "Explosions/Remote violence|Air/drone strike";
    }
    if (a2 && !armed(c, a2)) {
        /* violence on civilians is unconventional, but a state's forces shooting or
         * shelling people use military force (CAMEO's "kill" is 190) */
        if (conventional && !(a1 && state_force(a1))) e->cameo = "180";
        return "Violence against civilians|Attack";
    }
    return "Battles|Armed clash";
}

/* "jets carried out 64 strikes": a strike by aircraft is an air strike, not a walkout;
 * by soldiers or fighters ("special forces guided strikes") an attack. It takes the codes of
 * the "air strike" or "attack" entry. */
static void air_strike(an_evctx *c, an_evcand *e, const an_actor *a1) {
    if (!e->plover || strcmp(e->plover, "PROTEST") != 0 || e->e->n_words != 1 ||
        strcmp(e->e->words[0], "strike") != 0 || !a1 ||
        (e->t0 > 0 && an_ev_is(c, e->t0 - 1, "on"))) /* "soldiers went on strike" */
        return;
    if (!airborne(c, a1) && a1->kind != AN_ACTOR_MILITARY && a1->kind != AN_ACTOR_ARMED_GROUP)
        return; /* a police strike is a walkout */
    const an_ev_entry *air =
        an_ev_entry_for(&c->r->triggers, airborne(c, a1) ? "air strike" : "attack");
    if (!air) return;
    e->e = air;
    e->plover = air->col[0];
    e->mode = air->col[1];
    e->cameo = air->col[2];
    e->acled = air->col[3];
}

/* "China protested against the visit": a state that protests complains officially; it
 * takes the codes of the "official protest" entry (ACCUSE, 114), as crowds do not. */
static void official_protest(an_evctx *c, an_evcand *e, const an_actor *a1) {
    if (!e->plover || strcmp(e->plover, "PROTEST") != 0 || e->e->n_words != 1 ||
        strcmp(e->e->words[0], "protest") != 0 || e->pos != AN_EV_POS_VERB)
        return;
    /* a state: its government, or a country or capital standing for it ("Ankara summoned
     * the ambassador to protest") */
    if (a1 ? a1->kind != AN_ACTOR_GOVERNMENT && a1->kind != AN_ACTOR_COUNTRY : e->place1 < 0)
        return;
    const an_ev_entry *o = an_ev_entry_for(&c->r->triggers, "official protest");
    if (!o) return;
    e->e = o;
    e->plover = o->col[0];
    e->mode = o->col[1];
    e->cameo = o->col[2];
    e->acled = o->col[3];
}

void an_ev_acled(an_evctx *c) {
    const an_actor *actors = c->doc->actors.v;
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        if (e->absorbed_by >= 0) continue;
        const an_actor *a1 = e->actor1 >= 0 ? &actors[e->actor1] : NULL;
        const an_actor *a2 = e->actor2 >= 0 ? &actors[e->actor2] : NULL;
        air_strike(c, e, a1);
        official_protest(c, e, a1);
        if (!e->acled) continue;
        if (strcmp(e->acled, "Battles|territory") == 0)
            e->acled = territory(e, a1);
        else if (strcmp(e->acled, "victims") == 0)
            e->acled = victims(c, e, a1, a2);
        else if (e->cameo && strcmp(e->cameo, "183") == 0 && airborne(c, a1)) {
            /* "warplanes bombed": aerial weapons (195), not a planted bomb (183) */
            e->cameo = "195";
            e->acled = "Explosions/Remote violence|Air/drone strike";
        }
    }
}
