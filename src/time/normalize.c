/* normalize.c - the TimeML value of a recognized expression: its missing calendar fields
 * are taken from the anchor (the document creation time, or for anaphora the last date
 * mentioned) in the direction the governing verb's tense gives; the granularity written is
 * kept (a month stays a month). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/calendar.h"
#include "time/tx.h"

typedef struct {
    int y, m, d;
    const char *value; /* the anchor's own value, for the timex's anchor field */
} anchor;

/* The direction of the verb that governs an expression, asked of the tense scan only when
 * a value turns on it (most dates are near the DCT, or have their year): the scan reads
 * only the sentence's tokens, so it answers the same whenever it is asked. */
typedef struct {
    const an_tctx *c;
    size_t a, b; /* the expression's tokens */
    int dir, known;
} tdir;

static int dir_of(tdir *d) {
    if (!d->known) d->dir = an_time_tense(d->c, d->a, d->b), d->known = 1;
    return d->dir;
}

static const char *const pod_codes[] = {"", "MO", "AF", "EV", "NI", "DT"};
static const char *const season_codes[] = {"", "SP", "SU", "FA", "WI"};

static int dct_anchor(const an_tctx *c, anchor *a) {
    if (!c->has_dct) return 0;
    a->y = c->dy, a->m = c->dm, a->d = c->dd, a->value = c->dct_value;
    return 1;
}

/* The last date mentioned when it is at least as fine as `gran`, else the DCT. */
static int story_anchor(const an_tctx *c, int gran, anchor *a) {
    const an_tmention *l = &c->last;
    if (l->set && l->gran <= gran) {
        a->y = l->y, a->m = l->m ? l->m : 1, a->d = l->d ? l->d : 1, a->value = l->value;
        return 1;
    }
    return dct_anchor(c, a);
}

/* ---- days -------------------------------------------------------------------------- */

static long days_of(const anchor *a) { return an_cal_days(a->y, a->m, a->d); }

/* The weekday wd nearest to day `from` in a direction: dir < 0 the last one on or before
 * (strictly before when strict), dir > 0 the first on or after. */
static long weekday_from(long from, int wd, int dir, int strict) {
    int cur = an_cal_weekday(from);
    if (dir < 0) {
        int back = (cur - wd + 7) % 7;
        if (back == 0 && strict) back = 7;
        return from - back;
    }
    int fwd = (wd - cur + 7) % 7;
    if (fwd == 0 && strict) fwd = 7;
    return from + fwd;
}

/* The day of month m of year y that a holiday rule gives (n-th weekday, 5 = last). */
static int nth_weekday_day(int y, int m, int nth, int wd) {
    long first = an_cal_days(y, m, 1);
    if (nth == 5) {
        long last = an_cal_days(y, m, an_cal_month_days(y, m));
        return an_cal_month_days(y, m) - (int)((an_cal_weekday(last) - wd + 7) % 7);
    }
    return 1 + (int)((wd - an_cal_weekday(first) + 7) % 7) + 7 * (nth - 1);
}

static int day_in(const tx *t, int y) {
    if (t->nth_weekday) return nth_weekday_day(y, t->month, t->nth_weekday, t->weekday);
    if (t->month == 2 && t->day == 29 && !an_cal_leap(y)) return 0;
    return t->day <= an_cal_month_days(y, t->month) ? t->day : 0;
}

/* The year of a month and day without one: a weekday named with them picks the year
 * where they fall on it; otherwise the nearest occurrence in the tense's direction. */
static int year_for_day(const tx *t, const anchor *a, int dir) {
    long from = days_of(a), best = 0, best_side = 0;
    int best_y = a->y, found = 0, side_y = a->y, found_side = 0;
    /* a weekday, or February 29, may be years away; any other day is in the year before,
     * this one or the next */
    int span = (t->weekday > 0 && !t->nth_weekday) || (t->month == 2 && t->day == 29) ? 28 : 1;
    for (int dy = -span; dy <= span; dy++) {
        int y = a->y + dy, d = day_in(t, y);
        if (!d) continue;
        long days = an_cal_days(y, t->month, d);
        if (t->weekday > 0 && !t->nth_weekday && an_cal_weekday(days) != t->weekday) continue;
        if (t->weekday <= 0 || t->nth_weekday) {
            if (t->weekday_rel == R_LAST || (dir == DIR_PAST && !t->weekday_rel)) {
                if (days > from || (t->weekday_rel == R_LAST && days == from)) continue;
            } else if (t->weekday_rel == R_NEXT || (dir == DIR_FUTURE && !t->weekday_rel)) {
                if (days < from || (t->weekday_rel == R_NEXT && days == from)) continue;
            } else if (t->weekday_rel == R_THIS && y != a->y) {
                continue;
            }
        }
        long dist = labs(days - from);
        if (!found || dist < best) best = dist, best_y = y, found = 1;
        /* a weekday fixes the year: among the years it fits, the nearest on the tense's side
         * when the nearest of all is not close */
        int side = (dir == DIR_PAST && days <= from) || (dir == DIR_FUTURE && days >= from);
        if (t->weekday > 0 && !t->nth_weekday && side && (!found_side || dist < best_side))
            best_side = dist, side_y = y, found_side = 1;
    }
    return found_side && best > 92 ? side_y : best_y; /* within three months: the nearest */
}

