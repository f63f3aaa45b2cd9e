/* byline.c - bylines ("By Ann Lee and Bo Chan, Example News") and datelines
 * ("BEIRUT (Reuters) -", "CNN —") of page dumps. Both work on cleaned lines. */
#include <string.h>

#include "core/utf8.h"
#include "read/plaintext.h"

#define BYLINE_MAX 300
#define MAX_PARTS 16
#define NAME_MAX_BYTES 60
#define DATELINE_SCAN 100
#define DATELINE_MAX 80

typedef struct {
    const char *s;
    size_t n;
} span;

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; }

static span trim(const char *s, size_t n) {
    while (n && (s[0] == ' ' || s[0] == ',')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == ',')) n--;
    return (span){s, n};
}

static int32_t first_cp(const char *s, size_t n) {
    size_t adv;
    return n ? an_utf8_decode((const unsigned char *)s, n, &adv) : -1;
}

static int starts_upper(const char *s, size_t n) { return an_uc_is_upper(first_cp(s, n)); }

/* Finds `needle` (lower case) in s[0..n) ignoring ASCII case; returns its offset or
 * SIZE_MAX. `last` finds the last one. */
static size_t find(const char *s, size_t n, const char *needle, int last) {
    size_t k = strlen(needle), found = SIZE_MAX;
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && lower((unsigned char)s[i + j]) == needle[j]) j++;
        if (j < k) continue;
        found = i;
        if (!last) break;
    }
    return found;
}

/* Steps through the space-separated words of s[0..n): sets the next word at *w (*wn bytes)
 * and returns 1, or returns 0 at the end. *at starts at 0. */
static int next_word(const char *s, size_t n, size_t *at, const char **w, size_t *wn) {
    size_t i = *at;
    while (i < n && s[i] == ' ') i++;
    size_t start = i;
    while (i < n && s[i] != ' ') i++;
    *at = i;
    *w = s + start;
    *wn = i - start;
    return i > start;
}

static size_t word_count(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) c++;
    return c;
}

/* ---- outlet or person -------------------------------------------------------------- */

static int any_word_flag(const an_read_res *r, const char *s, size_t n, int flag) {
    const char *w;
    size_t wn, at = 0;
    while (next_word(s, n, &at, &w, &wn)) {
        while (wn && strchr(".,;:", w[wn - 1])) wn--;
        if (an_outlet_flags(r, w, wn) & flag) return 1;
    }
    return 0;
}

/* One token of capitals such as CNN, BBC, NHK, A.P. */
static int caps_token(const char *s, size_t n) {
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z') letters++;
        else if (!strchr(".&-0123456789", s[i])) return 0;
    }
    return letters >= 2 && letters <= 8;
}

static int is_outlet(const an_read_res *r, const char *s, size_t n) {
    if (an_outlet_flags(r, s, n) & AN_OUTLET_NAME) return 1;
    if (caps_token(s, n)) return 1;
    return any_word_flag(r, s, n, AN_OUTLET_WORD);
}

static int is_role(const an_read_res *r, const char *s, size_t n) {
    return any_word_flag(r, s, n, AN_OUTLET_ROLE);
}

static int is_particle(const char *w, size_t n) {
    static const char *const words[] = {"de", "da", "del", "della", "der", "den", "van", "von",
                                        "bin", "ibn", "al", "el", "la", "le", "du", "dos",
                                        "das", "di", "y", "ter", "ten", "st.", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0) return 1;
    /* al-Assad, el-Sisi, bin-Salman */
    return (n > 3 && (memcmp(w, "al-", 3) == 0 || memcmp(w, "el-", 3) == 0)) ||
           (n > 4 && memcmp(w, "bin-", 4) == 0);
}

static int has_digit(const char *w, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (w[i] >= '0' && w[i] <= '9') return 1;
    return 0;
}

/* One to five words, each capitalized or a name particle (de, van, al-...), no digits. */
static int is_person(const char *s, size_t n) {
    if (n == 0 || n > NAME_MAX_BYTES || word_count(s, n) > 5) return 0;
    const char *w;
    size_t wn, at = 0;
    int capitals = 0;
    while (next_word(s, n, &at, &w, &wn)) {
        if (has_digit(w, wn)) return 0;
        if (starts_upper(w, wn)) capitals++;
        else if (!is_particle(w, wn)) return 0;
    }
    return capitals > 0;
}

/* ---- bylines ----------------------------------------------------------------------- */

/* Splits s on ", " into parts (empty ones dropped). */
static size_t split_commas(const char *s, size_t n, span *parts, size_t max) {
    size_t count = 0, start = 0;
    for (size_t i = 0; i <= n && count < max; i++) {
        if (i < n && s[i] != ',') continue;
        span p = trim(s + start, i - start);
        if (p.n) parts[count++] = p;
        start = i + 1;
    }
    return count;
}

