/* modality.c - whether the event happened, and as whose word: the cues before a trigger
 * (data/event-modality.txt: "will", "could", "did not", "plans to") and the frame that
 * took it ("threatened to"), then the attribution: a third party's word is "reported". A
 * cue may also recode the event: "will release" is AGREE, "must return" REQUEST, "will
 * not accept" REJECT (data/event-frames.txt). */
#include <string.h>

#include "event/ev.h"

#define WINDOW 6

typedef struct {
    int negated, intent, demand, refuse, hypothetical, denied, planned, would;
} cues;

static void read_cue(const an_ev_entry *e, cues *q) {
    const char *m = e->col[0], *f = e->col[1];
    if (m && strcmp(m, "negated") == 0) q->negated = 1;
    if (m && strcmp(m, "hypothetical") == 0) q->hypothetical = 1;
    if (m && strcmp(m, "denied") == 0) q->denied = 1;
    if (m && strcmp(m, "planned") == 0) q->planned = 1;
    if (f && strcmp(f, "intent") == 0) q->intent = 1;
    if (e->n_words == 1 && strcmp(e->words[0], "would") == 0) q->would = 1;
    if (f && strcmp(f, "demand") == 0) q->demand = 1;
    if (f && strcmp(f, "refuse") == 0 && strcmp(e->words[0], "not") != 0 &&
        strcmp(e->words[0], "n't") != 0 && strcmp(e->words[0], "never") != 0 &&
        strcmp(e->words[0], "no") != 0)
        q->refuse = 1;
}

/* The cues in the few words before token t, not across a clause boundary. */
static void scan(const an_evctx *c, size_t from, size_t t, cues *q) {
    size_t a = t > WINDOW ? t - WINDOW : 0;
    if (a < from) a = from;
    for (size_t i = a; i < t; i++) {
        if (c->tok[i].attr) continue;
        size_t n;
        const an_ev_entry *e = an_ev_match(&c->r->modality, c, i, t, 0, &n);
        if (e) {
            read_cue(e, q);
            i += n - 1;
        }
    }
    /* "if ..." opens the clause, after an opening quote too: all of it is hypothetical;
     * so does "there might be" */
    size_t lead = from;
    while (lead < t && lead + 1 < c->n && c->tok[lead].kind == ANNALS_TOKEN_PUNCT) lead++;
    if (lead < c->n && (an_ev_is(c, lead, "if") || an_ev_is(c, lead, "unless")))
        q->hypothetical = 1;
    static const char *const maybe[] = {"might", "may", "could", "would", NULL};
    for (size_t i = from; i + 1 < t && i < from + 3; i++)
        if (an_ev_is(c, i, "there") && an_ev_is_any(c, i + 1, maybe)) q->hypothetical = 1;
}

/* "when he visits China next week", "talks due on Tuesday" (reported on Monday): a date in
 * the event's own clause, outside what is said about it, that begins after the report day
 * tells an event still to come, as "will" does. */
static int future_date(const an_evctx *c, const an_evcand *e) {
    long report = an_ev_report_day(c);
    if (report < 0) return 0;
    for (size_t i = e->c0; i < e->c1 && i < c->n; i++) {
        int t = c->tok[i].time;
        if (t < 0 || c->tok[i].attr) continue;
        const an_timex *x = &c->doc->times.v[t];
        long day;
        if (x->type == AN_TIMEX_DATE && x->value && an_ev_first_day(x->value, &day) &&
            day > report)
            return 1;
    }
    return 0;
}

/* "No country has proposed", "None of the groups attacked", "there were no talks",
 * "without a fight": a subject a negative quantifier opens, or "no" or "without" before
 * an event, tells what did not happen. */