/* A date within about three months is the nearest one whatever the tense (deadlines
 * and events just past are both common); further off, the tense decides. */
static int day_year(const tx *t, const anchor *a, tdir *dir) {
    if (t->weekday > 0 && !t->nth_weekday) return year_for_day(t, a, dir_of(dir));
    int near = year_for_day(t, a, DIR_NONE);
    int d = day_in(t, near);
    if (t->weekday > 0 || !d) return near;
    long gap = an_cal_days(near, t->month, d) - days_of(a);
    if (labs(gap) <= 92) return near;
    return year_for_day(t, a, dir_of(dir));
}

static int month_year(int m, const anchor *a, int rel, tdir *d) {
    if (rel == R_LAST) return m < a->m ? a->y : a->y - 1;
    if (rel == R_NEXT) return m > a->m ? a->y : a->y + 1;
    if (rel == R_THIS) return a->y;
    int gap = m - a->m;
    if (gap >= -2 && gap <= 2) return a->y; /* close months: the nearest */
    int dir = dir_of(d);
    if (gap >= 10 && dir != DIR_FUTURE) return a->y - 1; /* "December" in January */
    if (gap <= -10 && dir != DIR_PAST) return a->y + 1;
    if (dir == DIR_PAST) return m <= a->m ? a->y : a->y - 1;
    if (dir == DIR_FUTURE) return m >= a->m ? a->y : a->y + 1;
    if (m - a->m > 6) return a->y - 1; /* "December" in January */
    if (a->m - m > 6) return a->y + 1;
    return a->y;
}

static int part_year(int part, int cur, const anchor *a, int rel, int dir) {
    if (rel == R_THIS) return a->y;
    if (rel == R_LAST || rel == R_PAST) return part < cur ? a->y : a->y - 1;
    if (rel == R_NEXT || rel == R_COMING) return part > cur ? a->y : a->y + 1;
    if (dir == DIR_PAST) return part <= cur ? a->y : a->y - 1;
    if (dir == DIR_FUTURE) return part >= cur ? a->y : a->y + 1;
    return a->y;
}

/* The year of a season. A winter is named by the year of its January ("winter 2013" runs
 * from December 2012), so it comes first in its year and December is in the next year's;
 * "this winter" is the same one in December and in January. "This summer was hot"
 * written in December is the one past. */
static int season_year(int s, const anchor *a, int rel, int dir) {
    anchor at = *a;
    int cur = a->m <= 2 || a->m == 12 ? 0 : (a->m - 3) / 3 + 1, part = s == 4 ? 0 : s;
    if (a->m == 12) at.y++;
    if (rel == R_THIS && dir == DIR_PAST && part > cur) return at.y - 1;
    /* a season in its first month has most of it ahead: "the coming spring" in early March */
    if (rel == R_COMING && part == cur && a->m % 3 == 0) return at.y;
    return part_year(part, cur, &at, rel, dir);
}

/* ---- formatting ---------------------------------------------------------------------- */

typedef struct {
    char s[64];
    size_t n;
} vbuf;

/* Appends fmt with its one conversion (%d, %02d, %03d, %04d) replaced by v: a formatter of
 * its own, as snprintf was a tenth of the stage's time. The text before the conversion is
 * copied whole, the digits written from the right into their place. */
static void put(vbuf *b, const char *fmt, int v) {
    char out[32];
    size_t n = 0;
    const char *f = fmt;
    while (*f && *f != '%' && n < 16) out[n++] = *f++;
    if (*f == '%') {
        int width = 0;
        f++;
        if (*f == '0') f++;
        while (*f >= '1' && *f <= '9') width = width * 10 + (*f++ - '0');
        if (*f == 'd') {
            f++;
            unsigned long u = v < 0 ? (unsigned long)(-(long)v) : (unsigned long)v;
            int nd = 1;
            for (unsigned long x = u / 10; x; x /= 10) nd++;
            if (nd > 11) nd = 11;
            if (v < 0) out[n++] = '-';
            int pad = width > 10 ? 10 - nd : width - nd;
            for (; pad > 0; pad--) out[n++] = '0';
            for (int k = nd - 1; k >= 0; k--, u /= 10) out[n + (size_t)k] = (char)('0' + u % 10);
            n += (size_t)nd;
            while (*f && n < sizeof out - 12) out[n++] = *f++; /* anything after it */
        }
    }
    if (b->n >= sizeof b->s - 1) return;
    if (n > sizeof b->s - 1 - b->n) n = sizeof b->s - 1 - b->n; /* cut, as snprintf did */
    memcpy(b->s + b->n, out, n);
    b->n += n, b->s[b->n] = 0;
}

static void puts_(vbuf *b, const char *s) {
    size_t k = strlen(s);
    if (b->n + k < sizeof b->s) memcpy(b->s + b->n, s, k), b->n += k, b->s[b->n] = 0;
}

