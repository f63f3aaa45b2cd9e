/* pattern.c - recognizing short leftover lines: page furniture (data/furniture.txt, a small
 * glob syntax described there), photo credits (data/credits.txt) and outlet names
 * (data/outlets.txt). Only short lines are looked at, so paragraphs cost nothing. */
#include <string.h>

#include "core/utf8.h"
#include "read/plaintext.h"

#define FURNITURE_MAX 200
#define CREDIT_MAX 120
#define SLASH_CREDIT_MAX 80

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) {
    return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'z');
}

/* ---- furniture -------------------------------------------------------------------- */

/* Matches one pattern element at p (not '*') against s; returns the bytes of s it took,
 * or 0 when it does not match. Sets *plen to the bytes of the pattern element. */
static size_t match_one(const char *p, size_t pn, const char *s, size_t sn, size_t *plen) {
    if (pn >= 3 && memcmp(p, "{n}", 3) == 0) {
        *plen = 3;
        size_t k = 0;
        while (k < sn && is_digit((unsigned char)s[k])) k++;
        return k;
    }
    *plen = 1;
    return sn > 0 && lower((unsigned char)*p) == lower((unsigned char)*s) ? 1 : 0;
}

/* p[0..pn) holds no '*' and no {n}. */
static int is_literal(const char *p, size_t pn) {
    for (size_t i = 0; i < pn; i++)
        if (p[i] == '*' || (p[i] == '{' && pn - i >= 3 && memcmp(p + i, "{n}", 3) == 0)) return 0;
    return 1;
}

static int ends_with(const char *s, size_t sn, const char *p, size_t pn) {
    if (pn > sn) return 0;
    for (size_t i = 0; i < pn; i++)
        if (lower((unsigned char)s[sn - pn + i]) != lower((unsigned char)p[i])) return 0;
    return 1;
}

/* Glob match with '*' backtracking to the last star (enough for these short lines); a
 * star followed by plain text only needs a look at the end of the line. */
static int glob_match(const char *p, size_t pn, const char *s, size_t sn) {
    size_t pi = 0, si = 0, star_p = SIZE_MAX, star_s = 0;
    while (si < sn || pi < pn) {
        if (pi < pn && p[pi] == '*') {
            star_p = ++pi;
            star_s = si;
            if (is_literal(p + pi, pn - pi)) return ends_with(s + si, sn - si, p + pi, pn - pi);
            continue;
        }
        size_t plen = 0, took = pi < pn ? match_one(p + pi, pn - pi, s + si, sn - si, &plen) : 0;
        if (took) {
            pi += plen;
            si += took;
            continue;
        }
        if (star_p == SIZE_MAX || star_s >= sn) return 0;
        pi = star_p;
        si = ++star_s;
    }
    return 1;
}

/* Marks that hang on furniture lines: spaces : . | - > < and the bullets • · » ›. */
static size_t edge_mark(const char *s, size_t n, int at_end) {
    static const char *const wide[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xC2\xBB", "\xE2\x80\xBA"};
    if (n == 0) return 0;
    unsigned char c = (unsigned char)(at_end ? s[n - 1] : s[0]);
    if (strchr(" :.|-<>", c) && c) return 1;
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++) {
        size_t w = strlen(wide[i]);
        if (n >= w && memcmp(at_end ? s + n - w : s, wide[i], w) == 0) return w;
    }
    return 0;
}

int an_pattern_key(const char *s, size_t len, int is_pattern) {
    if (len == 0) return 0;
    int c = (unsigned char)s[0];
    if (is_pattern && c == '*') return 0;
    if (is_digit(c) || (is_pattern && len >= 3 && memcmp(s, "{n}", 3) == 0)) return '0';
    return lower(c);
}

static int match_bucket(const an_read_res *r, int key, const char *s, size_t len) {
    for (size_t i = r->furniture_at[key]; i < r->furniture_at[key + 1]; i++) {
        const struct an_pattern *p = &r->furniture[i];
        if (len < p->min_len || (p->fixed && len != p->min_len)) continue;
        if (glob_match(p->s, p->len, s, len)) return 1;
    }
    return 0;
}

int an_is_furniture(const an_read_res *r, const char *s, size_t len) {
    if (len > FURNITURE_MAX) return 0;
    size_t k;
    while ((k = edge_mark(s, len, 0)) != 0) s += k, len -= k;
    while ((k = edge_mark(s, len, 1)) != 0) len -= k;
    if (len == 0) return 1; /* nothing but marks */
    int key = an_pattern_key(s, len, 0);
    return (key && match_bucket(r, key, s, len)) || match_bucket(r, 0, s, len);
}

