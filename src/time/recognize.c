/* recognize.c - finds temporal expressions over the classified tokens of a sentence.
 *
 * an_time_match tries, at one token, an optional modifier ("about", "early", "the end
 * of") and then each kind of core expression; the longest wins. Every rule reads a
 * bounded number of tokens ahead, so a sentence is read in one pass. What a rule finds
 * is its calendar meaning (a tx); values are made in normalize.c. */
#include <string.h>

#include "time/tx.h"

void an_tx_init(tx *t, size_t a) {
    memset(t, 0, sizeof *t);
    t->a = t->b = a;
    t->type = AN_TIMEX_DATE;
    t->year = t->month = t->day = t->weekday = -1;
    t->hour = t->minute = -1;
}

/* ---- token tests ------------------------------------------------------------------- */

static const an_tword *E(const an_tctx *c, size_t i) { return i < c->n ? c->tok[i].e : NULL; }

static int lower(int ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }

int an_tok_is_n(const an_tctx *c, size_t i, const char *w, size_t n) {
    if (i >= c->n || c->tok[i].len != n) return 0;
    for (size_t k = 0; k < n; k++)
        if (lower((unsigned char)c->tok[i].p[k]) != w[k]) return 0;
    return 1;
}

static int is_char(const an_tctx *c, size_t i, char ch) {
    return i < c->n && c->tok[i].len == 1 && c->tok[i].p[0] == ch;
}

static int capitalized(const an_tctx *c, size_t i) {
    return i < c->n && (c->tok[i].flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS));
}

static int is_word(const an_tctx *c, size_t i) {
    return i < c->n && c->tok[i].kind == ANNALS_TOKEN_WORD;
}

static int in_list(const an_tctx *c, size_t i, const char *const *words) {
    if (i >= c->n) return 0;
    for (int k = 0; words[k]; k++)
        if (an_tok_is_n(c, i, words[k], strlen(words[k]))) return 1;
    return 0;
}

static const an_tword *phrase_lookup(const an_tctx *c, size_t i, size_t *len);

/* The longest lexicon phrase at i (a single word included), with its token count; looked
 * up once per token. */