/* Splits a part on " and " and " & " into names. */
static size_t split_and(span part, span *names, size_t max) {
    size_t count = 0;
    const char *s = part.s;
    size_t n = part.n;
    while (n && count < max) {
        size_t a = find(s, n, " and ", 0), b = find(s, n, " & ", 0);
        size_t at = a < b ? a : b, skip = a < b ? 5 : 3;
        if (at == SIZE_MAX) at = n, skip = 0;
        span name = trim(s, at);
        if (name.n) names[count++] = name;
        s += at + skip;
        n -= at + skip;
    }
    return count;
}

/* The outlet named after " | ", in "(...)" or after " for "; shortens *body to the names. */
static span byline_outlet(const an_read_res *r, span *body) {
    span none = {NULL, 0};
    size_t bar = find(body->s, body->n, " | ", 0);
    if (bar != SIZE_MAX) {
        span after = trim(body->s + bar + 3, body->n - bar - 3);
        size_t next = find(after.s, after.n, " | ", 0);
        if (next != SIZE_MAX) after.n = next;
        body->n = bar;
        return is_outlet(r, after.s, after.n) ? after : none;
    }
    if (body->n > 2 && body->s[body->n - 1] == ')') {
        const char *open = memchr(body->s, '(', body->n);
        if (open) {
            span inner = trim(open + 1, (size_t)(body->s + body->n - 1 - open - 1));
            body->n = (size_t)(open - body->s);
            return starts_upper(inner.s, inner.n) ? inner : none;
        }
    }
    size_t f = find(body->s, body->n, " for ", 1);
    if (f != SIZE_MAX) {
        span after = trim(body->s + f + 5, body->n - f - 5);
        if (starts_upper(after.s, after.n)) {
            body->n = f;
            return after;
        }
    }
    return none;
}

/* True when splitting a part on "and"/"&" leaves a one-word name. */
static int has_one_word_name(span part) {
    span names[MAX_PARTS];
    size_t n = split_and(part, names, MAX_PARTS);
    for (size_t k = 0; k < n; k++)
        if (word_count(names[k].s, names[k].n) == 1) return 1;
    return 0;
}

int an_parse_byline(const an_read_res *r, annals_doc *doc, const char *s, size_t len) {
    if (len < 5 || len > BYLINE_MAX || lower((unsigned char)s[0]) != 'b' ||
        lower((unsigned char)s[1]) != 'y')
        return 0;
    size_t i = 2;
    if (s[i] == ':') i++;
    if (s[i] != ' ') return 0;
    span body = trim(s + i, len - i);
    while (body.n && body.s[body.n - 1] == '.') body.n--;
    span outlet = byline_outlet(r, &body);
    span parts[MAX_PARTS], names[MAX_PARTS];
    size_t n_parts = split_commas(body.s, body.n, parts, MAX_PARTS), n_names = 0;
    if (!outlet.n && n_parts >= 2 && is_outlet(r, parts[n_parts - 1].s, parts[n_parts - 1].n) &&
        !is_role(r, parts[n_parts - 1].s, parts[n_parts - 1].n))
        outlet = parts[--n_parts];
    if (!outlet.n && n_parts >= 2 && has_one_word_name(parts[n_parts - 1]))
        outlet = parts[--n_parts]; /* "Harbour & Hill": people in bylines have two names */
    if (!outlet.n && n_parts == 1 && (an_outlet_flags(r, parts[0].s, parts[0].n) & AN_OUTLET_NAME))
        outlet = parts[--n_parts];
    for (size_t k = 0; k < n_parts; k++) {
        if (is_role(r, parts[k].s, parts[k].n)) continue;
        size_t got = split_and(parts[k], names + n_names, MAX_PARTS - n_names);
        for (size_t j = n_names; j < n_names + got; j++)
            if (!is_person(names[j].s, names[j].n)) return 0;
        n_names += got;
    }
    if (n_names == 0 && outlet.n == 0) return 0;
    for (size_t k = 0; k < n_names; k++)
        if (an_doc_add_author(doc, names[k].s, names[k].n) != 0) return -1;
    if (outlet.n && !doc->field[ANNALS_FIELD_OUTLET] &&
        an_doc_set_field(doc, ANNALS_FIELD_OUTLET, outlet.s, outlet.n) != 0)
        return -1;
    return 1;
}

/* ---- datelines --------------------------------------------------------------------- */

/* Length of a dash that ends a dateline at s[i]: " - ", " -- ", "—" or "–". */
static size_t dash_at(const char *s, size_t n, size_t i) {
    if (n - i >= 3 && (memcmp(s + i, "\xE2\x80\x94", 3) == 0 || memcmp(s + i, "\xE2\x80\x93", 3) == 0))
        return 3;
    if (s[i] != '-' || i == 0 || s[i - 1] != ' ') return 0;
    size_t k = i + 1 < n && s[i + 1] == '-' ? 2 : 1;
    return i + k == n || s[i + k] == ' ' ? k : 0;
}

