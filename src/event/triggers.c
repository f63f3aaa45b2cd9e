/* triggers.c - the words that report events (data/event-triggers.txt) and how they
 * combine: a frame trigger takes the event in its complement ("threatened to shell" is one
 * THREATEN event, "agreed to a ceasefire" one AGREE), a verb takes the event noun that is
 * its object ("signed a treaty"), and a toll ("killing 20") joins the event it reports. */
#include <string.h>

#include "event/ev.h"

/* "a previously unannounced visit": an adverb in -ly inside a noun phrase. */
static int adverb(const an_evctx *c, size_t i) {
    return c->tok[i].kind == ANNALS_TOKEN_WORD && an_ev_ends(&c->tok[i], "ly", 2, 2);
}

/* A noun reading: first in its sentence, after "there were", a determiner, number, name or
 * adjective ("a day-old blockade"), or a plural right after a past verb ("reimposed
 * blockades"). */
static int nounish(const an_evctx *c, size_t i) {
    static const char *const counts[] = {"hundred", "thousand", "million", "billion", "dozen",
                                         NULL};
    if (i == 0) return 1; /* opening a sentence: "Clashes between ...", "Talks resumed" */
    const an_evtok *p = &c->tok[i - 1];
    /* a gerund with its object is a verb: "in recalling their ambassadors", "for
     * shelling the town", "by arresting Kurdish leaders" */
    const char *g = c->tok[i].form[0];
    size_t gl = strlen(g);
    int gerund = gl > 5 && strcmp(g + gl - 3, "ing") == 0 && i + 1 < c->n &&
                 (an_ev_is_determiner(c, i + 1) || c->tok[i + 1].actor >= 0 ||
                  c->tok[i + 1].place >= 0);
    if ((p->cls & AN_CL_NPREP) && !gerund) return 1;
    if (i > 1 && an_ev_is(c, i - 2, "there") && an_ev_is_be(c, i - 1)) return 1;
    if (an_ev_is_any(c, i - 1, counts)) return 1; /* "10 million pounds" */
    static const char *const numbers[] = {"two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "ten", "several", "many", NULL};
    const char *cur = c->tok[i].form[0];
    size_t cn = strlen(cur);
    int past = cn > 3 && strcmp(cur + cn - 2, "ed") == 0; /* "20 killed" is a verb */
    if (!past && (p->kind == ANNALS_TOKEN_NUMBER || an_ev_is_any(c, i - 1, numbers)))
        return 1; /* "two aid workers", "3 attacks" */
    /* "fired two artillery shells", "12 mortar rounds": a plural after a count and the
     * word naming its kind */
    if (!past && cn > 3 && cur[cn - 1] == 's' && i > 1 && p->kind == ANNALS_TOKEN_WORD &&
        !(p->flags & ANNALS_TOKEN_CAPITALIZED) && p->trig < 0 && !an_ev_is_determiner(c, i - 1) &&
        (c->tok[i - 2].kind == ANNALS_TOKEN_NUMBER || an_ev_is_any(c, i - 2, numbers)))
        return 1;
    if (an_ev_is_determiner(c, i - 1) && !an_ev_is(c, i - 1, "that"))
        return 1; /* "A storm hit", even opening the sentence */
    /* "the Chinese press", "the Israeli attack": a demonym adjective between a determiner
     * and the word makes that word the head noun of the phrase ("the Chilean envoy flew"
     * names a whole actor before its verb, and stays so) */
    static const char *const modals[] = {"must", "will", "would", "can", "could", "may",
                                         "might", "should", "shall", NULL};
    if (p->actor >= 0 && i > 1 && c->tok[i - 2].actor != p->actor &&
        an_ev_is_determiner(c, i - 2) && !an_ev_is(c, i - 2, "that") &&
        c->doc->actors.v[p->actor].kind == AN_ACTOR_COUNTRY && !past &&
        !an_ev_is_any(c, i, modals)) {
        const char *pw = p->form[0];
        size_t pn = strlen(pw);
        if ((pn > 3 && strcmp(pw + pn - 2, "an") == 0) ||
            (pn > 4 && (strcmp(pw + pn - 3, "ese") == 0 || strcmp(pw + pn - 3, "ish") == 0)) ||
            (pn > 4 && pw[pn - 1] == 'i'))
            return 1;
    }
    /* a name before a verb is its subject ("Putin offered"), before a noun its modifier
     * only after a determiner ("a Serbian army jet"); a past tense after one is its verb
     * ("The Pope condemned") */
    if ((p->flags & ANNALS_TOKEN_CAPITALIZED) && past && cn > 4) return 0;
    /* "bombed PKK targets", "shelled Hamas positions": a plural after a name that is the
     * object of a verb trigger is a noun, the name its modifier */
    if ((p->flags & ANNALS_TOKEN_CAPITALIZED) && cn > 3 && cur[cn - 1] == 's' && !past) {
        size_t s = i - 1;
        while (s > 0 && p->actor >= 0 && c->tok[s - 1].actor == p->actor) s--;
        int k = s > 0 ? c->tok[s - 1].trig : -1;
        if (k >= 0 && c->cand[k].pos == AN_EV_POS_VERB && c->cand[k].t1 == s) return 1;
    }
    /* "in protest against Israeli raids": a demonym after a preposition modifies the
     * plural after it; no subject stands after a preposition */
    static const char *const leads[] = {"against", "of", "on", "over", "about", "amid",
                                        "despite", NULL};
    if (p->actor >= 0 && c->doc->actors.v[p->actor].kind == AN_ACTOR_COUNTRY && i > 1 &&
        c->tok[i - 2].actor != p->actor && an_ev_is_any(c, i - 2, leads) && cn > 3 &&
        cur[cn - 1] == 's')
        return 1;
    int name = (p->flags & ANNALS_TOKEN_CAPITALIZED) &&
               (i < 2 || !an_ev_is_determiner(c, i - 2));
    if (an_ev_modifier(c, i - 1) && !name && !(p->flags & ANNALS_TOKEN_SENT_START) &&
        !(p->actor >= 0 || p->place >= 0 || p->time >= 0)) {
        size_t n = strlen(p->form[0]);
        /* "-ed" before a word is a verb more often than an adjective: "reimposed" */
        if (!(n > 2 && strcmp(p->form[0] + n - 2, "ed") == 0) ||
            (p->flags & ANNALS_TOKEN_HYPHENATED))
            return 1;
    }
    const char *w = c->tok[i].form[0], *v = p->form[0];
    size_t n = strlen(w), m = strlen(v);
    return n > 3 && w[n - 1] == 's' && m > 3 && strcmp(v + m - 2, "ed") == 0;
}

/* Tokens that cannot open a trigger: inside a name, an attribution, a capitalised word
 * inside a sentence ("March", "Strike Force"). */
/* "the visiting Japanese minister": a participle between a determiner and a name
 * describes someone; it reports nothing ("the fighting in Gaza" does). */
static int participle_of_name(const an_evctx *c, size_t i) {
    const char *w = c->tok[i].form[0];
    if (!an_ev_ends(&c->tok[i], "ing", 3, 1) || i == 0 || i + 1 >= c->n) return 0;
    const an_evtok *next = &c->tok[i + 1], *prev = &c->tok[i - 1];
    if (!(next->actor >= 0 || (next->flags & ANNALS_TOKEN_CAPITALIZED))) return 0;
    /* "visiting" also after a verb or preposition ("told visiting Cuban leader Fidel
     * Castro"), though not after "is" nor after a subject ("Bush is visiting China"); other
     * verbs there act ("began shelling Aleppo") */
    return an_ev_is_determiner(c, i - 1) ||
           (strcmp(w, "visiting") == 0 && prev->kind == ANNALS_TOKEN_WORD &&
            !(prev->cls & AN_CL_BE) && !(prev->flags & ANNALS_TOKEN_CAPITALIZED) &&
            prev->actor < 0 && prev->place < 0);
}

/* "fighters shot captured soldiers": a past participle right after a verb trigger, before
 * a word, describes that verb's object; it reports nothing of its own. */
static int participle_of_object(const an_evctx *c, size_t i) {
    if (!an_ev_ends(&c->tok[i], "ed", 2, 2) || i == 0 || i + 1 >= c->n) return 0;
    int prev = c->tok[i - 1].trig;
    return prev >= 0 && c->cand[prev].pos == AN_EV_POS_VERB && c->cand[prev].t1 == i &&
           c->tok[i + 1].kind == ANNALS_TOKEN_WORD;
}

static int blocked(const an_evctx *c, size_t i) {
    const an_evtok *t = &c->tok[i];
    if (t->kind != ANNALS_TOKEN_WORD || t->attr || t->place >= 0) return 1;
    if (t->time >= 0 || participle_of_name(c, i) || participle_of_object(c, i)) return 1;
    return (t->flags & ANNALS_TOKEN_CAPITALIZED) && !(t->flags & ANNALS_TOKEN_SENT_START) &&
           i > 0;
}

/* "aid workers", "attack helicopters": an event noun right before an agent noun names what
 * the agent is for; it reports no event. */
static int modifies_agent(const an_evctx *c, size_t j) {
    if (j >= c->n || c->tok[j].actor < 0 || (c->tok[j].flags & ANNALS_TOKEN_CAPITALIZED))
        return 0;
    return c->tok[j - 1].actor != c->tok[j].actor;
}

/* A phrase with a gap ("drove X out") is two trigger spans, the verb and its particle;
 * the object between them stays free to be actor2. */
static void add_candidate(an_evctx *c, size_t i, const an_ev_span *sp, const an_ev_entry *e,
                          unsigned pos) {
    if (c->n_cand >= AN_EV_MAXC) return;
    an_evcand *k = &c->cand[c->n_cand];
    size_t n = sp->n;
    memset(k, 0, sizeof *k);
    k->t0 = i;
    k->t1 = sp->g1 > sp->g0 ? sp->g0 : i + n;
    k->x0 = sp->g1 > sp->g0 ? sp->g1 : k->t1;
    k->x1 = sp->g1 > sp->g0 ? i + n : k->t1;
    k->e = e;
    k->pos = (uint8_t)pos;
    k->plover = e->col[0];
    k->mode = e->col[1];
    k->cameo = e->col[2];
    k->acled = e->col[3];
    k->absorbed_by = -1;
    k->actor1 = k->actor2 = k->place = k->time = k->attr = -1;
    k->place1 = k->place2 = -1;
    for (size_t t = i; t < i + n; t++)
        if (t < k->t1 || t >= k->x0) c->tok[t].trig = (int)c->n_cand;
    c->n_cand++;
}

void an_ev_triggers(an_evctx *c) {
    for (size_t i = 0; i < c->n; i++) {
        if (blocked(c, i) || c->tok[i].trig >= 0) continue; /* a particle already read */
        an_ev_span sp;
        /* most words are in no entry: look before weighing noun or verb */
        if (!an_ev_match_span(&c->r->triggers, c, i, c->n, 0, &sp)) continue;
        unsigned pos = nounish(c, i) ? AN_EV_POS_NOUN : AN_EV_POS_VERB | AN_EV_POS_NOUN;
        const an_ev_entry *e = an_ev_match_span(&c->r->triggers, c, i, c->n, pos, &sp);
        if (!e) continue;
        size_t n = sp.g1 > sp.g0 ? sp.g0 - i : sp.n; /* a gap's object is read on */
        /* inside a name only when it reaches past it: "official protest" */
        if (c->tok[i].actor >= 0 && (i + n >= c->n || c->tok[i + n - 1].actor == c->tok[i].actor))
            continue;
        if (e->col[0]) {
            unsigned how = (e->pos & AN_EV_POS_VERB) && (pos & AN_EV_POS_VERB) ? AN_EV_POS_VERB
                                                                               : AN_EV_POS_NOUN;
            if (how == AN_EV_POS_NOUN && modifies_agent(c, i + n)) {
                i += n - 1;
                continue;
            }
            /* "a planned visit", "a previously unannounced visit": a determiner before
             * its modifier makes it a noun */
            size_t det = i > 2 && adverb(c, i - 2) ? i - 3 : i - 2;
            /* "moved to crush protests", "began shelling": right after a verb trigger it is
             * that verb's object */
            int prev = i > 0 ? c->tok[i - 1].trig : -1;
            int object = prev >= 0 && c->cand[prev].pos == AN_EV_POS_VERB &&
                         c->cand[prev].t1 == i;
            if (how == AN_EV_POS_VERB && i > 0 &&
                (object || (i > 1 && an_ev_is_determiner(c, det) &&
                            (an_ev_modifier(c, i - 1) ||
                             strcmp(c->tok[i].form[0], e->words[0]) == 0)))) {
                an_ev_span s2; /* "a warm welcome": a bare base form too */
                const an_ev_entry *noun = an_ev_match_span(&c->r->triggers, c, i, c->n,
                                                           AN_EV_POS_NOUN, &s2);
                if (noun && noun->pos & AN_EV_POS_NOUN) {
                    e = noun;
                    sp = s2;
                    n = sp.g1 > sp.g0 ? sp.g0 - i : sp.n;
                    how = AN_EV_POS_NOUN;
                }
            }
            add_candidate(c, i, &sp, e, how);
        }
        i += n - 1;
    }
}

/* ---- frames and merging ---------------------------------------------------------------- */

static const char *frame_of(const an_evcand *k) { return k->e->col[4]; }

static int is_frame(const an_evcand *k) {
    const char *f = frame_of(k);
    return f && strcmp(f, "casualty") != 0 && strcmp(f, "light") != 0 &&
           strcmp(f, "object") != 0 && strcmp(f, "guest") != 0;
}

/* "gave a warm welcome", "fired two missiles", "received a mission of observers": the
 * object noun says what the event is; a bare "light" verb reports nothing, a bare "object"
 * or "guest" verb keeps its own type. */
static int is_light(const an_evcand *k) {
    const char *f = frame_of(k);
    return f && (strcmp(f, "light") == 0 || strcmp(f, "object") == 0 || strcmp(f, "guest") == 0);
}

static int is_casualty(const an_evcand *k) {
    const char *f = frame_of(k);
    return f && strcmp(f, "casualty") == 0;
}

const an_ev_frame *an_ev_frame_for(const an_event_res *r, const char *frame, const char *cameo) {
    const an_ev_frame *any = NULL;
    for (size_t k = 0; k < r->n_frames; k++) {
        const an_ev_frame *f = &r->frames[k];
        if (strcmp(f->frame, frame) != 0) continue;
        if (strcmp(f->root, "*") == 0)
            any = f;
        else if (cameo && strncmp(f->root, cameo, 2) == 0)
            return f;
    }
    return any;
}

static void absorb(an_evctx *c, size_t into, size_t k) {
    c->cand[k].absorbed_by = (int)into;
}

/* Recodes candidate `a` by frame f governing an event coded `cameo`. */
static void recode(an_evctx *c, an_evcand *a, const char *frame, const char *cameo) {
    const an_ev_frame *f = an_ev_frame_for(c->r, frame, cameo);
    if (!f || !f->plover) return;
    a->plover = f->plover;
    a->cameo = f->cameo;
    a->mode = NULL;
    a->acled = NULL;
    a->frame_done = 1;
}

/* A verb joined to the complement: "to land and evacuate", "of violating ... and
 * sending": a trigger in its base form or in -ing right after "and". */
static int joined_verb(const an_evctx *c, size_t i) {
    if (i + 1 >= c->n || c->tok[i + 1].trig < 0) return 0;
    const char *w = c->tok[i + 1].form[0];
    size_t n = strlen(w);
    const an_evcand *k = &c->cand[c->tok[i + 1].trig];
    return strcmp(w, k->e->words[0]) == 0 || (n > 4 && strcmp(w + n - 3, "ing") == 0);
}

/* Where a frame's complement ends: the clause, carried over "that", "to", brackets and
 * verbs joined by "and". */
static size_t complement_end(const an_evctx *c, size_t from) {
    size_t lim = from + 16 < c->n ? from + 16 : c->n;
    for (size_t i = from; i < lim; i++) {
        uint8_t b = c->tok[i].brk;
        if (c->tok[i].attr) return i;
        if (b == AN_BRK_HARD && (an_ev_is(c, i, "(") || an_ev_is(c, i, ")"))) continue;
        if (b == AN_BRK_HARD || b == AN_BRK_SUB || b == AN_BRK_PART || b == AN_BRK_RESUME)
            return i;
        if (b == AN_BRK_COORD && i > from + 1 && !joined_verb(c, i)) return i;
    }
    return lim;
}

static void frame_complements(an_evctx *c) {
    for (size_t a = 0; a < c->n_cand; a++) {
        an_evcand *A = &c->cand[a];
        if (A->absorbed_by >= 0 || !is_frame(A)) continue;
        size_t end = complement_end(c, A->t1);
        const char *inner = NULL;
        for (size_t b = a + 1; b < c->n_cand; b++) {
            an_evcand *B = &c->cand[b];
            if (B->absorbed_by >= 0 || B->t0 >= end) break;
            if (!inner) inner = B->cameo;
            absorb(c, a, b);
        }
        /* "plans to", "is ready to" report an event only through what they govern */
        int plan = strcmp(frame_of(A), "plan") == 0;
        if (inner)
            recode(c, A, plan ? "intent" : frame_of(A), inner);
        else if (plan)
            A->plover = NULL;
    }
}

/* "signed a treaty", "suspended aid deliveries", "died of torture": a noun trigger right
 * after a verb trigger in the same clause is that verb's object, not an event of its own. */
static void noun_objects(an_evctx *c) {
    for (size_t b = 1; b < c->n_cand; b++) {
        an_evcand *B = &c->cand[b];
        if (B->absorbed_by >= 0 || B->pos != AN_EV_POS_NOUN) continue;
        size_t a = b;
        while (a > 0 && c->cand[a - 1].absorbed_by >= 0) a--;
        if (a == 0) continue;
        an_evcand *A = &c->cand[a - 1];
        if (A->pos != AN_EV_POS_VERB || B->t0 < A->t1 || B->t0 - A->t1 > 7) continue;
        int crossed = 0;
        for (size_t i = A->t1; i <= B->t0; i++) crossed |= c->tok[i].brk != AN_BRK_NONE;
        if (crossed) continue;
        absorb(c, a - 1, b);
        /* a light verb's object follows it without a preposition: "opened fire at a
         * funeral" fired on mourners, it held no funeral */
        static const char *const at[] = {"at", "on", "in", "into", "near", "during", "against",
                                          "toward", "towards", NULL};
        int led = 0;
        for (size_t i = A->t1; i < B->t0 && !led; i++) led = an_ev_is_any(c, i, at);
        /* a toll verb takes the precise code of its cause ("killed in a car bombing"), a
         * light verb the type of its object ("gave a warm welcome") */
        if ((is_light(A) && !led) || (is_casualty(A) && A->plover && B->plover &&
                                      strcmp(A->plover, B->plover) == 0)) {
            A->plover = B->plover;
            A->has_object = 1;
            A->cameo = B->cameo;
            A->mode = B->mode;
            A->acled = B->acled;
        }
    }
}

/* "Protesters demanded ...": an event noun right before a verb trigger is its subject. */
static void noun_subjects(an_evctx *c) {
    for (size_t b = 0; b + 1 < c->n_cand; b++) {
        an_evcand *B = &c->cand[b], *A = &c->cand[b + 1];
        if (B->absorbed_by >= 0 || A->absorbed_by >= 0 || B->pos != AN_EV_POS_NOUN) continue;
        if (A->pos != AN_EV_POS_VERB || is_casualty(A) || A->t0 < B->t1 || A->t0 - B->t1 > 2)
            continue;
        static const char *const aux[] = {"has", "have", "had", "is", "are", "was", "were",
                                          "will", "would", "also", NULL};
        int crossed = 0;
        for (size_t i = B->t1; i < A->t0; i++) crossed |= !an_ev_is_any(c, i, aux);
        if (!crossed) absorb(c, b + 1, b);
    }
}

static int violent(const an_evcand *k) {
    return k->plover && (strcmp(k->plover, "ASSAULT") == 0 || strcmp(k->plover, "COERCE") == 0 ||
                         strcmp(k->plover, "PROTEST") == 0);
}

/* A subordinate clause with a subject of its own before the trigger ("a day after Israeli
 * troops killed ..."): an event apart. */
static int own_subject(const an_evctx *c, const an_evcand *B) {
    if (B->clause_kind != AN_BRK_SUB) return 0;
    for (size_t i = B->c0; i < B->t0; i++)
        if (c->tok[i].actor >= 0) return 1;
    return 0;
}

/* ", killing 20": a toll joins the violent event before it in the sentence. */
static void tolls(an_evctx *c) {
    for (size_t b = 1; b < c->n_cand; b++) {
        an_evcand *B = &c->cand[b];
        if (B->absorbed_by >= 0 || !is_casualty(B) || B->passive || own_subject(c, B)) continue;
        for (size_t a = b; a-- > 0;) {
            an_evcand *A = &c->cand[a];
            if (A->absorbed_by >= 0) continue;
            if (violent(A)) absorb(c, a, b);
            break;
        }
    }
}

/* ", liberating it", "met ... to discuss", "killed 23 when they blew themselves up": a
 * participle, a purpose or a clause of the same doer repeating the event before it is the
 * same event. */
/* "when they blew themselves up": a clause of the same time ("when", "as", "while")
 * whose pronoun subject acts on itself, telling how the act before it was done; "since it
 * seized" tells an earlier event, "when it overran the town" another act. */
static int pronoun_clause(const an_evctx *c, const an_evcand *B) {
    static const char *const pronouns[] = {"he", "she", "they", "it", NULL};
    static const char *const selves[] = {"himself", "herself", "themselves", "itself", NULL};
    static const char *const same_time[] = {"when", "as", "while", NULL};
    if (B->clause_kind != AN_BRK_SUB || !an_ev_is_any(c, B->c0, same_time)) return 0;
    int pronoun = 0, self = 0;
    for (size_t i = B->c0; i < B->t0; i++) pronoun |= an_ev_is_any(c, i, pronouns);
    for (size_t i = B->t0; i < B->c1 && i < B->x1 + 2; i++) self |= an_ev_is_any(c, i, selves);
    return pronoun && self;
}

static void repeats(an_evctx *c) {
    for (size_t b = 1; b < c->n_cand; b++) {
        an_evcand *B = &c->cand[b];
        int purpose = B->t0 > 0 && an_ev_is(c, B->t0 - 1, "to");
        if (B->absorbed_by >= 0 ||
            (B->clause_kind != AN_BRK_PART && !purpose && !pronoun_clause(c, B)))
            continue;
        for (size_t a = b; a-- > 0;) {
            an_evcand *A = &c->cand[a];
            if (A->absorbed_by >= 0) continue;
            if (A->plover && B->plover && strcmp(A->plover, B->plover) == 0) absorb(c, a, b);
            break;
        }
    }
}

/* The live candidate before k (else after it), or -1. */
static int neighbour(const an_evctx *c, size_t k) {
    for (size_t a = k; a-- > 0;)
        if (c->cand[a].absorbed_by < 0) return (int)a;
    for (size_t a = k + 1; a < c->n_cand; a++)
        if (c->cand[a].absorbed_by < 0) return (int)a;
    return -1;
}


/* A lower-case word in -ed, a verb as often as an adjective ("launched"). */
static int past_word(const an_evctx *c, size_t i) {
    const char *w = c->tok[i].form[0];
    size_t n = strlen(w);
    return c->tok[i].kind == ANNALS_TOKEN_WORD && n > 4 && strcmp(w + n - 2, "ed") == 0 &&
           !(c->tok[i].flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_HYPHENATED));
}

