/* dates.c - when: the event's own date from a time expression in its clause (else in its
 * sentence, outside the attribution: in "..., officials said Friday" Friday is when they
 * spoke), else the date of the clause it hangs on, else the week of the report. */
#include <stdio.h>
#include <string.h>

#include "event/ev.h"
#include "time/calendar.h"

static int digit(char ch) { return ch >= '0' && ch <= '9'; }

/* The precision of a TimeML date value, or 0 when it names no calendar date. */
static uint8_t precision_of(const char *v) {
    if (!v || !digit(v[0]) || !digit(v[1]) || !digit(v[2]) || !digit(v[3])) return 0;
    if (v[4] == '\0') return AN_DPREC_YEAR;
    if (v[4] != '-') return 0;
    if (v[5] == 'W' && digit(v[6])) return AN_DPREC_WEEK;
    if (!digit(v[5]) || !digit(v[6])) return 0;
    if (v[7] == '\0') return AN_DPREC_MONTH;
    if (v[7] == '-' && digit(v[8]) && digit(v[9])) return AN_DPREC_DAY;
    return 0;
}

static void set_from_time(an_evctx *c, an_evcand *e, int t) {
    const char *v = c->doc->times.v[t].value;
    e->time = t;
    e->date_prec = precision_of(v);
    e->date = e->date_prec == AN_DPREC_DAY && strlen(v) > 10
                  ? an_arena_strndup(&c->doc->arena, v, 10)
                  : v;
}

long an_ev_report_day(const an_evctx *c) { return c->report_day; }

long an_ev_published_day(const annals_doc *doc) {
    const char *p = doc->field[ANNALS_FIELD_PUBLISHED];
    int y, m, d;
    if (!p || sscanf(p, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 ||
        d > an_cal_month_days(y, m))
        return -1;
    return an_cal_days(y, m, d);
}

/* Days in a duration the report looks back over: PT24H 1, P3D 3, P2W 14, P1M 31; 0 when
 * it is not a plain count of one unit. */
static long duration_days(const char *v) {
    long n = 0;
    int hours = v[0] == 'P' && v[1] == 'T';
    const char *p = v + 1 + hours;
    if (v[0] != 'P' || !digit(*p)) return 0;
    while (digit(*p)) n = n * 10 + (*p++ - '0');
    if (p[1] != '\0' || n <= 0 || n > 3660) return 0;
    if (hours) return *p == 'H' ? (n + 23) / 24 : 0;
    return *p == 'D' ? n : *p == 'W' ? n * 7 : *p == 'M' ? n * 31 : *p == 'Y' ? n * 366 : 0;
}

/* The interval from day `from` to the report, as an ISO 8601 interval with a precision
 * for its length. */
static void set_interval(an_evctx *c, an_evcand *e, int t, long from, long to) {
    int y1, m1, d1, y2, m2, d2;
    an_cal_civil(from, &y1, &m1, &d1);
    an_cal_civil(to, &y2, &m2, &d2);
    char buf[32];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d/%04d-%02d-%02d", y1 % 10000, m1 % 100, d1 % 100,
             y2 % 10000, m2 % 100, d2 % 100);
    e->time = t;
    e->date = an_arena_strndup(&c->doc->arena, buf, strlen(buf));
    long span = to - from + 1;
    e->date_prec = span <= 1 ? AN_DPREC_DAY : span <= 7 ? AN_DPREC_WEEK
                   : span <= 31 ? AN_DPREC_MONTH : AN_DPREC_YEAR;
}

static int looks_back(const an_evctx *c, size_t i) {
    static const char *const back[] = {"past", "last", NULL};
    return an_ev_is_any(c, i, back) || (i + 1 < c->n && an_ev_is_any(c, i + 1, back));
}

int an_ev_first_day(const char *v, long *day) {
    int y, m = 1, d = 1, w;
    if (sscanf(v, "%4d-W%2d", &y, &w) == 2 && strlen(v) == 8 && w >= 1 && w <= 53) {
        *day = an_cal_iso_monday(y, w);
        return 1;
    }
    int n = sscanf(v, "%4d-%2d-%2d", &y, &m, &d);
    if (n < 1 || strlen(v) != (n == 1 ? 4u : n == 2 ? 7u : 10u) || m < 1 || m > 12 || d < 1 ||
        d > an_cal_month_days(y, m))
        return 0;
    *day = an_cal_days(y, m, d);
    return 1;
}