static const an_tword *phrase_at(const an_tctx *c, size_t i, size_t *len) {
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
    if (!e || e->starts_phrase < 2) return e;
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
                for (size_t q = 0; q < t->len; q++) key[n++] = (char)lower((unsigned char)t->p[q]);
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

static int rel_word(const an_tctx *c, size_t i) {
    const an_tword *e = E(c, i);
    return e && e->rel ? e->rel : 0;
}

/* ---- numbers ----------------------------------------------------------------------- */

static int digits_value(const char *p, size_t n, int *ndig) {
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
static int word_number(const an_tctx *c, size_t i) {
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

typedef struct {
    int n;      /* the count, -1 for a vague one */
    size_t end; /* the token after it */
    int approx; /* "a couple of" */
} tcount;

static int count_at(const an_tctx *c, size_t i, tcount *out) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    if (t->num > 0 && t->kind == ANNALS_TOKEN_NUMBER && t->ndig <= 5) {
        out->n = t->num, out->end = i + 1, out->approx = 0;
        return 1;
    }
    size_t len;
    const an_tword *e = phrase_at(c, i, &len);
    if (e && e->fuzzy) {
        out->n = -1, out->end = i + len, out->approx = 0;
        return 1;
    }
    if (e && e->number && len > 1) {
        out->n = e->number, out->end = i + len, out->approx = e->number == 2;
        return 1;
    }
    int v = word_number(c, i);
    if (v > 0) {
        out->n = v, out->end = i + 1, out->approx = 0;
        /* "one hundred", "two thousand" */
        const an_tword *m = E(c, i + 1);
        if (m && (m->number == 100 || m->number == 1000) && v < 100 && m->phrase_len == 1)
            out->n = v * m->number, out->end = i + 2;
        return 1;
    }
    return 0;
}

/* A day of the month: 1..31 in digits, 3rd, 27th, or an ordinal word. */
static int day_at(const an_tctx *c, size_t i) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    if (t->num >= 1 && t->num <= 31 && t->ndig <= 2) return t->num;
    if (t->kind == ANNALS_TOKEN_WORD && t->len >= 3 && t->len <= 4 && t->p[0] >= '0' &&
        t->p[0] <= '9') {
        int nd, v = digits_value(t->p, t->len - 2, &nd);
        const char *sfx = t->p + t->len - 2;
        char s0 = (char)lower((unsigned char)sfx[0]), s1 = (char)lower((unsigned char)sfx[1]);
        int ok = (s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') || (s0 == 'r' && s1 == 'd') ||
                 (s0 == 't' && s1 == 'h');
        if (ok && v >= 1 && v <= 31) return v;
    }
    /* "March 1-5": the first day of the range */
    if (t->kind == ANNALS_TOKEN_NUMBER && (t->flags & ANNALS_TOKEN_HYPHENATED) && t->len <= 5) {
        int nd, v = digits_value(t->p, (size_t)((const char *)memchr(t->p, '-', t->len) - t->p), &nd);
        if (v >= 1 && v <= 31 && nd <= 2) return v;
    }
    const an_tword *e = E(c, i);
    return e && e->ordinal > 0 ? e->ordinal : 0;
}

/* ---- years ------------------------------------------------------------------------- */

static const char *const year_before[] = {
    "in", "since", "by", "of", "from", "to", "until", "till", "through", "during", "before",
    "after", "between", "and", "or", "early", "late", "mid", "fiscal", "year", "the", "around",
    "circa", "for", "at", "on", "than", "a", "both", "due", "spring", "summer", "fall", "autumn", "winter", "-",
    "(", "last", "its", "their", "this", "as", "about", "that", "every", "each", NULL};

static const char *const not_year_before[] = {"$", "£", "€", "no.", "number", "route",
                                              "flight", "room", "page", "p.", "#", "highway",
                                              "model", "windows", "boeing", "airbus", NULL};

/* Nouns that make a number before them a count ("2007 people"). */
static const char *const counted_nouns[] = {"people", "men", "women", "children", "police",
                                            "staff", "personnel", "cattle", "feet", "metres",
                                            "meters", "kilometres", "miles", NULL};

/* A plain four-digit number that can be a year. */
static int year_digits(const an_tctx *c, size_t i) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    return t->kind == ANNALS_TOKEN_NUMBER && t->ndig == 4 && t->len == 4 && t->num >= 1000 &&
                   t->num <= 2099
               ? t->num
               : 0;
}

/* A year at i, read from its context: "in 2007", "2007's", "the 2016 election". */
static int year_at(const an_tctx *c, size_t i) {
    int y = year_digits(c, i);
    if (!y || (i > 0 && in_list(c, i - 1, not_year_before))) return 0;
    if (i + 1 < c->n && (is_char(c, i + 1, '%') || an_tok_is(c, i + 1, "percent"))) return 0;
    int before = i > 0 && (in_list(c, i - 1, year_before) || (E(c, i - 1) && E(c, i - 1)->month));
    if (before) return y;
    if (y < 1900) return 0;
    if (y <= 2040 && i + 1 < c->n && is_word(c, i + 1) && !capitalized(c, i + 1) &&
        !an_tok_is(c, i + 1, "'s")) {
        const an_ttok *n = &c->tok[i + 1]; /* "a 1996 law", not "2007 people" */
        return n->p[n->len - 1] != 's' && !E(c, i + 1) && !in_list(c, i + 1, counted_nouns) &&
                       !(i > 0 && (c->tok[i - 1].num >= 0 || (E(c, i - 1) && E(c, i - 1)->mod) ||
                                   c->tok[i - 1].kind != ANNALS_TOKEN_WORD))
                   ? y
                   : 0;
    }
    int after = i + 1 >= c->n || an_tok_is(c, i + 1, "'s") || c->tok[i + 1].kind == ANNALS_TOKEN_PUNCT;
    return after && !is_char(c, i + 1, '-') ? y : 0;
}

/* ---- months and weekdays ------------------------------------------------------------- */

static const char *const month_before[] = {
    "in", "since", "last", "next", "this", "early", "late", "mid", "until", "till", "by", "of",
    "through", "during", "from", "to", "before", "after", "between", "and", "or", "each",
    "every", "that", "until", "throughout", "end", "beginning", "middle", "since", "past",
    "coming", "for", "mid-", NULL};

/* The month named at i, when the token is one and its context says it is a month. */
static int month_at(const an_tctx *c, size_t i, int strong) {
    const an_tword *e = E(c, i);
    if (!e || !e->month || !capitalized(c, i)) return 0;
    const an_ttok *t = &c->tok[i];
    int abbr = t->kind == ANNALS_TOKEN_ABBREV, whole = t->len >= 5 || e->month == 5 || e->month == 6 || e->month == 7;
    if (!abbr && !whole && !strong) return 0; /* Jan, Dec: names unless a day follows */
    if (strong) return e->month;
    if (i > 0 && in_list(c, i - 1, month_before)) return e->month;
    if (e->month == 3 || e->month == 5) return 0; /* the verbs, and Theresa May */
    if (capitalized(c, i + 1) && is_word(c, i + 1) && !E(c, i + 1)) return 0; /* August Wilson */
    if (i > 0 && capitalized(c, i - 1) && is_word(c, i - 1) && !(c->tok[i - 1].flags & ANNALS_TOKEN_SENT_START))
        return 0;
    return e->month;
}

static int weekday_at(const an_tctx *c, size_t i) {
    const an_tword *e = E(c, i);
    return e && e->weekday && capitalized(c, i) ? e->weekday : 0;
}

/* ---- clock times --------------------------------------------------------------------- */

/* h:mm or h:mm:ss in [p, p+n); returns 1 and sets *h, *m. */
static int parse_clock(const char *p, size_t n, int *h, int *m) {
    const char *colon = memchr(p, ':', n);
    if (!colon) return 0;
    int nd1 = 0, nd2 = 0;
    int hh = digits_value(p, (size_t)(colon - p), &nd1);
    size_t rest = n - (size_t)(colon - p) - 1;
    if (rest > 2 && colon[3] == ':') rest = 2;
    int mm = digits_value(colon + 1, rest, &nd2);
    if (hh < 0 || hh > 24 || nd1 > 2 || nd2 != 2 || mm < 0 || mm > 59) return 0;
    *h = hh, *m = mm;
    return 1;
}

/* "am"/"pm" glued to a number: 5pm, 10:30am. */
static int glued_ampm(const an_ttok *t, int *h, int *m, int *ampm) {
    if (t->len < 3 || t->len > 7) return 0;
    char a = (char)lower((unsigned char)t->p[t->len - 2]), b = (char)lower((unsigned char)t->p[t->len - 1]);
    if (b != 'm' || (a != 'a' && a != 'p')) return 0;
    size_t n = t->len - 2;
    int nd;
    if (memchr(t->p, ':', n)) {
        if (!parse_clock(t->p, n, h, m)) return 0;
    } else {
        *h = digits_value(t->p, n, &nd), *m = 0;
        if (*h < 1 || *h > 12) return 0;
    }
    *ampm = a == 'p' ? 2 : 1;
    return 1;
}

static void apply_ampm(tx *t, int ampm) {
    if (ampm == 2 && t->hour < 12) t->hour += 12;
    if (ampm == 1 && t->hour == 12) t->hour = 0;
}

/* A day-level date right after a time ("noon Thursday", "5 p.m. yesterday"). */
static int match_date_only(const an_tctx *c, size_t i, tx *t);

static int clock_at(const an_tctx *c, size_t i, tx *t) {
    if (i >= c->n) return 0;
    const an_ttok *k = &c->tok[i];
    const an_tword *e = E(c, i);
    size_t j = i + 1;
    int h, m, ampm = 0;
    an_tx_init(t, i);
    if (k->kind == ANNALS_TOKEN_NUMBER && parse_clock(k->p, k->len, &h, &m)) {
        t->hour = h, t->minute = m;
        if (E(c, j) && E(c, j)->ampm) ampm = E(c, j++)->ampm;
    } else if (k->kind == ANNALS_TOKEN_NUMBER && k->num >= 1 && k->num <= 12 && k->ndig <= 2 &&
               E(c, j) && E(c, j)->ampm && c->tok[j].kind == ANNALS_TOKEN_ABBREV) {
        t->hour = k->num, t->minute = 0, ampm = E(c, j++)->ampm;
    } else if (k->kind == ANNALS_TOKEN_WORD && glued_ampm(k, &h, &m, &ampm)) {
        t->hour = h, t->minute = m;
    } else if (e && (e->pod == 6 || e->pod == 7)) {
        t->hour = e->pod == 6 ? 12 : 24, t->minute = 0;
    } else if (k->num >= 1 && k->num <= 12 && an_tok_is(c, j, "o'clock")) {
        t->hour = k->num, t->minute = 0, j++;
    } else {
        return 0;
    }
    apply_ampm(t, ampm);
    while (E(c, j) && E(c, j)->zone && capitalized(c, j)) j++;
    if (an_tok_is(c, j, "local") && an_tok_is(c, j + 1, "time")) j += 2;
    t->type = AN_TIMEX_TIME;
    t->gran = G_TIME;
    t->b = j;
    /* a day named just after: "noon Thursday", "10 a.m. on Friday" */
    size_t d = an_tok_is(c, j, "on") ? j + 1 : j;
    if (is_char(c, d, ',')) d++;
    tx day;
    if (match_date_only(c, d, &day) && day.gran == G_DAY && day.kind != X_DUR) {
        int hh = t->hour, mm = t->minute;
        *t = day;
        t->a = i;
        t->hour = hh, t->minute = mm, t->type = AN_TIMEX_TIME, t->gran = G_TIME;
    }
    return 1;
}

/* ---- dates ------------------------------------------------------------------------- */

/* 2017-03-03, 2017/03/03, 03/03/2017, 3/3/17 (US order). */
static int numeric_date_at(const an_tctx *c, size_t i, tx *t) {
    if (i >= c->n || c->tok[i].kind != ANNALS_TOKEN_NUMBER) return 0;
    const char *p = c->tok[i].p;
    size_t n = c->tok[i].len;
    if (n < 6 || n > 10) return 0;
    int part[3], nd[3], np = 0;
    size_t s = 0;
    char sep = 0;
    for (size_t k = 0; k <= n && np < 3; k++) {
        if (k == n || p[k] == '-' || p[k] == '/' || p[k] == '.') {
            if (k < n) {
                if (sep && p[k] != sep) return 0;
                sep = p[k];
            }
            part[np] = digits_value(p + s, k - s, &nd[np]);
            if (part[np] < 0) return 0;
            np++;
            s = k + 1;
        }
    }
    if (np != 3 || s != n + 1) return 0;
    int y, m, d;
    if (nd[0] == 4 && sep != '.') y = part[0], m = part[1], d = part[2];
    else if (sep == '/' && nd[2] == 4) m = part[0], d = part[1], y = part[2];
    else if (sep == '/' && nd[2] == 2) m = part[0], d = part[1], y = part[2] + (part[2] < 50 ? 2000 : 1900);
    else return 0;
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2199) return 0;
    an_tx_init(t, i);
    t->year = y, t->month = m, t->day = d, t->gran = G_DAY;
    t->b = i + 1;
    return 1;
}