static int no_one(const an_evctx *c, const an_evcand *e) {
    static const char *const absent[] = {"no", "without", NULL};
    /* "without firing a shot" */
    if (e->pos == AN_EV_POS_VERB && e->t0 >= 1 && an_ev_is(c, e->t0 - 1, "without")) return 1;
    if (e->pos == AN_EV_POS_NOUN) {
        /* "no peace talks", "without the permanent members' vetoes": over the words of the
         * noun's own phrase, not past a preposition, a verb or another event */
        static const char *const stops[] = {"of", "in", "on", "at", "for", "with", "by",
                                            "from", "to", "after", "before", "over", "against",
                                            "and", "or", "but", "that", "which", "who", "than",
                                            "as", NULL};
        for (size_t i = e->t0, n = 0; i-- > 0 && n < 4; n++) {
            if (an_ev_is_any(c, i, absent)) return 1;
            const an_evtok *p = &c->tok[i];
            if (p->kind != ANNALS_TOKEN_WORD || p->trig >= 0 || p->attr ||
                an_ev_is_any(c, i, stops) || an_ev_is_be(c, i))
                return 0;
        }
        return 0;
    }
    static const char *const lead[] = {"but", "and", "that", "yet", "so", NULL};
    static const char *const nobody[] = {"no", "none", "nobody", "neither", NULL};
    size_t s = e->c0;
    if (s < e->t0 && an_ev_is_any(c, s, lead)) s++;
    if (s + 1 >= e->t0 || e->t0 - s > 8 || !an_ev_is_any(c, s, nobody) ||
        c->tok[s + 1].kind != ANNALS_TOKEN_WORD)
        return 0;
    for (size_t i = s + 1; i < e->t0; i++)
        if (c->tok[i].trig >= 0 || c->tok[i].attr) return 0;
    return 1;
}

/* "France wants the United Nations to impose sanctions": wanting someone else to act asks
 * it of them, a demand ("want to", with no one between, is the wanter's own intent).
 * Returns the token of "want", 0 when none. */
static size_t wants_of(const an_evctx *c, const an_evcand *e) {
    static const char *const want[] = {"want", "wants", "wanted", "wanting", NULL};
    if (e->pos != AN_EV_POS_VERB || e->t0 < 3 || !an_ev_is(c, e->t0 - 1, "to")) return 0;
    for (size_t i = e->t0 - 2; i > e->c0 && e->t0 - i <= 7; i--) {
        if (c->tok[i].kind != ANNALS_TOKEN_WORD || c->tok[i].trig >= 0 || c->tok[i].attr)
            return 0;
        if (an_ev_is_any(c, i - 1, want)) return i - 1;
    }
    return 0;
}

/* The party a token names: an actor, else a country standing for one. */
static an_evparty party_at(const an_evctx *c, size_t i) {
    int p = c->tok[i].place;
    if (c->tok[i].actor >= 0) return (an_evparty){c->tok[i].actor, -1};
    if (p >= 0 && c->doc->places.v[p].kind == AN_PLACE_COUNTRY) return (an_evparty){-1, p};
    return (an_evparty){-1, -1};
}

/* The demand of "A wants B to act" is A's, made of B. */
static void wanter_demands(const an_evctx *c, an_evcand *e, size_t w) {
    an_evparty a = {-1, -1}, b = {-1, -1};
    for (size_t i = w; i-- > e->c0 && a.actor < 0 && a.place < 0;) a = party_at(c, i);
    for (size_t i = w + 1; i + 1 < e->t0 && b.actor < 0 && b.place < 0; i++) b = party_at(c, i);
    if (a.actor < 0 && a.place < 0 && b.actor < 0 && b.place < 0) return;
    e->actor1 = a.actor;
    e->place1 = a.place;
    e->actor2 = b.actor;
    e->place2 = b.place;
    e->place2_locus = 0;
    e->n_co1 = e->n_co2 = 0;
}

static const char *recode_frame(const cues *q) {
    if ((q->negated && q->intent) || q->refuse) return "refuse";
    if (q->demand) return "demand";
    if (q->intent) return "intent";
    return NULL;
}

static void recode(an_evctx *c, an_evcand *e, const char *frame) {
    const an_ev_frame *f = an_ev_frame_for(c->r, frame, e->cameo);
    if (!f || !f->plover) return;
    e->plover = f->plover;
    e->cameo = f->cameo;
    e->mode = NULL;
    e->acled = NULL;
}

