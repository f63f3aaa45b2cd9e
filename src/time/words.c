/* words.c - what single tokens and short runs of them say: lexicon phrases, numbers
 * written in digits or words, days of the month, years in context, month names that are
 * months (not "may", not "Theresa May"), weekdays, decades. Used by the rules in
 * recognize.c. */
#include "time/words.h"

#include <string.h>

/* ---- token tests ------------------------------------------------------------------- */








int an_tw_in_list(const an_tctx *c, size_t i, const word *words) {
    if (i >= c->n) return 0;
    uint64_t key = c->tok[i].key;
    if (key) { /* a short token matches only a short word: its key (a long word's is 0) */
        for (const word *w = words; w->w; w++)
            if (w->key == key) return 1;
        return 0;
    }
    for (const word *w = words; w->w; w++) /* a long token, or one with a NUL */
        if (!w->key && an_tok_is_n(c, i, w->w, strlen(w->w))) return 1;
    return 0;
}

static const an_tword *phrase_lookup(const an_tctx *c, size_t i, size_t *len);

/* The longest lexicon phrase at i (a single word included), with its token count; looked
 * up once per token. */
const an_tword *an_tw_phrase(const an_tctx *c, size_t i, size_t *len) {
    if (i >= c->n) return *len = 1, NULL;
    an_ttok *t = &c->tok[i];
    if (!t->phrase_len) {
        size_t n;
        t->phrase = phrase_lookup(c, i, &n);
        t->phrase_len = (int)n;
    }
    *len = (size_t)t->phrase_len;
    return t->phrase;
}

static const an_tword *phrase_lookup(const an_tctx *c, size_t i, size_t *len) {
    const an_tword *e = E(c, i);
    *len = 1;
    if (!e || e->starts_phrase < 2 || !E(c, i + 1) || !E(c, i + 1)->second)
        return e && e->phrase_len == 1 ? e : NULL;
    char key[64];
    for (int k = e->starts_phrase; k >= 2; k--) {
        if (i + (size_t)k > c->n) continue;
        size_t n = 0;
        int ok = 1;
        for (int j = 0; j < k && ok; j++) {
            const an_ttok *t = &c->tok[i + (size_t)j];
            int clitic = t->p[0] == '\'';
            if (n + t->len + 1 >= sizeof key) ok = 0;
            else {
                if (j && !clitic) key[n++] = ' ';
                if (t->key && n + 8 <= sizeof key) { /* its key is its bytes lower-cased */
                    uint64_t k8 = t->key; /* first byte lowest: the bytes in order when stored little-endian */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
                    k8 = __builtin_bswap64(k8);
#endif
                    memcpy(key + n, &k8, 8);
                    n += t->len;
                } else {
                    for (size_t q = 0; q < t->len; q++) key[n++] = (char)lower((unsigned char)t->p[q]);
                }
            }
        }
        const an_tword *p = ok ? an_tlex_get(c->r, key, n) : NULL;
        if (p) {
            *len = (size_t)k;
            return p;
        }
    }
    return e->phrase_len == 1 ? e : NULL;
}

int an_tw_rel(const an_tctx *c, size_t i) {
    const an_tword *e = E(c, i);
    return e && e->rel ? e->rel : 0;
}

/* ---- numbers ----------------------------------------------------------------------- */

int an_tw_digits(const char *p, size_t n, int *ndig) {
    *ndig = 0;
    int v = 0, d = 0;
    for (size_t k = 0; k < n; k++) {
        if (p[k] >= '0' && p[k] <= '9') {
            if (++d > 7) return -1;
            v = v * 10 + (p[k] - '0');
        } else {
            return -1;
        }
    }
    *ndig = d;
    return d ? v : -1;
}

