/* tense.c - the direction (past or future) of the verb that governs an expression, read
 * from the nearest tense cue: auxiliaries and modals ("will", "would", "had"), reporting
 * verbs, listed irregular past forms and regular past forms in -ed. The governing verb
 * usually comes before ("said Friday", "will meet on Friday"), so the words before are
 * read first, then those after, then the rest of the sentence. */
#include <string.h>

#include "time/words.h"

#define NEAR 12 /* tokens read on each side first */
#define FAR 60  /* and then at most this far, so a huge sentence stays linear */

static int ends_ing(const an_ttok *t) {
    return t->len > 5 && memcmp(t->p + t->len - 3, "ing", 3) == 0;
}

/* A regular past form: a lower-case word ending in -ed ("attacked"), not "need". */
static int regular_past(const an_tctx *c, size_t i) {
    static const word not_verbs[] = {W("indeed"), W("speed"), W("breed"), W("embed"),
                                     W("hundred"), W("united"), W("proceed"), W("succeed"),
                                     W("exceed"), W("naked"), W("sacred"), W("wicked"),
                                     W("kindred"), W("ragged"), {NULL, 0}};
    const an_ttok *t = &c->tok[i];
    if (t->kind != ANNALS_TOKEN_WORD || t->len < 5 || (t->flags & ANNALS_TOKEN_CAPITALIZED))
        return 0;
    if (memcmp(t->p + t->len - 2, "ed", 2) != 0) return 0;
    return !an_tw_in_list(c, i, not_verbs);
}

