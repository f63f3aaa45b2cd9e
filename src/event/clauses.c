/* clauses.c - a light clause splitter over tokens. It does not parse: it marks where a new
 * clause opens (subordinators, relative words, coordination before a verb, participles
 * after a comma, quotes and brackets), which is enough to keep each trigger with its own
 * subject, object, time and place. */
#include <string.h>

#include "event/ev.h"

static const char *const subordinators[] = {"as", "while", "when", "after", "before", "because",
                                            "although", "though", "whereas", "unless", "until",
                                            "if", "since", "following", "despite",
                                            "amid", NULL};
static const char *const relatives[] = {"who", "which", "whom", "whose", "where", "that", NULL};
static const char *const be_forms[] = {"is", "are", "was", "were", "be", "been", "being",
                                       "'s", "am", "get", "got", NULL};
static const char *const determiners[] = {"the", "a", "an", "this", "that", "these", "those",
                                          "its", "their", "his", "her", "our", "my", "your",
                                          "any", "no", "another", "each", "every", "'s", "’s",
                                          "some", "such", "which", "whose", NULL};

static const char *const modifier_words[] = {
    "new", "fresh", "further", "major", "joint", "fierce", "heavy", "renewed", "deadly",
    "bloody", "massive", "mass", "recent", "latest", "sporadic", "armed", "direct",
    "immediate", "official", "peace", "air", "street", "general", "hunger", "open-ended",
    "several", "tentative", "unilateral", "big",
    /* only ever before a noun: "the army's next target", "a possible strike" */
    "next", "main", "key", "prime", "primary", "potential", "possible", NULL};
static const char *const noun_preps[] = {"of", "for", "with", "without", "in", "on", "by",
                                         "after", NULL};

static int add_class(an_strtab *t, const char *const *words, int bit) {
    for (int k = 0; words[k]; k++) {
        int v = 0;
        an_strtab_get(t, words[k], strlen(words[k]), &v);
        if (an_strtab_put(t, words[k], strlen(words[k]), v | bit) != 0) return -1;
    }
    return 0;
}

int an_ev_classes_load(an_strtab *t) {
    if (add_class(t, determiners, AN_CL_DET) || add_class(t, be_forms, AN_CL_BE) ||
        add_class(t, subordinators, AN_CL_SUB) || add_class(t, relatives, AN_CL_REL) ||
        add_class(t, modifier_words, AN_CL_ADJ) || add_class(t, noun_preps, AN_CL_NPREP))
        return -1;
    return 0;
}

int an_ev_is_be(const an_evctx *c, size_t i) { return i < c->n && (c->tok[i].cls & AN_CL_BE); }
int an_ev_is_determiner(const an_evctx *c, size_t i) {
    return i < c->n && (c->tok[i].cls & AN_CL_DET);
}

/* A word that may stand between a determiner or preposition and its noun: numbers,
 * names, "day-old", adjectives by their endings, and a few common ones. */
int an_ev_modifier(const an_evctx *c, size_t i) {
    static const char *const endings[] = {"al", "ic", "ous", "ive", "ful", "ern", "ish", "ian",
                                          "ese", "ary", "ed", NULL};
    const an_evtok *t = &c->tok[i];
    if (t->kind == ANNALS_TOKEN_NUMBER || (t->cls & (AN_CL_DET | AN_CL_ADJ))) return 1;
    if (t->kind != ANNALS_TOKEN_WORD) return 0;
    if (t->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_HYPHENATED)) return 1;
    for (int k = 0; endings[k]; k++)
        if (an_ev_ends(t, endings[k], strlen(endings[k]), 2)) return 1;
    return 0;
}

static int is_hard(const an_evctx *c, size_t i) {
    const an_evtok *t = &c->tok[i];
    if (t->kind != ANNALS_TOKEN_PUNCT) return 0;
    const char *w = t->form[0];
    return strchr(";:()[]\"", w[0]) != NULL || strcmp(w, "--") == 0 ||
           strncmp(w, "\xe2\x80", 2) == 0 || strcmp(w, "''") == 0 || strcmp(w, "``") == 0;
}

static int is_comma(const an_evctx *c, size_t i) { return an_ev_is(c, i, ","); }

/* "as" opens a clause unless it is part of "such as", "as well as", "as many as" ... */
static int as_opens(const an_evctx *c, size_t i) {
    static const char *const before[] = {"such", "well", "many", "much", "same", "so", "known",
                                         "seen", "regarded", "described", NULL};
    if (i > 0 && an_ev_is_any(c, i - 1, before)) return 0;
    if (i + 1 >= c->n) return 0;
    static const char *const after[] = {"well", "many", "much", "part", "a", "an", "soon",
                                        "far", "long", "of", NULL};
    return !an_ev_is_any(c, i + 1, after);
}