static int same_actor(const an_evctx *c, int a, int b) {
    if (a < 0 || b < 0) return 0;
    if (a == b) return 1;
    const an_actor *x = &c->doc->actors.v[a], *y = &c->doc->actors.v[b];
    if (x->name && y->name && strcmp(x->name, y->name) == 0) return 1;
    /* a minister speaking for the country that acts */
    return x->country[0] && strcmp(x->country, y->country) == 0 &&
           (x->kind == AN_ACTOR_PERSON || y->kind == AN_ACTOR_PERSON ||
            x->kind == AN_ACTOR_GOVERNMENT || y->kind == AN_ACTOR_GOVERNMENT ||
            x->kind == AN_ACTOR_COUNTRY || y->kind == AN_ACTOR_COUNTRY);
}

static uint8_t decide(const an_evctx *c, const an_evcand *e, const cues *q, const char *frame) {
    if (q->denied || (e->attr >= 0 && c->attr[e->attr].deny)) return AN_MOD_DENIED;
    if (frame && strcmp(frame, "threat") == 0) return AN_MOD_THREATENED;
    if (q->negated && !q->intent) return AN_MOD_NEGATED;
    if (q->hypothetical) return AN_MOD_HYPOTHETICAL;
    if ((q->intent || q->planned) && !q->negated) return AN_MOD_PLANNED;
    if (frame && (strcmp(frame, "intent") == 0 || strcmp(frame, "plan") == 0) && e->frame_done)
        return AN_MOD_PLANNED;
    if (e->attr >= 0) {
        const an_evattr *a = &c->attr[e->attr];
        int same = same_actor(c, a->actor, e->actor1);
        if (e->actor1 < 0 && e->place1 >= 0 && a->actor >= 0) /* "Syria says it ..." */
            same = strcmp(c->doc->actors.v[a->actor].country,
                          c->doc->places.v[e->place1].country) == 0;
        if (!same) return AN_MOD_REPORTED;
    }
    return AN_MOD_ASSERTED;
}

/* The token of "unless" (or, with if_too, "if") after the trigger in its sentence, before
 * another attribution; 0 when none. */
static size_t condition_at(const an_evctx *c, const an_evcand *e, int if_too) {
    for (size_t i = e->t1; i < c->n; i++) {
        if (c->tok[i].attr) return 0;
        if (an_ev_is(c, i, "unless") || (if_too && an_ev_is(c, i, "if"))) return i;
    }
    return 0;
}

/* "threatened to stop talks if the United States goes ahead", "unless Israel rescinded":
 * a threat without an object is aimed at the subject of its condition. */
static void condition_target(an_evctx *c, an_evcand *e) {
    if (strcmp(e->plover, "THREATEN") != 0 || e->actor2 >= 0 ||
        (e->place2 >= 0 && !e->place2_locus))
        return;
    size_t u = condition_at(c, e, 1);
    for (size_t i = u + 1; u && i < c->n && i < u + 7; i++) {
        if (c->tok[i].trig >= 0 || c->tok[i].kind == ANNALS_TOKEN_PUNCT) return;
        int p = c->tok[i].place;
        if (c->tok[i].actor >= 0) {
            e->actor2 = c->tok[i].actor;
            e->place2 = -1;
            return;
        }
        if (p >= 0 && (c->doc->places.v[p].kind == AN_PLACE_COUNTRY ||
                       (c->doc->places.v[p].kind == AN_PLACE_CITY &&
                        c->doc->places.v[p].precision >= 15))) {
            e->place2 = p;
            e->place2_locus = 0;
            return;
        }
    }
}

/* "could end the detentions and stop the killing", "did not attack or loot": a verb joined
 * right after "and" or "or" shares the subject and the auxiliary of the verb before, so the
 * cues before that verb are its own too. Sets [*from, *to) to the words to read for them;
 * 0 when e is no such verb. */
