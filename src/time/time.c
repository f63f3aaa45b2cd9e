/* time.c - the time stage's driver: reads each sentence once, classifies its tokens with
 * one keyword look-up each, takes the longest expression at each token and normalizes it
 * against the document creation time and the dates the story has named so far. */
#include "time/time.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "time/words.h"

#define KEY_MAX 32
#define AN_TSTACK 64 /* tokens of a sentence in the buffers on the stack */

/* The DCT as written: YYYY-MM-DD with an optional THH:MM (the local time kept). */
static void read_dct(an_tctx *c, const char *s) {
    c->has_dct = 0;
    c->dh = -1;
    if (!s || strlen(s) < 10) return;
    int v[3] = {0, 0, 0}; /* year, month, day: read as checked, without atoi */
    for (int k = 0; k < 10; k++) {
        if (k == 4 || k == 7 ? s[k] != '-' : (s[k] < '0' || s[k] > '9')) return;
        if (k != 4 && k != 7) v[k / 4] = v[k / 4] * 10 + (s[k] - '0'); /* 0-3, 5-6, 8-9 */
    }
    c->dy = v[0], c->dm = v[1], c->dd = v[2];
    if (c->dm < 1 || c->dm > 12 || c->dd < 1 || c->dd > 31) return;
    c->has_dct = 1;
    if (s[10] == 'T' && strlen(s) >= 16 && s[13] == ':') c->dh = atoi(s + 11), c->dmin = atoi(s + 14);
    c->dct_value = an_arena_strndup(&c->doc->arena, s, 10);
    if (!c->dct_value) c->has_dct = 0;
}

/* A little-endian 64-bit word as the machine's. */
static inline uint64_t an_le64(uint64_t v) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_bswap64(v);
#else
    return v;
#endif
}

/* The key of the token p[0..len) (an_ttok.key): its bytes with A-Z lower-cased, packed,
 * when 1-8 bytes without a NUL; else 0. end: the end of its string, so that eight bytes
 * may be read at once before it. */
static inline uint64_t token_key(const char *p, size_t len, const char *end) {
    uint64_t k = 0;
    if (len == 0 || len > 8) return 0;
    if (p + 8 <= end) { /* eight bytes at once, lower-cased in a word */
        const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
        uint64_t keep = ~0ull >> (64 - 8 * len); /* 1 <= len <= 8 */
        memcpy(&k, p, 8); /* little-endian: the first byte is the low one */
        k = an_le64(k);
        uint64_t x = k | ~keep; /* bytes past the token: 0xff, neither NUL nor a letter */
        if ((x - ones) & ~x & high) return 0;
        uint64_t h = x & ~high;
        uint64_t upper = ((h + ones * (0x80 - 'A')) ^ (h + ones * (0x7f - 'Z'))) & ~x & high;
        return (k | upper >> 2) & keep;
    }
    for (size_t q = 0; q < len; q++) {
        unsigned char ch = (unsigned char)p[q];
        if (!ch) return 0;
        k |= (uint64_t)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) << (8 * q);
    }
    return k;
}