/* Writes v (0-99) as two digits at o. */
static inline void two_digits(char *o, int v) { o[0] = (char)('0' + v / 10), o[1] = (char)('0' + v % 10); }

static void put_year(vbuf *b, int y) {
    if (y < 0) {
        puts_(b, "XXXX");
    } else if (y <= 9999 && b->n + 4 < sizeof b->s) { /* most years: no format read */
        two_digits(b->s + b->n, y / 100), two_digits(b->s + b->n + 2, y % 100);
        b->n += 4, b->s[b->n] = 0;
    } else {
        put(b, "%04d", y);
    }
}

/* YYYY-MM-DD; a day of a common year, month and day written in place (as put would) */
static void put_day(vbuf *b, int y, int m, int d) {
    if (y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99 && b->n + 10 < sizeof b->s) {
        char *o = b->s + b->n;
        two_digits(o, y / 100), two_digits(o + 2, y % 100), o[4] = '-';
        two_digits(o + 5, m), o[7] = '-', two_digits(o + 8, d);
        b->n += 10, b->s[b->n] = 0;
        return;
    }
    put_year(b, y);
    put(b, "-%02d", m);
    put(b, "-%02d", d);
}

static void put_days(vbuf *b, long days) {
    int y, m, d;
    an_cal_civil(days, &y, &m, &d);
    put_day(b, y, m, d);
}

static void put_week(vbuf *b, long days) {
    int y, w;
    an_cal_iso_week(days, &y, &w);
    put_year(b, y);
    put(b, "-W%02d", w);
}

/* The time of day after a date: T10:43, TMO. */
static void put_clock(vbuf *b, const tx *t) {
    if (t->gran == G_TIME && t->hour >= 0) {
        put(b, "T%02d", t->hour);
        put(b, ":%02d", t->minute);
    } else if (t->gran == G_POD && t->pod > 0 && t->pod <= POD_DT) {
        puts_(b, "T");
        puts_(b, pod_codes[t->pod]);
    }
}

/* A date at granularity g, from a day count (finer grains) or y/m (coarser). */
static void put_at_gran(vbuf *b, int g, int y, int m, long days) {
    switch (g) {
    case G_WEEK: put_week(b, days); break;
    case G_WEEKEND: put_week(b, days); puts_(b, "-WE"); break;
    case G_MONTH: put_year(b, y); put(b, "-%02d", m); break;
    case G_QUARTER: put_year(b, y); put(b, "-Q%d", (m - 1) / 3 + 1); break;
    case G_HALF: put_year(b, y); put(b, "-H%d", (m - 1) / 6 + 1); break;
    case G_SEASON: put_year(b, y); break;
    case G_YEAR: put_year(b, y); break;
    case G_DECADE: put(b, "%03d", y / 10); break;
    case G_CENTURY: put(b, "%02d", y / 100); break;
    case G_MILLENNIUM: put(b, "%d", y / 1000); break;
    default: put_days(b, days); break;
    }
}

/* ---- by kind ------------------------------------------------------------------------- */

static const char *unit_code(int u, int *mult, int *timed) {
    *mult = 1, *timed = 0;
    switch (u) {
    case U_SECOND: *timed = 1; return "S";
    case U_MINUTE: *timed = 1; return "M";
    case U_HOUR: *timed = 1; return "H";
    case U_DAY: return "D";
    case U_WEEK: return "W";
    case U_FORTNIGHT: *mult = 2; return "W";
    case U_MONTH: return "M";
    case U_QUARTER: return "Q";
    case U_HALF: *mult = 6; return "M";
    case U_YEAR: return "Y";
    case U_DECADE: *mult = 10; return "Y";
    case U_CENTURY: *mult = 100; return "Y";
    case U_MILLENNIUM: *mult = 1000; return "Y";
    case U_WEEKEND: *mult = 2; return "D";
    default: return "D";
    }
}

/* Half a unit in the next smaller one: "an hour and a half" is PT1H30M. */
static const char *half_of(int unit, int *n, int *timed) {
    *timed = 0;
    switch (unit) {
    case U_MINUTE: *n = 30, *timed = 1; return "S";
    case U_HOUR: *n = 30, *timed = 1; return "M";
    case U_DAY: *n = 12, *timed = 1; return "H";
    case U_WEEK: *n = 84, *timed = 1; return "H";
    case U_MONTH: *n = 15; return "D";
    case U_YEAR: *n = 6; return "M";
    case U_DECADE: *n = 5; return "Y";
    case U_CENTURY: *n = 50; return "Y";
    default: return NULL;
    }
}

