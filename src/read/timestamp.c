/* timestamp.c - the "Published ..." lines of bylines: dates in the usual English orders
 * (March 3, 2017 / 3 March 2017 / 2017-03-03), 12- or 24-hour times, zone abbreviations
 * (data/timezones.txt, with US and EU summer time) and numeric offsets. The line is cut
 * into tokens first; words that are neither dates, times, zones nor the usual lead words
 * count against it, so a sentence that merely holds a date is not taken for a timestamp. */
#include <stdio.h>
#include <string.h>

#include "core/utf8.h"
#include "read/plaintext.h"

#define TS_MAX_BYTES 200
#define TS_MAX_TOKENS 48
#define TS_MAX_UNKNOWN 2

enum { T_NUM, T_WORD, T_PUNCT };

typedef struct {
    int kind;
    size_t at, len;
    long num;  /* T_NUM: value (capped); T_PUNCT: the character */
} token;

typedef struct {
    const an_read_res *r;
    token t[TS_MAX_TOKENS];
    size_t n;
    int y, mo, d, h, mi, sec;
    int ampm; /* 0 none, 1 am, 2 pm */
    int has_zone, zone, rule, unknown;
    const char *s;
} ts_state;

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_letter(int c) { return lower(c) >= 'a' && lower(c) <= 'z'; }

