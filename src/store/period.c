/* period.c - calendar periods of TimeML values and ISO dates: the first and last day, and
 * the precision, so a month stays a month (2016-03 is not 2016-03-01). */
#include <string.h>

#include "annals.h"
#include "store/store.h"

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

/* Days since 1970-01-01 and back (civil calendar, after Howard Hinnant). */
static long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* YYYY-MM-DD, written by hand: the ranges are known, snprintf's checker cannot tell. */
static void put_ymd(char out[11], int y, int m, int d) {
    const int parts[3] = {y, m, d}, widths[3] = {4, 2, 2};
    char *p = out;
    for (int i = 0; i < 3; i++) {
        if (i) *p++ = '-';
        for (int k = widths[i] - 1, v = parts[i]; k >= 0; k--, v /= 10) p[k] = (char)('0' + v % 10);
        p += widths[i];
    }
    *p = 0;
}

static void put_day(char out[11], long days) {
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    put_ymd(out, y, m, d);
}

static int digits(const char *s, int n) {
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static int num(const char *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

/* A period of whole months [m1, m2] of year y (m2 may run into the next year). */
static void months(int y, int m1, int m2, char start[11], char end[11]) {
    int y2 = y + (m2 - 1) / 12;
    m2 = (m2 - 1) % 12 + 1;
    put_ymd(start, y, m1, 1);
    put_ymd(end, y2, m2, days_in_month(y2, m2));
}

/* ISO week w of year y, whole ("W49"), its weekend ("W49-WE") or one day ("W49-3"). */
static int week(int y, int w, const char *rest, char start[11], char end[11], const char **prec) {
    int first = 0, last = 6;
    if (w < 1 || w > 53) return -1;
    if (strcmp(rest, "-WE") == 0) first = 5;
    else if (rest[0] == '-' && rest[1] >= '1' && rest[1] <= '7' && rest[2] == 0)
        first = last = rest[1] - '1';
    else if (rest[0] != 0) return -1;
    long jan4 = days_from_civil(y, 1, 4);
    long monday = jan4 - ((jan4 + 3) % 7 + 7) % 7 + 7L * (w - 1); /* 1970-01-01: a Thursday */
    put_day(start, monday + first);
    put_day(end, monday + last);
    *prec = first == last ? "day" : "week";
    return 0;
}

/* What follows YYYY-: MM, MM-DD (and a time), Www, a season, a quarter or a half. */
static int after_year(int y, const char *r, char start[11], char end[11], const char **prec) {
    static const struct {
        const char *code;
        int m1, m2;
        const char *prec;
    } parts[] = {{"SP", 3, 5, "season"},  {"SU", 6, 8, "season"},  {"FA", 9, 11, "season"},
                 {"WI", 12, 14, "season"}, {"Q1", 1, 3, "quarter"}, {"Q2", 4, 6, "quarter"},
                 {"Q3", 7, 9, "quarter"}, {"Q4", 10, 12, "quarter"}, {"H1", 1, 6, "half"},
                 {"H2", 7, 12, "half"}};
    if (digits(r, 2)) {
        int m = num(r, 2);
        if (m < 1 || m > 12) return -1;
        if (r[2] == 0) {
            months(y, m, m, start, end);
            *prec = "month";
            return 0;
        }
        if (r[2] != '-' || !digits(r + 3, 2) || (r[5] != 0 && r[5] != 'T' && r[5] != ' '))
            return -1;
        int d = num(r + 3, 2);
        if (d < 1 || d > days_in_month(y, m)) return -1;
        put_day(start, days_from_civil(y, m, d));
        memcpy(end, start, 11);
        *prec = "day";
        return 0;
    }
    if (r[0] == 'W' && digits(r + 1, 2)) return week(y, num(r + 1, 2), r + 3, start, end, prec);
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        if (strcmp(r, parts[i].code) == 0) {
            months(y, parts[i].m1, parts[i].m2, start, end);
            *prec = parts[i].prec;
            return 0;
        }
    return -1;
}

/* An ISO 8601 interval of two calendar values, "2017-05-13/2017-06-04": from the first day
 * of the one to the last day of the other. */
static int interval(const char *v, const char *slash, char start[11], char end[11]) {
    char left[32], s2[11], e1[11];
    size_t n = (size_t)(slash - v);
    if (n >= sizeof left || strchr(slash + 1, '/')) return -1;
    memcpy(left, v, n);
    left[n] = 0;
    if (annals_period(left, start, e1, NULL) != 0 || annals_period(slash + 1, s2, end, NULL) != 0)
        return -1;
    return strcmp(start, end) <= 0 ? 0 : -1;
}

int annals_period(const char *v, char start[11], char end[11], const char **precision) {
    const char *prec = NULL;
    const char *slash = v ? strchr(v, '/') : NULL;
    if (slash) {
        if (interval(v, slash, start, end) != 0) return -1;
        if (precision) *precision = "range";
        return 0;
    }
    if (!v || !digits(v, 4)) return -1;
    int y = num(v, 4);
    if (y < 1) return -1;
    if (v[4] == 0) {
        put_ymd(start, y, 1, 1);
        put_ymd(end, y, 12, 31);
        prec = "year";
    } else if (v[4] != '-' || after_year(y, v + 5, start, end, &prec) != 0) {
        return -1;
    }
    if (precision) *precision = prec;
    return 0;
}

void an_store_day_string(long days, char out[11]) { put_day(out, days); }

long an_store_days(const char *ymd) {
    if (!ymd || !digits(ymd, 4) || ymd[4] != '-' || !digits(ymd + 5, 2) || ymd[7] != '-' ||
        !digits(ymd + 8, 2))
        return 0;
    return days_from_civil(num(ymd, 4), num(ymd + 5, 2), num(ymd + 8, 2));
}
