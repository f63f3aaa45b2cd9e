/* recognise.c - finding place names: the longest gazetteer name starting at a capitalised
 * word, then the filters that tell a place from a person, an organisation or an ordinary
 * word, and the "X, Y" qualifier pattern. */
#include <stdlib.h>
#include <string.h>

#include "place/mention.h"

#define MAX_NAME_TOKENS 8
#define KEY_CAP 256

typedef struct {
    size_t first, end; /* the sentence's tokens [first, end) */
    int headline;      /* most words capitalised: adjacency says nothing */
} sent_view;

static const an_token *tok(const an_place_ctx *c, size_t i) { return &c->doc->tokens.v[i]; }

static const char *tok_text(const an_place_ctx *c, size_t i, size_t *len) {
    const an_token *t = tok(c, i);
    *len = t->end - t->start;
    return c->text + t->start;
}

static int tok_is(const an_place_ctx *c, size_t i, const char *s) {
    size_t len;
    const char *p = tok_text(c, i, &len);
    return len == strlen(s) && memcmp(p, s, len) == 0;
}

static int is_wordish(const an_token *t) {
    return t->kind == ANNALS_TOKEN_WORD || t->kind == ANNALS_TOKEN_ABBREV;
}

/* "al-Bab", "el-Arish": a lower-case article glued to a capitalised name. */
static int article_name(const an_place_ctx *c, size_t i) {
    size_t len;
    const char *p = tok_text(c, i, &len);
    const char *h = memchr(p, '-', len < 5 ? len : 5);
    return h && h + 1 < p + len && h[1] >= 'A' && h[1] <= 'Z';
}

static int is_cap(const an_place_ctx *c, size_t i) {
    const an_token *t = tok(c, i);
    if (!is_wordish(t)) return 0;
    return (t->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) || article_name(c, i);
}

static unsigned word_class(const an_place_ctx *c, size_t i) {
    size_t len;
    const char *p = tok_text(c, i, &len);
    if (len && p[len - 1] == '.') len--; /* "Ave." */
    return an_place_word(c->r, p, len);
}

static int can_start(const an_place_ctx *c, size_t i) {
    if (is_cap(c, i)) return 1;
    return tok(c, i)->kind == ANNALS_TOKEN_WORD &&
           (tok_is(c, i, "the") || (word_class(c, i) & AN_PW_DIR));
}

/* Only spaces (no line break) between tokens a and b. */
static int plain_gap(const an_place_ctx *c, size_t a, size_t b) {
    for (size_t k = tok(c, a)->end; k < tok(c, b)->start; k++)
        if (c->text[k] != ' ') return 0;
    return 1;
}

static int joinable(const an_place_ctx *c, size_t a, size_t b) {
    for (size_t k = tok(c, a)->end; k < tok(c, b)->start; k++)
        if (c->text[k] == '\n') return 0;
    const an_token *t = tok(c, b);
    if (is_wordish(t) || t->kind == ANNALS_TOKEN_NUMBER) return 1;
    return tok_is(c, b, "-") || tok_is(c, b, ".") || tok_is(c, b, ",") || tok_is(c, b, "'") ||
           tok_is(c, b, "&");
}

/* The last token of the longest gazetteer name starting at token i, or -1. */
static long longest_name(const an_place_ctx *c, size_t i, size_t end, const an_gaz_slot **out) {
    char key[KEY_CAP];
    long best = -1;
    int lower_start = !is_cap(c, i);
    int seen_cap = !lower_start;
    for (size_t j = i; j < end && j < i + MAX_NAME_TOKENS; j++) {
        if (j > i && !joinable(c, j - 1, j)) break;
        seen_cap |= is_cap(c, j);
        size_t span = tok(c, j)->end - tok(c, i)->start;
        size_t klen = an_gaz_fold(c->text + tok(c, i)->start, span, key, sizeof key);
        if (!klen) break;
        const an_gaz_slot *s = an_gaz_find(&c->r->gaz, key, klen);
        if (!s) break;
        if (AN_GAZ_COUNT(s) > 0 && is_wordish(tok(c, j)) && seen_cap && !(lower_start && j == i) &&
            (j > i || is_cap(c, j))) {
            best = (long)j;
            *out = s;
        }
        if (!(s->info & AN_GAZ_PREFIX)) break;
    }
    return best;
}