/* Token i is in an actor's mention followed by "'s" ("the prime minister's"). */
static int owner(const an_evctx *c, size_t i) {
    int a = c->tok[i].actor;
    if (a < 0) return 0;
    while (i + 1 < c->n && c->tok[i + 1].actor == a) i++;
    return i + 1 < c->n && an_ev_is(c, i + 1, "'s");
}

static int ing_word(const an_evctx *c, size_t i);

/* "after two days of fierce fighting", "at the fourth round of talks", "a treaty of
 * friendship and cooperation", "since last month's invasion": an event noun led by a
 * preposition names the background of the sentence's event, not a new one. */
static void background_nouns(an_evctx *c) {
    static const char *const preps[] = {"of", "in", "after", "during", "following", "at", "on",
                                        "for", "over", "with", "against", "from", "amid",
                                        "despite", "since", "before", "about", "into", "by",
                                        "between", "under", "without", "like", "to", NULL};
    static const char *const counts[] = {"two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "several", "many", "some",
                                         "dozens", "hundreds", "a", "an", NULL};
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *B = &c->cand[k];
        if (B->absorbed_by >= 0 || B->pos != AN_EV_POS_NOUN) continue;
        int past_seen = 0; /* a word in -ed passed over, perhaps a verb */
        for (size_t i = B->t0; i-- > 0 && B->t0 - i <= 6;) {
            if (c->tok[i].trig >= 0 || c->tok[i].kind == ANNALS_TOKEN_PUNCT) break;
            /* ", citing NATO's bombing of Tripoli,": a participle phrase set off by a
             * comma gives the reason or the setting, as a preposition does */
            int participle = ing_word(c, i) && i > 0 && an_ev_is(c, i - 1, ",");
            if (!an_ev_is_any(c, i, preps) && !participle) {
                /* "a treaty of friendship and cooperation": over the first conjunct */
                if (an_ev_is(c, i, "and") && i > 0 && c->tok[i - 1].kind == ANNALS_TOKEN_WORD &&
                    c->tok[i - 1].trig < 0) {
                    i--;
                    continue;
                }
                /* "since last month's invasion": over a time owning the noun; "over two
                 * Israeli air raids": over a count in words */
                /* "over the Japanese prime minister's visit", "a government offensive":
                 * over its owner or an actor naming it, not over a subject and its verb
                 * ("since the militants launched their attack") */
                int actor = c->tok[i].actor >= 0 && (owner(c, i) || !past_seen);
                /* "on an Israeli troop pullback": a singular noun of a compound right
                 * before the event noun, after a modifier */
                static const char *const order[] = {"first", "second", "third", "last",
                                                    "latest", "next", "final", "recent",
                                                    "previous", "new", NULL};
                const char *w = c->tok[i].form[0];
                size_t wn = an_ev_len0(&c->tok[i]);
                if (i + 1 == B->t0 && i > 0 && wn > 2 && w[wn - 1] != 's' && !past_word(c, i) &&
                    !an_ev_is_any(c, i, order) &&
                    !ing_word(c, i) && !(c->tok[i].flags & ANNALS_TOKEN_CAPITALIZED) &&
                    c->tok[i].actor < 0 && !an_ev_is_be(c, i) &&
                    (an_ev_modifier(c, i - 1) || c->tok[i - 1].actor >= 0))
                    continue;
                if (!an_ev_modifier(c, i) && !an_ev_is(c, i, "'s") && c->tok[i].time < 0 &&
                    !an_ev_is_any(c, i, counts) && !adverb(c, i) && !actor)
                    break;
                past_seen |= c->tok[i].actor < 0 && past_word(c, i);
                continue;
            }
            /* "following weeks of air strikes", "after years of war": over a span of time */
            static const char *const spans[] = {"hours",  "days",  "weeks",   "months",
                                                "years",  "decades", NULL};
            if (an_ev_is(c, i, "of") && i > 0 && an_ev_is_any(c, i - 1, spans)) {
                i--;
                continue;
            }
            int n = neighbour(c, k);
            static const char *const scene[] = {"amid", "despite", "since", "following",
                                                "during", "under", "after", "before", NULL};
            if (n >= 0) absorb(c, (size_t)n, k);
            else if (an_ev_is_any(c, i, scene) || (an_ev_is(c, i, "of") && i > 1 &&
                                                   an_ev_is(c, i - 1, "wake")))
                B->setting = 1;
            break;
        }
    }
}

