/* units.c - the rules built on units of time: durations ("five years", "a two-year
 * term"), dates relative to an anchor ("last week", "two years ago", "the following
 * day"), quarters and halves of the year, and sets ("every Monday", "weekly"). */
#include <string.h>

#include "time/rules.h"

/* ---- units: durations, relative dates, quarters ------------------------------------- */

static int compound_at(const an_tctx *c, size_t i, tx *t);

/* Hyphenated compounds: "two-year", "30-day", "third-quarter", "year-earlier",
 * "mid-1990s", "late-November". Returns 1 and fills t. Whether a token is none depends on
 * it alone, and is kept after the first ask ("the 9-year-old boy" asks at "the" for a
 * quarter, a year-ago period and "the mid-1990s", then at the compound itself). */
int an_tr_compound(const an_tctx *c, size_t i, tx *t) {
    if (i >= c->n || !(c->tok[i].flags & ANNALS_TOKEN_HYPHENATED) || c->tok[i].kind != ANNALS_TOKEN_WORD ||
        c->tok[i].no_compound)
        return 0;
    int found = compound_at(c, i, t);
    c->tok[i].no_compound = !found;
    return found;
}

static int compound_at(const an_tctx *c, size_t i, tx *t) {
    const char *part[4];
    size_t plen[4];
    int np = an_tw_split(&c->tok[i], part, plen);
    if (np != 2) return 0; /* "five-year-old" is an age; "two-and-a-half" is left alone */
    const an_tword *a = an_tw_part(c, part[0], plen[0]);
    const an_tword *b = an_tw_part(c, part[1], plen[1]);
    an_tx_init(t, i);
    t->b = i + 1;
    int nd, v = an_tw_digits(part[0], plen[0], &nd);
    int count = v > 0 ? v : (a && a->number && a->phrase_len == 1 ? a->number : 0);
    if (b && b->unit && !b->plural && count && b->unit != U_QUARTER && b->unit != U_HALF) {
        t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = count, t->unit = b->unit;
        return 1;
    }
    if (b && b->unit && (plen[1] == 4 && memcmp(part[1], "long", 4) == 0)) return 0;
    if (a && a->unit && plen[1] == 4 && memcmp(part[1], "long", 4) == 0) {
        t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->unit = a->unit, t->n = a->plural ? -1 : 1;
        return 1;
    }
    if (a && a->ordinal > 0 && a->ordinal <= 4 && b && (b->unit == U_QUARTER || b->unit == U_HALF)) {
        if (b->unit == U_HALF && a->ordinal > 2) return 0;
        if (b->unit == U_QUARTER) t->quarter = a->ordinal, t->gran = G_QUARTER;
        else t->half = a->ordinal, t->gran = G_HALF;
        return 1;
    }
    if (a && a->unit == U_YEAR && !a->plural &&
        ((plen[1] == 7 && !memcmp(part[1], "earlier", 7)) || (plen[1] == 3 && !memcmp(part[1], "ago", 3)))) {
        t->kind = X_SHIFT, t->unit = U_YEAR, t->n = -1, t->gran = G_YEAR, t->year_shift = 1;
        return 1;
    }
    if (a && a->unit == U_YEAR && plen[1] == 3 && !memcmp(part[1], "end", 3)) {
        t->kind = X_SHIFT, t->unit = U_YEAR, t->n = 0, t->gran = G_YEAR, t->mod = M_END;
        return 1;
    }
    /* mid-1990s, late-November, mid-2015, mid-afternoon, pre-1959 */
    int mod = a && a->mod && a->phrase_len == 1 ? a->mod : 0;
    if (plen[0] == 3 && !memcmp(part[0], "pre", 3)) mod = M_BEFORE;
    if (plen[0] == 4 && !memcmp(part[0], "post", 4)) mod = M_AFTER;
    if (!mod || mod == M_APPROX || mod == M_MORE_THAN) return 0;
    t->mod = mod;
    int y = an_tw_digits(part[1], plen[1], &nd);
    if (y >= 1000 && y <= 2099 && nd == 4) {
        t->year = y, t->gran = G_YEAR;
        return 1;
    }
    if (plen[1] >= 3 && part[1][plen[1] - 1] == 's') {
        y = an_tw_digits(part[1], plen[1] - 1, &nd);
        if (nd == 4 && y % 10 == 0 && y >= 1000) {
            t->year = y, t->gran = y % 100 == 0 && y != 2000 ? G_CENTURY : G_DECADE;
            return 1;
        }
    }
    if (b && b->month && (part[1][0] >= 'A' && part[1][0] <= 'Z')) {
        t->month = b->month, t->gran = G_MONTH;
        return 1;
    }
    if (b && b->pod && b->pod <= POD_DT) {
        t->kind = X_SHIFT, t->unit = U_DAY, t->pod = b->pod, t->type = AN_TIMEX_TIME, t->gran = G_POD;
        const an_tword *d = E(c, i + 1); /* "mid-afternoon yesterday": of that day */
        if (d && (d->deictic == D_YESTERDAY || d->deictic == D_TODAY || d->deictic == D_TOMORROW))
            t->n = d->deictic == D_YESTERDAY ? -1 : d->deictic == D_TOMORROW, t->b = i + 2;
        return 1;
    }
    return 0;
}

/* "the mid-1990s", "the late 1800s" */
int an_tr_the_compound(const an_tctx *c, size_t i, tx *t) {
    if (!an_tok_is(c, i, "the") || !an_tr_compound(c, i + 1, t) || !t->mod || t->kind != X_DATE) return 0;
    t->a = i;
    return 1;
}