static void put_duration(vbuf *b, const tx *t) {
    int mult, timed, half = 0, half_timed = 0;
    const char *code = unit_code(t->unit, &mult, &timed);
    const char *half_code = t->plus_half ? half_of(t->unit, &half, &half_timed) : NULL;
    puts_(b, timed ? "PT" : "P");
    if (t->n == 0 && half_code) { /* "half an hour" */
        if (half_timed && !timed) puts_(b, "T");
        put(b, "%d", half);
        puts_(b, half_code);
        return;
    }
    if (t->n < 0) {
        puts_(b, "X");
        if (t->unit == U_DECADE) code = "Y"; /* "decades": years, as "two decades" is P20Y */
        if (t->unit == U_CENTURY) code = "CE";
        if (t->unit == U_MILLENNIUM) code = "ML";
    } else {
        put(b, "%d", t->n * mult);
    }
    puts_(b, code);
    if (half_code && t->n > 0) {
        if (half_timed && !timed) puts_(b, "T");
        put(b, "%d", half);
        puts_(b, half_code);
    }
}

static void put_set(vbuf *b, const tx *t) {
    if (t->unit) {
        put_duration(b, t);
    } else if (t->weekday > 0) {
        put(b, "XXXX-WXX-%d", t->weekday);
        if (t->pod > 0 && t->pod <= POD_DT) puts_(b, "T"), puts_(b, pod_codes[t->pod]);
    } else if (t->month > 0) {
        put(b, "XXXX-%02d", t->month);
    } else if (t->season > 0) {
        puts_(b, "XXXX-");
        puts_(b, season_codes[t->season]);
    } else {
        puts_(b, "XXXX-XX-XXT");
        puts_(b, pod_codes[t->pod > 0 && t->pod <= POD_DT ? t->pod : 0]);
    }
}

static void remember(an_tctx *c, int y, int m, int d, int gran, const char *value) {
    if (gran > G_YEAR || y < 0) return;
    c->last.y = y, c->last.m = m, c->last.d = d;
    c->last.gran = gran <= G_DAY ? G_DAY : gran >= G_QUARTER ? G_YEAR : G_MONTH;
    c->last.set = 1;
    c->last.value = value;
    c->last_sent = c->sent_no;
    if (gran <= G_DAY) c->sy = y, c->sm = m, c->sd = d, c->py = y, c->pm = m, c->pd = d, c->psent = c->sent_no;
}

static int shift_value(an_tctx *c, const tx *t, vbuf *b, anchor *a, int *ry, int *rm, long *rday) {
    int g = t->gran ? t->gran : G_DAY;
    int ok = t->anaphoric ? story_anchor(c, g <= G_POD ? G_DAY : g, a) : dct_anchor(c, a);
    if (!ok) {
        puts_(b, t->n < 0 ? "PAST_REF" : t->n > 0 ? "FUTURE_REF" : "PRESENT_REF");
        return 0;
    }
    int y = a->y, m = a->m;
    long day = days_of(a);
    switch (t->unit) {
    case U_DAY: day += t->n; break;
    case U_WEEK: day += 7L * t->n; break;
    case U_FORTNIGHT: day += 14L * t->n; break;
    case U_WEEKEND: {
        int n = t->n;
        int wd = an_cal_weekday(day);
        /* "over the weekend" early in the week is the one just past; "this weekend" is
         * the coming one unless the verb is past */
        int coming = an_tok_is(c, t->a, "this");
        if (n == 0 && wd <= 5 && (t->dir == DIR_PAST || (t->dir == DIR_NONE && wd <= 4 && !coming))) n = -1;
        day += 7L * n;
        break;
    }
    case U_MONTH: an_cal_add_months(&y, &m, t->n); break;
    case U_QUARTER: an_cal_add_months(&y, &m, 3 * t->n); break;
    case U_HALF: an_cal_add_months(&y, &m, 6 * t->n); break;
    case U_YEAR: y += t->n; break;
    case U_DECADE: y += 10 * t->n; break;
    case U_CENTURY: y += 100 * t->n; break;
    case U_MILLENNIUM: y += 1000 * t->n; break;
    case U_HOUR: case U_MINUTE: case U_SECOND: {
        int told = t->anaphoric && c->clock_set && c->cday == day; /* "At 9 a.m. ... Two hours later" */
        if (!told && (c->dh < 0 || t->anaphoric)) {
            put_days(b, day);
            *ry = y, *rm = m, *rday = day;
            return 1;
        }
        long mins = told ? (long)c->ch * 60 + c->cmin : (long)c->dh * 60 + c->dmin;
        mins += t->unit == U_HOUR ? 60L * t->n : t->unit == U_MINUTE ? t->n : 0;
        long dd = mins >= 0 ? mins / 1440 : -((-mins + 1439) / 1440);
        mins -= dd * 1440;
        put_days(b, day + dd);
        put(b, "T%02d", (int)(mins / 60));
        put(b, ":%02d", (int)(mins % 60));
        *ry = y, *rm = m, *rday = day + dd;
        return 1;
    }
    default: break;
    }
    if (g <= G_DAY || g == G_POD || g == G_TIME) {
        put_days(b, day);
        put_clock(b, t);
    } else {
        put_at_gran(b, g, y, m, day);
    }
    *ry = y, *rm = m, *rday = day;
    return 1;
}

/* A quarter of the financial story: the last one mentioned (a year back for "a year
 * ago"), else the last quarter ended before the DCT (a year back likewise). */
