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

/* The date expression nearest the trigger in tokens [a, b), outside attributions. */
static int nearest_time(const an_evctx *c, const an_evcand *e, size_t a, size_t b) {
    int best = -1;
    size_t dist = (size_t)-1;
    for (size_t i = a; i < b; i++) {
        int t = c->tok[i].time;
        if (t < 0 || c->tok[i].attr) continue;
        const an_timex *x = &c->doc->times.v[t];
        if (x->type != AN_TIMEX_DATE && x->type != AN_TIMEX_TIME) continue;
        if (!precision_of(x->value)) continue;
        size_t d = i < e->t0 ? e->t0 - i : i - e->t0;
        if (d < dist) {
            dist = d;
            best = t;
        }
    }
    return best;
}

static void set_from_time(an_evctx *c, an_evcand *e, int t) {
    const char *v = c->doc->times.v[t].value;
    e->time = t;
    e->date_prec = precision_of(v);
    e->date = e->date_prec == AN_DPREC_DAY && strlen(v) > 10
                  ? an_arena_strndup(&c->doc->arena, v, 10)
                  : v;
}

/* The ISO week of the published date ("2017-W09"), or NULL. */
static const char *report_week(an_evctx *c) {
    const char *p = c->doc->field[ANNALS_FIELD_PUBLISHED];
    int y, m, d;
    if (!p || sscanf(p, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return NULL;
    int iy, w;
    an_cal_iso_week(an_cal_days(y, m, d), &iy, &w);
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-W%02d", iy, w);
    return an_arena_strndup(&c->doc->arena, buf, strlen(buf));
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
            if (t < 0) t = nearest_time(c, e, 0, c->n);
            if (t >= 0) {
                set_from_time(c, e, t);
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