/* "since May 13", "since March 2011", "in the past 24 hours": the event runs from then to
 * the report, not on the day, month or year named ("7,500 people have been killed since
 * March 2011" is a toll of a year, not of March). Returns 1 when it set such an interval. */
static int looking_back(an_evctx *c, an_evcand *e, int t) {
    size_t first = 0;
    while (first < c->n && c->tok[first].time != t) first++;
    if (first == c->n) return 0;
    const an_timex *x = &c->doc->times.v[t];
    long to = an_ev_report_day(c);
    if (to < 0) return 0;
    if (x->type == AN_TIMEX_DATE && first > 0 && an_ev_is(c, first - 1, "since")) {
        long from;
        if (!an_ev_first_day(x->value, &from) || from >= to) return 0;
        set_interval(c, e, t, from, to);
        return 1;
    }
    long days = x->type == AN_TIMEX_DURATION ? duration_days(x->value) : 0;
    if (days == 0 || !looks_back(c, first)) return 0;
    set_interval(c, e, t, to - days + (days > 1 || x->value[1] != 'T'), to);
    return 1;
}

/* The date expression nearest the trigger in tokens [a, b), outside attributions (but
 * for a statement, whose trigger is the verb of saying: "said on Tuesday" is its day); a
 * stretch the report looks back over ("in the past 24 hours") counts as one. */
static int nearest_time(const an_evctx *c, const an_evcand *e, size_t a, size_t b) {
    int best = -1, said = c->tok[e->t0].attr;
    size_t dist = (size_t)-1;
    for (size_t i = a; i < b; i++) {
        int t = c->tok[i].time;
        if (t < 0 || (c->tok[i].attr && !said)) continue;
        const an_timex *x = &c->doc->times.v[t];
        int back = x->type == AN_TIMEX_DURATION && duration_days(x->value) > 0 && looks_back(c, i);
        if (x->type != AN_TIMEX_DATE && x->type != AN_TIMEX_TIME && !back) continue;
        if (!back && !precision_of(x->value)) continue;
        size_t d = i < e->t0 ? e->t0 - i : i - e->t0;
        if (d < dist) {
            dist = d;
            best = t;
        }
    }
    return best;
}

/* The ISO week of the published date ("2017-W09"), or NULL. */
static const char *report_week(an_evctx *c) {
    long day = an_ev_report_day(c);
    if (day < 0) return NULL;
    int iy, w;
    an_cal_iso_week(day, &iy, &w);
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-W%02d", iy, w);
    return an_arena_strndup(&c->doc->arena, buf, strlen(buf));
}

/* A clause set before or after the main one ("three months after the militants had seized
 * it"): the main clause's date is not its own. */
static int sequenced(const an_evctx *c, const an_evcand *e) {
    static const char *const order[] = {"after", "before", "since", "until", NULL};
    return e->clause_kind == AN_BRK_SUB && an_ev_is_any(c, e->c0, order);
}

void an_ev_dates(an_evctx *c) {
    const char *week = NULL;
    int prev = -1;
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        if (e->absorbed_by >= 0) continue;
        int t = nearest_time(c, e, e->c0, e->c1);
        int shares = e->clause_kind == AN_BRK_COORD || e->clause_kind == AN_BRK_PART;
        if (t < 0 && shares && prev >= 0 && c->cand[prev].date) {
            e->date = c->cand[prev].date;
            e->date_prec = c->cand[prev].date_prec;
            e->time = c->cand[prev].time;
        } else {
            if (t < 0 && !sequenced(c, e)) t = nearest_time(c, e, 0, c->n);
            if (t >= 0) {
                if (!looking_back(c, e, t)) set_from_time(c, e, t);
            } else {
                if (!week) week = report_week(c);
                e->date = week;
                e->date_prec = week ? AN_DPREC_WEEK : AN_DPREC_NONE;
            }
        }
        prev = (int)k;
    }
}

static const char *const date_precisions[] = {NULL, "day", "week", "month", "year"};

const char *an_event_date_precision(unsigned p) { return p < 5 ? date_precisions[p] : NULL; }