static int gran_of_unit(int u) {
    switch (u) {
    case U_SECOND: case U_MINUTE: case U_HOUR: return G_TIME;
    case U_DAY: return G_DAY;
    case U_WEEK: case U_FORTNIGHT: return G_WEEK;
    case U_WEEKEND: return G_WEEKEND;
    case U_MONTH: return G_MONTH;
    case U_QUARTER: return G_QUARTER;
    case U_HALF: return G_HALF;
    case U_YEAR: return G_YEAR;
    case U_DECADE: return G_DECADE;
    case U_CENTURY: return G_CENTURY;
    default: return G_MILLENNIUM;
    }
}

/* Whether a determiner stands a few lower-case words before i: "a flat second quarter",
 * "the seasonally slow third quarter". */
static int determined(const an_tctx *c, size_t i) {
    for (size_t k = i, n = 0; k-- > 0 && n < 3; n++) {
        if (an_tok_is(c, k, "the") || an_tok_is(c, k, "a") || an_tok_is(c, k, "its") || an_tok_is(c, k, "their"))
            return k < i - 1;
        if (!is_word(c, k) || capitalized(c, k)) return 0;
    }
    return 0;
}

/* "[the] 1980s", "the '80s" at j after "the first half of": the decade, its first or last
 * half told by the mod, as "the early 1980s" is. */
static int half_of_decade(const an_tctx *c, size_t j, int half, tx *t) {
    if (an_tok_is(c, j, "the")) j++;
    if (an_tw_apostrophe(c, j)) j++;
    int y, g;
    if (!an_tw_decade(c, j, &y, &g)) return 0;
    t->year = y, t->gran = g, t->mod = half == 1 ? M_START : M_END;
    t->b = j + 1;
    return 1;
}

/* A sum of money or a figure at j: "$5 million", "C$3", "2.5%". */
static int amount_after(const an_tctx *c, size_t j) {
    if (j >= c->n) return 0;
    const an_ttok *t = &c->tok[j];
    if (t->kind == ANNALS_TOKEN_NUMBER) return 1;
    if (t->kind == ANNALS_TOKEN_WORD || t->len > 3) return 0;
    return is_char(c, j, '$') || (t->len >= 2 && (unsigned char)t->p[0] >= 0xC2); /* $, £, € */
}

/* "the third quarter [of 1990]", "the 1988 second quarter", "fiscal first-quarter",
 * "the first half of 2016", "Q1 2017" */
int an_tr_quarter(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i;
    int y = -1, rel = 0;
    if (an_tok_is(c, j, "the") || an_tok_is(c, j, "its") || an_tok_is(c, j, "a")) j++;
    if (an_tw_year_digits(c, j) && !an_tok_is(c, i, "a")) y = an_tw_year_digits(c, j++);
    int yr = an_tw_rel(c, j);
    if (y < 0 && (yr == R_LAST || yr == R_THIS || yr == R_NEXT) && an_tok_is(c, j + 1, "year") &&
        an_tok_is(c, j + 2, "'s")) {
        t->has_yrel = 1, t->yrel = yr == R_LAST ? -1 : yr == R_NEXT ? 1 : 0;
        j += 3;
        if (an_tok_is(c, j, "quarter") || an_tok_is(c, j, "period")) { /* "last year's quarter" */
            t->kind = X_QREL, t->year_shift = -t->yrel, t->gran = G_QUARTER, t->b = j + 1;
            if (an_tok_is(c, j, "quarter")) t->unit = U_QUARTER;
            return 1;
        }
    }
    if (y > 0 && an_tok_is(c, i, "the") && (an_tok_is(c, j, "quarter") || an_tok_is(c, j, "period"))) {
        t->kind = X_QREL, t->year = y, t->gran = G_QUARTER, t->b = j + 1; /* "the 1988 period" */
        return 1;
    }
    if (an_tw_rel(c, j) && !an_tw_year_digits(c, j - 1)) rel = an_tw_rel(c, j++);
    if (an_tok_is(c, j, "fiscal") || an_tok_is(c, j, "calendar")) j++;
    int q = 0, h = 0;
    tx comp;
    if (j < c->n && c->tok[j].kind == ANNALS_TOKEN_WORD && c->tok[j].len == 2 &&
        lower((unsigned char)c->tok[j].p[0]) == 'q' && c->tok[j].p[1] >= '1' && c->tok[j].p[1] <= '4') {
        q = c->tok[j].p[1] - '0', j++;
    } else if (an_tr_compound(c, j, &comp) && (comp.quarter || comp.half) && comp.kind == X_DATE) {
        q = comp.quarter, h = comp.half, j++;
        if (j - 1 == i + 1 && y < 0 && !rel) t->a = i + 1; /* "its third-quarter loss" */
        if (an_tok_is(c, j, "fiscal")) j++;
    } else if ((rel == R_LAST || an_tok_is(c, j - 1, "latter")) && E(c, j) && E(c, j)->unit == U_HALF && !E(c, j)->plural) {
        h = 2, j++, rel = 0; /* "the last half" */
    } else {
        const an_tword *o = E(c, j), *u = E(c, j + 1);
        if (an_tok_is(c, j + 1, "fiscal") || an_tok_is(c, j + 1, "calendar")) u = E(c, j + 2), j++;
        if (!o || o->ordinal <= 0 || o->ordinal > 4 || !u || u->plural) return 0;
        if (u->unit == U_QUARTER) q = o->ordinal;
        else if (u->unit == U_HALF && o->ordinal <= 2) h = o->ordinal;
        else return 0;
        if (j == i && !capitalized(c, j) && !(i > 0 && (an_tok_is(c, i - 1, "in") || an_tok_is(c, i - 1, "for")))) {
            if (!determined(c, i) || an_tok_is(c, j + 2, "of")) return 0;
            t->aside = 1;
        }
        if (an_tok_is(c, j + 2, "of") && !an_tw_year_digits(c, j + 3) && !an_tw_rel(c, j + 3) &&
            !amount_after(c, j + 3) && !(u->unit == U_HALF && half_of_decade(c, j + 3, 1, &(tx){0})) &&
            !(an_tok_is(c, j + 3, "fiscal") && an_tw_year_digits(c, j + 4)) &&
            !(an_tok_is(c, j + 3, "the") && (an_tw_rel(c, j + 4) || (E(c, j + 4) && E(c, j + 4)->unit) ||
                                              an_tok_is(c, j + 4, "fiscal"))))
            return 0; /* "a second quarter of the shares", not "of the year" nor "a loss for
                         the third quarter of $5 million" */
        j += 2;
    }
    if (!q && !h) return 0;
    if (h && an_tok_is(c, j, "of") && half_of_decade(c, j + 1, h, t)) return 1; /* "the last half of the '80s" */
    if (y < 0) {
        if (an_tok_is(c, j, "of") && an_tw_year_digits(c, j + 1)) y = an_tw_year_digits(c, j + 1), j += 2;
        else if (an_tok_is(c, j, "of") && an_tok_is(c, j + 1, "fiscal") && an_tw_year_digits(c, j + 2))
            y = an_tw_year_digits(c, j + 2), j += 3, t->fiscal = 1; /* "the first quarter of fiscal 2013" */
        else if (an_tw_year_digits(c, j)) y = an_tw_year_digits(c, j++);
        else if (an_tok_is(c, j, "of") && an_tok_is(c, j + 1, "the") && an_tok_is(c, j + 2, "year"))
            j += 3; /* "the first half of the year": this one */
        else if (an_tok_is(c, j, "of") && an_tok_is(c, j + 2, "year") &&
                 (an_tw_rel(c, j + 1) == R_THIS || an_tw_rel(c, j + 1) == R_LAST || an_tw_rel(c, j + 1) == R_NEXT)) {
            int r = an_tw_rel(c, j + 1); /* "of this year", "of last year" */
            if (r != R_THIS) t->has_yrel = 1, t->yrel = r == R_LAST ? -1 : 1;
            j += 3;
        }
    }
    t->quarter = q, t->half = h, t->year = y, t->gran = q ? G_QUARTER : G_HALF;
    t->weekday_rel = rel;
    t->b = j;
    for (size_t k = i > 0 ? i - 1 : i; k < j; k++) t->fiscal |= an_tok_is(c, k, "fiscal");
    return 1; /* t->a may be past i: the driver starts the expression there */
}