/* What the postings of a name say about it. */
typedef struct {
    int demonym, qualifier_only, strong; /* strong: an alias or preferred name */
} name_info;

static name_info postings_info(const an_place_ctx *c, const an_gaz_slot *s) {
    name_info ni = {0, 1, 0};
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        unsigned q = AN_GAZ_POST_QUALITY(p);
        if (e->kind == AN_GAZ_DEMONYM && q == AN_GAZ_PREFERRED) ni.demonym = 1;
        if (q != AN_GAZ_QUALIFIER) ni.qualifier_only = 0;
        if (q >= AN_GAZ_PREFERRED) ni.strong = 1;
    }
    return ni;
}

static int all_caps(const an_place_ctx *c, size_t t0, size_t t1, size_t *letters) {
    *letters = 0;
    for (size_t k = t0; k < t1; k++) {
        const an_token *t = tok(c, k);
        if (!is_wordish(t)) continue;
        if (!(t->flags & ANNALS_TOKEN_ALLCAPS)) return 0;
        *letters += t->end - t->start;
    }
    return 1;
}

/* A title or a capitalised word just before: a person or a longer name. */
static int name_before(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    if (t0 == sv->first) return 0;
    size_t p = t0 - 1;
    size_t len;
    const char *s = tok_text(c, p, &len);
    if (an_place_is_title(c->r, s, len)) return 1;
    if (sv->headline || !is_cap(c, p) || !plain_gap(c, p, t0)) return 0;
    if (tok(c, p)->flags & ANNALS_TOKEN_SENT_START) return 0;
    if (tok(c, p)->kind == ANNALS_TOKEN_ABBREV) return 0; /* "U.S." "St." */
    /* an ordinary capitalised word ("Acting", "Over") leaves the place alone; an unknown
     * one is a first name or part of a longer name ("Real Madrid") */
    if (word_class(c, p)) return 0;
    if (c->n && c->m[c->n - 1].t1 == t0) return 0; /* a place right before */
    return 1;
}

/* The word after the name: extends it ("Idlib province"), keeps it ("Aleppo University")
 * or makes it part of something else ("Washington Post"). Returns 0 to drop the name. */
static int word_after(const an_place_ctx *c, const sent_view *sv, an_mention *m) {
    size_t n = m->t1;
    if (n >= sv->end || !is_wordish(tok(c, n)) || !plain_gap(c, n - 1, n)) return 1;
    unsigned wc = word_class(c, n);
    if (wc & (AN_PW_ADMIN | AN_PW_CITY)) {
        m->hint = wc & (AN_PW_ADMIN | AN_PW_CITY);
        m->end = tok(c, n)->end;
        return 1;
    }
    if (!is_cap(c, n) || sv->headline) return 1;
    if (wc & (AN_PW_ORG | AN_PW_STREET)) return 0;
    /* "Ohio Supreme Court", "Georgia Bureau of Investigation": the place names the body's
     * seat; an unknown word is a surname or a longer name ("Georgia Smith") */
    return wc != 0;
}

/* "the city of X", "the province of X". */
static void words_before(const an_place_ctx *c, const sent_view *sv, an_mention *m) {
    if (m->t0 < sv->first + 2 || !tok_is(c, m->t0 - 1, "of")) return;
    unsigned wc = word_class(c, m->t0 - 2);
    if (wc & (AN_PW_ADMIN | AN_PW_CITY)) m->hint = wc & (AN_PW_ADMIN | AN_PW_CITY);
}

static int after_preposition(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    if (t0 == sv->first) return 0;
    size_t p = t0 - 1;
    if (tok_is(c, p, "the") && p > sv->first) p--;
    return (word_class(c, p) & AN_PW_PREP) && !is_cap(c, p);
}

static int push_mention(an_place_ctx *c, const an_mention *m) {
    if (c->n == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 32;
        an_mention *v = realloc(c->m, ncap * sizeof *v);
        if (!v) return -1;
        c->m = v;
        c->cap = ncap;
    }
    c->m[c->n++] = *m;
    return 0;
}

