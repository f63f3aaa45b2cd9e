/* recognize.c - finds temporal expressions over the classified tokens of a sentence.
 *
 * an_time_match tries, at one token, an optional modifier ("about", "early", "the end
 * of") and then each kind of core expression; the longest wins. Every rule reads a
 * bounded number of tokens ahead, so a sentence is read in one pass. What a rule finds
 * is its calendar meaning (a tx); values are made in normalize.c. The rules for dates
 * and times are here, those built on units in units.c, token readers in words.c. */
#include <string.h>

#include "time/rules.h"

/* ---- clock times --------------------------------------------------------------------- */

/* h:mm or h:mm:ss in [p, p+n), or h.mm when dot (British, only before am/pm); returns 1
 * and sets *h, *m. */
static int parse_clock(const char *p, size_t n, int *h, int *m, int dot) {
    const char *colon = memchr(p, ':', n);
    if (!colon && dot) colon = memchr(p, '.', n);
    if (!colon) return 0;
    int nd1 = 0, nd2 = 0;
    int hh = an_tw_digits(p, (size_t)(colon - p), &nd1);
    size_t rest = n - (size_t)(colon - p) - 1;
    if (rest > 2 && colon[3] == ':') rest = 2;
    int mm = an_tw_digits(colon + 1, rest, &nd2);
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
    if (memchr(t->p, ':', n) || memchr(t->p, '.', n)) {
        if (!parse_clock(t->p, n, h, m, 1)) return 0;
    } else {
        *h = an_tw_digits(t->p, n, &nd), *m = 0;
        if (*h < 1 || *h > 12) return 0;
    }
    *ampm = a == 'p' ? 2 : 1;
    return 1;
}

/* "a.m.", "p.m.", "AM", "pm" at j: the dotted forms, or the bare letters in one case
 * ("Am" begins a sentence, it is no clock). */
static int ampm_at(const an_tctx *c, size_t j) {
    const an_tword *e = E(c, j);
    if (!e || !e->ampm) return 0;
    if (c->tok[j].kind == ANNALS_TOKEN_ABBREV) return e->ampm;
    return c->tok[j].kind == ANNALS_TOKEN_WORD && c->tok[j].len == 2 &&
                   ((c->tok[j].flags & ANNALS_TOKEN_ALLCAPS) || !(c->tok[j].flags & ANNALS_TOKEN_CAPITALIZED))
               ? e->ampm
               : 0;
}

static void apply_ampm(tx *t, int ampm) {
    if (ampm == 2 && t->hour < 12) t->hour += 12;
    if (ampm == 1 && t->hour == 12) t->hour = 0;
}

/* A day-level date right after a time ("noon Thursday", "5 p.m. yesterday"). */
static int match_date_only(const an_tctx *c, size_t i, tx *t);

/* "at 4 in the morning", "until 10 in the evening": an hour told by the part of the day. */
static int hour_in_pod(const an_tctx *c, size_t i) {
    static const word before[] = {W("at"), W("by"), W("until"), W("till"), W("around"), W("about"),
                                  W("since"), W("before"), W("after"), W("from"), {NULL, 0}};
    const an_ttok *k = &c->tok[i];
    return k->kind == ANNALS_TOKEN_NUMBER && k->num >= 1 && k->num <= 12 && k->ndig <= 2 && i > 0 &&
           an_tw_in_list(c, i - 1, before) && an_tok_is(c, i + 1, "in") && an_tok_is(c, i + 2, "the") &&
           E(c, i + 3) && E(c, i + 3)->pod && E(c, i + 3)->pod <= POD_NI;
}