static int after_word(const an_tctx *c, size_t j, size_t *len) {
    const an_tword *e = an_tw_phrase(c, j, len);
    if (!e || !e->after) return 0;
    int a = e->after;
    return a == A_AGO || a == A_EARLIER || a == A_LATER || a == A_HENCE ? a : 0;
}

static int needs_count_word(const an_tctx *c, size_t i) {
    return an_tok_is(c, i, "for") || an_tok_is(c, i, "than") || an_tok_is(c, i, "about") ||
           an_tok_is(c, i, "within") || an_tok_is(c, i, "in");
}

/* What stands before and after a unit word: "the past three years ago". */
typedef struct {
    size_t i, j;       /* the first token; the token after the unit (and "or so") */
    int the, that, rel, first, whole;
    int has_count;
    tcount cn;
    const an_tword *u; /* the unit's entry */
    int unit;
    int after;         /* A_* after the unit */
    size_t alen;       /* its tokens */
} unit_phrase;

/* "$2 million a year", "four flights a week": a rate, not a stretch of time. */
static int rate(const an_tctx *c, size_t i, size_t count_end) {
    static const word amounts[] = {W("million"), W("billion"), W("thousand"), W("hundred"),
                                   W("dollars"), W("cents"), W("percent"), {NULL, 0}};
    static const word not_plural[] = {W("was"), W("has"), W("this"), W("plus"), W("thus"),
                                      W("less"), W("across"), W("perhaps"), W("always"),
                                      W("unless"), W("besides"), W("its"), W("his"), {NULL, 0}};
    if (i == 0 || count_end != i || !(an_tok_is(c, i, "a") || an_tok_is(c, i, "an"))) return 0;
    const an_ttok *p = &c->tok[i - 1];
    if (p->kind == ANNALS_TOKEN_NUMBER || an_tw_in_list(c, i - 1, amounts)) return 1;
    return p->kind == ANNALS_TOKEN_WORD && p->len > 3 && p->p[p->len - 1] == 's' &&
           !(p->flags & ANNALS_TOKEN_CAPITALIZED) && !an_tw_in_list(c, i - 1, not_plural);
}

/* Whether what follows "quarter" or "half" at j makes it a fraction: "a quarter of the
 * shares", "a half million people", "a half dozen states" (not "of 1990", "of the year"). */