/* An optional ", 2017" or "2017" after a month and day. */
static size_t year_after(const an_tctx *c, size_t j, int *y) {
    if (year_digits(c, j)) return *y = year_digits(c, j), j + 1;
    if (is_char(c, j, ',') && year_digits(c, j + 1)) return *y = year_digits(c, j + 1), j + 2;
    return j;
}

/* [Weekday,] Month day[, year] | [Weekday,] [the] day [of] Month [year] | Month [of] year |
 * Month. */
static int month_date_at(const an_tctx *c, size_t i, tx *t) {
    size_t j = i;
    an_tx_init(t, i);
    int rel = rel_word(c, j);
    if ((rel == R_LAST || rel == R_NEXT || rel == R_THIS) && E(c, j + 1) && E(c, j + 1)->month &&
        month_at(c, j + 1, 1) && !day_at(c, j + 2))
        t->weekday_rel = rel, j++;
    int wd = weekday_at(c, j);
    if (wd) {
        j++;
        if (is_char(c, j, ',')) j++;
    }
    int m, d, y = -1;
    if ((m = month_at(c, j, day_at(c, j + 1) > 0 || year_digits(c, j + 1)))) {
        j++;
        if ((d = day_at(c, j)) && !(year_digits(c, j))) {
            j = year_after(c, j + 1, &y);
            t->day = d, t->gran = G_DAY;
        } else if (year_digits(c, j) || (an_tok_is(c, j, "of") && year_digits(c, j + 1)) ||
                   (is_char(c, j, ',') && year_digits(c, j + 1))) {
            j += year_digits(c, j) ? 0 : 1;
            y = year_digits(c, j++);
            t->gran = G_MONTH;
        } else {
            t->gran = G_MONTH;
            int r = rel_word(c, j);
            if ((r == R_LAST || r == R_THIS || r == R_NEXT) && an_tok_is(c, j + 1, "year") && !t->weekday_rel) {
                t->has_yrel = 1, t->yrel = r == R_LAST ? -1 : r == R_NEXT ? 1 : 0;
                j += 2;
            } else if (an_tok_is(c, j, "of") && (r = rel_word(c, j + 1)) && an_tok_is(c, j + 2, "year") &&
                       (r == R_LAST || r == R_THIS || r == R_NEXT) && !t->weekday_rel) {
                t->has_yrel = 1, t->yrel = r == R_LAST ? -1 : r == R_NEXT ? 1 : 0;
                j += 3;
            }
        }
    } else {
        size_t k = an_tok_is(c, j, "the") ? j + 1 : j;
        if (!(d = day_at(c, k))) return 0;
        k++;
        if (an_tok_is(c, k, "of")) k++;
        if (!(m = month_at(c, k, 1))) return 0;
        if (c->tok[k - 1].num == d && c->tok[k - 1].kind == ANNALS_TOKEN_NUMBER && k - 1 == j &&
            !wd && is_char(c, j - 1, '$'))
            return 0;
        j = year_after(c, k + 1, &y);
        t->day = d, t->gran = G_DAY;
    }
    if (wd && t->gran != G_DAY) return 0;
    t->month = m, t->year = y, t->weekday = wd ? wd : -1;
    t->b = j;
    return 1;
}