/* A word that reads as a finite verb or a participle: -ed, -ing, -s after a noun, a verb
 * of saying ("and said") ... */
static int verbish(const an_evctx *c, size_t i) {
    if (i >= c->n || c->tok[i].kind != ANNALS_TOKEN_WORD) return 0;
    if (c->tok[i].flags & ANNALS_TOKEN_CAPITALIZED) return 0;
    return c->tok[i].trig >= 0 || c->tok[i].attr || an_ev_ends(&c->tok[i], "ed", 2, 2) ||
           an_ev_is_be(c, i) || an_ev_is(c, i, "has") || an_ev_is(c, i, "have") ||
           an_ev_is(c, i, "had") || an_ev_is(c, i, "will") || an_ev_is(c, i, "would");
}

/* "and allied fighters", "and armed men": an -ed word before an actor's noun describes
 * it; no verb opens a clause there. */
static int adjective_of_actor(const an_evctx *c, size_t i) {
    const an_evtok *t = &c->tok[i];
    return an_ev_ends(t, "ed", 2, 2) && t->trig < 0 && !t->attr &&
           t->actor < 0 && i + 1 < c->n && c->tok[i + 1].actor >= 0;
}

static uint8_t boundary_at(const an_evctx *c, size_t i) {
    if (is_hard(c, i)) return AN_BRK_HARD;
    if (c->tok[i].cls & AN_CL_SUB) {
        if (an_ev_is(c, i, "as") && !as_opens(c, i)) return AN_BRK_NONE;
        return AN_BRK_SUB;
    }
    if (c->tok[i].cls & AN_CL_REL) return AN_BRK_REL;
    if (an_ev_is(c, i, "but")) return AN_BRK_COORD;
    if ((an_ev_is(c, i, "and") || an_ev_is(c, i, "or")) && i + 1 < c->n) {
        if (i > 0 && is_comma(c, i - 1)) return AN_BRK_COORD;
        /* "killed or wounded": two verbs sharing their arguments */
        if (i > 0 && c->tok[i - 1].trig >= 0 && c->tok[i + 1].trig >= 0) return AN_BRK_NONE;
        if (verbish(c, i + 1) && !adjective_of_actor(c, i + 1)) return AN_BRK_COORD;
    }
    if (is_comma(c, i) && i + 1 < c->n) {
        const char *w = c->tok[i + 1].form[0];
        size_t n = strlen(w);
        if (n > 4 && strcmp(w + n - 3, "ing") == 0 &&
            !(c->tok[i + 1].flags & ANNALS_TOKEN_CAPITALIZED))
            return AN_BRK_PART;
    }
    return AN_BRK_NONE;
}

/* A word that may carry on the main clause after a relative one: a trigger or a verb of
 * saying, a past form in -ed, an auxiliary; not a participle ("-ing" opens its own). */
static int finite_verb(const an_evctx *c, size_t i) {
    static const char *const aux[] = {"has", "have", "had", "will", "would", "is", "are", "was",
                                      "were", "can", "could", "may", "might", "must", "should",
                                      "did", "does", "also", "then", "later", "on", NULL};
    if (i >= c->n || c->tok[i].kind != ANNALS_TOKEN_WORD || c->tok[i].actor >= 0 ||
        c->tok[i].place >= 0 || (c->tok[i].flags & ANNALS_TOKEN_CAPITALIZED))
        return 0;
    if (an_ev_ends(&c->tok[i], "ing", 3, 1)) return 0;
    int verb = c->tok[i].trig >= 0 && c->cand[c->tok[i].trig].pos == AN_EV_POS_VERB;
    return verb || c->tok[i].attr || an_ev_is_any(c, i, aux) ||
           an_ev_ends(&c->tok[i], "ed", 2, 1);
}

/* "The rebels who seized the town rejected the offer": a relative clause with no commas
 * ends before a second verb after its own (its verb group: "who had been arrested"), set
 * after a noun; what follows is the main clause again. */