static int fraction(const an_tctx *c, size_t j) {
    static const word amounts[] = {W("dozen"), W("million"), W("billion"), W("thousand"), W("hundred"),
                                   W("percent"), W("point"), W("points"), {NULL, 0}};
    if (an_tw_in_list(c, j, amounts)) return 1;
    if (!an_tok_is(c, j, "of")) return 0;
    size_t k = an_tok_is(c, j + 1, "the") ? j + 2 : j + 1;
    int y, g;
    return !an_tw_year_digits(c, k) && !an_tw_rel(c, k) && !(E(c, k) && (E(c, k)->unit || E(c, k)->decade)) &&
           !an_tok_is(c, k, "fiscal") && !an_tw_apostrophe(c, k) && !an_tw_decade(c, k, &y, &g);
}

/* "to" or a modal: what follows is a verb ("to last", "could last"). */
static int modal_or_to(const an_tctx *c, size_t i) {
    static const word words[] = {W("to"), W("will"), W("would"), W("could"), W("can"), W("may"), W("might"),
                                 W("should"), W("must"), W("'ll"), W("not"), {NULL, 0}};
    return an_tw_in_list(c, i, words);
}

/* Reads [the|that] [rel|ordinal] [count] [more] [full|fiscal] UNIT [or so] [ago ...]. */
static const word unit_abbrevs[] = {W("sec"), W("secs"), W("min"), W("mins"), W("hr"), W("hrs"),
                                    W("yr"), W("yrs"), {NULL, 0}};

static int read_unit_phrase(const an_tctx *c, size_t i, unit_phrase *p, tx *t) {
    memset(p, 0, sizeof *p);
    size_t j = p->i = i;
    if (an_tok_is(c, j, "the") || an_tok_is(c, j, "its")) p->the = 1, j++;
    else if (an_tok_is(c, j, "that") || an_tok_is(c, j, "those")) p->that = 1, j++;
    if (an_tok_is(c, j, "last") && j > 0 && modal_or_to(c, j - 1)) return 0; /* "expected to last six weeks" */
    if (!p->that && an_tw_rel(c, j)) {
        p->rel = an_tw_rel(c, j++);
        if (p->rel == R_SAME && !p->the) return 0;
        if (p->rel == R_THIS && (an_tw_rel(c, j) == R_PAST || an_tw_rel(c, j) == R_COMING))
            p->rel = an_tw_rel(c, j) == R_PAST ? R_LAST : R_NEXT, j++; /* "this past weekend" */
    } else if (E(c, j) && E(c, j)->ordinal && (!E(c, j)->unit || (E(c, j + 1) && E(c, j + 1)->unit))) {
        p->first = E(c, j++)->ordinal;
        if (an_tok_is(c, j, "straight") || an_tok_is(c, j, "consecutive") || an_tok_is(c, j, "successive"))
            j++; /* "the third straight day" */
    }
    p->has_count = an_tw_count(c, j, &p->cn);
    if (p->has_count && E(c, j) && E(c, j)->number == 1 && E(c, j)->phrase_len == 1 && (p->the || p->rel))
        p->has_count = 0; /* "the a" is not English; "this one" is not a count */
    if (p->has_count) j = p->cn.end;
    if (p->has_count && p->cn.n > 0 && j < c->n && c->tok[j].len == 3 && memcmp(c->tok[j].p, "1/2", 3) == 0)
        t->plus_half = 1, j++; /* "5 1/2 hours" */
    if (p->has_count && p->cn.n > 0 && an_tok_is(c, j, "and") && an_tok_is(c, j + 1, "a") &&
        an_tok_is(c, j + 2, "half"))
        t->plus_half = 1, j += 3; /* "two and a half years" */
    if (p->has_count && (an_tok_is(c, j, "more") || an_tok_is(c, j, "additional") || an_tok_is(c, j, "consecutive") ||
                         an_tok_is(c, j, "straight") || an_tok_is(c, j, "successive")))
        j++; /* "two more years", "three straight days" */
    if ((an_tok_is(c, j, "full") || an_tok_is(c, j, "fiscal") || an_tok_is(c, j, "calendar")) && p->the &&
        !p->has_count && E(c, j + 1) && E(c, j + 1)->unit == U_YEAR && !E(c, j + 1)->plural)
        p->whole = 1, j++;
    p->j = j;
    const an_tword *u = p->u = E(c, j);
    if (!u || !u->unit || c->tok[j].kind != ANNALS_TOKEN_WORD) return 0;
    if (capitalized(c, j) && !(c->tok[j].flags & ANNALS_TOKEN_SENT_START) && an_tw_in_list(c, j, unit_abbrevs))
        return 0; /* "a recent SEC filing": an abbreviated unit is written in lower case */
    if (p->has_count && capitalized(c, j) && c->tok[i].kind == ANNALS_TOKEN_NUMBER &&
        !(c->tok[i].flags & ANNALS_TOKEN_SENT_START) && !(c->tok[j].flags & ANNALS_TOKEN_ALLCAPS))
        return 0; /* "CBS's 60 Minutes": a title */
    p->unit = u->unit;
    /* "a second time", "a quarter of the shares", "a half" */
    size_t last = p->cn.end - 1;
    if (p->has_count && p->cn.n == 1 && E(c, last) && E(c, last)->phrase_len == 1 &&
        (an_tok_is(c, last, "a") || an_tok_is(c, last, "an")) &&
        (p->unit == U_SECOND || p->unit == U_QUARTER || p->unit == U_HALF) &&
        !(i > 0 && needs_count_word(c, i - 1)))
        return 0;
    j++;
    if (p->unit == U_SECOND && !u->plural && E(c, j) && E(c, j)->unit) return 0; /* "a second day" */
    if ((p->unit == U_QUARTER || p->unit == U_HALF) && !u->plural && fraction(c, j)) return 0;
    if (p->has_count && an_tok_is(c, j, "old")) return 0; /* "52 years old" is an age */
    if (an_tok_is(c, j, "or") && an_tok_is(c, j + 1, "so") && after_word(c, j + 2, &p->alen))
        j += 2, t->mod = M_APPROX; /* "a week or so ago" */
    p->after = after_word(c, j, &p->alen);
    p->j = j;
    return !(p->has_count && !p->after && rate(c, i, last));
}