/* [last|next|this|...] Weekday [part of day] */
static int weekday_expr_at(const an_tctx *c, size_t i, tx *t) {
    size_t j = i;
    an_tx_init(t, i);
    const an_tword *e = E(c, j);
    if (an_tok_is(c, j, "the") && E(c, j + 1) && E(c, j + 1)->rel) e = E(c, ++j);
    int rel = e && e->rel && weekday_at(c, j + 1) ? e->rel : 0;
    if (rel) j++;
    int wd = weekday_at(c, j);
    if (!wd) return 0;
    if (rel == R_SAME && !an_tok_is(c, i, "that")) return 0;
    t->weekday = wd, t->gran = G_DAY, t->weekday_rel = rel;
    if (rel == R_PREVIOUS || rel == R_FOLLOWING) t->anaphoric = 1;
    j++;
    const an_tword *p = E(c, j);
    if (an_tok_is(c, j, "'s")) p = NULL;
    if (p && p->pod && p->pod <= 5) {
        t->pod = p->pod, t->type = AN_TIMEX_TIME, t->gran = G_POD;
        j++;
    }
    t->b = j;
    return 1;
}

/* today, yesterday, tomorrow, tonight, now, the past ...; "yesterday morning" */
static int deictic_at(const an_tctx *c, size_t i, tx *t) {
    size_t len, j = i;
    an_tx_init(t, i);
    int before = 0;
    if (an_tok_is(c, j, "the") && an_tok_is(c, j + 1, "day") &&
        (an_tok_is(c, j + 2, "before") || an_tok_is(c, j + 2, "after")))
        before = an_tok_is(c, j + 2, "before") ? -1 : 1, j += 3;
    const an_tword *e = phrase_at(c, j, &len);
    if (!e || !e->deictic) return 0;
    int d = e->deictic;
    if (before && d != D_YESTERDAY && d != D_TOMORROW) return 0;
    j += len;
    if (d == D_PRESENT || d == D_PAST || d == D_FUTURE) {
        /* "current", "recent" before a noun of time are read as units */
        if (E(c, j) && (E(c, j)->unit || E(c, j)->ordinal) && len == 1 && !an_tok_is(c, i, "now"))
            return 0;
        t->kind = X_REF, t->ref = d;
        t->b = j;
        return 1;
    }
    t->kind = X_SHIFT, t->unit = U_DAY, t->gran = G_DAY;
    t->n = d == D_YESTERDAY ? -1 : d == D_TOMORROW ? 1 : 0;
    t->n += before;
    if (d == D_TONIGHT) t->pod = 4, t->type = AN_TIMEX_TIME, t->gran = G_POD;
    const an_tword *p = E(c, j);
    if (d != D_TONIGHT && p && p->pod && p->pod <= 5) {
        t->pod = p->pod, t->type = AN_TIMEX_TIME, t->gran = G_POD;
        j++;
    }
    t->b = j;
    return 1;
}

/* this morning, last night, tomorrow evening are handled here and in deictic_at */
static int pod_expr_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i;
    int shift = 0;
    if (an_tok_is(c, j, "this")) j++;
    else if (an_tok_is(c, j, "last") && an_tok_is(c, j + 1, "night")) shift = -1, j++;
    else if (an_tok_is(c, j, "overnight")) {
        t->kind = X_SHIFT, t->unit = U_DAY, t->pod = 4, t->type = AN_TIMEX_TIME, t->gran = G_POD;
        t->b = j + 1;
        return 1;
    } else return 0;
    const an_tword *p = E(c, j);
    if (!p || !p->pod || p->pod > 5) return 0;
    t->kind = X_SHIFT, t->unit = U_DAY, t->n = shift, t->pod = p->pod;
    t->type = AN_TIMEX_TIME, t->gran = G_POD;
    t->b = j + 1;
    return 1;
}

/* ---- years, decades, centuries ------------------------------------------------------- */

/* 1990s, '90s, 1800s: sets *y to the first year and *g to G_DECADE or G_CENTURY. */
static int decade_token(const an_tctx *c, size_t i, int *y, int *g) {
    if (i >= c->n || c->tok[i].kind != ANNALS_TOKEN_WORD) return 0;
    const an_ttok *k = &c->tok[i];
    if (k->len < 3 || k->len > 6 || lower((unsigned char)k->p[k->len - 1]) != 's') return 0;
    size_t n = k->len - 1;
    if (k->p[n - 1] == '\'') n--; /* 1990's */
    int nd, v = digits_value(k->p, n, &nd);
    if (v < 0) return 0;
    if (nd == 4 && v % 10 == 0 && v >= 1000 && v <= 2090) {
        *g = v % 100 == 0 && v != 2000 ? G_CENTURY : G_DECADE;
        *y = v;
        return 1;
    }
    if (nd == 2 && v % 10 == 0) {
        int apos = i > 0 && c->tok[i - 1].p[0] == '\'' + 0 && c->tok[i - 1].len == 1;
        int apos2 = i > 0 && c->tok[i - 1].len == 3 && memcmp(c->tok[i - 1].p, "\xE2\x80\x99", 3) == 0;
        if (!apos && !apos2 && !(i > 0 && an_tok_is(c, i - 1, "the")) &&
            !(i > 0 && E(c, i - 1) && E(c, i - 1)->mod))
            return 0;
        *y = (v <= 20 ? 2000 : 1900) + v;
        *g = G_DECADE;
        return 1;
    }
    return 0;
}