/* "Damascus, March 3", "PALMYRA, Syria": capitalized words and numbers, with particles
 * (of, de, al) after the first word. */
static int place_ok(const char *s, size_t n, int max_words) {
    const char *w;
    size_t wn, at = 0;
    int count = 0;
    while (next_word(s, n, &at, &w, &wn)) {
        while (wn && w[wn - 1] == ',') wn--;
        if (++count > max_words) return 0;
        if (wn == 0 || starts_upper(w, wn) || (w[0] >= '0' && w[0] <= '9')) continue;
        if (count == 1 || !(is_particle(w, wn) || (wn == 2 && memcmp(w, "of", 2) == 0))) return 0;
    }
    return 1;
}

/* A run of capitals: WASHINGTON, NEW YORK, ST. LOUIS, RAS AL-AIN. */
static int caps_place(const char *s, size_t n) {
    size_t letters = 0;
    for (size_t i = 0; i < n;) {
        size_t adv;
        int32_t cp = an_utf8_decode((const unsigned char *)s + i, n - i, &adv);
        if (an_uc_is_letter(cp)) {
            if (!an_uc_is_upper(cp)) return 0;
            letters++;
        } else if (!(cp == ' ' || cp == '.' || cp == '-' || cp == '\'' || cp == 0x2019)) {
            return 0;
        }
        i += adv;
    }
    return letters >= 2 && word_count(s, n) <= 4;
}

/* Validates the text before the dash; sets the outlet it names. */
static int dateline_ok(const an_read_res *r, const char *s, size_t n, an_dateline *out) {
    if (n < 2 || n > DATELINE_MAX) return 0;
    if (s[n - 1] == ')') {
        const char *open = NULL;
        for (size_t i = n - 1; i-- > 0;)
            if (s[i] == '(') { open = s + i; break; }
        if (!open) return 0;
        span inner = trim(open + 1, (size_t)(s + n - 1 - open - 1));
        span place = trim(s, (size_t)(open - s));
        if (!inner.n || inner.n > 40 || !starts_upper(inner.s, inner.n)) return 0;
        if (place.n && (!starts_upper(place.s, place.n) || !place_ok(place.s, place.n, 8))) return 0;
        out->outlet_off = (size_t)(inner.s - s);
        out->outlet_len = inner.n;
        return 1;
    }
    if (an_outlet_flags(r, s, n) & AN_OUTLET_NAME) {
        out->outlet_off = 0;
        out->outlet_len = n;
        return 1;
    }
    const char *comma = memchr(s, ',', n);
    size_t first = comma ? (size_t)(comma - s) : n;
    if (caps_place(s, first)) return !comma || place_ok(comma + 1, n - first - 1, 6);
    /* "Idlib, Syria": a place and its country in ordinary capitals need the comma */
    return comma && word_count(s, n) <= 5 && starts_upper(s, n) && place_ok(s, first, 3) &&
           place_ok(comma + 1, n - first - 1, 3) && !memchr(comma + 1, ',', n - first - 1);
}

/* "(CNN)At least ..." - the older glued form. */
static int glued_dateline(const an_read_res *r, const char *s, size_t len, an_dateline *out) {
    const char *close = memchr(s, ')', len < 40 ? len : 40);
    if (s[0] != '(' || !close || close - s < 3) return 0;
    size_t inner = (size_t)(close - s) - 1;
    if (!(an_outlet_flags(r, s + 1, inner) & AN_OUTLET_NAME) && !caps_token(s + 1, inner)) return 0;
    size_t cut = inner + 2;
    while (cut < len && s[cut] == ' ') cut++;
    size_t d = cut < len ? dash_at(s, len, cut) : 0;
    if (d) {
        cut += d;
        while (cut < len && s[cut] == ' ') cut++;
    }
    out->len = inner + 2;
    out->cut = cut;
    out->outlet_off = 1;
    out->outlet_len = inner;
    return 1;
}

int an_find_dateline(const an_read_res *r, const char *s, size_t len, an_dateline *out) {
    memset(out, 0, sizeof *out);
    if (len < 2) return 0;
    if (s[0] == '(') return glued_dateline(r, s, len, out);
    size_t limit = len < DATELINE_SCAN ? len : DATELINE_SCAN;
    for (size_t i = 1; i < limit; i++) {
        size_t d = dash_at(s, len, i);
        if (!d) continue;
        span pre = trim(s, i);
        if (pre.n == 0 || pre.s != s || !dateline_ok(r, pre.s, pre.n, out)) return 0;
        size_t cut = i + d;
        while (cut < len && s[cut] == ' ') cut++;
        out->len = pre.n;
        out->cut = cut;
        return 1;
    }
    return 0;
}