/* "five years", "two years ago", "an hour and a half", "three days later". */
static int counted_unit(const an_tctx *c, unit_phrase *p, tx *t) {
    int unit = p->unit, n = p->cn.n;
    size_t j = p->j;
    if (p->after) {
        t->b = j + p->alen;
        if (unit == U_DECADE || unit == U_CENTURY) n *= unit == U_DECADE ? 10 : 100, unit = U_YEAR;
        t->unit = unit;
        if (n < 0) { /* "years ago", "a few days later" */
            t->kind = X_REF, t->ref = p->after == A_AGO || p->after == A_EARLIER ? D_PAST : D_FUTURE;
            return !(p->the || p->rel);
        }
        t->kind = X_SHIFT;
        t->n = p->after == A_AGO || p->after == A_EARLIER ? -n : n;
        t->anaphoric = p->after == A_EARLIER || p->after == A_LATER;
        t->gran = gran_of_unit(unit);
        t->year_shift = n == 1 && unit == U_YEAR && t->n < 0;
        if (t->gran == G_TIME) t->type = AN_TIMEX_TIME;
        return !(p->the || p->rel);
    }
    if (p->u->plural && n == 1) return 0; /* "one years" is no English; "five year plan" is */
    t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = n;
    if (p->cn.approx) t->mod = M_APPROX;
    if (an_tok_is(c, j, "and") && an_tok_is(c, j + 1, "a") && an_tok_is(c, j + 2, "half") && n > 0)
        t->plus_half = 1, j += 3;
    t->b = j;
    return 1;
}

/* Whether the words before i make a bare plural unit followed by "of" a stretch of time:
 * "after years of war", "months of talks" opening a sentence, "follows weeks of protest". */
static int after_stretch(const an_tctx *c, size_t i) {
    static const word before[] = {W("after"), W("amid"), W("despite"), W("follows"), W("followed"),
                                  W("following"), W("ending"), W("ended"), W("ends"), W("with"),
                                  W("by"), W("took"), W("takes"), W("spent"), W("spend"), {NULL, 0}};
    return i == 0 || c->tok[i - 1].kind == ANNALS_TOKEN_PUNCT || an_tw_in_list(c, i - 1, before);
}

/* Whether a verb of lasting stands before i: "could take years", "waited hours". */
static int lasting(const an_tctx *c, size_t i) {
    static const word verbs[] = {W("take"), W("takes"), W("took"), W("taken"), W("taking"), W("last"),
                                 W("lasts"), W("lasted"), W("lasting"), W("spend"), W("spends"),
                                 W("spent"), W("spending"), W("wait"), W("waits"), W("waited"),
                                 W("waiting"), {NULL, 0}};
    return i > 0 && an_tw_in_list(c, i - 1, verbs);
}

/* Whether a bare plural unit at i stands alone before "before" or "after": at the start,
 * after a comma, an adverb of degree or a past form ("hours before the deadline", "was
 * seen days after"), not inside a phrase ("a matter of days", "the first days"). */
static int opens_clause_time(const an_tctx *c, size_t i) {
    static const word adverbs[] = {W("just"), W("only"), W("mere"), W("barely"), W("nearly"),
                                   W("almost"), W("came"), W("comes"), {NULL, 0}};
    if (i == 0 || c->tok[i - 1].kind == ANNALS_TOKEN_PUNCT) return 1;
    const an_ttok *k = &c->tok[i - 1];
    int past = k->kind == ANNALS_TOKEN_WORD && k->len > 3 && !(k->flags & ANNALS_TOKEN_CAPITALIZED) &&
               memcmp(k->p + k->len - 2, "ed", 2) == 0;
    return past || an_tw_in_list(c, i - 1, adverbs);
}