static int year_expr_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i;
    int the = an_tok_is(c, j, "the");
    if (the) j++;
    int y, g;
    /* the 1990s, the '90s, the nineties */
    if (is_char(c, j, '\'') || (c->tok[j < c->n ? j : 0].len == 3 && j < c->n &&
                                memcmp(c->tok[j].p, "\xE2\x80\x99", 3) == 0))
        j++;
    if (j < c->n && decade_token(c, j, &y, &g)) {
        t->year = y, t->gran = g;
        t->b = j + 1;
        return 1;
    }
    j = the ? i + 1 : i;
    if (the && E(c, j) && E(c, j)->decade) {
        t->year = 1900 + 10 * E(c, j)->decade, t->gran = G_DECADE;
        t->b = j + 1;
        return 1;
    }
    /* the 21st century, the twentieth century */
    int ord = day_at(c, j);
    if (ord && ord <= 21 && an_tok_is(c, j + 1, "century")) {
        t->year = (ord - 1) * 100, t->gran = G_CENTURY;
        t->b = j + 2;
        return 1;
    }
    /* fiscal 1998, fiscal year 1998, the year 2000 */
    if (an_tok_is(c, j, "fiscal") || an_tok_is(c, j, "year")) {
        size_t k = j + 1;
        if (an_tok_is(c, j, "fiscal") && an_tok_is(c, k, "year")) k++;
        if (year_digits(c, k)) {
            t->year = year_digits(c, k), t->gran = G_YEAR;
            t->b = k + 1;
            return 1;
        }
        if (an_tok_is(c, j, "year") && an_tok_is(c, k, "two") && an_tok_is(c, k + 1, "thousand")) {
            t->year = 2000, t->gran = G_YEAR;
            t->b = k + 2;
            return 1;
        }
    }
    if (the) return 0;
    /* nineteen ninety-six */
    const an_tword *e = E(c, j);
    if (e && (e->number == 19 || e->number == 20) && capitalized(c, j) == 0) {
        int rest = word_number(c, j + 1);
        if (rest >= 10 && rest < 100) {
            t->year = e->number * 100 + rest, t->gran = G_YEAR;
            t->b = j + 2;
            return 1;
        }
    }
    if ((y = year_at(c, j))) {
        t->year = y, t->gran = G_YEAR;
        t->b = j + 1;
        return 1;
    }
    return 0;
}

/* ---- seasons and holidays ---------------------------------------------------------- */


static int season_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i;
    int the = an_tok_is(c, j, "the");
    if (the) j++;
    int rel = rel_word(c, j);
    if (rel == R_PAST && an_tok_is(c, j - 1, "this")) rel = R_LAST;
    if (rel) j++;
    const an_tword *e = E(c, j);
    if (!e || !e->season || c->tok[j].kind != ANNALS_TOKEN_WORD) return 0;
    int s = e->season, y = -1;
    size_t k = j + 1;
    if (an_tok_is(c, k, "of") && year_digits(c, k + 1)) y = year_digits(c, k + 1), k += 2;
    else if (year_digits(c, k)) y = year_digits(c, k), k++;
    int ctx = the || rel || y > 0 || (i > 0 && in_list(c, i - 1, month_before));
    if (!ctx && (s == 1 || s == 3)) return 0; /* spring, fall: verbs too */
    if (!ctx && capitalized(c, j) && !(c->tok[j].flags & ANNALS_TOKEN_SENT_START)) return 0;
    t->season = s, t->year = y, t->gran = G_SEASON, t->weekday_rel = rel;
    t->b = k;
    return 1;
}

static int holiday_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i, len;
    int rel = rel_word(c, j);
    if (rel == R_LAST || rel == R_NEXT || rel == R_THIS) j++;
    else rel = 0;
    const an_tword *e = phrase_at(c, j, &len);
    if (!e || !e->holiday_month || !capitalized(c, j)) return 0;
    t->month = e->holiday_month;
    if (e->holiday_day > 0) t->day = e->holiday_day;
    else t->nth_weekday = -e->holiday_day, t->weekday = e->holiday_weekday;
    t->gran = G_DAY, t->weekday_rel = rel;
    j += len;
    int y = -1;
    j = year_after(c, j, &y);
    t->year = y;
    t->b = j;
    return 1;
}

/* ---- units: durations, relative dates, quarters ------------------------------------- */

/* Hyphenated compounds: "two-year", "30-day", "third-quarter", "year-earlier",
 * "mid-1990s", "late-November". Returns 1 and fills t. */