static int clock_at(const an_tctx *c, size_t i, tx *t) {
    if (i >= c->n) return 0;
    const an_ttok *k = &c->tok[i];
    const an_tword *e = E(c, i);
    size_t j = i + 1;
    int h, m, ampm = 0;
    an_tx_init(t, i);
    if (k->kind == ANNALS_TOKEN_NUMBER && (k->seps & (SEP_COLON | SEP_DOT)) &&
        parse_clock(k->p, k->len, &h, &m, ampm_at(c, j))) {
        t->hour = h, t->minute = m;
        if (ampm_at(c, j)) ampm = E(c, j++)->ampm;
    } else if (k->kind == ANNALS_TOKEN_NUMBER && k->num >= 1 && k->num <= 12 && k->ndig <= 2 &&
               (an_tok_is(c, j, "and") || an_tok_is(c, j, "to")) && j + 1 < c->n && c->tok[j + 1].num >= 1 &&
               c->tok[j + 1].num <= 12 && c->tok[j + 1].num > k->num && ampm_at(c, j + 2)) {
        t->hour = k->num, t->minute = 0, ampm = E(c, j + 2)->ampm; /* "between 1 and 3 p.m." */
    } else if (k->kind == ANNALS_TOKEN_NUMBER && k->num >= 1 && k->num <= 12 && k->ndig <= 2 && ampm_at(c, j)) {
        t->hour = k->num, t->minute = 0, ampm = E(c, j++)->ampm;
    } else if (k->kind == ANNALS_TOKEN_WORD && glued_ampm(k, &h, &m, &ampm)) {
        t->hour = h, t->minute = m;
    } else if (e && (e->pod == POD_NOON || e->pod == POD_MIDNIGHT) && !(i > 0 && an_tok_is(c, i - 1, "high"))) {
        t->hour = e->pod == POD_NOON ? 12 : 24, t->minute = 0;
    } else if (k->num >= 1 && k->num <= 12 && an_tok_is(c, j, "o'clock")) {
        t->hour = k->num, t->minute = 0, j++;
    } else if (hour_in_pod(c, i)) {
        /* "4 in the morning", "10 in the evening": the part of the day tells a.m. from p.m. */
        int pod = E(c, j + 2)->pod, small = pod == POD_MO || (pod == POD_NI && k->num < 6);
        t->hour = k->num, t->minute = 0, j += 3;
        if (k->num == 12) ampm = pod == POD_MO || pod == POD_NI ? 1 : 0; /* midnight; noon */
        else ampm = small ? 1 : 2;
    } else if (k->kind == ANNALS_TOKEN_NUMBER && k->len == 4 && k->ndig == 4 && k->num % 100 < 60 &&
               k->num <= 2400 && E(c, j) && E(c, j)->zone && capitalized(c, j)) {
        t->hour = k->num / 100, t->minute = k->num % 100; /* "0800 GMT" */
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
    size_t end = 0;
    if (is_char(c, j, '(')) { /* "10:35 a.m. (0735 GMT) Friday": the day after the aside */
        for (size_t q = j + 1; q < c->n && q < j + 6 && !end; q++)
            if (is_char(c, q, ')')) end = j, d = an_tok_is(c, q + 1, "on") ? q + 2 : q + 1;
        if (!end) return 1;
    }
    if (match_date_only(c, d, &day) && day.gran == G_DAY && day.kind != X_DUR) {
        int hh = t->hour, mm = t->minute;
        *t = day;
        t->a = i;
        t->hour = hh, t->minute = mm, t->type = AN_TIMEX_TIME, t->gran = G_TIME;
        if (end) t->b = end; /* the day is an expression of its own */
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
            part[np] = an_tw_digits(p + s, k - s, &nd[np]);
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
    else if (sep == '.' && nd[2] == 4 && nd[0] == 2 && nd[1] == 2) d = part[0], m = part[1], y = part[2]; /* 21.03.2013 */
    else return 0;
    if (sep == '/' && m > 12 && d <= 12) { /* 21/03/2013: the day first, as outside the US */
        int k = m;
        m = d, d = k;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2199) return 0;
    an_tx_init(t, i);
    t->year = y, t->month = m, t->day = d, t->gran = G_DAY;
    t->b = i + 1;
    return 1;
}

/* An optional ", 2017" or "2017" after a month and day; the year may be written in words
 * ("nineteen ninety-seven"). */
static size_t year_after(const an_tctx *c, size_t j, int *y) {
    size_t k = is_char(c, j, ',') ? j + 1 : j;
    if (an_tw_year_digits(c, k)) return *y = an_tw_year_digits(c, k), k + 1;
    if (an_tw_year_words(c, k)) return *y = an_tw_year_words(c, k), k + 2;
    return j;
}

/* The year after a month or a season, "of" or a comma between or not: its token count
 * (0: none) and the year in *y. */
static size_t month_year_after(const an_tctx *c, size_t j, int *y) {
    size_t k = an_tok_is(c, j, "of") || is_char(c, j, ',') ? j + 1 : j;
    if (an_tw_year_digits(c, k)) return *y = an_tw_year_digits(c, k), k + 1 - j;
    if (an_tw_year_words(c, k)) return *y = an_tw_year_words(c, k), k + 2 - j;
    return 0;
}

/* [Weekday,] Month day[, year] | [Weekday,] [the] day [of] Month [year] | Month [of] year |
 * Month. */
static int month_date_at(const an_tctx *c, size_t i, tx *t) {
    size_t j = i;
    an_tx_init(t, i);
    int rel = an_tw_rel(c, j);
    if ((rel == R_LAST || rel == R_NEXT || rel == R_THIS) && E(c, j + 1) && E(c, j + 1)->month &&
        an_tw_month(c, j + 1, 1) && !an_tw_day(c, j + 2))
        t->weekday_rel = rel, j++;
    int wd = an_tw_weekday(c, j);
    if (wd) {
        j++;
        if (is_char(c, j, ',')) j++;
    }
    int m, d, y = -1;
    if ((m = an_tw_month(c, j, an_tw_day(c, j + 1) > 0 || an_tw_year_digits(c, j + 1)))) {
        j++;
        if ((d = an_tw_day(c, j)) && !(an_tw_year_digits(c, j))) {
            j = year_after(c, j + 1, &y);
            t->day = d, t->gran = G_DAY;
        } else if (month_year_after(c, j, &y)) {
            j += month_year_after(c, j, &y);
            t->gran = G_MONTH;
        } else {
            t->gran = G_MONTH;
            int r = an_tw_rel(c, j);
            if ((r == R_LAST || r == R_THIS || r == R_NEXT) && an_tok_is(c, j + 1, "year") && !t->weekday_rel) {
                t->has_yrel = 1, t->yrel = r == R_LAST ? -1 : r == R_NEXT ? 1 : 0;
                j += 2;
            } else if (an_tok_is(c, j, "of") && (r = an_tw_rel(c, j + 1)) && an_tok_is(c, j + 2, "year") &&
                       (r == R_LAST || r == R_THIS || r == R_NEXT) && !t->weekday_rel) {
                t->has_yrel = 1, t->yrel = r == R_LAST ? -1 : r == R_NEXT ? 1 : 0;
                j += 3;
            }
        }
    } else {
        size_t k = an_tok_is(c, j, "the") ? j + 1 : j;
        if (!(d = an_tw_day(c, k))) return 0;
        k++;
        if (an_tok_is(c, k, "of")) k++;
        if (!(m = an_tw_month(c, k, 1))) return 0;
        if (j > 0 && is_char(c, j - 1, '$')) return 0; /* "$5 March" is not English either */
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
    int rel = e && e->rel ? e->rel : 0;
    if (rel == R_THIS && (an_tw_rel(c, j + 1) == R_PAST || an_tw_rel(c, j + 1) == R_COMING))
        rel = an_tw_rel(c, ++j) == R_PAST ? R_LAST : R_NEXT; /* "this past Sunday" */
    if (rel && !an_tw_weekday(c, j + 1)) rel = 0;
    if (rel) j++;
    int wd = an_tw_weekday(c, j);
    if (!wd) return 0;
    if (rel == R_SAME && !an_tok_is(c, i, "that")) return 0;
    t->weekday = wd, t->gran = G_DAY, t->weekday_rel = rel;
    if (rel == R_PREVIOUS || rel == R_FOLLOWING) t->anaphoric = 1;
    j++;
    const an_tword *p = E(c, j);
    if (an_tok_is(c, j, "'s")) p = NULL;
    if (p && p->pod && p->pod <= POD_DT) {
        t->pod = p->pod, t->type = AN_TIMEX_TIME, t->gran = G_POD;
        j++;
    }
    t->b = j;
    return 1;
}

/* "the day before last Tuesday's hearing", "the day after Christmas": the day beside a
 * date of its own at j. Kept out of line: it is rarely reached, and deictic_at is tried
 * at most tokens that may begin an expression. */
static __attribute__((noinline)) int day_beside_date(const an_tctx *c, size_t i, size_t j, int before, tx *t) {
    tx day;
    if (!match_date_only(c, j, &day) || day.gran != G_DAY || day.kind != X_DATE || day.a != j) return 0;
    *t = day;
    t->a = i, t->day_shift += before;
    return 1;
}

/* "the day before the plunge" set off by a comma after a day ("Oct. 12," "Friday,"): it
 * names that day by what came after it, so only "the day" is a time, the day just named. */
static int apposed_day(const an_tctx *c, size_t i, size_t j) {
    if (i < 2 || !an_tok_is(c, i - 1, ",") || !an_tok_is(c, j, "the")) return 0;
    const an_ttok *d = &c->tok[i - 2];
    return (d->kind == ANNALS_TOKEN_NUMBER && d->len <= 2) || (E(c, i - 2) && E(c, i - 2)->weekday > 0);
}

/* today, yesterday, tomorrow, tonight, now, the past ...; "yesterday morning" */
static int deictic_at(const an_tctx *c, size_t i, tx *t) {
    size_t len, j = i;
    an_tx_init(t, i);
    int before = 0;
    if (an_tok_is(c, j, "the") && an_tok_is(c, j + 1, "day") &&
        (an_tok_is(c, j + 2, "before") || an_tok_is(c, j + 2, "after")))
        before = an_tok_is(c, j + 2, "before") ? -1 : 1, j += 3;
    if (!before && an_tok_is(c, j, "the") && E(c, j + 1) && !E(c, j + 1)->plural &&
        (E(c, j + 1)->unit == U_WEEK || E(c, j + 1)->unit == U_MONTH || E(c, j + 1)->unit == U_YEAR) &&
        (an_tok_is(c, j + 2, "before") || an_tok_is(c, j + 2, "after")) &&
        (j + 3 >= c->n || c->tok[j + 3].kind == ANNALS_TOKEN_PUNCT)) {
        /* "the year before.": the story's year before; "the year before the war" is left */
        int u = E(c, j + 1)->unit;
        t->kind = X_SHIFT, t->unit = u, t->anaphoric = 1, t->n = an_tok_is(c, j + 2, "before") ? -1 : 1;
        t->gran = u == U_WEEK ? G_WEEK : u == U_MONTH ? G_MONTH : G_YEAR;
        t->b = j + 3;
        return 1;
    }
    const an_tword *e = an_tw_phrase(c, j, &len);
    static const word determiners[] = {W("his"), W("her"), W("its"), W("their"), W("a"), W("an"),
                                       W("our"), W("my"), W("your"), {NULL, 0}};
    if (before && (!e || !e->deictic) && j < c->n && is_word(c, j) && !capitalized(c, j) && !E(c, j) &&
        !an_tw_in_list(c, j, determiners))
        return 0; /* "the day before authorities acted": a clause, not a day ("his death" is one) */
    if (before && (!e || !e->deictic) && day_beside_date(c, i, j, before, t)) return 1;
    if (before && apposed_day(c, i, j)) { /* "Oct. 12, the day before the plunge": Oct. 12 */
        t->kind = X_SHIFT, t->unit = U_DAY, t->gran = G_DAY, t->n = 0, t->anaphoric = 1;
        t->b = i + 2;
        return 1;
    }
    if (before && (!e || !e->deictic)) { /* "the day before": the story's day before */
        t->kind = X_SHIFT, t->unit = U_DAY, t->gran = G_DAY, t->n = before, t->anaphoric = 1;
        t->b = j;
        return 1;
    }
    if (!e || !e->deictic) return 0;
    int d = e->deictic;
    if (before && d != D_YESTERDAY && d != D_TOMORROW) return 0;
    j += len;
    if (d == D_FUTURE && an_tok_is(c, j, "of") && an_tok_is(c, i, "the") && len == 2)
        return 0; /* "the future of the party": its fate */
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
    if (d == D_TONIGHT) t->pod = POD_NI, t->type = AN_TIMEX_TIME, t->gran = G_POD;
    const an_tword *p = E(c, j);
    if (d != D_TONIGHT && p && p->pod && p->pod <= POD_DT) {
        t->pod = p->pod, t->type = AN_TIMEX_TIME, t->gran = G_POD;
        j++;
    }
    t->b = j;
    return 1;
}

/* "the week of March 6": the (ISO) week of the date that follows. ("the night of Oct.
 * 23" is left to the date: TimeML's corpora tag the date alone.) */
static int week_of_date(const an_tctx *c, size_t i, tx *t) {
    if (!an_tok_is(c, i, "the") || !an_tok_is(c, i + 1, "week") || !an_tok_is(c, i + 2, "of")) return 0;
    tx day;
    if (!month_date_at(c, i + 3, &day) || day.gran != G_DAY || day.a != i + 3) return 0;
    *t = day;
    t->a = i, t->gran = G_WEEK;
    return 1;
}

/* A bare part of the day after "early", "mid" or "late" that follow a preposition or
 * "the": "by mid afternoon", "in the late evening" (not "early morning raids"). */
static int pod_after_mod(const an_tctx *c, size_t i) {
    static const word before[] = {W("in"), W("by"), W("until"), W("till"), W("since"), W("from"),
                                  W("during"), W("the"), {NULL, 0}};
    static const word mods[] = {W("early"), W("mid"), W("late"), {NULL, 0}};
    const an_tword *p = E(c, i);
    if (!p || !p->pod || p->pod > POD_NI || i < 2 || !an_tw_in_list(c, i - 1, mods)) return 0;
    if (!an_tw_in_list(c, i - 2, before) || an_tok_is(c, i + 1, "of")) return 0;
    return i + 1 >= c->n || !is_word(c, i + 1) || !(E(c, i + 1) == NULL || E(c, i + 1)->unit);
}

/* this morning, last night, tomorrow evening are handled here and in deictic_at */
static int pod_expr_at(const an_tctx *c, size_t i, tx *t) {
    if (week_of_date(c, i, t)) return 1;
    an_tx_init(t, i);
    size_t j = i;
    int shift = 0;
    int story = 0;
    if (an_tok_is(c, j, "this")) j++;
    else if (an_tok_is(c, j, "last") && an_tok_is(c, j + 1, "night")) shift = -1, j++;
    else if (an_tok_is(c, j, "the") && (an_tok_is(c, j + 1, "next") || an_tok_is(c, j + 1, "following")))
        shift = 1, story = 1, j += 2; /* "the next morning" */
    else if (an_tok_is(c, j, "the") && an_tw_rel(c, j + 1) == R_PREVIOUS)
        shift = -1, story = 1, j += 2; /* "the previous night" */
    else if (an_tok_is(c, j, "the") && E(c, j + 1) && E(c, j + 1)->pod && E(c, j + 1)->pod <= POD_NI &&
             an_tok_is(c, j + 2, "before") && (j + 3 >= c->n || c->tok[j + 3].kind == ANNALS_TOKEN_PUNCT)) {
        t->kind = X_SHIFT, t->unit = U_DAY, t->n = -1, t->pod = E(c, j + 1)->pod, t->anaphoric = 1;
        t->type = AN_TIMEX_TIME, t->gran = G_POD; /* "the night before." */
        t->b = j + 3;
        return 1;
    }
    else if (an_tok_is(c, j, "that") || (an_tok_is(c, j, "the") && an_tok_is(c, j + 1, "same")))
        story = 1, j += an_tok_is(c, j, "that") ? 1 : 2; /* "that evening" */
    else if (an_tok_is(c, j, "the") && i > 0 && (an_tok_is(c, i - 1, "in") || an_tok_is(c, i - 1, "during")) &&
             E(c, j + 1) && E(c, j + 1)->pod && E(c, j + 1)->pod <= POD_EV && !an_tok_is(c, j + 2, "of"))
        story = 1, j++; /* "in the afternoon": of the day last named */
    else if (pod_after_mod(c, i))
        story = 1; /* "by mid afternoon", "in the late evening": the modifier is read by the driver */
    else if (an_tok_is(c, j, "overnight")) {
        t->kind = X_SHIFT, t->unit = U_DAY, t->pod = POD_NI, t->type = AN_TIMEX_TIME, t->gran = G_POD;
        t->b = j + 1;
        return 1;
    } else return 0;
    const an_tword *p = E(c, j);
    if (!p || !p->pod || p->pod > 5) return 0;
    t->kind = X_SHIFT, t->unit = U_DAY, t->n = shift, t->pod = p->pod, t->anaphoric = story;
    t->type = AN_TIMEX_TIME, t->gran = G_POD;
    t->b = j + 1;
    return 1;
}

/* ---- years, decades, centuries ------------------------------------------------------- */

static int year_expr_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i;
    int the = an_tok_is(c, j, "the");
    if (the) j++;
    int y, g;
    /* the 1990s, the '90s, the nineties */
    if (an_tw_apostrophe(c, j)) j++;
    if (j < c->n && an_tw_decade(c, j, &y, &g)) {
        t->year = y, t->gran = g;
        t->b = j + 1;
        return 1;
    }
    j = the ? i + 1 : i;
    if (the && (y = an_tw_year_digits(c, j)) && y % 10 == 0 && an_tok_is(c, j + 1, "'s")) {
        t->year = y, t->gran = y % 100 == 0 && y != 2000 ? G_CENTURY : G_DECADE; /* the 1990's */
        t->b = j + 2;
        return 1;
    }
    if (the && E(c, j) && E(c, j)->decade) {
        t->year = 1900 + 10 * E(c, j)->decade, t->gran = G_DECADE;
        t->b = j + 1;
        return 1;
    }
    /* the 21st century, the twentieth century */
    int ord = an_tw_day(c, j);
    if (ord && ord <= 21 && an_tok_is(c, j + 1, "century")) {
        t->year = (ord - 1) * 100, t->gran = G_CENTURY;
        t->b = j + 2;
        return 1;
    }
    /* fiscal 1998, fiscal year 1998, the year 2000 */
    if (an_tok_is(c, j, "fiscal") || an_tok_is(c, j, "year")) {
        size_t k = j + 1;
        if (an_tok_is(c, j, "fiscal") && an_tok_is(c, k, "year")) k++;
        if (an_tw_year_digits(c, k)) {
            t->year = an_tw_year_digits(c, k), t->gran = G_YEAR;
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
    const an_ttok *k = j < c->n ? &c->tok[j] : NULL;
    int nd;
    if (k && k->kind == ANNALS_TOKEN_WORD && k->len == 6 && lower((unsigned char)k->p[0]) == 'f' &&
        lower((unsigned char)k->p[1]) == 'y' && (y = an_tw_digits(k->p + 2, 4, &nd)) >= 1900 && y <= 2099) {
        t->year = y, t->gran = G_YEAR; /* "FY2013": a fiscal year */
        t->b = j + 1;
        return 1;
    }
    if ((y = an_tw_year_words(c, j))) { /* nineteen ninety-six */
        t->year = y, t->gran = G_YEAR;
        t->b = j + 2;
        return 1;
    }
    if ((y = an_tw_year(c, j))) {
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
    int rel = an_tw_rel(c, j);
    if (rel == R_PAST && an_tok_is(c, j - 1, "this")) rel = R_LAST;
    if (rel) j++;
    const an_tword *e = E(c, j);
    if (!e || !e->season || c->tok[j].kind != ANNALS_TOKEN_WORD) return 0;
    int s = e->season, y = -1;
    size_t k = j + 1;
    if (!is_char(c, k, ',')) k += month_year_after(c, k, &y); /* not "the winter, 1994" */
    if ((s == 1 || s == 3) && !the && !rel && y < 0 && i > 0 && an_tok_is(c, i - 1, "to"))
        return 0; /* "began to fall apart": the verb */
    int ctx = the || rel || y > 0 || (i > 0 && an_tw_date_word(c, i - 1));
    if (!ctx && (s == 1 || s == 3)) return 0; /* spring, fall: verbs too */
    if (!ctx && capitalized(c, j) && !(c->tok[j].flags & ANNALS_TOKEN_SENT_START)) return 0;
    t->season = s, t->year = y, t->gran = G_SEASON, t->weekday_rel = rel;
    t->b = k;
    return 1;
}

static int holiday_at(const an_tctx *c, size_t i, tx *t) {
    an_tx_init(t, i);
    size_t j = i, len;
    int rel = an_tw_rel(c, j);
    if (rel == R_LAST || rel == R_NEXT || rel == R_THIS) j++;
    else rel = 0;
    const an_tword *e = an_tw_phrase(c, j, &len);
    if (!e || !e->holiday_month || !capitalized(c, j)) return 0;
    t->month = e->holiday_month;
    if (e->holiday_month == AN_EASTER) t->easter = 1, t->easter_offset = e->holiday_day, t->month = -1;
    else if (e->holiday_day > 0) t->day = e->holiday_day;
    else t->nth_weekday = -e->holiday_day, t->weekday = e->holiday_weekday;
    t->gran = G_DAY, t->weekday_rel = rel;
    j += len;
    if (an_tok_is(c, j, "week") && !an_tok_is(c, j + 1, "'s")) t->gran = G_WEEK, j++; /* "Easter week" */
    int y = -1;
    j = year_after(c, j, &y);
    t->year = y;
    t->b = j;
    return 1;
}

/* "the second Sunday of May", "the last Monday in October [2012]": a weekday counted in a
 * month, as holidays are. */
static int nth_weekday_at(const an_tctx *c, size_t i, tx *t) {
    size_t j = an_tok_is(c, i, "the") ? i + 1 : i;
    const an_tword *o = E(c, j);
    int nth = o && o->ordinal >= 1 && o->ordinal <= 4 ? o->ordinal : an_tok_is(c, j, "last") ? 5 : 0;
    if (!nth || j == i) return 0;
    int wd = an_tw_weekday(c, j + 1), m;
    if (!wd || !(an_tok_is(c, j + 2, "of") || an_tok_is(c, j + 2, "in")) || !(m = an_tw_month(c, j + 3, 1)))
        return 0;
    an_tx_init(t, i);
    t->month = m, t->nth_weekday = nth, t->weekday = wd, t->gran = G_DAY;
    t->b = year_after(c, j + 4, &t->year);
    return 1;
}

/* "on the 28th", "by the 5th": a day of the month alone, written in digits, after a
 * preposition and before no noun ("the 5th floor", "the 28th anniversary" are not); the
 * month is the anchor's, or the one before or after by the tense. */
static int day_of_month_at(const an_tctx *c, size_t i, tx *t) {
    static const word before[] = {W("on"), W("by"), W("until"), W("till"), W("since"), W("from"),
                                  W("before"), W("after"), W("through"), {NULL, 0}};
    if (i == 0 || !an_tok_is(c, i, "the") || !an_tw_in_list(c, i - 1, before)) return 0;
    const an_ttok *k = i + 1 < c->n ? &c->tok[i + 1] : NULL;
    if (!k || k->kind != ANNALS_TOKEN_WORD || k->len < 3 || k->p[0] < '0' || k->p[0] > '9') return 0;
    int d = an_tw_day(c, i + 1);
    if (!d) return 0;
    size_t j = i + 2;
    if (j < c->n && c->tok[j].kind != ANNALS_TOKEN_PUNCT && !an_tok_is(c, j, "and") && !an_tok_is(c, j, "or"))
        return 0;
    an_tx_init(t, i);
    t->day = d, t->gran = G_DAY, t->b = j;
    return 1;
}

/* ---- the driver ---------------------------------------------------------------------- */

typedef int (*rule_fn)(const an_tctx *c, size_t i, tx *t);

static int unit_plain(const an_tctx *c, size_t i, tx *t) { return an_tr_unit(c, i, t, 0); }

static const rule_fn date_rules[] = {numeric_date_at, month_date_at, weekday_expr_at,
                                     deictic_at,      pod_expr_at,   year_expr_at,
                                     season_at,       holiday_at,    an_tr_quarter};

static int match_date_only(const an_tctx *c, size_t i, tx *out) {
    int found = 0;
    for (size_t k = 0; k < sizeof date_rules / sizeof date_rules[0]; k++) {
        tx t;
        if (date_rules[k](c, i, &t) && t.b > i && (!found || t.b > out->b)) *out = t, found = 1;
    }
    return found;
}

static const rule_fn core_rules[] = {an_tr_set, clock_at, numeric_date_at, month_date_at, weekday_expr_at,
                                     deictic_at, pod_expr_at, year_expr_at, season_at,
                                     holiday_at, an_tr_quarter, an_tr_compound, unit_plain,
                                     an_tr_year_ago_period, an_tr_the_compound, nth_weekday_at,
                                     day_of_month_at};

/* Which rules can begin at token i (bit k for core_rules[k]): a number cannot begin a
 * holiday, a plain word cannot begin a numeric date. Saves most rule calls. */
enum { R_SET, R_CLOCK, R_NUMDATE, R_MONTH, R_WEEKDAY, R_DEICTIC, R_POD, R_YEAR, R_SEASON,
       R_HOLIDAY, R_QUARTER, R_COMPOUND, R_UNIT, R_YEARAGO, R_THECOMP, R_NTH, R_DAYNUM };
#define BIT(r) (1u << (r))

/* The rules a number can begin, from what each reads at its first token: a clock time
 * an hour ("5", "10:30", "0800 GMT"), a numeric date a separator, a month's date or a
 * century a day ("5 March", "21 century"), a year or "the 1988 second quarter" four
 * digits; any count may go before a unit. */
static unsigned number_rules(const an_tctx *c, size_t i) {
    const an_ttok *t = &c->tok[i];
    int four = t->len == 4 && t->ndig == 4;
    int day = (t->num >= 1 && t->num <= 31 && t->ndig <= 2) ||
              ((t->flags & ANNALS_TOKEN_HYPHENATED) && t->len <= 5); /* "March 1-5" */
    unsigned m = BIT(R_UNIT);
    if ((t->seps & (SEP_COLON | SEP_DOT)) || (t->num >= 1 && t->num <= 12) || four) m |= BIT(R_CLOCK);
    if (t->seps & (SEP_SLASH | SEP_HYPHEN | SEP_DOT)) m |= BIT(R_NUMDATE);
    if (day) m |= BIT(R_MONTH);
    if (four || (day && (c->props[i + 1] & P_UNIT))) m |= BIT(R_YEAR);
    if (four) m |= BIT(R_QUARTER);
    return m;
}

static unsigned rules_for(const an_tctx *c, size_t i) {
    const an_ttok *t = &c->tok[i];
    if (t->kind == ANNALS_TOKEN_PUNCT) return BIT(R_YEAR); /* an apostrophe: "the '90s" */
    if (t->kind == ANNALS_TOKEN_NUMBER) return number_rules(c, i);
    if (t->flags & ANNALS_TOKEN_HAS_DIGIT)
        return BIT(R_CLOCK) | BIT(R_MONTH) | BIT(R_YEAR) | BIT(R_QUARTER) | BIT(R_COMPOUND) | BIT(R_UNIT);
    if (!t->e) return (an_tr_set_may_match(c, i) ? BIT(R_SET) : 0u) | BIT(R_COMPOUND) | BIT(R_YEAR) | BIT(R_UNIT);
    /* a word of the lexicon: the rules whose first word it can be, by its meanings */
    const an_tword *e = t->e;
    unsigned m = (an_tr_set_may_match(c, i) ? BIT(R_SET) : 0u) | BIT(R_UNIT) | BIT(R_QUARTER);
    int lead = e->lead, rel = e->rel != 0, the = t->key == AN_TKEY("the");
    if (e->pod >= POD_NOON) m |= BIT(R_CLOCK);
    if (!lead && (rel || e->holiday_month || e->heads_holiday)) m |= BIT(R_HOLIDAY);
    if (lead || rel || e->season) m |= BIT(R_SEASON);
    if (lead || rel || e->weekday) m |= BIT(R_WEEKDAY);
    if (lead || rel || e->pod || e->deictic) m |= BIT(R_POD);
    /* deictic_at reads a deictic word or phrase at i (phrase_lookup needs the next word
     * to be some phrase's second), or "the" and a unit ("the day before") */
    const an_tword *next = E(c, i + 1);
    if (e->deictic || (e->heads_deictic && next && next->second) ||
        (the && (c->props[i + 1] & P_UNIT)))
        m |= BIT(R_DEICTIC);
    /* a month's date begins at a month, a weekday, "last" and the like, or a day:
     * an ordinal, or "the" before one; a year at a lead ("the 1990s", "fiscal 1998",
     * "the '90s"), an ordinal ("21st century"), "nineteen" or "twenty" */
    if (the || rel || e->weekday || e->month || e->ordinal) m |= BIT(R_MONTH);
    if (lead || e->ordinal || (e->props & P_YEARWORD)) m |= BIT(R_YEAR);
    if (!lead && (t->flags & ANNALS_TOKEN_HYPHENATED)) m |= BIT(R_COMPOUND);
    /* four rules begin only at "the" and read set places after it: the nth weekday (an
     * ordinal next), "the" + compound a hyphenated word next ("the mid-1990s"), the day of
     * the month a word with a digit ("the 5th"), the year-ago period a quarter, "period"
     * or a compound within two ("the same quarter", "the year-ago period") */
    if (the) {
        unsigned n1 = c->props[i + 1], n2 = n1 | c->props[i + 2];
        m |= BIT(R_NTH) | (n1 & P_HYPHEN ? BIT(R_THECOMP) : 0u) | (n1 & P_DIGIT ? BIT(R_DAYNUM) : 0u) |
             (n2 & (P_PART | P_HYPHEN | P_PERIOD) ? BIT(R_YEARAGO) : 0u);
    }
    return m;
}

/* The props of tokens [i, i + n) ORed (i < c->n, n <= AN_PROPS_PAD): a fixed count read
 * from the padded array, unrolled, with no branch on where the sentence ends. */
static inline unsigned props_within(const an_tctx *c, size_t i, size_t n) {
    unsigned p = 0;
    for (size_t j = 0; j < n; j++) p |= c->props[i + j];
    return p;
}

/* The rules built on a unit ("five years", "the third quarter") need a word of a unit
 * (or "period", "Q1", a compound such as "third-quarter") within a few tokens: when there
 * is none, they are not tried. */
static unsigned units_near(const an_tctx *c, size_t i, unsigned mask) {
    unsigned p = props_within(c, i, 10);
    if (!(p & (P_UNIT | P_PERIOD))) mask &= ~BIT(R_UNIT);
    if (!(p & (P_PART | P_HYPHEN | P_QN | P_PERIOD))) mask &= ~BIT(R_QUARTER);
    return mask;
}

/* The rules that cannot match at i for want of what they need within their reach: a
 * month for a month's date, a weekday for a weekday's... Saves most rule calls at "the",
 * "a", "that". A reach is the farthest token, counting i, where its rule reads that word:
 *   month: 6 after a weekday ("Monday, the 5th of March"), else 4 ("the 5th of March");
 *   weekday: 4 ([the] rel [past] Weekday); part of the day: 6 ("the week of March 6"
 *   reads a whole date after "of");
 *   year: 3 ("the '90s", "the 20th century", "fiscal year 1998", "the fiscal year": the
 *   unit, "the nineties", "nineteen ninety"); season, nth weekday, year-ago period: 3
 *   ("the next summer", "the first Sunday", "the same quarter");
 *   holiday, deictic, the day of the month, "the" + compound: 2 (a word after a rel or
 *   "the", or the word at i). */
static unsigned needs_met(const an_tctx *c, size_t i, unsigned mask) {
    unsigned p2 = props_within(c, i, 2), p3 = p2 | c->props[i + 2], p4 = p3 | c->props[i + 3];
    unsigned p6 = p4 | c->props[i + 4] | c->props[i + 5];
    unsigned month_reach = c->props[i] & P_WEEKDAY ? p6 : p4;
    unsigned drop = (month_reach & P_MONTH ? 0u : BIT(R_MONTH)) | (p4 & P_WEEKDAY ? 0u : BIT(R_WEEKDAY)) |
                    (p3 & P_SEASON ? 0u : BIT(R_SEASON)) | (p2 & P_HOLIDAY ? 0u : BIT(R_HOLIDAY)) |
                    (p6 & (P_POD | P_MONTH) ? 0u : BIT(R_POD)) | /* "the week of March 6" too */
                    (p2 & (P_DEICTIC | P_UNIT) ? 0u : BIT(R_DEICTIC)) | /* "the day before" */
                    (p3 & (P_DIGIT | P_YEARWORD | P_UNIT) ? 0u : BIT(R_YEAR)) | /* "the 20th century" */
                    (p3 & (P_UNIT | P_HYPHEN | P_PERIOD) ? 0u : BIT(R_YEARAGO)) |
                    (p2 & P_HYPHEN ? 0u : BIT(R_THECOMP)) | (p3 & P_WEEKDAY ? 0u : BIT(R_NTH)) |
                    (p2 & P_DIGIT ? 0u : BIT(R_DAYNUM));
    /* sets: "daily", "every July", "once a week"; "Mondays" has no entry */
    if (c->tok[i].e && !(p6 & (P_SET | P_UNIT | P_WEEKDAY | P_MONTH | P_POD | P_SEASON))) drop |= BIT(R_SET);
    return mask & ~drop;
}

static int core_at(const an_tctx *c, size_t i, tx *out, int after_mod) {
    int found = 0;
    if (i >= c->n) return 0;
    unsigned mask = needs_met(c, i, rules_for(c, i));
    if (mask & (BIT(R_UNIT) | BIT(R_QUARTER))) mask = units_near(c, i, mask);
    for (; mask; mask &= mask - 1) { /* the rules of the mask's bits, in order */
        size_t k = (size_t)__builtin_ctz(mask);
        tx t;
        int ok = core_rules[k] == unit_plain ? an_tr_unit(c, i, &t, after_mod) : core_rules[k](c, i, &t);
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

/* Whether token i can go on an expression begun by a word such as "the": a word of the
 * lexicon, a number, or a word with digits or hyphens. Asked at most candidates, with
 * answers in no order a predictor learns: its tests are combined without branches. */
static int continues(const an_tctx *c, size_t i) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    int entry = t->e ? t->e->goes_on : 0;
    int plural = ((t->flags & ANNALS_TOKEN_CAPITALIZED) != 0) & (t->len >= 7) & (t->p[t->len - 1] == 's');
    return entry | (t->kind == ANNALS_TOKEN_NUMBER) |
           ((t->flags & (ANNALS_TOKEN_HAS_DIGIT | ANNALS_TOKEN_HYPHENATED)) != 0) | (t->p[0] == '\'') | plural;
}

/* Whether a word that may follow a count and one word of no meaning ("an additional
 * year") goes on the expression: as continues, but not a word that is only inside phrases
 * ("a share of", "a result of"). */
static int continues_word(const an_tctx *c, size_t i) {
    if (i >= c->n) return 0;
    const an_ttok *t = &c->tok[i];
    if (t->e && !t->e->starts && !t->e->after && t->e->second && t->kind == ANNALS_TOKEN_WORD) return 0;
    return continues(c, i);
}

/* Whether the number at i is an amount: not a year (four digits), a clock time or a date
 * (":", "/", "-" in it), and no word of time, "a.m.", "o'clock", "and", "to" or "-" after
 * it ("500 people", "3.5 percent"). */
static int amount(const an_tctx *c, size_t i) {
    const an_ttok *t = &c->tok[i];
    if (t->num >= 0 ? t->ndig == 4 : (t->seps & (SEP_COLON | SEP_SLASH | SEP_HYPHEN | SEP_DOTS)) != 0)
        return 0; /* "21.03.2013" is a date */
    if (continues(c, i + 1) || (E(c, i + 1) && E(c, i + 1)->ampm)) return 0;
    return !an_tok_is(c, i + 1, "o'clock") && !an_tok_is(c, i + 1, "and") && !an_tok_is(c, i + 1, "to") &&
           !is_char(c, i + 1, '-');
}

int an_time_match(const an_tctx *c, size_t i, tx *out) {
    const an_tword *e = E(c, i);
    /* The only punctuation in the lexicon is the apostrophe, and the only rule that reads
     * one at its first token is year_expr_at's decade ("the '90s"), which needs a word with
     * digits next; every other rule needs a word at i. Most are quotation marks. */
    if (c->tok[i].kind == ANNALS_TOKEN_PUNCT && !(c->props[i + 1] & P_DIGIT)) return 0;
    /* "the", "a", "about" and the first words of phrases (most often with nothing of time
     * after them) begin no expression unless a word that may go on one follows */
    if (e && !e->alone && !continues(c, i + 1) && !(e->number && continues_word(c, i + 2)) &&
        !(an_tok_is(c, i + 1, "in") && an_tok_is(c, i + 2, "the")))
        return 0; /* a count may have a word between: "an additional year"; "earlier in the" */
    if (e && e->starts_phrase > 1 && !e->starts_alone) {
        size_t pl;
        an_tw_phrase(c, i, &pl);
        if (pl < 2) return 0; /* "at", "from": only the first word of phrases */
    }
    const an_ttok *ti = &c->tok[i];
    if (ti->kind == ANNALS_TOKEN_NUMBER && amount(c, i) && !hour_in_pod(c, i)) return 0;
    if (!e && ti->kind == ANNALS_TOKEN_WORD && (ti->flags & ANNALS_TOKEN_HYPHENATED) &&
        !(ti->flags & ANNALS_TOKEN_HAS_DIGIT)) {
        /* "London-based": no part is a word of time */
        const char *part[4];
        size_t plen[4];
        int np = an_tw_split(ti, part, plen), any = 0;
        for (int q = 0; q < np && !any; q++)
            any = an_tw_part(c, part[q], plen[q]) != NULL || (plen[q] == 3 && !memcmp(part[q], "pre", 3)) ||
                  (plen[q] == 4 && !memcmp(part[q], "post", 4));
        if (!any) return 0;
    }
    int found = core_at(c, i, out, 0);
    size_t len, j = i;
    if (an_tok_is(c, j, "the") && E(c, j + 1) && E(c, j + 1)->mod && E(c, j + 1)->phrase_len == 1 &&
        (an_tok_is(c, j + 1, "early") || an_tok_is(c, j + 1, "late") || an_tok_is(c, j + 1, "mid")))
        j++;
    const an_tword *m = an_tw_phrase(c, j, &len);
    if (m && m->mod) {
        tx t;
        int quantity = m->mod >= M_APPROX;
        size_t k = j + len;
        tcount cn;
        int ahead = an_tok_is(c, j, "earlier") || an_tok_is(c, j, "later");
        if (ahead && an_tok_is(c, k, "in") && an_tok_is(c, k + 1, "the")) k++; /* "earlier in the year" */
        int ok = core_at(c, k, &t, !quantity) && t.a == k;
        if (ok && needs_count(c, j) && !an_tw_count(c, k, &cn) && !(t.kind == X_DATE && an_tok_is(c, j, "around")))
            ok = 0;
        if (ok && !quantity && (t.kind == X_DUR || t.kind == X_SET || t.kind == X_REF)) ok = 0;
        if (ok && (an_tok_is(c, j, "earlier") || an_tok_is(c, j, "later")) &&
            !(t.kind == X_SHIFT || (t.kind == X_DATE && t.weekday > 0)))
            ok = 0;
        if (ok && an_tok_is(c, t.b, "'s") && m->mod >= M_APPROX)
            ok = 0; /* "get around Wednesday's ruling": the word goes with the ruling */
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