static int qrel_value(an_tctx *c, const tx *t, vbuf *b, anchor *a) {
    if (t->year > 0) { /* "the 1988 quarter": the quarter of the story in that year */
        put_year(b, t->year);
        if (c->q) put(b, "-Q%d", c->q);
        return 0;
    }
    if (c->q) {
        put_year(b, c->q_year - t->year_shift);
        put(b, "-Q%d", c->q);
        return 0;
    }
    if (!dct_anchor(c, a)) {
        puts_(b, "XXXX-QX");
        return 0;
    }
    int y = a->y, m = a->m;
    if (t->year_shift && t->unit != U_QUARTER) { /* "the same period last year": its year */
        put_year(b, y - t->year_shift);
        return 1;
    }
    an_cal_add_months(&y, &m, -3 - 12 * t->year_shift); /* "the year-ago quarter" */
    put_year(b, y);
    put(b, "-Q%d", (m - 1) / 3 + 1);
    return 1;
}

/* The day named in the sentence before lies after the DCT while the verb of this clock
 * time is past: "The vote is on Friday. Shortly after midnight, rebels attacked." */
static int ahead_of_past(const an_tctx *c, const tx *t) {
    if (!c->has_dct || an_cal_days(c->py, c->pm, c->pd) <= an_cal_days(c->dy, c->dm, c->dd)) return 0;
    return an_time_tense(c, t->a, t->b) == DIR_PAST;
}

/* "Shortly after midnight, gunmen attacked": the midnight past is the one that began the
 * DCT's day, T24:00 of the day before; its own T24:00 is still ahead. */
static int past_midnight(const an_tctx *c, const tx *t) {
    return t->hour == 24 && an_time_tense(c, t->a, t->b) == DIR_PAST;
}

/* A clock time alone: on the day last named in the sentence, else in the sentence just
 * before, else the DCT's. */
static int clock_value(an_tctx *c, const tx *t, vbuf *b, anchor *a) {
    int used = 0;
    if (c->sy) put_day(b, c->sy, c->sm, c->sd);
    else if (c->py && c->psent == c->sent_no - 1 && !ahead_of_past(c, t))
        put_day(b, c->py, c->pm, c->pd); /* the day just told of */
    else if (dct_anchor(c, a)) put_days(b, days_of(a) - past_midnight(c, t)), used = 1;
    else puts_(b, "XXXX-XX-XX");
    put_clock(b, t);
    return used;
}

/* A weekday alone: the DCT's day when it is that weekday ("said Friday" on a Friday),
 * else the nearest one before (or after, by "next" or a future tense). */
/* "He said on Tuesday that troops would leave on Thursday": a future told from a day past
 * named earlier in the sentence ("would" just before) is the first such weekday after that
 * day, not after the DCT. */
static int would_after_day(const an_tctx *c, const tx *t, long dct) {
    if (!c->sy || t->anaphoric || an_cal_days(c->sy, c->sm, c->sd) >= dct) return 0;
    for (size_t i = t->a, k = 0; i-- > 0 && k < 8; k++) {
        if (an_tok_is(c, i, "would")) return 1;
        if (an_tok_is(c, i, "will") || c->tok[i].kind == ANNALS_TOKEN_PUNCT) return 0;
    }
    return 0;
}

static int weekday_value(an_tctx *c, const tx *t, vbuf *b, anchor *a, tdir *td) {
    int ok = t->anaphoric ? story_anchor(c, G_DAY, a) : dct_anchor(c, a);
    if (!ok) {
        put(b, "XXXX-WXX-%d", t->weekday);
        put_clock(b, t);
        return 0;
    }
    long from = days_of(a), day;
    int rel = t->weekday_rel;
    if (rel == R_LAST || rel == R_PREVIOUS || rel == R_PAST) day = weekday_from(from, t->weekday, -1, 1);
    else if (rel == R_NEXT || rel == R_FOLLOWING || rel == R_COMING) day = weekday_from(from, t->weekday, 1, 1);
    else if (rel == R_THIS) { /* "this Sunday": the one of the anchor's week, unless the verb looks
                                  the other way */
        day = from + (t->weekday - an_cal_weekday(from));
        int dir = dir_of(td);
        if (dir == DIR_FUTURE && day < from) day += 7;
        if (dir == DIR_PAST && day > from) day -= 7;
    } else if (would_after_day(c, t, from) && dir_of(td) == DIR_FUTURE) {
        day = weekday_from(an_cal_days(c->sy, c->sm, c->sd), t->weekday, 1, 1);
    } else if (an_cal_weekday(from) == t->weekday) day = from;
    else day = weekday_from(from, t->weekday, dir_of(td) == DIR_FUTURE ? 1 : -1, 1);
    /* "last Wednesday" written on a Thursday is a week before: yesterday would be "Wednesday" */
    if (rel == R_LAST && !t->anaphoric && from - day == 1 && an_tok_is(c, t->a, "last")) day -= 7;
    day += t->day_shift;
    put_days(b, day);
    put_clock(b, t);
    int y, m, d;
    an_cal_civil(day, &y, &m, &d);
    remember(c, y, m, d, G_DAY, NULL);
    if (!t->anaphoric) c->ny = 0; /* "said Tuesday": the story is back at the DCT */
    return 1;
}