/* A number written as words, hyphenated ("twenty-five") or not. */
int an_tw_number(const an_tctx *c, size_t i) {
    const an_tword *e = E(c, i);
    if (e && e->number) return e->number;
    if (i >= c->n || !(c->tok[i].flags & ANNALS_TOKEN_HYPHENATED)) return 0;
    const char *p = c->tok[i].p, *h = memchr(p, '-', c->tok[i].len);
    if (!h) return 0;
    char low[32];
    size_t n1 = (size_t)(h - p), n2 = c->tok[i].len - n1 - 1;
    if (n1 >= sizeof low || n2 >= sizeof low) return 0;
    for (size_t k = 0; k < n1; k++) low[k] = (char)lower((unsigned char)p[k]);
    const an_tword *a = an_tlex_get(c->r, low, n1);
    for (size_t k = 0; k < n2; k++) low[k] = (char)lower((unsigned char)h[1 + k]);
    const an_tword *b = an_tlex_get(c->r, low, n2);
    if (a && b && a->number >= 20 && a->number < 100 && b->number > 0 && b->number < 10)
        return a->number + b->number;
    return 0;
}


int an_tw_count(const an_tctx *c, size_t i, tcount *out) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    if (t->num > 0 && t->kind == ANNALS_TOKEN_NUMBER && t->ndig <= 5) {
        out->n = t->num, out->end = i + 1, out->approx = 0;
        return 1;
    }
    size_t len;
    const an_tword *e = an_tw_phrase(c, i, &len);
    if (e && e->fuzzy) {
        out->n = -1, out->end = i + len, out->approx = 0;
        return 1;
    }
    if (e && e->number && len > 1) {
        out->n = e->number, out->end = i + len, out->approx = e->number == 2;
        return 1;
    }
    int v = an_tw_number(c, i);
    if (v > 0) {
        out->n = v, out->end = i + 1, out->approx = 0;
        const an_tword *u = E(c, i + 1);
        if (v >= 20 && v < 100 && v % 10 == 0 && u && u->number > 0 && u->number < 10 && u->phrase_len == 1 &&
            c->tok[i].kind == ANNALS_TOKEN_WORD && c->tok[i + 1].kind == ANNALS_TOKEN_WORD)
            out->n = v + u->number, out->end = i + 2; /* "twenty four", as transcripts write it */
        /* "one hundred", "two thousand" */
        const an_tword *m = E(c, i + 1);
        if (m && (m->number == 100 || m->number == 1000) && v < 100 && m->phrase_len == 1)
            out->n = v * m->number, out->end = i + 2;
        return 1;
    }
    return 0;
}

/* A day of the month: 1..31 in digits, 3rd, 27th, or an ordinal word. */
int an_tw_day(const an_tctx *c, size_t i) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    if (t->num >= 1 && t->num <= 31 && t->ndig <= 2) return t->num;
    if (t->kind == ANNALS_TOKEN_WORD && t->len >= 3 && t->len <= 4 && t->p[0] >= '0' &&
        t->p[0] <= '9') {
        int nd, v = an_tw_digits(t->p, t->len - 2, &nd);
        const char *sfx = t->p + t->len - 2;
        char s0 = (char)lower((unsigned char)sfx[0]), s1 = (char)lower((unsigned char)sfx[1]);
        int ok = (s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') || (s0 == 'r' && s1 == 'd') ||
                 (s0 == 't' && s1 == 'h');
        if (ok && v >= 1 && v <= 31) return v;
    }
    /* "March 1-5": the first day of the range */
    if (t->kind == ANNALS_TOKEN_NUMBER && (t->flags & ANNALS_TOKEN_HYPHENATED) && t->len <= 5) {
        int nd, v = an_tw_digits(t->p, (size_t)((const char *)memchr(t->p, '-', t->len) - t->p), &nd);
        if (v >= 1 && v <= 31 && nd <= 2) return v;
    }
    const an_tword *e = E(c, i);
    return e && e->ordinal > 0 ? e->ordinal : 0;
}

/* ---- years ------------------------------------------------------------------------- */

static const word year_before[] = {
    W("in"), W("since"), W("by"), W("of"), W("from"), W("to"), W("until"), W("till"),
    W("through"), W("during"), W("before"), W("after"), W("between"), W("and"), W("or"),
    W("early"), W("late"), W("mid"), W("fiscal"), W("year"), W("the"), W("around"), W("circa"),
    W("for"), W("on"), W("than"), W("a"), W("both"), W("due"), W("spring"), W("summer"),
    W("fall"), W("autumn"), W("winter"), W("-"), W("("), W("last"), W("its"), W("their"),
    W("this"), W("as"), W("about"), W("that"), W("every"), W("each"), W("his"), W("her"),
    W("our"), W("my"), W("your"), W("fy"), {NULL, 0}};