/* Decides whether tokens [t0, t1) naming slot s are a place mention worth resolving. */
static int consider(an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1,
                    const an_gaz_slot *s) {
    name_info ni = postings_info(c, s);
    if (ni.demonym) return 0;
    size_t letters;
    if (all_caps(c, t0, t1, &letters) && letters <= 3 && !ni.strong) return 0;
    an_mention m = {0};
    m.t0 = t0;
    m.t1 = t1;
    m.start = tok(c, t0)->start;
    m.end = tok(c, t1 - 1)->end;
    m.where = c->where;
    m.slot = s;
    m.qual = -1;
    m.chosen = -1;
    m.abbr_only = (uint8_t)ni.qualifier_only;
    if (name_before(c, sv, t0) || !word_after(c, sv, &m)) return 0;
    words_before(c, sv, &m);
    if (t1 - t0 == 1 && (word_class(c, t0) & AN_PW_COMMON) && !ni.strong)
        m.weak = !after_preposition(c, sv, t0);
    if (t1 - t0 == 1 && (tok(c, t0)->flags & ANNALS_TOKEN_SENT_START) &&
        (word_class(c, t0) & AN_PW_COMMON))
        m.weak = 1;
    return push_mention(c, &m);
}

static int is_headline(const an_place_ctx *c, size_t first, size_t end) {
    size_t words = 0, caps = 0;
    for (size_t i = first; i < end; i++) {
        const an_token *t = tok(c, i);
        if (t->kind != ANNALS_TOKEN_WORD || t->end - t->start < 4) continue;
        words++;
        caps += (t->flags & ANNALS_TOKEN_CAPITALIZED) != 0;
    }
    return words >= 3 && caps * 10 >= words * 7;
}

static int read_sentence(an_place_ctx *c, const an_sentence *st) {
    sent_view sv = {st->tok_first, st->tok_first + st->tok_count, 0};
    sv.headline = is_headline(c, sv.first, sv.end);
    for (size_t i = sv.first; i < sv.end;) {
        const an_gaz_slot *s = NULL;
        long j = can_start(c, i) ? longest_name(c, i, sv.end, &s) : -1;
        if (j < 0) {
            i++;
            continue;
        }
        if (consider(c, &sv, i, (size_t)j + 1, s) != 0) return -1;
        i = (size_t)j + 1;
    }
    return 0;
}

/* "X, Y" where Y is a state, province or country: Y qualifies X. */
static void link_qualifiers(an_place_ctx *c) {
    const an_gazetteer *g = &c->r->gaz;
    for (size_t k = 1; k < c->n; k++) {
        an_mention *x = &c->m[k - 1], *y = &c->m[k];
        if (x->where != y->where || y->t0 != x->t1 + 1) continue;
        const char *save = c->text;
        size_t len;
        c->text = an_doc_where(c->doc, x->where, &len);
        int comma = tok_is(c, x->t1, ",");
        c->text = save;
        if (!comma) continue;
        for (uint32_t i = 0; i < AN_GAZ_COUNT(y->slot); i++) {
            const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(g->post[y->slot->post + i]));
            if (e->kind == AN_GAZ_ADMIN1 || e->kind == AN_GAZ_COUNTRY || e->kind == AN_GAZ_ADMIN2) {
                y->is_qual = 1;
                y->hint = AN_PW_ADMIN;
                x->qual = (int)k;
                break;
            }
        }
    }
}

/* "S.C.", "Calif.": an abbreviation with dots is a state on its own, unlike "Ga." or "IN". */
static int dotted(an_place_ctx *c, const an_mention *m) {
    size_t len;
    const char *s = an_doc_where(c->doc, m->where, &len) + m->start;
    len = m->end - m->start;
    return len >= 4 && memchr(s, '.', len) != NULL;
}

/* Weak names without support and lone abbreviations are dropped. */
static void prune(an_place_ctx *c) {
    for (size_t k = 0; k < c->n; k++) {
        an_mention *m = &c->m[k];
        if ((m->weak && m->qual < 0 && !m->is_qual) || (m->abbr_only && !m->is_qual && !dotted(c, m)))
            m->drop = 1;
    }
}

int an_place_recognise(an_place_ctx *c) {
    annals_doc *doc = c->doc;
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const an_sentence *st = &doc->sentences.v[i];
        c->where = st->where;
        c->text = an_doc_where(doc, st->where, &c->text_len);
        if (read_sentence(c, st) != 0) return -1;
    }
    link_qualifiers(c);
    prune(c);
    return 0;
}