static int modal(const an_tctx *c, size_t i) {
    static const word words[] = {W("can"), W("could"), W("may"), W("might"), W("must"),
                                 W("should"), W("will"), W("would"), W("'ll"), W("did"),
                                 W("does"), W("do"), W("not"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

static int auxiliary(const an_tctx *c, size_t i) {
    const an_tword *e = i < c->n ? c->tok[i].e : NULL;
    return (e && e->tense && e->tense != T_REPORT) || an_tok_is(c, i, "be") ||
           an_tok_is(c, i, "been") || an_tok_is(c, i, "being");
}

static int modifier(const an_tctx *c, size_t i) {
    static const word words[] = {W("a"), W("an"), W("the"), W("this"), W("its"),
                                 W("his"), W("her"), W("their"), W("our"), W("still"), W("very"),
                                 W("most"), W("more"), W("less"), W("newly"), W("recently"),
                                 W("previously"), W("fully"), W("not"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

/* A form of "be" before a past form makes it a participle: the tense is the auxiliary's. */
static int passive(const an_tctx *c, size_t i) {
    static const word words[] = {W("be"), W("been"), W("being"), W("is"), W("are"), W("was"),
                                 W("were"), W("has"), W("have"), W("had"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

static int determiner(const an_tctx *c, size_t i) {
    static const word words[] = {W("a"), W("an"), W("the"), W("its"), W("his"), W("her"), W("their"),
                                 W("our"), W("this"), W("that"), W("these"), W("those"), W("'s"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

static int demonstrative(const an_tctx *c, size_t i) {
    static const word words[] = {W("this"), W("that"), W("these"), W("those"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

/* Auxiliaries and modals, which are never nouns after "that" or "this". */
static int verb_word(const an_tctx *c, size_t i) {
    static const word words[] = {W("will"), W("would"), W("shall"), W("may"), W("might"), W("can"),
                                 W("could"), W("should"), W("is"), W("are"), W("was"), W("were"),
                                 W("has"), W("have"), W("had"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

/* Verbs after which a past form is an adjective: "will stay closed", "remains shut". */
static int linking(const an_tctx *c, size_t i) {
    static const word words[] = {W("stay"), W("stays"), W("stayed"), W("remain"), W("remains"),
                                 W("remained"), W("get"), W("gets"), W("got"), W("become"),
                                 W("becomes"), W("became"), W("seem"), W("seems"), W("seemed"),
                                 W("keep"), W("keeps"), W("kept"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

/* Past forms of verbs of intention: what follows them ("planned to leave") lies ahead. */
static int intention(const an_tctx *c, size_t i) {
    static const word words[] = {W("planned"), W("scheduled"), W("intended"), W("hoped"),
                                 W("promised"), W("pledged"), W("vowed"), W("threatened"),
                                 W("agreed"), W("decided"), W("prepared"), W("aimed"),
                                 W("wanted"), W("sought"), W("hope"), W("want"), W("wants"),
                                 W("aim"), W("aims"), W("intend"), W("seek"), W("seeks"),
                                 W("vow"), W("vows"), W("pledge"), W("pledges"), W("promise"),
                                 W("promises"), W("threaten"), W("threatens"), W("agree"),
                                 W("agrees"), W("prepare"), W("prepares"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

/* Verbs of planning, whose object is an event ahead ("planned a march on Saturday"). */
static int plan(const an_tctx *c, size_t i) {
    static const word words[] = {W("planned"), W("plans"), W("plan"), W("scheduled"), W("schedules"),
                                 {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

/* "had", "had been" before token i: a past perfect. */
static int past_perfect(const an_tctx *c, size_t i) {
    return (i > 0 && an_tok_is(c, i - 1, "had")) ||
           (i > 1 && an_tok_is(c, i - 1, "been") && an_tok_is(c, i - 2, "had"));
}

/* The direction token i gives, or -1 when it is no cue. */
static int cue(const an_tctx *c, size_t i) {
    const an_ttok *t = &c->tok[i];
    const an_tword *e = t->e;
    /* most words are no cue: no tense of their own, no -ed, and no "to", "a" or "an" after
     * them (which an intention or a plan needs) */
    /* (a token's props, beside it, say whether its entry has a tense; a short word's key
     * holds its last two bytes lower-cased: a test that lets through more, never fewer) */
    uint64_t next = i + 1 < c->n ? c->tok[i + 1].key : 0;
    int ed = t->len >= 5 && (t->key ? (t->key >> (8 * (t->len - 2)) & 0xffff) == AN_TKEY("ed")
                                     : t->p[t->len - 2] == 'e' && t->p[t->len - 1] == 'd');
    if (!(c->props[i] & P_TENSE) && !ed && next != AN_TKEY("to") && next != AN_TKEY("a") && next != AN_TKEY("an"))
        return -1;
    /* "planned to", "sought to"; after "had" ("had planned to leave Monday") what was ahead
     * then is told from the past, and has most often passed (the plan was changed) */
    if (an_tok_is(c, i + 1, "to") && intention(c, i)) return past_perfect(c, i) ? DIR_PAST : DIR_FUTURE;
    if ((an_tok_is(c, i + 1, "a") || an_tok_is(c, i + 1, "an")) && plan(c, i))
        return DIR_FUTURE; /* "planned a rally": what is planned lies ahead */
    if ((an_tok_is(c, i, "plan") || an_tok_is(c, i, "plans")) && !an_tok_is(c, i + 1, "to") &&
        !an_tok_is(c, i + 1, "a") && !an_tok_is(c, i + 1, "an"))
        return -1; /* "a cooperation plan", "rescue plans": the noun */
    if (e && e->tense && i > 0 && determiner(c, i - 1) && !(demonstrative(c, i - 1) && verb_word(c, i)))
        return -1; /* "the plan", "a hit": nouns; not "that will", "this was" */
    if (e && e->tense == T_REPORT && i > 0 && auxiliary(c, i - 1)) return -1; /* "to be announced" */
    if (e && e->tense == T_PAST && i > 0 && passive(c, i - 1)) return -1; /* "would be paid" */
    /* "to hit", "could hit": an infinitive is no past form */
    if (e && (e->tense == T_PAST || e->tense == T_REPORT) && i > 0 && (an_tok_is(c, i - 1, "to") || modal(c, i - 1)))
        return -1;
    if (e && e->tense) {
        if ((e->tense == T_PRESENT || e->tense == T_PAST) && i + 1 < c->n) {
            const an_tword *n = c->tok[i + 1].e;
            if ((e->tense == T_PRESENT && (ends_ing(&c->tok[i + 1]) || an_tok_is(c, i + 1, "to"))) ||
                (n && n->tense == T_FUTURE))
                return DIR_FUTURE; /* "is meeting Friday", "were planning", "is to vote" */
        }
        if (e->tense == T_FUTURE && an_tok_is(c, i, "set") && !an_tok_is(c, i + 1, "to") &&
            !an_tok_is(c, i + 1, "for"))
            return DIR_PAST; /* "set aside", not "set to", "set for" */
        switch (e->tense) {
        case T_FUTURE: return past_perfect(c, i) ? DIR_PAST : DIR_FUTURE; /* "had been due to" */
        case T_PRESENT: return DIR_NONE;
        default: return DIR_PAST;
        }
    }
    /* a participle after an auxiliary ("will be named") or used as an adjective ("a
     * still unspecified date"): the auxiliary or another verb decides */
    if (regular_past(c, i) && !(i > 0 && (auxiliary(c, i - 1) || modifier(c, i - 1) || linking(c, i - 1))))
        return DIR_PAST;
    if (i > 0 && (an_tok_is(c, i - 1, "is") || an_tok_is(c, i - 1, "are")) && regular_past(c, i) && plan(c, i))
        return DIR_FUTURE; /* "a protest is planned for Saturday" */
    return -1;
}

static int scan(const an_tctx *c, size_t from, size_t to, int step) {
    for (size_t i = from; i != to; i = (size_t)((long)i + step)) {
        int k = cue(c, i);
        if (k >= 0) return k;
    }
    return -1;
}

/* Verbs that put something off: "postponed until Tuesday" points ahead. */
static int delay(const an_tctx *c, size_t i) {
    static const word words[] = {W("postponed"), W("delayed"), W("extended"), W("adjourned"),
                                 W("deferred"), W("suspended"), W("pushed"), W("put"),
                                 W("gave"), W("given"), W("granted"), W("moved"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

/* "until Tuesday", "effective Jan. 1", "as soon as Monday", "ahead of Sunday's vote": a
 * limit or a start that lies
 * ahead of the clause's event, so ahead of the DCT unless a plain past verb ("stayed
 * until Monday") governs it. -1 when there is no such word before token a. */
static int limit_ahead(const an_tctx *c, size_t a, size_t b) {
    static const word limits[] = {W("until"), W("till"), W("through"), W("effective"), W("starting"),
                                  W("beginning"), W("effect"), {NULL, 0}};
    size_t p = a > 0 && an_tok_is(c, a - 1, "on") ? a - 1 : a;
    if (p == 0) return -1;
    int soon = p > 2 && an_tok_is(c, p - 3, "as") && (an_tok_is(c, p - 2, "soon") || an_tok_is(c, p - 2, "early")) &&
               an_tok_is(c, p - 1, "as"); /* "as soon as", "as early as" */
    if (p > 1 && an_tok_is(c, p - 2, "ahead") && an_tok_is(c, p - 1, "of")) return DIR_FUTURE; /* "ahead of Sunday's vote" */
    if (!soon && !an_tw_in_list(c, p - 1, limits)) return -1;
    /* "a new pact effective June 1", "created an office, effective Feb. 1": the date a
     * change takes effect is announced ahead of it, whatever verb tells of the change */
    if (an_tok_is(c, p - 1, "effective")) return DIR_FUTURE;
    size_t left = p > NEAR ? p - NEAR : 0;
    for (size_t i = p - 1; i-- > left;) {
        if (delay(c, i) || (c->tok[i].e && c->tok[i].e->tense == T_PERFECT)) return DIR_FUTURE;
        int k = cue(c, i);
        if (k >= 0) return k == DIR_PAST ? -1 : DIR_FUTURE;
    }
    /* nothing before: the verb after decides ("Until Monday, the curfew was in force") */
    size_t right = b + NEAR < c->n ? b + NEAR : c->n;
    for (size_t i = b; i < right; i++) {
        if (delay(c, i)) return DIR_FUTURE;
        int k = cue(c, i);
        if (k >= 0) return k == DIR_PAST ? -1 : DIR_FUTURE;
    }
    return DIR_FUTURE;
}

/* "The vote is Tuesday", "the deadline is on Friday": a present "be" with the day as its
 * complement names what is scheduled. */
static int scheduled(const an_tctx *c, size_t a) {
    size_t p = a > 0 && an_tok_is(c, a - 1, "on") ? a - 1 : a;
    return p > 1 && (an_tok_is(c, p - 1, "is") || an_tok_is(c, p - 1, "are")) && is_word(c, p - 2) &&
           !an_tok_is(c, p - 2, "it") && !an_tok_is(c, p - 2, "today");
}

int an_time_tense(const an_tctx *c, size_t a, size_t b) {
    int ahead = limit_ahead(c, a, b);
    if (ahead >= 0) return ahead;
    if (scheduled(c, a)) return DIR_FUTURE;
    size_t left = a > NEAR ? a - NEAR : 0;
    size_t right = b + NEAR < c->n ? b + NEAR : c->n;
    int k;
    if (a > 0 && (k = scan(c, a - 1, left - 1, -1)) >= 0) return k; /* left - 1 may wrap */
    if ((k = scan(c, b, right, 1)) >= 0) return k;
    size_t far_left = a > FAR ? a - FAR : 0, far_right = b + FAR < c->n ? b + FAR : c->n;
    if (left > far_left && (k = scan(c, left - 1, far_left - 1, -1)) >= 0) return k;
    if ((k = scan(c, right, far_right, 1)) >= 0) return k;
    return DIR_NONE;
}