/* "recent years", "the past few weeks", "in coming months", "for years", "years ago". */
static int plural_unit(const an_tctx *c, unit_phrase *p, tx *t) {
    size_t i = p->i, j = p->j;
    if (p->after == A_AGO) {
        t->kind = X_REF, t->ref = D_PAST;
        t->b = j + p->alen;
        return 1;
    }
    if (!p->the && !p->rel && !p->first && (an_tok_is(c, j, "before") || an_tok_is(c, j, "after")) &&
        opens_clause_time(c, i)) {
        t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = -1; /* "hours before the deadline" */
        t->b = j;
        return p->unit != U_WEEKEND;
    }
    if ((p->after == A_LATER || p->after == A_EARLIER || p->after == A_HENCE) && !p->the && !p->rel) {
        t->kind = X_REF, t->ref = p->after == A_EARLIER ? D_PAST : D_FUTURE; /* "hours later", "years from now" */
        t->b = j + p->alen;
        return 1;
    }
    int rel = p->rel;
    int ahead = an_tok_is(c, j, "ahead");
    int ok = rel == R_PAST || rel == R_COMING || rel == R_LAST || rel == R_NEXT ||
             (p->the && !rel && !p->first && ahead) ||
             (i > 0 && !rel && !p->first && (an_tok_is(c, i - 1, "for") || an_tok_is(c, i - 1, "within") ||
                                             an_tok_is(c, i - 1, "in") || an_tok_is(c, i - 1, "over") ||
                                             an_tok_is(c, i - 1, "through") || an_tok_is(c, i - 1, "during")));
    if (p->the && !ahead && !rel && !(i > 0 && !an_tok_is(c, i - 1, "in") && !an_tok_is(c, i - 1, "for")))
        ok = 0; /* "in the years since", not "the years of war" */
    if (!p->the && !rel && !p->first && an_tok_is(c, j, "of") && after_stretch(c, i)) ok = 1;
    if (!p->the && !rel && !p->first && !an_tok_is(c, j, "of") && lasting(c, i)) ok = 1;
    if (ahead) j++;
    if (!ok || p->unit == U_WEEKEND) return 0;
    t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = -1;
    /* "recent years" is the past; "recent weeks", "recent months" a stretch of them, as
     * TimeBank marks them */
    if (rel == R_PAST && an_tok_is(c, j - 2, "recent") && p->unit >= U_YEAR)
        t->kind = X_REF, t->ref = D_PAST, t->type = AN_TIMEX_DATE;
    t->b = j;
    return 1;
}

/* A unit relative to the anchor: "last week", "the following day", "that year". */
static int relative_unit(const an_tctx *c, unit_phrase *p, tx *t) {
    int unit = p->unit;
    size_t j = p->j;
    if (p->that) {
        t->kind = X_SHIFT, t->anaphoric = 1, t->n = 0;
        return unit >= U_DAY;
    }
    if ((p->rel == R_PAST || p->rel == R_NEXT || p->rel == R_COMING) && p->the &&
        (unit == U_DECADE || unit == U_CENTURY)) {
        t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = 1; /* "the past decade", "the next decade" */
        return 1;
    }
    if ((p->rel == R_PAST || p->rel == R_LAST || p->rel == R_NEXT || p->rel == R_COMING) &&
        an_tok_is(c, j, "and") && an_tok_is(c, j + 1, "a") && an_tok_is(c, j + 2, "half")) {
        t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = 1, t->plus_half = 1;
        t->b = j + 3; /* "the past year and a half": a stretch, not the year before */
        return 1;
    }
    switch (p->rel) {
    case R_LAST: case R_PAST:
        t->kind = X_SHIFT, t->n = -1;
        if (unit == U_QUARTER && ((p->rel == R_LAST && p->the) || an_tok_is(c, j - 2, "latest") ||
                                  an_tok_is(c, j - 2, "recent")))
            t->kind = X_QREL; /* "the last quarter" of the report */
        return 1;
    case R_NEXT: case R_COMING: t->kind = X_SHIFT, t->n = 1, t->anaphoric = p->the; return 1;
    case R_THIS: t->kind = X_SHIFT, t->n = 0; return 1;
    case R_PREVIOUS: t->kind = X_SHIFT, t->n = -1, t->anaphoric = 1; return 1;
    case R_FOLLOWING: t->kind = X_SHIFT, t->n = 1, t->anaphoric = 1; return 1;
    case R_SAME: /* "the same quarter": the quarter of the financial story */
        t->kind = unit == U_QUARTER ? X_QREL : X_SHIFT, t->n = 0, t->anaphoric = 1;
        return 1;
    default: return 0;
    }
}

/* "the year", "the quarter", "the weekend": what the bare unit means here. */
static int bare_unit(const an_tctx *c, unit_phrase *p, tx *t, int after_mod) {
    int unit = p->unit;
    size_t i = p->i, j = p->j;
    if (p->whole) { /* "the full year" */
        t->kind = X_SHIFT, t->n = 0;
        return 1;
    }
    /* "later in the day", "earlier in the year": the story's; "for the week": this one */
    if (p->the && j - i == 2 && (unit == U_DAY || unit == U_WEEK || unit == U_MONTH || unit == U_YEAR) &&
        i > 1 && an_tok_is(c, i - 1, "in") &&
        (an_tok_is(c, i - 2, "later") || an_tok_is(c, i - 2, "earlier"))) {
        t->kind = X_SHIFT, t->n = 0, t->anaphoric = 1;
        return 1;
    }
    if (p->the && j - i == 2 && unit == U_WEEK && (an_tok_is(c, j, "ended") || an_tok_is(c, j, "ending"))) {
        int m = an_tw_month(c, j + 1, 1), d = an_tw_day(c, j + 2);
        if (m && d) { /* "the week ended March 16": the week of that day */
            t->month = m, t->day = d, t->gran = G_WEEK;
            return 1;
        }
    }
    if (p->the && j - i == 2 && (unit == U_WEEK || unit == U_MONTH) && i > 0 && an_tok_is(c, i - 1, "for")) {
        t->kind = X_SHIFT, t->n = 0;
        return 1;
    }
    if (p->the && unit == U_YEAR && j - i == 2) {
        /* "the year ended Sept. 30" is a span of a year; "for the year", this one */
        if (an_tok_is(c, j, "ended") || an_tok_is(c, j, "ending")) {
            t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = 1;
            return 1;
        }
        if (i > 0 && an_tok_is(c, i - 1, "for")) {
            t->kind = X_SHIFT, t->n = 0;
            return 1;
        }
    }
    if (p->the && unit == U_QUARTER) {
        t->kind = X_QREL;
        return 1;
    }
    if (p->the && (unit == U_WEEKEND || after_mod)) { /* after_mod: "the end of the month" */
        t->kind = X_SHIFT, t->n = 0, t->bare = after_mod;
        return unit >= U_DAY;
    }
    return 0;
}