static int split3(const an_ttok *k, const char **part, size_t *plen) {
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

static const an_tword *part_entry(const an_tctx *c, const char *p, size_t n) {
    char low[32];
    if (n == 0 || n >= sizeof low) return NULL;
    for (size_t k = 0; k < n; k++) low[k] = (char)lower((unsigned char)p[k]);
    return an_tlex_get(c->r, low, n);
}

static int compound_at(const an_tctx *c, size_t i, tx *t) {
    if (i >= c->n || !(c->tok[i].flags & ANNALS_TOKEN_HYPHENATED) || c->tok[i].kind != ANNALS_TOKEN_WORD)
        return 0;
    const char *part[4];
    size_t plen[4];
    int np = split3(&c->tok[i], part, plen);
    if (np < 2 || np > 3) return 0;
    const an_tword *a = part_entry(c, part[0], plen[0]);
    const an_tword *b = part_entry(c, part[1], plen[1]);
    an_tx_init(t, i);
    t->b = i + 1;
    if (np == 3) {
        const an_tword *z = part_entry(c, part[2], plen[2]);
        if (plen[2] == 3 && memcmp(part[2], "old", 3) == 0) return 0; /* an age */
        if (b && b->unit && z && z->number == 0 && plen[2] == 4 && memcmp(part[2], "long", 4) == 0) {
        }
        (void)z;
        return 0;
    }
    int nd, v = digits_value(part[0], plen[0], &nd);
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
    int y = digits_value(part[1], plen[1], &nd);
    if (y >= 1000 && y <= 2099 && nd == 4) {
        t->year = y, t->gran = G_YEAR;
        return 1;
    }
    if (plen[1] >= 3 && part[1][plen[1] - 1] == 's') {
        y = digits_value(part[1], plen[1] - 1, &nd);
        if (nd == 4 && y % 10 == 0 && y >= 1000) {
            t->year = y, t->gran = y % 100 == 0 && y != 2000 ? G_CENTURY : G_DECADE;
            return 1;
        }
    }
    if (b && b->month && (part[1][0] >= 'A' && part[1][0] <= 'Z')) {
        t->month = b->month, t->gran = G_MONTH;
        return 1;
    }
    if (b && b->pod && b->pod <= 5) {
        t->kind = X_SHIFT, t->unit = U_DAY, t->pod = b->pod, t->type = AN_TIMEX_TIME, t->gran = G_POD;
        return 1;
    }
    return 0;
}

/* "the mid-1990s", "the late 1800s" */
static int the_compound_at(const an_tctx *c, size_t i, tx *t) {
    if (!an_tok_is(c, i, "the") || !compound_at(c, i + 1, t) || !t->mod || t->kind != X_DATE) return 0;
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

/* "the third quarter [of 1990]", "the 1988 second quarter", "fiscal first-quarter",
 * "the first half of 2016", "Q1 2017" */
static int quarter_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i;
    int y = -1, rel = 0;
    if (an_tok_is(c, j, "the") || an_tok_is(c, j, "its") || an_tok_is(c, j, "a")) j++;
    if (year_digits(c, j) && !an_tok_is(c, i, "a")) y = year_digits(c, j++);
    int yr = rel_word(c, j);
    if (y < 0 && (yr == R_LAST || yr == R_THIS || yr == R_NEXT) && an_tok_is(c, j + 1, "year") &&
        an_tok_is(c, j + 2, "'s")) {
        t->has_yrel = 1, t->yrel = yr == R_LAST ? -1 : yr == R_NEXT ? 1 : 0;
        j += 3;
        if (an_tok_is(c, j, "quarter") || an_tok_is(c, j, "period")) { /* "last year's quarter" */
            t->kind = X_QREL, t->year_shift = -t->yrel, t->gran = G_QUARTER, t->b = j + 1;
            return 1;
        }
    }
    if (y > 0 && an_tok_is(c, i, "the") && (an_tok_is(c, j, "quarter") || an_tok_is(c, j, "period"))) {
        t->kind = X_QREL, t->year = y, t->gran = G_QUARTER, t->b = j + 1; /* "the 1988 period" */
        return 1;
    }
    if (rel_word(c, j) && !year_digits(c, j - 1)) rel = rel_word(c, j++);
    if (an_tok_is(c, j, "fiscal") || an_tok_is(c, j, "calendar")) j++;
    int q = 0, h = 0;
    tx comp;
    if (j < c->n && c->tok[j].kind == ANNALS_TOKEN_WORD && c->tok[j].len == 2 &&
        lower((unsigned char)c->tok[j].p[0]) == 'q' && c->tok[j].p[1] >= '1' && c->tok[j].p[1] <= '4') {
        q = c->tok[j].p[1] - '0', j++;
    } else if (compound_at(c, j, &comp) && (comp.quarter || comp.half) && comp.kind == X_DATE) {
        q = comp.quarter, h = comp.half, j++;
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
        if (j == i && !capitalized(c, j) && !(i > 0 && (an_tok_is(c, i - 1, "in") || an_tok_is(c, i - 1, "for"))))
            return 0;
        j += 2;
    }
    if (!q && !h) return 0;
    if (y < 0) {
        if (an_tok_is(c, j, "of") && year_digits(c, j + 1)) y = year_digits(c, j + 1), j += 2;
        else if (year_digits(c, j)) y = year_digits(c, j++);
        else if (an_tok_is(c, j, "of") && an_tok_is(c, j + 1, "this") && an_tok_is(c, j + 2, "year")) j += 3;
    }
    if (an_tok_is(c, j, "'s")) {
    }
    t->quarter = q, t->half = h, t->year = y, t->gran = q ? G_QUARTER : G_HALF;
    t->weekday_rel = rel;
    t->b = j;
    return 1;
}

static int after_word(const an_tctx *c, size_t j, size_t *len) {
    const an_tword *e = phrase_at(c, j, len);
    if (!e || !e->after) return 0;
    int a = e->after;
    return a == A_AGO || a == A_EARLIER || a == A_LATER || a == A_HENCE ? a : 0;
}

static int needs_count_word(const an_tctx *c, size_t i) {
    return an_tok_is(c, i, "for") || an_tok_is(c, i, "than") || an_tok_is(c, i, "about") ||
           an_tok_is(c, i, "within") || an_tok_is(c, i, "in");
}

static int unit_at(const an_tctx *c, size_t i, tx *t, int after_mod) {
    an_tx_init(t, i);
    size_t j = i;
    int the = 0, that = 0, rel = 0, first = 0;
    if (an_tok_is(c, j, "the") || an_tok_is(c, j, "its")) the = 1, j++;
    else if (an_tok_is(c, j, "that") || an_tok_is(c, j, "those")) that = 1, j++;
    if (!that && rel_word(c, j)) {
        rel = rel_word(c, j);
        if (rel == R_SAME && !the) return 0;
        j++;
    } else if (E(c, j) && E(c, j)->ordinal && !E(c, j)->unit) {
        first = E(c, j)->ordinal;
        j++;
    }
    tcount cn = {0, j, 0};
    int has_count = count_at(c, j, &cn);
    if (has_count && E(c, j) && E(c, j)->number == 1 && E(c, j)->phrase_len == 1 && (the || rel))
        has_count = 0; /* "the a" is not English; "this one" is not a count */
    if (has_count) j = cn.end;
    if (an_tok_is(c, j, "more") || an_tok_is(c, j, "additional"))
        j += has_count ? 1 : 0;
    int whole = 0;
    if ((an_tok_is(c, j, "full") || an_tok_is(c, j, "fiscal") || an_tok_is(c, j, "calendar")) && the && !has_count &&
        E(c, j + 1) && E(c, j + 1)->unit == U_YEAR && !E(c, j + 1)->plural)
        whole = 1, j++;
    const an_tword *u = E(c, j);
    if (!u || !u->unit || c->tok[j].kind != ANNALS_TOKEN_WORD) return 0;
    int unit = u->unit;
    /* "a second time", "a quarter of the shares", "a half" */
    if (has_count && cn.n == 1 && E(c, cn.end - 1) && E(c, cn.end - 1)->phrase_len == 1 &&
        (an_tok_is(c, cn.end - 1, "a") || an_tok_is(c, cn.end - 1, "an")) &&
        (unit == U_SECOND || unit == U_QUARTER || unit == U_HALF) && !(i > 0 && needs_count_word(c, i - 1)))
        return 0;
    j++;
    size_t alen;
    int after = after_word(c, j, &alen);
    t->unit = unit;
    if (has_count) {
        if (after) {
            t->b = j + alen;
            if (unit == U_DECADE || unit == U_CENTURY) cn.n *= unit == U_DECADE ? 10 : 100, unit = U_YEAR;
            t->unit = unit;
            if (cn.n < 0) {
                t->kind = X_REF, t->ref = after == A_AGO || after == A_EARLIER ? D_PAST : D_FUTURE;
                return !(the || rel);
            }
            t->kind = X_SHIFT;
            t->n = after == A_AGO || after == A_EARLIER ? -cn.n : cn.n;
            t->anaphoric = after == A_EARLIER || after == A_LATER;
            t->gran = gran_of_unit(unit);
            t->year_shift = cn.n == 1 && unit == U_YEAR && t->n < 0;
            if (t->gran == G_TIME) t->type = AN_TIMEX_TIME;
            return !(the || rel);
        }
        if (u->plural != (cn.n != 1) && cn.n > 0 && !(unit == U_HOUR && cn.n == 1)) {
            if (!(cn.n != 1 && !u->plural && c->tok[j - 1].len <= 3)) return 0;
        }
        t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = cn.n;
        if (cn.approx) t->mod = M_APPROX;
        /* "an hour and a half" */
        if (an_tok_is(c, j, "and") && an_tok_is(c, j + 1, "a") && an_tok_is(c, j + 2, "half") && cn.n > 0) {
            t->minutes = unit == U_HOUR ? 30 : 0;
            t->hours = unit == U_DAY ? 12 : 0;
            if (unit == U_MINUTE) t->minutes = -30;
            j += 3;
        }
        t->b = j;
        return 1;
    }
    if (after == A_AGO && u->plural) {
        t->kind = X_REF, t->ref = D_PAST;
        t->b = j + alen;
        return 1;
    }
    if (u->plural) {
        /* recent years, the past few weeks, in coming months, for years */
        int ok = rel == R_PAST || rel == R_COMING || rel == R_LAST || rel == R_NEXT ||
                 (i > 0 && !the && (an_tok_is(c, i - 1, "for") || an_tok_is(c, i - 1, "within")));
        if (!ok || unit == U_QUARTER || unit == U_WEEKEND) return 0;
        t->kind = X_DUR, t->type = AN_TIMEX_DURATION, t->n = -1;
        if (rel == R_PAST && an_tok_is(c, j - 2, "recent")) t->kind = X_REF, t->ref = D_PAST, t->type = AN_TIMEX_DATE;
        t->b = j;
        return 1;
    }
    t->gran = gran_of_unit(unit);
    t->b = j;
    if (first) return 0;
    if (that) {
        t->kind = X_SHIFT, t->anaphoric = 1, t->n = 0;
        return unit >= U_DAY;
    }
    switch (rel) {
    case R_LAST: case R_PAST:
        if (u == E(c, i + 1) && an_tok_is(c, i, "latest")) {}
        t->kind = X_SHIFT, t->n = -1;
        if (rel == R_LAST && the && unit == U_QUARTER) t->kind = X_QREL;
        if (an_tok_is(c, j - 2, "latest") || an_tok_is(c, j - 2, "recent")) t->kind = unit == U_QUARTER ? X_QREL : X_SHIFT;
        return 1;
    case R_NEXT: case R_COMING: t->kind = X_SHIFT, t->n = 1, t->anaphoric = the; return 1;
    case R_THIS: t->kind = X_SHIFT, t->n = 0; return 1;
    case R_PREVIOUS: t->kind = X_SHIFT, t->n = -1, t->anaphoric = 1; return 1;
    case R_FOLLOWING: t->kind = X_SHIFT, t->n = 1, t->anaphoric = 1; return 1;
    case R_SAME: t->kind = X_SHIFT, t->n = 0, t->anaphoric = 1; return 1;
    default: break;
    }
    if (whole && !rel) {
        t->kind = X_SHIFT, t->n = 0;
        return 1;
    }
    if (the && unit == U_YEAR && j - i == 2) {
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
    if (the && unit == U_QUARTER) {
        t->kind = X_QREL;
        return 1;
    }
    if (the && (unit == U_WEEKEND || after_mod)) {
        t->kind = X_SHIFT, t->n = 0;
        return unit >= U_DAY;
    }
    return 0;
}

/* "the year-ago quarter", "the year-earlier period", "a year earlier" in a financial
 * context: handled as X_QREL by the normalizer through year_shift */
static int year_ago_period_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i;
    if (!an_tok_is(c, j, "the")) return 0;
    j++;
    if (an_tok_is(c, j, "comparable") || an_tok_is(c, j, "corresponding")) j++;
    tx comp;
    if (!compound_at(c, j, &comp) || !comp.year_shift) return 0;
    j++;
    if (an_tok_is(c, j, "third") || an_tok_is(c, j, "fourth") || an_tok_is(c, j, "second") ||
        an_tok_is(c, j, "first"))
        j++;
    if (!an_tok_is(c, j, "quarter") && !an_tok_is(c, j, "period")) return 0;
    t->kind = X_QREL, t->year_shift = 1, t->gran = G_QUARTER;
    t->b = j + 1;
    return 1;
}

/* ---- sets -------------------------------------------------------------------------- */

static int set_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    t->kind = X_SET, t->type = AN_TIMEX_SET;
    const an_tword *e = E(c, i);
    if (e && e->set && c->tok[i].kind == ANNALS_TOKEN_WORD) {
        t->unit = e->set, t->n = 1, t->b = i + 1;
        return 1;
    }
    /* Mondays, Tuesday nights */
    if (i < c->n && capitalized(c, i) && c->tok[i].len >= 7 && c->tok[i].p[c->tok[i].len - 1] == 's') {
        const an_tword *w = part_entry(c, c->tok[i].p, c->tok[i].len - 1);
        if (w && w->weekday) {
            t->weekday = w->weekday, t->b = i + 1;
            return 1;
        }
    }
    if (weekday_at(c, i) && E(c, i + 1) && E(c, i + 1)->pod && c->tok[i + 1].len > 5 &&
        c->tok[i + 1].p[c->tok[i + 1].len - 1] == 's') {
        t->weekday = weekday_at(c, i), t->pod = E(c, i + 1)->pod, t->b = i + 2;
        return 1;
    }
    int every = an_tok_is(c, i, "every") || an_tok_is(c, i, "each") || an_tok_is(c, i, "per");
    int a_per = (an_tok_is(c, i, "a") || an_tok_is(c, i, "an")) && i > 0 &&
                (an_tok_is(c, i - 1, "once") || an_tok_is(c, i - 1, "twice") || an_tok_is(c, i - 1, "times"));
    if (!every && !a_per) return 0;
    size_t j = i + 1;
    tcount cn = {1, j, 0};
    if (every && count_at(c, j, &cn) && cn.n > 1) j = cn.end;
    else cn.n = 1;
    const an_tword *u = E(c, j);
    if (!u) return 0;
    if (u->unit && u->unit != U_WEEKEND && (cn.n > 1 ? 1 : !u->plural)) {
        t->unit = u->unit, t->n = cn.n;
    } else if (every && weekday_at(c, j)) {
        t->weekday = u->weekday;
    } else if (every && month_at(c, j, 1)) {
        t->month = u->month;
    } else if (every && u->pod && u->pod <= 5) {
        t->pod = u->pod;
    } else {
        return 0;
    }
    t->b = j + 1;
    if (a_per) t->a = i;
    return 1;
}