/* end: the end of the string s, so that eight bytes may be read at once before it */
static void classify(const an_time_res *r, const char *s, const char *end, const an_token *t,
                     an_ttok *restrict out) {
    const char *p = s + t->start;
    size_t len = t->end - t->start;
    unsigned flags = t->flags;
    int kind = t->kind;
    /* one store of the whole token: the constant fields merge */
    *out = (an_ttok){.p = p,
                     .len = len,
                     .key = token_key(p, len, end),
                     .kind = kind,
                     .flags = flags,
                     .props = (kind == ANNALS_TOKEN_NUMBER || (flags & ANNALS_TOKEN_HAS_DIGIT) ? P_DIGIT : 0u) |
                              (flags & ANNALS_TOKEN_HYPHENATED ? P_HYPHEN : 0u),
                     .num = -1};
    if (kind == ANNALS_TOKEN_PUNCT) {
        /* no entry, but for an apostrophe before a decade ("the 1980s and '90s") */
        if (len == 1 && p[0] == '\'') out->e = an_tlex_get_short(r, '\''), out->starts = 1;
        else if (len == 3 && memcmp(p, "\xE2\x80\x99", 3) == 0)
            out->e = an_tlex_get(r, p, 3), out->starts = 1;
        return;
    }
    if (len > KEY_MAX) return;
    if (kind == ANNALS_TOKEN_NUMBER) {
        int v = 0, nd = 0, ok = 1;
        unsigned seps = 0;
        for (size_t k = 0; k < len; k++) {
            char ch = p[k];
            if (ch >= '0' && ch <= '9') {
                if (ok) v = nd < 7 ? v * 10 + (ch - '0') : v, nd++;
            } else if (ch != ',') {
                ok = 0;
                seps |= ch == ':' ? SEP_COLON : ch == '/' ? SEP_SLASH : ch == '-' ? SEP_HYPHEN : 0u;
                if (ch == '.') seps |= seps & SEP_DOT ? SEP_DOTS : SEP_DOT;
            }
        }
        if (ok) out->num = v, out->ndig = nd;
        out->seps = seps;
        return;
    }
    if (len == 0) return;
    if (len <= 8) { /* short words: one probe of the table of short keys */
        uint64_t k = out->key;
        if (!k) return; /* a NUL byte: no key has one */
        /* whether a word is a key comes in no order a predictor learns: no branch asks */
        size_t slot = an_tlex_probe_short(r, k);
        out->e = r->short_entry[slot];
        out->starts = r->short_starts[slot];
        out->props |= r->short_props[slot]; /* "period", "Q3": props without an entry */
        return;
    }
    unsigned char a = (unsigned char)p[0], b = len > 1 ? (unsigned char)p[1] : 0;
    if (!an_tlex_maybe(r, (unsigned char)(a >= 'A' && a <= 'Z' ? a + 32 : a),
                       (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b), len))
        return;
    unsigned char z = (unsigned char)p[len - 1];
    if (!an_tlex_maybe_end(r, (unsigned char)(a >= 'A' && a <= 'Z' ? a + 32 : a),
                           (unsigned char)(z >= 'A' && z <= 'Z' ? z + 32 : z), len))
        return;
    char low[KEY_MAX];
    for (size_t k = 0; k < len; k++) {
        char ch = p[k];
        low[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    out->e = an_tlex_get(r, low, len);
    if (out->e) out->starts = out->e->starts, out->props |= out->e->props;
}

/* Only tokens in the lexicon, numbers, and words with digits or hyphens can begin an
 * expression, and plural weekdays ("Mondays"). Computed with few branches: it is asked of
 * every token. */
static int may_start(const an_tctx *c, const an_ttok *t) {
    int is_word_tok = t->kind == ANNALS_TOKEN_WORD;
    int yes = t->starts | (t->kind == ANNALS_TOKEN_NUMBER) |
              (is_word_tok & ((t->flags & (ANNALS_TOKEN_HAS_DIGIT | ANNALS_TOKEN_HYPHENATED)) != 0));
    int plural = is_word_tok & ((t->flags & ANNALS_TOKEN_CAPITALIZED) != 0) & (t->len >= 7) & (t->len <= 10);
    if (yes | !plural) return yes;
    if (t->p[t->len - 1] != 's') return 0;
    const an_tword *w = an_tw_part(c, t->p, t->len - 1); /* "Mondays", not "Americans" */
    return w && w->weekday;
}

/* The two years of a range written as one token, "1914-1918" or "2008/2012": each is a
 * year of its own, tagged on its own characters. Returns the years pushed (0: no range),
 * -1 when out of memory. */
static int year_range(an_tctx *c, const an_sentence *st, size_t i) {
    const an_ttok *k = &c->tok[i];
    /* an en dash is a token of its own: those years are read alone */
    if (k->kind != ANNALS_TOKEN_NUMBER || (k->len != 9 && k->len != 7) || (k->p[4] != '-' && k->p[4] != '/'))
        return 0;
    const size_t sep = 1, n2 = k->len - 5; /* "1950-53": the second year in two digits */
    int y[2] = {0, 0};
    for (size_t q = 0; q < 4 + n2; q++) {
        char ch = k->p[q < 4 ? q : q + sep];
        if (ch < '0' || ch > '9') return 0;
        y[q >= 4] = y[q >= 4] * 10 + (ch - '0');
    }
    if (n2 == 2) y[1] += y[0] / 100 * 100 + (y[1] < y[0] % 100 ? 100 : 0); /* "1999-00" */
    if (y[0] < 1000 || y[1] > 2099 || y[1] <= y[0] || y[1] - y[0] > 150) return 0;
    if (n2 == 2 && (y[0] < 1800 || y[1] - y[0] > 10)) return 0; /* "1234-56" is no season */
    const an_token *tok = &c->doc->tokens.v[st->tok_first + i];
    for (int part = 0; part < 2; part++) {
        an_timex *x = AN_PUSH(c->doc, times);
        if (!x) return -1;
        x->start = tok->start + (part ? 4 + sep : 0), x->end = x->start + (part ? n2 : 4), x->where = st->where;
        tx t;
        an_tx_init(&t, i);
        t.year = y[part], t.gran = G_YEAR, t.b = i + 1;
        int r = an_time_normalize(c, &t, x);
        if (r < 0) return -1;
        if (r > 0) c->doc->times.n--;
    }
    return 2;
}

/* Pushes the timex of t (tokens [t->a, t->b)); -1 when out of memory. */
static int push(an_tctx *c, const an_sentence *st, const tx *t) {
    an_timex *x = AN_PUSH(c->doc, times);
    if (!x) return -1;
    const an_token *ta = &c->doc->tokens.v[st->tok_first + t->a];
    const an_token *tb = &c->doc->tokens.v[st->tok_first + t->b - 1];
    x->start = ta->start, x->end = tb->end, x->where = st->where;
    int r = an_time_normalize(c, t, x);
    if (r < 0) return -1;
    if (r > 0) c->doc->times.n--;
    return 0;
}

/* "March 24 and 25", "Feb. 3 or 4", "June 5 to 7": the second day of the month named just
 * before, a date of its own. Returns the token after it, or 0 when there is none. */
static size_t second_day(const an_tctx *c, const tx *t, tx *out) {
    size_t j = t->b;
    if (t->kind != X_DATE || t->gran != G_DAY || t->month <= 0 || t->day <= 0 || t->weekday > 0) return 0;
    if (!an_tok_is(c, j, "and") && !an_tok_is(c, j, "or") && !an_tok_is(c, j, "to") && !an_tok_is(c, j, "through"))
        return 0;
    const an_ttok *k = j + 1 < c->n ? &c->tok[j + 1] : NULL;
    if (!k || k->kind != ANNALS_TOKEN_NUMBER || k->ndig > 2 || k->num <= t->day || k->num > 31) return 0;
    if (j + 2 < c->n && c->tok[j + 2].kind != ANNALS_TOKEN_PUNCT) return 0; /* "24 and 25 people" */
    *out = *t;
    out->a = j + 1, out->b = j + 2, out->day = k->num;
    return j + 2;
}

static inline int time_word(const an_tctx *c, const char *w, size_t n) {
    return an_tlex_maybe_time_word(c->r, (const unsigned char *)w, n) && an_tlex_is_time_word(c->r, w, n);
}

/* A hyphenated word counts when a part is a time word: every rule that reads a compound
 * ("two-year", "third-quarter", "year-ago", "mid-afternoon") needs one, or a digit. */
static int part_is_time_word(const an_tctx *c, const char *w, size_t n) {
    for (const char *end = w + n, *h; w < end; w = h + 1) {
        h = memchr(w, '-', (size_t)(end - w));
        if (!h) h = end;
        if (time_word(c, w, (size_t)(h - w))) return 1;
    }
    return 0;
}

/* A number that may be a time without a time word beside it: four digits (a year, "0800
 * GMT"), or a separator ("10:30", "3/3/17", "1914-18", "21.03.2013"). A count ("500",
 * "1,000,000", "3.5") needs a unit, a month, "a.m." or "o'clock": time words. */
static int number_alone(const char *w, size_t n) {
    unsigned digits = 0, dots = 0, other = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned d = (unsigned char)w[k] - (unsigned)'0';
        digits += d < 10u;
        dots += w[k] == '.';
        other |= d >= 10u && w[k] != ',' && w[k] != '.';
    }
    return other || dots > 1 || (digits == 4 && dots == 0);
}

/* Whether the sentence may hold an expression: a number that may be a time alone, a word
 * with a digit, a time word (lexicon.h) or a hyphenated word with one in it. Most
 * sentences without one are told from a few bytes of each token, before any is
 * classified. */
static int may_hold_time(const an_tctx *c, const char *s, const an_sentence *st) {
    const an_token *t = &c->doc->tokens.v[st->tok_first];
    for (size_t k = 0; k < st->tok_count; k++) {
        const char *w = s + t[k].start;
        size_t n = t[k].end - t[k].start;
        /* numbers, words with digits or hyphens: one test for the few */
        if ((t[k].kind == ANNALS_TOKEN_NUMBER) | ((t[k].flags & (ANNALS_TOKEN_HAS_DIGIT | ANNALS_TOKEN_HYPHENATED)) != 0)) {
            if (t[k].kind == ANNALS_TOKEN_NUMBER) {
                if (number_alone(w, n)) return 1;
                continue;
            }
            if (t[k].flags & ANNALS_TOKEN_HAS_DIGIT) return 1;
            if (time_word(c, w, n) || part_is_time_word(c, w, n)) return 1;
            continue;
        }
        if (time_word(c, w, n)) return 1;
    }
    return 0;
}

/* What every sentence changes, whether it is read or skipped. */
static void sentence_begins(an_tctx *c, const an_sentence *st) {
    c->sy = 0;
    c->sent_no++;
    if (st->where != AN_WHERE_TEXT && !c->in_captions) {
        /* the captions tell their own story: what the text named last is no anchor there */
        c->in_captions = 1;
        memset(&c->last, 0, sizeof c->last);
        c->q = 0, c->q_year = 0, c->ny = 0, c->clock_set = 0;
    }
}

static int sentence(an_tctx *c, const an_sentence *st) {
    annals_doc *doc = c->doc;
    size_t len;
    const char *s = an_doc_where(doc, st->where, &len);
    if (!s) return 0;
    sentence_begins(c, st);
    if (!may_hold_time(c, s, st)) return 0;
    if (st->tok_count > c->cap) { /* a sentence longer than the stage's buffers on the stack */
        if (!c->heap) c->tok = NULL, c->cand = NULL, c->props = NULL, c->heap = 1;
        size_t cap = st->tok_count * 2;
        an_ttok *v = realloc(c->tok, cap * sizeof *v);
        if (!v) return -1;
        c->tok = v;
        size_t *cand = realloc(c->cand, cap * sizeof *cand);
        if (!cand) return -1;
        c->cand = cand;
        uint16_t *props = realloc(c->props, (cap + AN_PROPS_PAD) * sizeof *props);
        if (!props) return -1;
        c->props = props, c->cap = cap;
    }
    c->n = st->tok_count;
    size_t nc = 0;
    /* locals the compiler need not reload after each store to a token */
    const an_time_res *r = c->r;
    const an_token *in = &doc->tokens.v[st->tok_first];
    an_ttok *restrict tok = c->tok;
    uint16_t *restrict props = c->props;
    size_t *restrict cand = c->cand;
    for (size_t k = 0, n = c->n; k < n; k++) {
        classify(r, s, s + len, &in[k], &tok[k]);
        props[k] = (uint16_t)tok[k].props;
        cand[nc] = k; /* kept when it may begin an expression, without a branch */
        nc += (size_t)may_start(c, &tok[k]);
    }
    memset(c->props + c->n, 0, AN_PROPS_PAD * sizeof *c->props);
    size_t next = 0; /* the first token after the last expression */
    for (size_t q = 0; q < nc; q++) {
        size_t i = c->cand[q];
        if (i < next) continue;
        tx t;
        int range = year_range(c, st, i);
        if (range < 0) return -1;
        if (range > 0 || !an_time_match(c, i, &t) || t.b <= i) continue;
        if (push(c, st, &t) < 0) return -1;
        next = t.b;
        tx t2;
        size_t after = second_day(c, &t, &t2);
        if (after) {
            if (push(c, st, &t2) < 0) return -1;
            next = after;
        }
    }
    return 0;
}

int an_time_doc(const an_time_res *r, annals_doc *doc) {
    if (!r || !doc) return -1;
    doc->times.n = 0;
    an_tctx c;
    memset(&c, 0, sizeof c);
    c.r = r;
    c.doc = doc;
    /* most sentences fit these: no allocation for most documents */
    an_ttok tok[AN_TSTACK];
    size_t cand[AN_TSTACK];
    uint16_t props[AN_TSTACK + AN_PROPS_PAD];
    c.tok = tok, c.cand = cand, c.props = props, c.cap = AN_TSTACK;
    read_dct(&c, doc->field[ANNALS_FIELD_PUBLISHED]);
    int rc = 0;
    for (size_t k = 0; k < doc->sentences.n && rc == 0; k++) rc = sentence(&c, &doc->sentences.v[k]);
    if (c.heap) {
        free(c.tok);
        free(c.cand);
        free(c.props);
    }
    return rc;
}