/* "welcomed the US decision to hand over sovereignty", "rejected a proposal to halt
 * enrichment": a "to" clause after a noun of intent is what the noun holds, told as part
 * of the event before it, not an event of its own. */
static int content_of_noun(const an_evctx *c, const an_evcand *B) {
    static const char *const nouns[] = {
        "decision", "plan", "plans", "proposal", "proposals", "offer", "bid", "move", "attempt",
        "attempts", "effort", "efforts", "call", "calls", "request", "demand", "demands",
        "agreement", "deal", "pledge", "promise", "order", "orders", "threat", "threats",
        "readiness", "willingness", "refusal", "intention", "permission", "mandate",
        "resolution", "campaign", "invitation", "ultimatum", "right", NULL};
    /* "the decision of sending troops" too */
    return B->pos == AN_EV_POS_VERB && B->t0 >= 2 &&
           (an_ev_is(c, B->t0 - 1, "to") || an_ev_is(c, B->t0 - 1, "of")) &&
           an_ev_is_any(c, B->t0 - 2, nouns);
}

static void noun_contents(an_evctx *c) {
    for (size_t b = 1; b < c->n_cand; b++) {
        an_evcand *B = &c->cand[b];
        if (B->absorbed_by >= 0 || !content_of_noun(c, B)) continue;
        for (size_t a = b; a-- > 0;)
            if (c->cand[a].absorbed_by < 0) {
                absorb(c, a, b);
                break;
            }
    }
}