/* ---- the driver ---------------------------------------------------------------------- */

typedef int (*rule_fn)(const an_tctx *c, size_t i, tx *t);

static int unit_plain(const an_tctx *c, size_t i, tx *t) { return unit_at(c, i, t, 0); }

static const rule_fn date_rules[] = {numeric_date_at, month_date_at, weekday_expr_at,
                                     deictic_at,      pod_expr_at,   year_expr_at,
                                     season_at,       holiday_at,    quarter_at};

static int match_date_only(const an_tctx *c, size_t i, tx *out) {
    int found = 0;
    for (size_t k = 0; k < sizeof date_rules / sizeof date_rules[0]; k++) {
        tx t;
        if (date_rules[k](c, i, &t) && t.b > i && (!found || t.b > out->b)) *out = t, found = 1;
    }
    return found;
}

static const rule_fn core_rules[] = {set_at, clock_at, numeric_date_at, month_date_at, weekday_expr_at,
                                     deictic_at, pod_expr_at, year_expr_at, season_at,
                                     holiday_at, quarter_at, compound_at, unit_plain,
                                     year_ago_period_at, the_compound_at};

/* Which rules can begin at token i (bit k for core_rules[k]): a number cannot begin a
 * holiday, a plain word cannot begin a numeric date. Saves most rule calls. */