/* "the second week of March [2013]": the ISO week holding that month's 8th. */
static int week_of_month(const an_tctx *c, size_t i, tx *t) {
    size_t j = an_tok_is(c, i, "the") ? i + 1 : i;
    const an_tword *o = E(c, j);
    if (!o || o->ordinal <= 0 || o->ordinal > 5 || !an_tok_is(c, j + 1, "week") || !an_tok_is(c, j + 2, "of"))
        return 0;
    int m = an_tw_month(c, j + 3, 1);
    if (!m) return 0;
    t->month = m, t->day = 1 + 7 * (o->ordinal - 1), t->gran = G_WEEK;
    t->b = j + 4;
    if (an_tw_year_digits(c, j + 4)) t->year = an_tw_year_digits(c, j + 4), t->b++;
    return 1;
}

/* "the eighth day of the blockade", "its third straight day": the day the report is
 * written (the count runs up to it); not "the first day of March". */
static int nth_day(const an_tctx *c, const unit_phrase *p, tx *t) {
    static const word owners[] = {W("a"), W("his"), W("her"), W("their"), W("our"), {NULL, 0}};
    if (p->unit != U_DAY || p->u->plural || p->first <= 0) return 0;
    if (!p->the && !(p->i > 0 && an_tw_in_list(c, p->i - 1, owners))) return 0;
    size_t k = an_tok_is(c, p->j + 1, "the") ? p->j + 2 : p->j + 1;
    if (an_tok_is(c, p->j, "of") && (an_tw_month(c, k, 1) || (E(c, k) && E(c, k)->unit)))
        return 0; /* "the first day of March", "of the week" */
    if (!p->the) t->a = p->i - 1;
    t->kind = X_SHIFT, t->n = 0, t->gran = G_DAY;
    if (an_time_tense(c, t->a, p->j) == DIR_FUTURE) t->kind = X_REF, t->ref = D_FUTURE; /* "his first day in office" */
    t->b = p->j;
    return 1;
}

/* "Islam will one day be ...", "he hopes they one day return": some day ahead. */
static int one_day(const an_tctx *c, size_t i, tx *t) {
    static const word before[] = {W("will"), W("would"), W("could"), W("might"), W("may"), W("can"),
                                  W("shall"), W("'ll"), W("he"), W("she"), W("they"), W("we"), W("i"),
                                  W("you"), W("it"), {NULL, 0}};
    if (i == 0 || !an_tok_is(c, i, "one") || !an_tok_is(c, i + 1, "day") || !an_tw_in_list(c, i - 1, before))
        return 0;
    if (i + 2 < c->n && (!is_word(c, i + 2) || E(c, i + 2))) return 0; /* "will one day later", "one day." */
    t->kind = X_REF, t->ref = D_FUTURE, t->b = i + 2;
    return 1;
}

int an_tr_unit(const an_tctx *c, size_t i, tx *t, int after_mod) {
    an_tx_init(t, i);
    unit_phrase p;
    if (one_day(c, i, t)) return 1;
    if (week_of_month(c, i, t)) return 1;
    if (an_tok_is(c, i, "the") && an_tok_is(c, i + 1, "latest") && an_tok_is(c, i + 2, "period")) {
        t->kind = X_QREL, t->gran = G_QUARTER, t->b = i + 3; /* "the latest period" */
        return 1;
    }
    if (an_tok_is(c, i, "half") && (an_tok_is(c, i + 1, "a") || an_tok_is(c, i + 1, "an")) &&
        E(c, i + 2) && E(c, i + 2)->unit && !E(c, i + 2)->plural && E(c, i + 2)->unit != U_HALF) {
        t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->unit = E(c, i + 2)->unit, t->plus_half = 1;
        t->b = i + 3; /* "half an hour" */
        return 1;
    }
    if (an_tok_is(c, i, "year") && (an_tok_is(c, i + 1, "end") ||
                                     (an_tok_is(c, i + 1, "'s") && an_tok_is(c, i + 2, "end")))) {
        t->kind = X_SHIFT, t->unit = U_YEAR, t->gran = G_YEAR, t->mod = M_END; /* "year end" */
        t->b = i + (an_tok_is(c, i + 1, "end") ? 2 : 3);
        return 1;
    }
    if (!read_unit_phrase(c, i, &p, t)) return 0;
    t->unit = p.unit;
    if (p.has_count) return counted_unit(c, &p, t);
    if (p.u->plural) return plural_unit(c, &p, t);
    t->gran = gran_of_unit(p.unit);
    t->b = p.j;
    if (p.first) return nth_day(c, &p, t);
    if (p.that || p.rel) return relative_unit(c, &p, t);
    return bare_unit(c, &p, t, after_mod);
}

/* "the year-ago quarter", "the year-earlier period", "a year earlier" in a financial
 * context: handled as X_QREL by the normalizer through year_shift */