static int ing_word(const an_evctx *c, size_t i) {
    const char *w = c->tok[i].form[0];
    size_t n = strlen(w);
    return n > 4 && strcmp(w + n - 3, "ing") == 0;
}

/* "criticised Syria for failing to stop insurgents", "condemned Israel for killing
 * civilians", "praised Syria for helping": the "for"/"of" + -ing clause after a judgement
 * is its reason, told as part of it; "from" + -ing after a ban what it bars. */
static int reason_of(const an_evctx *c, const an_evcand *A, const an_evcand *B) {
    if (!A->plover) return 0;
    int judge = strcmp(A->plover, "ACCUSE") == 0 || strcmp(A->plover, "SUPPORT") == 0;
    /* "banned Palestinian lawmakers from travelling to Gaza": what is prevented */
    int bar = strcmp(A->plover, "COERCE") == 0 || strcmp(A->plover, "SANCTION") == 0;
    if (!judge && !bar) return 0;
    for (size_t i = B->t0; i-- > A->t1 && B->t0 - i <= 4;) {
        if (c->tok[i].brk != AN_BRK_NONE || c->tok[i].kind == ANNALS_TOKEN_PUNCT) return 0;
        int lead = judge ? an_ev_is(c, i, "for") || an_ev_is(c, i, "of") : an_ev_is(c, i, "from");
        if (lead && i + 1 < c->n && ing_word(c, i + 1)) return 1;
    }
    return 0;
}