enum { R_SET, R_CLOCK, R_NUMDATE, R_MONTH, R_WEEKDAY, R_DEICTIC, R_POD, R_YEAR, R_SEASON,
       R_HOLIDAY, R_QUARTER, R_COMPOUND, R_UNIT, R_YEARAGO, R_THECOMP };
#define BIT(r) (1u << (r))

static unsigned rules_for(const an_tctx *c, size_t i) {
    const an_ttok *t = &c->tok[i];
    if (t->kind == ANNALS_TOKEN_NUMBER)
        return BIT(R_CLOCK) | BIT(R_NUMDATE) | BIT(R_MONTH) | BIT(R_YEAR) | BIT(R_UNIT) | BIT(R_QUARTER);
    if (t->flags & ANNALS_TOKEN_HAS_DIGIT)
        return BIT(R_CLOCK) | BIT(R_MONTH) | BIT(R_YEAR) | BIT(R_QUARTER) | BIT(R_COMPOUND) | BIT(R_UNIT);
    if (!t->e) return BIT(R_SET) | BIT(R_COMPOUND) | BIT(R_YEAR) | BIT(R_UNIT);
    unsigned all = ~BIT(R_NUMDATE);
    if (t->e->lead) return all & ~(BIT(R_CLOCK) | BIT(R_HOLIDAY) | BIT(R_POD) | BIT(R_COMPOUND));
    return all;
}

static int core_at(const an_tctx *c, size_t i, tx *out, int after_mod) {
    int found = 0;
    if (i >= c->n) return 0;
    unsigned mask = rules_for(c, i);
    for (size_t k = 0; k < sizeof core_rules / sizeof core_rules[0]; k++) {
        tx t;
        if (!(mask & BIT(k))) continue;
        int ok = core_rules[k] == unit_plain ? unit_at(c, i, &t, after_mod) : core_rules[k](c, i, &t);
        if (ok && t.b > i && (!found || t.b > out->b)) *out = t, found = 1;
    }
    return found;
}

/* Modifiers that only go before a count ("over two years", not "over the weekend"). */
static int needs_count(const an_tctx *c, size_t i) {
    return an_tok_is(c, i, "over") || an_tok_is(c, i, "under") || an_tok_is(c, i, "some") ||
           an_tok_is(c, i, "within") || an_tok_is(c, i, "about") || an_tok_is(c, i, "around");
}

static int trailing_mod(const an_tctx *c, tx *t) {
    if (an_tok_is(c, t->b, "or") && an_tok_is(c, t->b + 1, "so")) {
        t->b += 2;
        if (!t->mod) t->mod = M_APPROX;
    } else if (an_tok_is(c, t->b, "or") && (an_tok_is(c, t->b + 1, "more") || an_tok_is(c, t->b + 1, "longer"))) {
        t->b += 2;
        t->mod = M_EQUAL_OR_MORE;
    }
    return 1;
}

int an_time_match(const an_tctx *c, size_t i, tx *out) {
    int found = core_at(c, i, out, 0);
    size_t len, j = i;
    if (an_tok_is(c, j, "the") && E(c, j + 1) && E(c, j + 1)->mod && E(c, j + 1)->phrase_len == 1 &&
        (an_tok_is(c, j + 1, "early") || an_tok_is(c, j + 1, "late") || an_tok_is(c, j + 1, "mid")))
        j++;
    const an_tword *m = phrase_at(c, j, &len);
    if (m && m->mod) {
        tx t;
        int quantity = m->mod >= M_APPROX;
        size_t k = j + len;
        tcount cn;
        int ok = core_at(c, k, &t, !quantity) && t.a == k;
        if (ok && needs_count(c, j) && !count_at(c, k, &cn) && !(t.kind == X_DATE && an_tok_is(c, j, "around")))
            ok = 0;
        if (ok && !quantity && (t.kind == X_DUR || t.kind == X_SET || t.kind == X_REF)) ok = 0;
        if (ok && (an_tok_is(c, j, "earlier") || an_tok_is(c, j, "later")) &&
            !(t.kind == X_SHIFT || (t.kind == X_DATE && t.weekday > 0)))
            ok = 0;
        if (ok && (!found || t.b > out->b)) {
            t.a = i;
            if (!an_tok_is(c, j, "earlier") && !an_tok_is(c, j, "later")) t.mod = m->mod;
            *out = t;
            found = 1;
        }
    }
    if (found) trailing_mod(c, out);
    return found;
}