/* The year of a story told in the past: "He was arrested on March 3, 2010. On March 5,
 * he was freed." A month and day told in the past tense in the sentence of a full date
 * written out before the DCT's year, or in the next one, is in that date's year (the
 * next when its month comes before). 0 when there is no such story. */
static int narrative_year(const an_tctx *c, const tx *t, tdir *dir) {
    if (!c->ny || c->sent_no - c->nsent > 1 || !c->has_dct || c->ny >= c->dy) return 0;
    if (t->month <= 0 || t->day <= 0 || t->has_yrel || t->weekday_rel || t->weekday > 0) return 0;
    if (dir_of(dir) != DIR_PAST) return 0;
    return t->month < c->nm ? c->ny + 1 : c->ny;
}

/* The year a date without one falls in, from the anchor; -1 without a DCT. */
static int missing_year(const an_tctx *c, const tx *t, anchor *a, tdir *dir) {
    if (c->in_captions && c->capd.set && !t->has_yrel && (t->day > 0 || t->nth_weekday)) {
        /* a caption's day without a year: the day of the photos captioned before */
        a->y = c->capd.y, a->m = c->capd.m, a->d = c->capd.d, a->value = c->capd.value;
        return day_year(t, a, dir);
    }
    if (!dct_anchor(c, a)) return -1;
    if (t->has_yrel) return a->y + t->yrel;
    int ny = narrative_year(c, t, dir);
    if (ny) return ny;
    int rel = t->weekday_rel;
    /* "the quarter ended Oct. 31": a period that ended on the day, so a day past, however
     * near the one ahead */
    if (t->day > 0 && !t->weekday_rel && t->a > 0 && an_tok_is(c, t->a - 1, "ended"))
        return year_for_day(t, a, DIR_PAST);
    if (t->day > 0 || t->nth_weekday) return day_year(t, a, dir);
    if (t->month > 0) return month_year(t->month, a, rel, dir);
    if (t->quarter && t->fiscal && !rel) return a->y; /* "fiscal third-quarter": the company's label */
    /* a quarter is most often one just reported on, whatever the verb ("will report
     * fourth-quarter results"); "the" quarter still to come this year is read ahead by a
     * verb that looks ahead ("expected to close in the third quarter") */
    int cur_q = (a->m - 1) / 3 + 1;
    if (t->quarter && !rel && t->quarter > cur_q && an_tok_is(c, t->a, "the") && dir_of(dir) == DIR_FUTURE)
        return a->y;
    if (t->quarter) return part_year(t->quarter, cur_q, a, rel, DIR_PAST);
    if (t->half) return part_year(t->half, (a->m - 1) / 6 + 1, a, rel, dir_of(dir));
    if (t->season && rel == R_SAME && story_anchor(c, G_YEAR, a)) return a->y; /* "that summer" */
    if (t->season) return season_year(t->season, a, rel, dir_of(dir));
    return a->y;
}

/* Whether a quarter is one not yet over, told of in the future ("will result in a
 * fourth-quarter charge"): a forecast, not the quarter the story reports on ("expects to
 * report a third-quarter loss" in October is). */
static int forecast_quarter(const an_tctx *c, int y, int q, tdir *dir) {
    return c->has_dct && (y > c->dy || (y == c->dy && q >= (c->dm - 1) / 3 + 1)) && dir_of(dir) == DIR_FUTURE;
}

/* A date of year y at the expression's granularity (y < 0: XXXX). A forecast quarter does
 * not become the financial context. */
static void put_date(an_tctx *c, const tx *t, vbuf *b, int y, tdir *dir) {
    switch (t->gran) {
    case G_DAY: case G_POD: case G_TIME: {
        int d = t->day > 0 ? t->day
                : y >= 0 && t->nth_weekday ? nth_weekday_day(y, t->month, t->nth_weekday, t->weekday)
                                           : 0;
        if (t->day_shift && d > 0 && y >= 0) { /* "the day after Christmas" */
            int m;
            an_cal_civil(an_cal_days(y, t->month, d) + t->day_shift, &y, &m, &d);
            put_day(b, y, m, d);
            remember(c, y, m, d, G_DAY, NULL);
            break;
        }
        put_year(b, y);
        put(b, "-%02d", t->month);
        if (d > 0) put(b, "-%02d", d);
        else puts_(b, "-XX");
        put_clock(b, t);
        if (d > 0) remember(c, y, t->month, d, G_DAY, NULL);
        if (d > 0 && y >= 0 && c->in_captions && (t->year >= 0 || (t->weekday > 0 && !t->nth_weekday))) {
            c->capd.y = y, c->capd.m = t->month, c->capd.d = d;
            c->capd.gran = G_DAY;
            c->capd_new = 1; /* its value is made in an_time_normalize */
        }
        break;
    }
    case G_MONTH:
        put_year(b, y);
        put(b, "-%02d", t->month);
        remember(c, y, t->month, 0, G_MONTH, NULL);
        break;
    case G_QUARTER:
        put_year(b, y);
        put(b, "-Q%d", t->quarter);
        if (y >= 0 && !t->aside && !forecast_quarter(c, y, t->quarter, dir)) c->q_year = y, c->q = t->quarter;
        break;
    case G_HALF: put_year(b, y); put(b, "-H%d", t->half); break;
    case G_WEEK: /* "the week of March 6", "Thanksgiving week" */
        if (y >= 0) put_week(b, an_cal_days(y, t->month, t->day > 0 ? t->day : day_in(t, y)));
        else put(b, "XXXX-%02d", t->month);
        break;
    case G_SEASON: put_year(b, y); puts_(b, "-"); puts_(b, season_codes[t->season]); break;
    case G_YEAR: put_year(b, y); remember(c, y, 0, 0, G_YEAR, NULL); break;
    default: put_at_gran(b, t->gran, y, 1, 0); break;
    }
}