int an_tr_year_ago_period(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i;
    if (!an_tok_is(c, j, "the")) return 0;
    j++;
    if (an_tok_is(c, j, "same") || an_tok_is(c, j, "comparable") || an_tok_is(c, j, "corresponding")) j++;
    if (an_tok_is(c, j, "quarter") || an_tok_is(c, j, "period")) {
        /* "the same period last year", "the corresponding quarter a year ago" */
        size_t k = j + 1;
        if (an_tok_is(c, k, "last") && an_tok_is(c, k + 1, "year")) k += 2;
        else if (an_tok_is(c, k, "a") && an_tok_is(c, k + 1, "year") &&
                 (an_tok_is(c, k + 2, "ago") || an_tok_is(c, k + 2, "earlier")))
            k += 3;
        else
            return 0;
        t->kind = X_QREL, t->year_shift = 1, t->gran = G_QUARTER;
        if (an_tok_is(c, j, "quarter")) t->unit = U_QUARTER;
        t->b = k;
        return 1;
    }
    tx comp;
    if (!an_tr_compound(c, j, &comp) || !comp.year_shift) return 0;
    j++;
    if (an_tok_is(c, j, "third") || an_tok_is(c, j, "fourth") || an_tok_is(c, j, "second") ||
        an_tok_is(c, j, "first"))
        j++;
    if (!an_tok_is(c, j, "quarter") && !an_tok_is(c, j, "period")) return 0;
    t->kind = X_QREL, t->year_shift = 1, t->gran = G_QUARTER;
    if (an_tok_is(c, j, "quarter")) t->unit = U_QUARTER;
    t->b = j + 1;
    return 1;
}

/* ---- sets -------------------------------------------------------------------------- */

/* Whether an_tr_set can match at i, by what it reads there: a word of a set, a
 * capitalized plural ("Mondays"), a weekday with a plural part of the day after it or
 * after "and" and another weekday ("Monday and Tuesday nights"), "every", "each", "per",
 * or "a"/"an" after "once", "twice" or "times". Asked at most candidates ("a year",
 * "Friday ,"): it reads the padded props and keys only. Keep beside an_tr_set. */
int an_tr_set_may_match(const an_tctx *c, size_t i) {
    const an_ttok *t = &c->tok[i];
    const an_tword *e = t->e;
    uint64_t k = t->key;
    if (e && e->set && t->kind == ANNALS_TOKEN_WORD) return 1;
    if (capitalized(c, i) && t->len >= 7 && t->p[t->len - 1] == 's') return 1; /* "Mondays" */
    if (e && e->weekday && ((c->props[i + 1] | c->props[i + 3]) & P_POD)) return 1;
    if (k == AN_TKEY("every") || k == AN_TKEY("each") || k == AN_TKEY("per")) return 1;
    return (k == AN_TKEY("a") || k == AN_TKEY("an")) && i > 0 &&
           (an_tok_is(c, i - 1, "once") || an_tok_is(c, i - 1, "twice") || an_tok_is(c, i - 1, "times"));
}

/* "nights", "mornings": a part of the day in the plural, which makes a weekday a set */
static int plural_pod(const an_tctx *c, size_t i) {
    return E(c, i) && E(c, i)->pod && c->tok[i].len > 5 && c->tok[i].p[c->tok[i].len - 1] == 's';
}

int an_tr_set(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    t->kind = X_SET, t->type = AN_TIMEX_SET;
    const an_tword *e = E(c, i);
    if (e && e->set && c->tok[i].kind == ANNALS_TOKEN_WORD) {
        t->unit = e->set, t->n = 1, t->b = i + 1;
        return 1;
    }
    /* Mondays, Tuesday nights */
    if (i < c->n && capitalized(c, i) && c->tok[i].len >= 7 && c->tok[i].p[c->tok[i].len - 1] == 's') {
        const an_tword *w = an_tw_part(c, c->tok[i].p, c->tok[i].len - 1);
        if (w && w->weekday) {
            t->weekday = w->weekday, t->b = i + 1;
            return 1;
        }
    }
    if (an_tw_weekday(c, i) && plural_pod(c, i + 1)) {
        t->weekday = an_tw_weekday(c, i), t->pod = E(c, i + 1)->pod, t->b = i + 2;
        return 1;
    }
    /* "Monday and Tuesday nights": the first day shares the parts of the day named after */
    if (an_tw_weekday(c, i) && (an_tok_is(c, i + 1, "and") || an_tok_is(c, i + 1, "or")) &&
        an_tw_weekday(c, i + 2) && plural_pod(c, i + 3)) {
        t->weekday = an_tw_weekday(c, i), t->pod = E(c, i + 3)->pod, t->b = i + 1;
        return 1;
    }
    int every = an_tok_is(c, i, "every") || an_tok_is(c, i, "each") || an_tok_is(c, i, "per");
    int a_per = (an_tok_is(c, i, "a") || an_tok_is(c, i, "an")) && i > 0 &&
                (an_tok_is(c, i - 1, "once") || an_tok_is(c, i - 1, "twice") || an_tok_is(c, i - 1, "times"));
    if (!every && !a_per) return 0;
    size_t j = i + 1;
    tcount cn = {1, j, 0};
    if (every && an_tw_count(c, j, &cn) && cn.n > 1) j = cn.end;
    else cn.n = 1;
    const an_tword *u = E(c, j);
    if (!u) return 0;
    if (u->unit && u->unit != U_WEEKEND && (cn.n > 1 ? 1 : !u->plural)) {
        t->unit = u->unit, t->n = cn.n;
    } else if (every && an_tw_weekday(c, j)) {
        t->weekday = u->weekday;
    } else if (every && an_tw_month(c, j, 1)) {
        t->month = u->month;
    } else if (every && u->pod && u->pod <= POD_DT) {
        t->pod = u->pod;
    } else if (every && u->season) {
        t->season = u->season;
    } else {
        return 0;
    }
    t->b = j + 1;
    if (a_per) t->a = i;
    return 1;
}