/* "signed a declaration opposing US plans", "vetoed a resolution condemning": a
 * participle right after a document's noun says what the document holds; an event told
 * about the document holds it. */
static int document_content(const an_evctx *c, const an_evcand *B) {
    static const char *const documents[] = {
        "resolution", "statement", "declaration", "letter", "law", "bill", "decree", "report",
        "communique", "message", "motion", "petition", "note", "text", "document",
        "resolutions", "statements", "declarations", "letters", "laws", "bills", "decrees",
        "reports", "motions", "petitions", "documents", NULL};
    return B->pos == AN_EV_POS_VERB && B->t0 > 0 && ing_word(c, B->t0) &&
           an_ev_is_any(c, B->t0 - 1, documents);
}

static void reasons_and_contents(an_evctx *c) {
    for (size_t b = 1; b < c->n_cand; b++) {
        an_evcand *B = &c->cand[b];
        if (B->absorbed_by >= 0) continue;
        size_t a = b;
        while (a > 0 && c->cand[a - 1].absorbed_by >= 0) a--;
        if (a == 0) continue;
        if (reason_of(c, &c->cand[a - 1], B) || document_content(c, B)) absorb(c, a - 1, b);
    }
}

/* "staged demonstrations to demand reforms": the demand is what the protest asks. */
static void protest_claims(an_evctx *c) {
    int protest = -1;
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *B = &c->cand[k];
        if (B->absorbed_by >= 0 || !B->plover) continue;
        if (strcmp(B->plover, "PROTEST") == 0 && protest < 0) {
            protest = (int)k;
        } else if (protest >= 0 &&
                   (strcmp(B->plover, "REQUEST") == 0 || strcmp(B->plover, "ACCUSE") == 0)) {
            absorb(c, (size_t)protest, k);
        }
    }
}