/* Easter and the feasts that move with it: the one in the year given, else the nearest
 * (within three months), else the one the tense points to. */
static int easter_value(an_tctx *c, const tx *t, vbuf *b, anchor *a, tdir *td) {
    long day = 0;
    int used = 0;
    if (t->year >= 0) {
        day = an_cal_easter(t->year) + t->easter_offset;
    } else if (dct_anchor(c, a)) {
        long from = days_of(a), best = 0;
        int found = 0, dir = dir_of(td);
        used = 1;
        for (int y = a->y - 1; y <= a->y + 1; y++) {
            long d = an_cal_easter(y) + t->easter_offset, dist = labs(d - from);
            int wrong_way = (dir == DIR_PAST && d > from) || (dir == DIR_FUTURE && d < from);
            if (dist > 92 && wrong_way) continue;
            if (!found || dist < labs(best - from)) best = d, found = 1;
        }
        day = best;
    } else {
        puts_(b, "XXXX-XX-XX");
        return 0;
    }
    day += t->day_shift;
    if (t->gran == G_WEEK) return put_week(b, day), used; /* "Easter week" */
    put_days(b, day);
    int y, m, d;
    an_cal_civil(day, &y, &m, &d);
    remember(c, y, m, d, G_DAY, NULL);
    return used;
}

/* A day of the month alone ("on the 28th"): of the anchor's month, else of the month
 * before (a past verb) or after (a future one) when the day is on the other side. */
static int month_day_value(an_tctx *c, const tx *t, vbuf *b, anchor *a, tdir *d) {
    int story = c->last.set && c->last.gran <= G_MONTH && c->sent_no - c->last_sent <= 1;
    if (story ? !story_anchor(c, G_MONTH, a) : !dct_anchor(c, a)) return put(b, "XXXX-XX-%02d", t->day), 0;
    int y = a->y, m = a->m; /* "Protests began in January. On the 25th, ...": that month's */
    if (!story && t->day > a->d && dir_of(d) == DIR_PAST) an_cal_add_months(&y, &m, -1);
    if (!story && t->day < a->d && dir_of(d) == DIR_FUTURE) an_cal_add_months(&y, &m, 1);
    if (t->day > an_cal_month_days(y, m)) return put(b, "XXXX-XX-%02d", t->day), 0;
    put_day(b, y, m, t->day);
    remember(c, y, m, t->day, G_DAY, NULL);
    return 1;
}

/* X_DATE: the calendar fields given, the missing ones taken from the anchor. */
static int date_value(an_tctx *c, const tx *t, vbuf *b, anchor *a, tdir *dir) {
    if (t->easter) return easter_value(c, t, b, a, dir);
    if (t->month < 0 && t->weekday < 0 && t->day > 0) return month_day_value(c, t, b, a, dir);
    if (t->gran == G_TIME && t->month < 0 && t->weekday < 0) return clock_value(c, t, b, a);
    if (t->month < 0 && t->weekday > 0 && !t->nth_weekday) return weekday_value(c, t, b, a, dir);
    int y = t->year, used = 0;
    if (y < 0 && (t->gran == G_DECADE || t->gran == G_CENTURY)) return puts_(b, "XXX"), 0;
    if (y < 0) {
        y = missing_year(c, t, a, dir);
        used = y >= 0;
    } else if (t->gran == G_DAY && t->month > 0) {
        c->ny = y, c->nm = t->month, c->nsent = c->sent_no; /* a full date: the story's year */
    }
    put_date(c, t, b, y, dir);
    return used;
}

/* "will" or "'ll" among the few words before token a ("would" tells of a past future). */
static int will_before(const an_tctx *c, size_t a) {
    for (size_t k = a, n = 0; k-- > 0 && n < 8; n++) {
        if (an_tok_is(c, k, "will") || an_tok_is(c, k, "'ll")) return 1;
        if (an_tok_is(c, k, "would") || c->tok[k].kind == ANNALS_TOKEN_PUNCT) return 0;
    }
    return 0;
}

/* Whether a story of a past year is being told: a full date written out, or a date of a
 * year before the DCT's, in this sentence or the one before. */