static const word not_year_before[] = {
    W("$"), W("£"), W("€"), W("no."), W("number"), W("route"), W("flight"), W("room"),
    W("page"), W("p."), W("#"), W("highway"), W("model"), W("windows"), W("boeing"),
    W("airbus"), {NULL, 0}};

/* Nouns that make a number before them a count ("2007 people"). */
static const word counted_nouns[] = {
    W("people"), W("men"), W("women"), W("children"), W("police"), W("staff"), W("personnel"),
    W("cattle"), W("feet"), W("metres"), W("meters"), W("kilometres"), W("miles"), {NULL, 0}};

/* A plain four-digit number that can be a year. */
int an_tw_year_digits(const an_tctx *c, size_t i) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    return t->kind == ANNALS_TOKEN_NUMBER && t->ndig == 4 && t->len == 4 && t->num >= 1000 &&
                   t->num <= 2099
               ? t->num
               : 0;
}

int an_tw_year_words(const an_tctx *c, size_t i) {
    const an_tword *e = E(c, i);
    if (!e || (e->number != 19 && e->number != 20) || capitalized(c, i)) return 0;
    int rest = an_tw_number(c, i + 1);
    return rest >= 10 && rest < 100 ? e->number * 100 + rest : 0;
}

/* A year at i, read from its context: "in 2007", "2007's", "the 2016 election". */
int an_tw_year(const an_tctx *c, size_t i) {
    int y = an_tw_year_digits(c, i);
    if (!y || (i > 0 && an_tw_in_list(c, i - 1, not_year_before))) return 0;
    if (i + 1 < c->n && (is_char(c, i + 1, '%') || an_tok_is(c, i + 1, "percent"))) return 0;
    int before = i > 0 && (an_tw_in_list(c, i - 1, year_before) || (E(c, i - 1) && E(c, i - 1)->month));
    if (i > 1 && is_char(c, i - 1, ',') && an_tw_year_digits(c, i - 2) && y >= 1900)
        before = 1; /* "in 1994, 1995 and 1997" */
    if (before) return y;
    if (y < 1900) return 0;
    if (y <= 2040 && i + 1 < c->n && is_word(c, i + 1) && !capitalized(c, i + 1) &&
        !an_tok_is(c, i + 1, "'s")) {
        const an_ttok *n = &c->tok[i + 1]; /* "a 1996 law", not "2007 people" */
        const an_tword *ne = E(c, i + 1);
        if (ne && ne->tense && ne->tense != T_REPORT && (i == 0 || !c->tok[i - 1].e) &&
            (i == 0 || c->tok[i - 1].num < 0))
            return y; /* "2012 was the warmest year", "2013 will be hard" */
        return n->p[n->len - 1] != 's' && !ne && !an_tw_in_list(c, i + 1, counted_nouns) &&
                       !(i > 0 && (c->tok[i - 1].num >= 0 || (E(c, i - 1) && E(c, i - 1)->mod) ||
                                   c->tok[i - 1].kind != ANNALS_TOKEN_WORD))
                   ? y
                   : 0;
    }
    int after = i + 1 >= c->n || an_tok_is(c, i + 1, "'s") || c->tok[i + 1].kind == ANNALS_TOKEN_PUNCT;
    return after && !is_char(c, i + 1, '-') ? y : 0;
}

/* ---- months and weekdays ------------------------------------------------------------- */

static const word month_before[] = {
    W("in"), W("since"), W("last"), W("next"), W("this"), W("early"), W("late"), W("mid"),
    W("until"), W("till"), W("by"), W("of"), W("through"), W("during"), W("from"), W("to"),
    W("before"), W("after"), W("between"), W("and"), W("or"), W("each"), W("every"), W("that"),
    W("until"), W("throughout"), W("end"), W("beginning"), W("middle"), W("since"), W("past"),
    W("coming"), W("for"), W("mid-"), {NULL, 0}};