static void restrictive_closed(an_evctx *c, size_t rel) {
    /* not "in which it said": the relative word after a preposition has a subject */
    if (rel == 0 || (c->tok[rel - 1].actor < 0 && c->tok[rel - 1].kind != ANNALS_TOKEN_WORD) ||
        (c->tok[rel - 1].cls & AN_CL_NPREP) || c->tok[rel - 1].attr)
        return;
    size_t j = rel + 1;
    if (an_ev_is(c, rel, "whose")) j++; /* "whose fighters battled" */
    if (j >= c->n || !finite_verb(c, j) || c->tok[j].attr) return;
    while (j < c->n && finite_verb(c, j) && !c->tok[j].attr) j++; /* the relative's verbs */
    for (size_t k = j + 1; k + 1 < c->n && k < j + 12; k++) {
        if (c->tok[k].brk != AN_BRK_NONE || c->tok[k].attr || is_comma(c, k)) return;
        if (!finite_verb(c, k) || an_ev_is(c, k, "on") || an_ev_is(c, k, "also") ||
            an_ev_is(c, k, "then") || an_ev_is(c, k, "later"))
            continue;
        /* "the armed convoy", "to the occupied territories": an -ed word there is no verb */
        const an_evtok *p = &c->tok[k - 1];
        if (an_ev_is_determiner(c, k - 1) || an_ev_is(c, k - 1, "to") ||
            (p->cls & AN_CL_NPREP) || p->kind != ANNALS_TOKEN_WORD)
            continue;
        c->tok[k].brk = AN_BRK_RESUME;
        return;
    }
}

/* "The army, which has fought the Taliban for years, attacked militants": a relative clause
 * set off by commas ends at its closing comma when a verb follows, and what follows is the
 * main clause again, whose subject stands before the relative word. */
static void relatives_closed(an_evctx *c) {
    for (size_t i = 1; i + 2 < c->n; i++) {
        if (c->tok[i].brk != AN_BRK_REL ||
            !(an_ev_is(c, i, "who") || an_ev_is(c, i, "which") || an_ev_is(c, i, "whose")))
            continue;
        if (!is_comma(c, i - 1)) {
            restrictive_closed(c, i);
            continue;
        }
        for (size_t j = i + 2; j + 1 < c->n && j < i + 30; j++) {
            if (c->tok[j].brk == AN_BRK_HARD || c->tok[j].attr) break;
            if (!is_comma(c, j)) continue;
            if (finite_verb(c, j + 1) && c->tok[j + 1].brk == AN_BRK_NONE)
                c->tok[j + 1].brk = AN_BRK_RESUME;
            break;
        }
    }
}

/* A quotation mark: straight, doubled or curly. */
static int is_quote(const an_evctx *c, size_t i) {
    const char *w = c->tok[i].form[0];
    return c->tok[i].kind == ANNALS_TOKEN_PUNCT &&
           (strcmp(w, "\"") == 0 || strcmp(w, "''") == 0 || strcmp(w, "``") == 0 ||
            strcmp(w, "\xe2\x80\x9c") == 0 || strcmp(w, "\xe2\x80\x9d") == 0);
}

/* 'staged a "tactical withdrawal"', 'the "terrorist groups"': quotes opened after a
 * determiner, a preposition or an adjective set off a few words of a noun phrase (scare
 * quotes), not a quotation: neither quote opens a clause. */
static void scare_quotes(an_evctx *c) {
    for (size_t i = 1; i + 2 < c->n; i++) {
        if (!is_quote(c, i)) continue;
        const an_evtok *p = &c->tok[i - 1];
        if (p->kind != ANNALS_TOKEN_WORD || (p->flags & ANNALS_TOKEN_CAPITALIZED) || p->attr ||
            !(p->cls & (AN_CL_DET | AN_CL_NPREP | AN_CL_ADJ) || an_ev_modifier(c, i - 1)))
            continue;
        for (size_t j = i + 2; j < c->n && j <= i + 6; j++) {
            if (is_quote(c, j)) {
                c->tok[i].brk = c->tok[j].brk = AN_BRK_NONE;
                i = j;
                break;
            }
            if (c->tok[j].kind == ANNALS_TOKEN_PUNCT || c->tok[j].attr) break;
        }
    }
}

void an_ev_clauses(an_evctx *c) {
    for (size_t i = 0; i < c->n; i++) c->tok[i].brk = boundary_at(c, i);
    scare_quotes(c);
    relatives_closed(c);
}

size_t an_ev_resumed_subject_end(const an_evctx *c, size_t c0) {
    for (size_t i = c0; i-- > 1;)
        if (c->tok[i].brk == AN_BRK_REL) return is_comma(c, i - 1) ? i - 1 : i;
    return SIZE_MAX;
}

uint8_t an_ev_clause_of(const an_evctx *c, size_t i, size_t *c0, size_t *c1) {
    size_t a = i;
    while (a > 0 && c->tok[a].brk == AN_BRK_NONE && !c->tok[a].attr) a--;
    /* the content of "X said that ..." is a main clause */
    uint8_t kind = c->tok[a].attr ? AN_BRK_NONE : c->tok[a].brk;
    if (c->tok[a].attr && a < i) a++;
    size_t b = i + 1;
    while (b < c->n && c->tok[b].brk == AN_BRK_NONE && !c->tok[b].attr) b++;
    *c0 = a;
    *c1 = b;
    return kind;
}