static int past_story(const an_tctx *c) {
    if (c->ny && c->ny < c->dy && c->sent_no - c->nsent <= 1) return 1;
    return c->last.set && c->last.y < c->dy && c->sent_no - c->last_sent <= 1;
}

/* What the words and the story around a shift change in it (u is a copy of t). */
static void shift_in_context(const an_tctx *c, const tx *t, tx *u) {
    if (u->unit == U_WEEKEND) u->dir = an_time_tense(c, t->a, t->b);
    /* "fighting continued overnight": the night that began the evening before */
    if (u->pod == POD_NI && u->n == 0 && !u->anaphoric && an_tok_is(c, t->a, "overnight") &&
        an_time_tense(c, t->a, t->b) == DIR_PAST)
        u->n = -1;
    /* "since year-end": the last year's end, this one's lies ahead */
    if (u->unit == U_YEAR && u->mod == M_END && u->n == 0 && t->a > 0 && an_tok_is(c, t->a - 1, "since"))
        u->n = -1;
    /* "By the end of the month, aid had arrived" after "The quake struck on Jan. 12,
     * 2010", "by the end of the year" after "The war began in 2003": the month or year of
     * the story told in the past, not the DCT's */
    if (u->bare && c->has_dct && past_story(c) && an_time_tense(c, t->a, t->b) == DIR_PAST)
        u->anaphoric = 1;
    /* "will be revised over the next year" after "signed in 1994": ahead of the DCT, not of
     * a year told of in the past */
    if (u->anaphoric && u->n > 0 && u->gran >= G_MONTH && c->has_dct && c->last.set && c->last.y < c->dy &&
        will_before(c, t->a))
        u->anaphoric = 0;
}

/* A value with a day and a clock (YYYY-MM-DDTHH:MM): the time a later "two hours later"
 * counts from. */
static void remember_clock(an_tctx *c, const vbuf *b) {
    const char *s = b->s;
    if (b->n < 16 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':') return;
    for (int k = 0; k < 16; k++)
        if (k != 4 && k != 7 && k != 10 && k != 13 && (s[k] < '0' || s[k] > '9')) return;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8), h = atoi(s + 11);
    if (m < 1 || m > 12 || d < 1 || h > 24) return;
    c->clock_set = 1, c->ch = h, c->cmin = atoi(s + 14), c->cday = an_cal_days(y, m, d);
}

int an_time_normalize(an_tctx *c, const tx *t, an_timex *out) {
    vbuf b = {{0}, 0};
    anchor a = {0, 0, 0, NULL};
    int used = 0;
    out->type = (uint8_t)t->type;
    switch (t->kind) {
    case X_REF: puts_(&b, t->ref == D_PAST ? "PAST_REF" : t->ref == D_FUTURE ? "FUTURE_REF" : "PRESENT_REF"); break;
    case X_DUR: put_duration(&b, t); break;
    case X_SET: put_set(&b, t); break;
    case X_QREL: used = qrel_value(c, t, &b, &a); break;
    case X_SHIFT: {
        if (t->year_shift && c->q) {
            used = qrel_value(c, t, &b, &a);
            break;
        }
        int y, m;
        long day;
        tx u = *t;
        shift_in_context(c, t, &u);
        used = shift_value(c, &u, &b, &a, &y, &m, &day);
        if (used && !t->year_shift) { /* "a year ago" is no new anchor for "a year earlier" */
            int yy, mm, dd;
            an_cal_civil(day, &yy, &mm, &dd);
            if (u.gran <= G_DAY || u.gran == G_POD) remember(c, yy, mm, dd, G_DAY, NULL);
            else if (u.gran == G_MONTH) remember(c, y, m, 0, G_MONTH, NULL);
            else if (u.gran == G_YEAR) remember(c, y, 0, 0, G_YEAR, NULL);
            if (!u.anaphoric) c->ny = 0; /* "yesterday", "last week": back at the DCT */
        }
        break;
    }
    default: {
        /* the tense is asked when a value turns on it, of a date without its year or month */
        tdir dir = {c, t->a, t->b, t->dir, t->dir || !(t->year < 0 || t->month < 0)};
        used = date_value(c, t, &b, &a, &dir);
        break;
    }
    }
    remember_clock(c, &b);
    char *v = an_arena_strndup(&c->doc->arena, b.s, b.n);
    if (!v) return -1;
    out->value = v;
    out->mod = t->mod > 0 && t->mod < M_MODS_ ? an_time_mod_names[t->mod] : NULL;
    out->anchor = used ? (a.value ? a.value : c->dct_value) : NULL;
    if (c->capd_new) { /* the caption anchor's own value: the day, without a time */
        char day[16];
        int k = snprintf(day, sizeof day, "%04d-%02d-%02d", c->capd.y, c->capd.m, c->capd.d);
        c->capd.value = an_arena_strndup(&c->doc->arena, day, k > 0 ? (size_t)k : 0);
        if (!c->capd.value) return -1;
        c->capd.set = 1, c->capd_new = 0;
    }
    if (c->last.set && !c->last.value) c->last.value = v;
    return 0;
}