/* ---- calendar ---------------------------------------------------------------------- */

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int y, int m) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static long day_number(int y, int m, int d) {
    long yy = m <= 2 ? y - 1 : y;
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

long an_day_number(int y, int m, int d) { return day_number(y, m, d); }

int an_date_valid(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

static int weekday(int y, int m, int d) { /* 0 = Sunday */
    long w = (day_number(y, m, d) + 4) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

/* Day of the month of the nth (1-based) Sunday, or of the last one when n == 0. */
static int sunday(int y, int m, int n) {
    if (n == 0) {
        int last = month_days(y, m);
        return last - weekday(y, m, last);
    }
    return 1 + (7 - weekday(y, m, 1)) % 7 + 7 * (n - 1);
}

/* Whether local time falls in [start day at hour a, end day at hour b) of one year. */
static int in_season(const ts_state *st, int m1, int d1, int a, int m2, int d2, int b) {
    long now = (day_number(st->y, st->mo, st->d)) * 24 + (st->h < 0 ? 12 : st->h);
    long from = day_number(st->y, m1, d1) * 24 + a, to = day_number(st->y, m2, d2) * 24 + b;
    return now >= from && now < to;
}

static int us_summer(const ts_state *st) {
    if (st->y >= 2007) return in_season(st, 3, sunday(st->y, 3, 2), 2, 11, sunday(st->y, 11, 1), 2);
    if (st->y >= 1987) return in_season(st, 4, sunday(st->y, 4, 1), 2, 10, sunday(st->y, 10, 0), 2);
    return in_season(st, 4, sunday(st->y, 4, 0), 2, 10, sunday(st->y, 10, 0), 2);
}

/* 01:00 UTC both ways, on the UK wall clock. The hour that repeats in autumn is read as
 * summer time in both rules. */
static int eu_summer(const ts_state *st) {
    return in_season(st, 3, sunday(st->y, 3, 0), 1, 10, sunday(st->y, 10, 0), 2);
}

/* ---- tokens ------------------------------------------------------------------------ */

static int tokenize(ts_state *st, const char *s, size_t len) {
    st->n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t start = i;
        token tk = {T_PUNCT, i, 1, c};
        if (is_digit(c)) {
            long v = 0;
            while (i < len && is_digit((unsigned char)s[i])) {
                if (v < 100000) v = v * 10 + (s[i] - '0');
                i++;
            }
            tk = (token){T_NUM, start, i - start, v};
        } else if (is_letter(c)) {
            /* letters, with inner dots kept so "a.m" is one word */
            while (i < len && (is_letter((unsigned char)s[i]) ||
                               (s[i] == '.' && i + 1 < len && is_letter((unsigned char)s[i + 1]) &&
                                i + 2 <= len && (i + 2 == len || !is_letter((unsigned char)s[i + 2])))))
                i++;
            tk = (token){T_WORD, start, i - start, 0};
        } else if (c >= 0x80) {
            size_t adv;
            int32_t cp = an_utf8_decode((const unsigned char *)s + i, len - i, &adv);
            i += adv;
            if (!an_uc_is_letter(cp)) continue; /* bullets, dashes, NBSP: separators */
            while (i < len && (unsigned char)s[i] >= 0x80) i++;
            tk = (token){T_WORD, start, i - start, 0};
        } else {
            i++;
            if (c == ' ' || c == '\t') continue;
        }
        if (st->n == TS_MAX_TOKENS) return -1;
        st->t[st->n++] = tk;
    }
    return 0;
}

static const token *tok(const ts_state *st, size_t i) { return i < st->n ? &st->t[i] : NULL; }

static int is_punct(const ts_state *st, size_t i, char c) {
    const token *t = tok(st, i);
    return t && t->kind == T_PUNCT && t->num == c;
}

static int is_num(const ts_state *st, size_t i, size_t min_len, size_t max_len) {
    const token *t = tok(st, i);
    return t && t->kind == T_NUM && t->len >= min_len && t->len <= max_len;
}

/* Tokens i and i+1 touch (no space between). */
static int glued(const ts_state *st, size_t i) {
    return i + 1 < st->n && st->t[i].at + st->t[i].len == st->t[i + 1].at;
}

/* Compares a word token with a lower-case string, ignoring case and dots. */
static int word_is(const ts_state *st, size_t i, const char *w) {
    const token *t = tok(st, i);
    if (!t || t->kind != T_WORD) return 0;
    size_t k = 0;
    for (size_t j = 0; j < t->len; j++) {
        char c = st->s[t->at + j];
        if (c == '.') continue;
        if (!w[k] || lower((unsigned char)c) != w[k]) return 0;
        k++;
    }
    return w[k] == '\0';
}

static int word_in(const ts_state *st, size_t i, const char *const *list) {
    for (size_t k = 0; list[k]; k++)
        if (word_is(st, i, list[k])) return (int)k + 1;
    return 0;
}

static int month_of(const ts_state *st, size_t i) {
    static const char *const names[] = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "may", "jun", "jul",
        "aug", "sep", "oct", "nov", "dec", "sept", NULL};
    int k = word_in(st, i, names);
    return k == 0 ? 0 : k == 25 ? 9 : (k - 1) % 12 + 1;
}

static int is_weekday(const ts_state *st, size_t i) {
    static const char *const names[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", NULL};
    return word_in(st, i, names) != 0;
}

/* Words that lead or join the parts of a timestamp line. */
static int is_filler(const ts_state *st, size_t i) {
    static const char *const words[] = {
        "published", "updated", "posted", "last", "modified", "on", "at", "first", "created",
        "date", "time", "local", "edited", "uploaded", "t", "of", "the", NULL};
    return word_in(st, i, words) != 0;
}

static int ampm_of(const ts_state *st, size_t i) {
    if (word_is(st, i, "am")) return 1;
    if (word_is(st, i, "pm")) return 2;
    return 0;
}

static int is_ordinal(const ts_state *st, size_t i) {
    static const char *const words[] = {"st", "nd", "rd", "th", NULL};
    return i > 0 && glued(st, i - 1) && word_in(st, i, words) != 0;
}

/* A zone abbreviation: capitals only, found in the table. */
static int zone_of(const ts_state *st, size_t i, int *value) {
    const token *t = tok(st, i);
    if (!t || t->kind != T_WORD || t->len > 5) return 0;
    for (size_t j = 0; j < t->len; j++)
        if (st->s[t->at + j] < 'A' || st->s[t->at + j] > 'Z') return 0;
    return an_strtab_get(&st->r->timezones, st->s + t->at, t->len, value);
}

/* ---- parts ------------------------------------------------------------------------- */

/* H:MM[:SS[.fff]] [am|pm] at token i; returns the next token or i when not a time. */
static size_t parse_clock(ts_state *st, size_t i) {
    if (!is_num(st, i, 1, 2) || !is_punct(st, i + 1, ':') || !is_num(st, i + 2, 2, 2) ||
        !glued(st, i) || !glued(st, i + 1))
        return i;
    st->h = (int)st->t[i].num;
    st->mi = (int)st->t[i + 2].num;
    st->sec = 0;
    size_t j = i + 3;
    if (is_punct(st, j, ':') && is_num(st, j + 1, 2, 2) && glued(st, j - 1) && glued(st, j)) {
        st->sec = (int)st->t[j + 1].num;
        j += 2;
        if (is_punct(st, j, '.') && is_num(st, j + 1, 1, 9) && glued(st, j - 1)) j += 2;
    }
    if ((st->ampm = ampm_of(st, j)) != 0) j++;
    return j;
}

/* YYYY-MM-DD at token i. */
static size_t parse_iso_date(ts_state *st, size_t i) {
    if (!is_num(st, i, 4, 4) || !is_punct(st, i + 1, '-') || !is_num(st, i + 2, 1, 2) ||
        !is_punct(st, i + 3, '-') || !is_num(st, i + 4, 1, 2) || !glued(st, i) ||
        !glued(st, i + 1) || !glued(st, i + 2) || !glued(st, i + 3))
        return i;
    st->y = (int)st->t[i].num;
    st->mo = (int)st->t[i + 2].num;
    st->d = (int)st->t[i + 4].num;
    return i + 5;
}

/* +03:00, +0300, -5 after a time or a UTC/GMT word; returns the next token or i. */
static size_t parse_offset(ts_state *st, size_t i) {
    const token *t = tok(st, i);
    if (!t || !(is_punct(st, i, '+') || is_punct(st, i, '-')) || !glued(st, i) ||
        !is_num(st, i + 1, 1, 4))
        return i;
    int sign = t->num == '-' ? -1 : 1;
    const token *n = &st->t[i + 1];
    int hours = (int)n->num, minutes = 0;
    size_t j = i + 2;
    if (n->len == 4 || n->len == 3) {
        hours = (int)n->num / 100;
        minutes = (int)n->num % 100;
    } else if (is_punct(st, j, ':') && is_num(st, j + 1, 2, 2) && glued(st, j - 1)) {
        minutes = (int)st->t[j + 1].num;
        j += 2;
    }
    if (hours > 14 || minutes > 59) return i;
    st->zone += sign * (hours * 60 + minutes);
    st->rule = AN_TZ_FIXED;
    st->has_zone = 1;
    return j;
}

/* A later token that can only be the year (so "2000 GMT" before it is a time). */
static int year_follows(const ts_state *st, size_t i) {
    for (size_t j = i + 1; j < st->n; j++)
        if (is_num(st, j, 4, 4) && st->t[j].num >= 1900 && st->t[j].num <= 2199) return 1;
    return 0;
}

static size_t skip_parens(const ts_state *st, size_t i) {
    while (i < st->n && !is_punct(st, i, ')')) i++;
    return i + 1;
}

static size_t on_zone(ts_state *st, size_t i, int value) {
    if (st->has_zone) return i + 1;
    st->has_zone = 1;
    st->zone = AN_TZ_MINUTES(value);
    st->rule = AN_TZ_RULE(value);
    size_t j = parse_offset(st, i + 1);
    return j > i + 1 ? j : i + 1;
}

static size_t on_number(ts_state *st, size_t i) {
    const token *t = &st->t[i];
    size_t j;
    int zone;
    if (!st->y && (j = parse_iso_date(st, i)) != i) return j;
    if (st->h < 0 && (j = parse_clock(st, i)) != i) return j;
    if (st->h < 0 && t->len <= 2 && ampm_of(st, i + 1)) { /* "5 p.m." */
        st->h = (int)t->num;
        st->mi = st->sec = 0;
        st->ampm = ampm_of(st, i + 1);
        return i + 2;
    }
    if (st->h < 0 && t->len == 4 && zone_of(st, i + 1, &zone) && t->num % 100 < 60 &&
        t->num / 100 < 24 && (st->y || year_follows(st, i))) { /* "0712 GMT" */
        st->h = (int)t->num / 100;
        st->mi = (int)t->num % 100;
        st->sec = 0;
        return i + 1;
    }
    if (!st->y && t->len == 4 && t->num >= 1900 && t->num <= 2199) {
        st->y = (int)t->num;
        return i + 1;
    }
    if (!st->d && t->len <= 2 && (month_of(st, i + 1) || is_ordinal(st, i + 1))) {
        st->d = (int)t->num;
        return is_ordinal(st, i + 1) ? i + 2 : i + 1;
    }
    st->unknown++;
    return i + 1;
}

static size_t on_word(ts_state *st, size_t i) {
    int m = month_of(st, i), zone;
    if (m && !st->mo) {
        st->mo = m;
        size_t j = i + 1;
        if (is_punct(st, j, '.')) j++;
        if (!st->d && is_num(st, j, 1, 2) && !is_punct(st, j + 1, ':')) {
            st->d = (int)st->t[j].num;
            j++;
            if (is_ordinal(st, j)) j++;
        }
        return j;
    }
    if (is_weekday(st, i) || is_filler(st, i)) return i + 1;
    if (zone_of(st, i, &zone)) return on_zone(st, i, zone);
    if (st->h >= 0 && !st->ampm && ampm_of(st, i)) {
        st->ampm = ampm_of(st, i);
        return i + 1;
    }
    st->unknown++;
    return i + 1;
}

static size_t on_punct(ts_state *st, size_t i) {
    if (is_punct(st, i, '(') && st->h >= 0) return skip_parens(st, i);
    if (st->h >= 0 && !st->has_zone && i > 0 && st->t[i - 1].kind == T_NUM) {
        size_t j = parse_offset(st, i);
        if (j != i) return j;
    }
    return i + 1;
}

/* ---- result ------------------------------------------------------------------------ */

static int valid(ts_state *st) {
    if (!an_date_valid(st->y, st->mo, st->d)) return 0;
    if (st->h < 0) return 1;
    if (st->ampm) {
        if (st->h < 1 || st->h > 12) return 0;
        st->h = st->h % 12 + (st->ampm == 2 ? 12 : 0);
    }
    return st->h <= 23 && st->mi <= 59 && st->sec <= 59;
}

static void format(ts_state *st, char out[40]) {
    if (st->h < 0) {
        snprintf(out, 40, "%04d-%02d-%02d", st->y, st->mo, st->d);
        return;
    }
    int n = snprintf(out, 40, "%04d-%02d-%02dT%02d:%02d:%02d", st->y, st->mo, st->d, st->h, st->mi,
                     st->sec);
    if (!st->has_zone) return;
    int zone = st->zone;
    if ((st->rule == AN_TZ_US && us_summer(st)) || (st->rule == AN_TZ_EU && eu_summer(st))) zone += 60;
    int a = zone < 0 ? -zone : zone;
    snprintf(out + n, 40 - (size_t)n, "%c%02d:%02d", zone < 0 ? '-' : '+', a / 60, a % 60);
}

int an_parse_timestamp(const an_read_res *r, const char *s, size_t len, char out[40]) {
    ts_state st;
    memset(&st, 0, sizeof st);
    st.r = r;
    st.s = s;
    st.h = st.mi = st.sec = -1;
    out[0] = '\0';
    if (len > TS_MAX_BYTES || tokenize(&st, s, len) != 0) return 0;
    for (size_t i = 0; i < st.n;) {
        int kind = st.t[i].kind;
        /* "Published ... | Updated ...": the first complete date wins */
        if (st.y && st.mo && st.d &&
            ((st.h >= 0 && is_punct(&st, i, '|')) || word_is(&st, i, "updated") ||
             word_is(&st, i, "modified")))
            break;
        i = kind == T_NUM ? on_number(&st, i) : kind == T_WORD ? on_word(&st, i) : on_punct(&st, i);
    }
    if (st.unknown > TS_MAX_UNKNOWN || !valid(&st)) return 0;
    format(&st, out);
    return 1;
}