static int joined_to(const an_evctx *c, size_t k, size_t *from, size_t *to) {
    static const char *const joins[] = {"and", "or", NULL};
    const an_evcand *e = &c->cand[k];
    if (e->clause_kind != AN_BRK_COORD || e->pos != AN_EV_POS_VERB || e->c0 == 0 ||
        !an_ev_is_any(c, e->c0, joins) || e->t0 != e->c0 + 1)
        return 0;
    size_t end;
    an_ev_clause_of(c, e->c0 - 1, from, &end);
    *to = e->c0;
    while (k-- > 0) { /* the verb before, when it is a trigger */
        const an_evcand *p = &c->cand[k];
        if (p->absorbed_by >= 0) continue;
        if (p->pos == AN_EV_POS_VERB && p->t0 >= *from && p->t1 <= e->c0) *to = p->t0;
        break;
    }
    return 1;
}

void an_ev_modality(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        if (e->absorbed_by >= 0) continue;
        cues q;
        memset(&q, 0, sizeof q);
        scan(c, e->c0, e->t0, &q);
        size_t j0, j1;
        if (joined_to(c, k, &j0, &j1)) {
            /* after "or" only a negation is shared ("did not attack or loot"); "might affirm
             * or allow" is read as the alternatives the coders code */
            cues shared;
            memset(&shared, 0, sizeof shared);
            scan(c, j0, j1, &shared);
            if (an_ev_is(c, e->c0, "or")) {
                q.negated |= shared.negated;
            } else {
                q.negated |= shared.negated;
                q.intent |= shared.intent;
                q.demand |= shared.demand;
                q.refuse |= shared.refuse;
                q.hypothetical |= shared.hypothetical;
                q.denied |= shared.denied;
                q.planned |= shared.planned;
            }
        }
        if (!q.negated && !q.hypothetical && !q.intent && future_date(c, e)) q.planned = q.intent = 1;
        /* "the buildup would halt", "would be dysfunctional without vetoes": "would"
         * told by no one is a conditional; under "said", or with a day to come ("would
         * boycott a parade on Saturday"), it is a promise or a plan reported */
        if (q.would && c->n_attr == 0 && !q.negated && !future_date(c, e)) {
            q.would = q.intent = q.planned = 0;
            q.hypothetical = 1;
        }
        size_t want = wants_of(c, e);
        if (want) q.demand = 1;
        int none = no_one(c, e);
        /* "the implication is that the government must stop": what must happen, told as the
         * content of a view, is no demand anyone made */
        const char *frame = e->e->col[4];
        if (frame && (strcmp(frame, "casualty") == 0 || strcmp(frame, "light") == 0)) frame = NULL;
        /* "the implication is that the government must stop": what must happen, told as
         * the content of a view ("is that ..."), is no demand anyone made */
        int demand = q.demand || (frame && strcmp(frame, "demand") == 0);
        for (size_t i = e->t0; demand && i-- > 1 && e->t0 - i <= 8;) {
            if (an_ev_is(c, i, "that") && an_ev_is_be(c, i - 1)) q.hypothetical = 1;
            if (c->tok[i].attr || c->tok[i].brk == AN_BRK_HARD) break;
        }
        /* a cue recodes an event no frame trigger recoded, and not a frame trigger; a
         * candidate found to report nothing ("sending a signal", "residents will return")
         * stays so */
        const char *cue_frame = recode_frame(&q);
        if (cue_frame && !none && !frame && !e->frame_done && e->plover) {
            recode(c, e, cue_frame);
            if (want && strcmp(cue_frame, "demand") == 0) wanter_demands(c, e, want);
            e->refusal = strcmp(cue_frame, "refuse") == 0 && strcmp(e->plover, "REJECT") == 0;
        }
        /* "will withdraw its force unless ...": a promise on a condition is a threat */
        int ultimatum = !none && e->plover && strcmp(e->plover, "AGREE") == 0 &&
                        condition_at(c, e, 0);
        if (ultimatum) recode(c, e, "threat");
        e->modality = ultimatum ? AN_MOD_THREATENED : decide(c, e, &q, frame);
        if (none && e->modality != AN_MOD_DENIED) e->modality = AN_MOD_NEGATED;
        if (e->plover) condition_target(c, e);
    }
}