/* "... unless Baghdad accepted": a condition is part of the event it conditions. */
static void conditions(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *B = &c->cand[k];
        if (B->absorbed_by >= 0 || B->clause_kind != AN_BRK_SUB) continue;
        if (!an_ev_is(c, B->c0, "if") && !an_ev_is(c, B->c0, "unless")) continue;
        int n = neighbour(c, k);
        if (n >= 0) absorb(c, (size_t)n, k);
    }
}

/* "the agreement signed in 2001", "in a letter handed over to the UN": a past participle
 * right after a noun phrase that follows a preposition or another verb describes that
 * noun; it has no subject of its own and tells no new event. A noun phrase opening the
 * sentence or a clause is the subject of its verb ("Israeli troops killed"), unless "by"
 * follows the participle. */
static int reduced_relative(const an_evctx *c, const an_evcand *B) {
    /* not "of", which joins one noun phrase ("a patch of troops arrived") */
    static const char *const preps[] = {"in", "to", "from", "with", "for", "on", "at", "by",
                                        "against", "over", "under", "into", NULL};
    static const char *const aux[] = {"have", "has", "had", "will", "would", "can", "could",
                                      "may", "might", "must", "should", "shall", "did", NULL};
    const char *w = c->tok[B->t0].form[0];
    size_t n = strlen(w), j = B->t0;
    int by = B->t1 < c->n && an_ev_is(c, B->t1, "by"); /* "sent by", "held by" too */
    if (B->pos != AN_EV_POS_VERB || j < 2 || (!by && (n < 5 || strcmp(w + n - 2, "ed") != 0)))
        return 0;
    const an_evtok *p = &c->tok[j - 1];
    /* a name right before its verb is its subject ("Sherpao allowed") */
    if (p->kind != ANNALS_TOKEN_WORD || (p->flags & ANNALS_TOKEN_CAPITALIZED) ||
        (p->cls & (AN_CL_DET | AN_CL_BE | AN_CL_SUB | AN_CL_REL)) ||
        p->time >= 0 || p->attr || an_ev_is_any(c, j - 1, preps) || an_ev_is_any(c, j - 1, aux))
        return 0;
    /* "a team of experts sent by the envoy has arrived": its doer after "by" says it is
     * passive, even where the noun phrase opens the sentence */
    if (by) {
        /* not ", a move welcomed by Norway" after a clause: that noun stands for the clause
         * and the participle is an event about it */
        size_t s = j - 1;
        while (s > 0 && c->tok[s - 1].kind == ANNALS_TOKEN_WORD && c->tok[s - 1].trig < 0) s--;
        int after_clause = 0;
        for (size_t i = 0; s > 0 && an_ev_is(c, s - 1, ",") && i + 1 < s; i++)
            after_clause |= c->tok[i].trig >= 0;
        return !after_clause;
    }
    while (j > 0) { /* back over the noun phrase */
        const an_evtok *t = &c->tok[j - 1];
        int verb = t->trig >= 0 && c->cand[t->trig].pos == AN_EV_POS_VERB;
        if (t->brk != AN_BRK_NONE && j - 1 < B->t0 - 1) return 0; /* it opens a clause */
        if (verb || t->attr || t->time >= 0 || an_ev_is_any(c, j - 1, preps) ||
            (t->kind != ANNALS_TOKEN_WORD && t->kind != ANNALS_TOKEN_NUMBER &&
             !an_ev_is(c, j - 1, "'s")) || an_ev_is(c, j - 1, "and") ||
            (t->cls & (AN_CL_BE | AN_CL_SUB | AN_CL_REL)))
            return verb || (!t->attr && t->time < 0 && an_ev_is_any(c, j - 1, preps));
        j--;
    }
    return 0;
}