/* The month named at i, when the token is one and its context says it is a month. */
int an_tw_month(const an_tctx *c, size_t i, int strong) {
    const an_tword *e = E(c, i);
    if (!e || !e->month || !capitalized(c, i)) return 0;
    const an_ttok *t = &c->tok[i];
    int abbr = t->kind == ANNALS_TOKEN_ABBREV, whole = t->len >= 5 || e->month == 5 || e->month == 6 || e->month == 7;
    if (!abbr && !whole && !strong) return 0; /* Jan, Dec: names unless a day follows */
    if (strong) return e->month;
    if (i > 0 && an_tw_in_list(c, i - 1, month_before)) return e->month;
    if ((e->month == 3 || e->month == 5) && i > 0 &&
        (an_tok_is(c, i - 1, "the") || an_tok_is(c, i - 1, "a")) && is_word(c, i + 1) && !capitalized(c, i + 1) &&
        !an_tok_is(c, i + 1, "of") && !(c->tok[i].flags & ANNALS_TOKEN_ALLCAPS))
        return e->month; /* "the March accession", "a May deadline" */
    if (e->month == 3 || e->month == 5) return 0; /* the verbs, and Theresa May */
    if (capitalized(c, i + 1) && is_word(c, i + 1) && !E(c, i + 1)) return 0; /* August Wilson */
    if (i > 0 && capitalized(c, i - 1) && is_word(c, i - 1) && !(c->tok[i - 1].flags & ANNALS_TOKEN_SENT_START))
        return 0;
    return e->month;
}

int an_tw_weekday(const an_tctx *c, size_t i) {
    const an_tword *e = E(c, i);
    if (!e || !e->weekday || !capitalized(c, i)) return 0;
    /* "The Sunday Times", "the Monday Club": a name (not "on Sunday President Obama said") */
    if (i > 0 && an_tok_is(c, i - 1, "the") && capitalized(c, i + 1) && is_word(c, i + 1) && !E(c, i + 1))
        return 0;
    return e->weekday;
}

/* ' or ’ alone, as before "90s" */
int an_tw_apostrophe(const an_tctx *c, size_t i) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    return (t->len == 1 && t->p[0] == '\'') || (t->len == 3 && memcmp(t->p, "\xE2\x80\x99", 3) == 0);
}

/* 1990s, '90s, 1800s: sets *y to the first year and *g to G_DECADE or G_CENTURY. */
int an_tw_decade(const an_tctx *c, size_t i, int *y, int *g) {
    if (i >= c->n || c->tok[i].kind != ANNALS_TOKEN_WORD) return 0;
    const an_ttok *k = &c->tok[i];
    if (k->len < 3 || k->len > 6 || lower((unsigned char)k->p[k->len - 1]) != 's') return 0;
    size_t n = k->len - 1;
    if (k->p[n - 1] == '\'') n--; /* 1990's */
    int nd, v = an_tw_digits(k->p, n, &nd);
    if (v < 0) return 0;
    if (nd == 4 && v % 10 == 0 && v >= 1000 && v <= 2090) {
        *g = v % 100 == 0 && v != 2000 ? G_CENTURY : G_DECADE;
        *y = v;
        return 1;
    }
    if (nd == 2 && v % 10 == 0) {
        if (!(i > 0 && an_tw_apostrophe(c, i - 1)) && !(i > 0 && an_tok_is(c, i - 1, "the")) &&
            !(i > 0 && E(c, i - 1) && E(c, i - 1)->mod))
            return 0;
        *y = (v <= 20 ? 2000 : 1900) + v;
        *g = G_DECADE;
        return 1;
    }
    return 0;
}

int an_tw_split(const an_ttok *k, const char **part, size_t *plen) {
    int n = 0;
    size_t s = 0;
    for (size_t q = 0; q <= k->len && n < 4; q++) {
        if (q == k->len || k->p[q] == '-') {
            part[n] = k->p + s, plen[n] = q - s;
            n++;
            s = q + 1;
        }
    }
    return n;
}

const an_tword *an_tw_part(const an_tctx *c, const char *p, size_t n) {
    char low[32];
    if (n == 0 || n >= sizeof low) return NULL;
    for (size_t k = 0; k < n; k++) low[k] = (char)lower((unsigned char)p[k]);
    return an_tlex_get(c->r, low, n);
}

int an_tw_date_word(const an_tctx *c, size_t i) { return an_tw_in_list(c, i, month_before); }