/* ---- credits ---------------------------------------------------------------------- */

/* Whether a credit marker starts at s[i]; markers that start (end) with a letter or digit
 * must not be glued to another one there. */
static int marker_at(const char *s, size_t len, size_t i, const struct an_pattern *m) {
    if (m->len > len - i || memcmp(s + i, m->s, m->len) != 0) return 0;
    if (is_alnum((unsigned char)m->s[0]) && i > 0 && is_alnum((unsigned char)s[i - 1])) return 0;
    size_t e = i + m->len;
    return !(is_alnum((unsigned char)m->s[m->len - 1]) && e < len && is_alnum((unsigned char)s[e]));
}

static int has_marker(const an_read_res *r, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        for (size_t k = r->credits_at[b]; k < r->credits_at[b + 1]; k++)
            if (marker_at(s, len, i, &r->credits[k])) return 1;
    }
    return 0;
}

/* Lower-case words that credits use; other lower-case words make a line read like prose. */
static int credit_word(const char *w, size_t n) {
    static const char *const words[] = {
        "via", "by", "for", "of", "the", "and", "de", "del", "della", "da", "di", "do", "dos",
        "van", "von", "der", "den", "al", "el", "la", "le", "du", "bin", "ibn", "y", "e", "from",
        "photo", "photos", "image", "images", "file", "handout", "pool", "staff", "courtesy",
        "photographer", "illustration", "screenshot", "on", "at", "dpa", NULL};
    for (size_t i = 0; words[i]; i++)
        if (words[i][0] == w[0] && strncmp(words[i], w, n) == 0 && words[i][n] == '\0') return 1;
    return 0;
}

static int is_trailing_mark(int c) {
    switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case '"': case '\'':
        return 1;
    default:
        return 0;
    }
}

/* A credit reads as a list of names; prose has lower-case words (three, or two and a full
 * stop) or is long. Stops as soon as it knows. */
static int reads_like_prose(const char *s, size_t len, size_t *words) {
    int stop = len > 0 && strchr(".!?", s[len - 1]) != NULL;
    size_t prose = 0;
    *words = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ') i++;
        size_t start = i;
        while (i < len && s[i] != ' ') i++;
        if (i == start) break;
        if (++*words > 16) return 1;
        size_t end = i;
        while (end > start && is_trailing_mark((unsigned char)s[end - 1])) end--;
        if (end > start && s[start] >= 'a' && s[start] <= 'z' && !credit_word(s + start, end - start) &&
            (++prose >= 3 || (stop && prose >= 2)))
            return 1;
    }
    return 0;
}

/* "Jane Roe/Agency", "A. Name\AGENCY": short, and each part after a slash starts with a
 * capital; no URL. */
static int slash_credit(const char *s, size_t len, size_t words) {
    if (len > SLASH_CREDIT_MAX || words > 8 || !(s[0] >= 'A' && s[0] <= 'Z')) return 0;
    if (memchr(s, ':', len) && len >= 3) {
        for (size_t i = 0; i + 3 <= len; i++)
            if (memcmp(s + i, "://", 3) == 0) return 0;
    }
    int slashes = 0;
    for (size_t i = 1; i + 1 < len; i++) {
        if (s[i] != '/' && s[i] != '\\') continue;
        unsigned char before = (unsigned char)s[i - 1], after = (unsigned char)s[i + 1];
        if (is_digit(before) || before == ' ') return 0;
        if (!(after >= 'A' && after <= 'Z')) return 0;
        slashes++;
    }
    return slashes > 0;
}

int an_is_credit(const an_read_res *r, const char *s, size_t len) {
    size_t words;
    if (len == 0 || len > CREDIT_MAX || reads_like_prose(s, len, &words)) return 0;
    return has_marker(r, s, len) || slash_credit(s, len, words);
}

/* ---- outlets ---------------------------------------------------------------------- */

int an_outlet_flags(const an_read_res *r, const char *s, size_t len) {
    char low[128];
    if (len == 0 || len > sizeof low) return 0;
    for (size_t i = 0; i < len; i++) low[i] = (char)lower((unsigned char)s[i]);
    int flags = 0;
    if (an_strtab_get(&r->outlets, low, len, &flags)) return flags;
    if (len > 4 && memcmp(low, "the ", 4) == 0 && an_strtab_get(&r->outlets, low + 4, len - 4, &flags))
        return flags;
    return 0;
}