static void reduced_relatives(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *B = &c->cand[k];
        if (B->absorbed_by >= 0 || violent(B) || is_frame(B) || !reduced_relative(c, B)) continue;
        int n = neighbour(c, k);
        if (n >= 0) absorb(c, (size_t)n, k);
    }
}

/* "even as U.S. officials urge him to stay away", "although Russia vetoed it": a clause
 * of contrast with a subject of its own tells an event as much as the main one does. */
static int contrast(const an_evctx *c, const an_evcand *B) {
    static const char *const set[] = {"although", "though", "whereas", NULL};
    if (!own_subject(c, B)) return 0;
    return an_ev_is_any(c, B->c0, set) ||
           (an_ev_is(c, B->c0, "as") && B->c0 > 0 && an_ev_is(c, B->c0 - 1, "even"));
}

/* Events told in a relative or subordinate clause ("whom authorities blame", "as the
 * leaders sought") or in a participle (", urging ...") are the background of the main
 * one, unless they are violent: a killing is an event wherever it is told. */
static void background_clauses(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *B = &c->cand[k];
        uint8_t kind = B->clause_kind;
        if (B->absorbed_by >= 0 || violent(B)) continue;
        if (kind != AN_BRK_REL && kind != AN_BRK_SUB && kind != AN_BRK_PART) continue;
        if (contrast(c, B)) continue;
        /* ", warning Saddam Hussein that ...": a participle aimed at someone it names is
         * an act of its own */
        if (kind == AN_BRK_PART && B->pos == AN_EV_POS_VERB && B->t0 == B->c0 + 1 &&
            B->t1 < c->n && (c->tok[B->t1].actor >= 0 || c->tok[B->t1].place >= 0))
            continue;
        int n = neighbour(c, k);
        if (n >= 0) absorb(c, (size_t)n, k);
    }
}

/* "gave no figure": a light verb without an event noun for object reports nothing. */
static void bare_light_verbs(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++)
        if (c->cand[k].absorbed_by < 0 && is_light(&c->cand[k]) && !c->cand[k].has_object &&
            strcmp(frame_of(&c->cand[k]), "light") == 0)
            c->cand[k].plover = NULL;
}

/* "stopped estimating the toll", "need to stop playing along": halting what is no event
 * is no halt of aid or ties (162). */
static void halts_of_nothing(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        if (e->absorbed_by >= 0 || !e->plover || e->e->n_words != 1 || e->t1 >= c->n ||
            (strcmp(e->e->words[0], "stop") != 0 && strcmp(e->e->words[0], "halt") != 0))
            continue;
        if (ing_word(c, e->t1) && c->tok[e->t1].trig < 0 && c->tok[e->t1].actor < 0)
            e->plover = NULL;
    }
}

/* "sanctions targeting Iran's oil sector", "strikes targeting rebel positions": an -ing
 * verb right after an event noun tells what that event does (a reduced relative); it is
 * not an act of its own. */
static void ing_after_noun(an_evctx *c) {
    for (size_t b = 1; b < c->n_cand; b++) {
        an_evcand *B = &c->cand[b], *A = &c->cand[b - 1];
        if (B->absorbed_by >= 0 || A->absorbed_by >= 0 || B->pos != AN_EV_POS_VERB ||
            A->pos != AN_EV_POS_NOUN || B->t0 != A->t1 || is_frame(B) || !A->plover)
            continue;
        const char *w = c->tok[B->t0].form[0];
        size_t n = strlen(w);
        if (n > 5 && strcmp(w + n - 3, "ing") == 0) absorb(c, b - 1, b);
    }
}

/* ---- verb dictionaries ------------------------------------------------------------------ */

/* Whether token i has the shape of a verb, without a parse to say so: a past or a
 * participle ("-ed", "-ing", an irregular form), a base form after "to" or an auxiliary
 * ("will seek"), or a form in -s right after its subject ("US wants"). A bare base form
 * elsewhere is as often a noun ("its armed struggle", "a border conflict"). */
static int verb_shape(const an_evctx *c, size_t i, const an_ev_verb_match *m) {
    static const char *const aux[] = {"to", "will", "would", "can", "could", "may", "might",
                                      "must", "should", "shall", "did", "do", "does", "not",
                                      "n't", "also", NULL};
    const an_evtok *t = &c->tok[i];
    const char *w = t->form[0];
    size_t n = an_ev_len0(t);
    if (an_ev_ends(t, "ed", 2, 2) || an_ev_ends(t, "ing", 3, 2)) return 1;
    if (strcmp(w, m->entry->words[m->head]) != 0 && t->n_forms == 1) return 1; /* "shot" */
    if (i == 0) return 0;
    if (an_ev_is_any(c, i - 1, aux)) return 1;
    const an_evtok *p = &c->tok[i - 1];
    return n > 3 && w[n - 1] == 's' && (p->actor >= 0 || p->place >= 0);
}

/* Whether a live event of ours is told in the clause [c0, c1). */
static int clause_coded(const an_evctx *c, size_t c0, size_t c1) {
    for (size_t k = 0; k < c->n_cand; k++) {
        const an_evcand *e = &c->cand[k];
        if (e->absorbed_by < 0 && e->plover && e->t0 < c1 && e->t1 > c0) return 1;
    }
    return 0;
}

/* Puts the candidates back in the order of their triggers, renumbering what points at
 * them. */
static void sort_candidates(an_evctx *c) {
    int order[AN_EV_MAXC], where[AN_EV_MAXC];
    size_t n = c->n_cand;
    for (size_t k = 0; k < n; k++) order[k] = (int)k;
    for (size_t k = 1; k < n; k++) /* few: insertion sort, stable */
        for (size_t j = k; j > 0 && c->cand[order[j - 1]].t0 > c->cand[order[j]].t0; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    an_evcand tmp[AN_EV_MAXC];
    for (size_t k = 0; k < n; k++) {
        tmp[k] = c->cand[order[k]];
        where[order[k]] = (int)k;
    }
    for (size_t k = 0; k < n; k++) {
        c->cand[k] = tmp[k];
        if (c->cand[k].absorbed_by >= 0) c->cand[k].absorbed_by = where[c->cand[k].absorbed_by];
    }
    for (size_t i = 0; i < c->n; i++)
        if (c->tok[i].trig >= 0) c->tok[i].trig = where[c->tok[i].trig];
}

/* The verbs of the verb dictionaries in clauses our lexicon leaves without an event: each
 * one read as a verb is coded by the pattern matching most words in its clause ([---]: no
 * event). Our triggers keep precedence, as measured on the dev sets: a clause with an
 * event of ours is not recoded (recoding our verbs by the patterns lowered CAMEO root F1
 * on PLOVER from 0.846 to 0.796), and a dictionary verb is coded only between a source
 * and a target (event.c). Returns how many were added. */
int an_ev_has_dictionary_verb(const an_evctx *c) {
    for (size_t i = 0; i < c->n; i++)
        if (c->tok[i].lex & AN_EV_LEX_VERBS) return 1;
    return 0;
}

size_t an_ev_dictionary_verbs(an_evctx *c) {
    size_t before = c->n_cand;
    for (size_t i = 0; i < c->n && c->n_cand < AN_EV_MAXC; i++) {
        an_ev_verb_match m;
        an_ev_span own;
        /* what our lexicon says is no event stays none ("seek to", "take part") */
        const an_ev_entry *none = c->tok[i].trig < 0
                                      ? an_ev_match_span(&c->r->triggers, c, i, c->n, 0, &own)
                                      : NULL;
        if (none && !none->col[0]) {
            i += own.n - 1;
            continue;
        }
        if (!(c->tok[i].lex & AN_EV_LEX_VERBS) || c->tok[i].trig >= 0 || c->tok[i].actor >= 0 ||
            blocked(c, i) || !an_ev_verb_at(c->r, c, i, &m) || nounish(c, i))
            continue;
        int free_span = 1;
        for (size_t t = m.t0; t < m.t1; t++) /* words before the verb too: "KLM_NOP_+RST" */
            free_span &= c->tok[t].trig < 0 && c->tok[t].kind == ANNALS_TOKEN_WORD;
        size_t c0, c1;
        uint8_t kind = an_ev_clause_of(c, i, &c0, &c1);
        an_ev_verb_coding v;
        /* a verb's own code, with no pattern to fix its sense, coded more false events
         * than true ones on every dev set but PETRARCH's own suites */
        if (!free_span || !verb_shape(c, i, &m) || clause_coded(c, c0, c1) ||
            !an_ev_verb_code(c->r, c, &m, c0, c1, &v) || !v.pattern)
            continue;
        /* as background_clauses: a relative, subordinate or participle clause tells the
         * background, unless force is used */
        int force = strcmp(v.plover, "ASSAULT") == 0 || strcmp(v.plover, "COERCE") == 0 ||
                    strcmp(v.plover, "PROTEST") == 0;
        if ((kind == AN_BRK_REL || kind == AN_BRK_SUB || kind == AN_BRK_PART) && !force)
            continue;
        an_ev_span sp = {.n = m.t1 - m.t0};
        add_candidate(c, m.t0, &sp, m.entry, AN_EV_POS_VERB);
        an_evcand *k = &c->cand[c->n_cand - 1];
        k->vdict = 1;
        k->plover = v.plover;
        k->mode = v.mode;
        k->cameo = v.cameo;
        k->acled = v.acled;
        k->vreverse = (uint8_t)v.reverse;
        k->clause_kind = kind;
        k->c0 = c0;
        k->c1 = c1;
        i = m.t1 - 1;
    }
    size_t added = c->n_cand - before;
    if (added) sort_candidates(c);
    return added;
}

void an_ev_frames(an_evctx *c) {
    frame_complements(c);
    ing_after_noun(c);
    noun_subjects(c);
    noun_objects(c);
    bare_light_verbs(c);
    halts_of_nothing(c);
    tolls(c);
    repeats(c);
    background_nouns(c);
    noun_contents(c);
    reasons_and_contents(c);
    protest_claims(c);
    conditions(c);
    reduced_relatives(c);
    background_clauses(c);
    /* a chain a <- b <- c points everything at the top */
    for (size_t k = 0; k < c->n_cand; k++) {
        int top = c->cand[k].absorbed_by;
        while (top >= 0 && c->cand[top].absorbed_by >= 0) top = c->cand[top].absorbed_by;
        c->cand[k].absorbed_by = top;
    }
}
