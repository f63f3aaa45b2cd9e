/* lexicon.c - the data/event-*.txt lexicons: loading, word forms and phrase matching.
 * Each line is a phrase of base-form words and tab-separated columns; entries that start
 * with the same word are chained longest first, so the first full match is the longest.
 * A "*" in a phrase stands for an object of a few words ("drive * out"). */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/data.h"
#include "event/ev.h"

static int push_entry(an_ev_lex *lex, const an_ev_entry *e) {
    an_ev_entry *v = an_array_room(lex->e, lex->n, &lex->cap, sizeof *v, 64);
    if (!v) return -1;
    lex->e = v;
    lex->e[lex->n++] = *e;
    return 0;
}

/* Splits s at c into at most max pieces (NUL-terminating them); returns the count. */
static int split(char *s, char c, char **out, int max) {
    int n = 0;
    while (n < max) {
        out[n++] = s;
        char *p = strchr(s, c);
        if (!p) break;
        *p = '\0';
        s = p + 1;
    }
    return n;
}

static unsigned parse_pos(const char *s) {
    unsigned pos = 0;
    if (strchr(s, 'v')) pos |= AN_EV_POS_VERB;
    if (strchr(s, 'n')) pos |= AN_EV_POS_NOUN;
    return pos;
}

/* Links entry k into the chain of its first word, keeping longer phrases first. */
static int link_entry(an_ev_lex *lex, int k) {
    an_ev_entry *e = &lex->e[k];
    int head;
    if (!an_strtab_get(&lex->first, e->words[0], strlen(e->words[0]), &head))
        return an_strtab_put(&lex->first, e->words[0], strlen(e->words[0]), k);
    if (lex->e[head].n_words < e->n_words) {
        e->next = head;
        return an_strtab_put(&lex->first, e->words[0], strlen(e->words[0]), k);
    }
    int prev = head;
    while (lex->e[prev].next >= 0 && lex->e[lex->e[prev].next].n_words >= e->n_words)
        prev = lex->e[prev].next;
    e->next = lex->e[prev].next;
    lex->e[prev].next = k;
    return 0;
}

static int parse_line(an_ev_lex *lex, char *line, int with_pos) {
    char *cols[9];
    int n = split(line, '\t', cols, 9);
    an_ev_entry e;
    memset(&e, 0, sizeof e);
    e.next = -1;
    e.n_words = (uint8_t)split(cols[0], ' ', (char **)e.words, 8);
    int first = 1;
    if (with_pos && n > 1) {
        e.pos = (uint8_t)parse_pos(cols[1]);
        first = 2;
    }
    for (int k = first; k < n && k - first < 7; k++)
        e.col[k - first] = strcmp(cols[k], "-") == 0 ? NULL : cols[k];
    return push_entry(lex, &e);
}

int an_ev_lex_load(an_ev_lex *lex, const char *name, int with_pos) {
    memset(lex, 0, sizeof *lex);
    an_strtab_init(&lex->first);
    size_t len;
    const char *data = an_data(name, &len);
    if (!data) return -1;
    lex->buf = malloc(len + 1);
    if (!lex->buf) return -1;
    memcpy(lex->buf, data, len);
    lex->buf[len] = '\0';
    char *p = lex->buf;
    while (*p) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        size_t l = strlen(p);
        while (l && (p[l - 1] == '\r' || p[l - 1] == ' ')) p[--l] = '\0';
        if (l && p[0] != '#' && parse_line(lex, p, with_pos) != 0) return -1;
        if (!nl) break;
        p = nl + 1;
    }
    for (size_t k = 0; k < lex->n; k++)
        if (link_entry(lex, (int)k) != 0) return -1;
    return 0;
}

int an_ev_lex_index(an_strtab *first_words, an_ev_lex *lex, unsigned bit) {
    lex->bit = bit;
    for (size_t k = 0; k < lex->n; k++) {
        const char *w = lex->e[k].words[0];
        int v = 0;
        an_strtab_get(first_words, w, strlen(w), &v);
        if (an_strtab_put(first_words, w, strlen(w), v | (int)bit) != 0) return -1;
    }
    return 0;
}

void an_ev_lex_free(an_ev_lex *lex) {
    an_strtab_free(&lex->first);
    free(lex->e);
    free(lex->buf);
    memset(lex, 0, sizeof *lex);
}

const an_ev_entry *an_ev_entry_for(const an_ev_lex *lex, const char *phrase) {
    for (size_t k = 0; k < lex->n; k++) {
        const an_ev_entry *e = &lex->e[k];
        const char *p = phrase;
        unsigned w = 0;
        for (; w < e->n_words; w++) {
            size_t n = strlen(e->words[w]);
            if (strncmp(p, e->words[w], n) != 0 || (p[n] != ' ' && p[n] != '\0')) break;
            p += n + (p[n] == ' ');
        }
        if (w == e->n_words && *p == '\0') return e;
    }
    return NULL;
}

/* ---- word forms ---------------------------------------------------------------------- */

/* Copies n (1 to 32) bytes in two overlapping fixed-size moves: a memcpy of a length known
 * to be small becomes "rep movs" here, slow to start, and this runs for every word. */
static void copy_short(char *d, const char *s, size_t n) {
    if (n >= 16) {
        memcpy(d, s, 16);
        memcpy(d + n - 16, s + n - 16, 16);
    } else if (n >= 8) {
        memcpy(d, s, 8);
        memcpy(d + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
        memcpy(d, s, 4);
        memcpy(d + n - 4, s + n - 4, 4);
    } else {
        d[0] = s[0];
        d[n / 2] = s[n / 2];
        d[n - 1] = s[n - 1];
    }
}

static void add_form(an_evtok *t, const char *s, size_t len) {
    if (t->n_forms >= AN_EV_FORMS || len == 0 || len >= AN_EV_WORD) return;
    for (unsigned k = 0; k < t->n_forms; k++)
        if (t->form_len[k] == len && memcmp(t->form[k], s, len) == 0) return;
    copy_short(t->form[t->n_forms], s, len);
    t->form[t->n_forms][len] = '\0';
    t->form_len[t->n_forms++] = (uint8_t)len;
}

static int ends(const char *w, size_t n, const char *suf) {
    size_t k = strlen(suf);
    return n > k + 1 && memcmp(w + n - k, suf, k) == 0;
}

static int is_vowel(char ch) { return strchr("aeiou", ch) != NULL; }

/* The base forms a regular inflection may come from: attacked -> attack, seized ->
 * seize, stopped -> stop, carries -> carry, shelling -> shell, seizing -> seize. */
static void regular_bases(an_evtok *t, const char *w, size_t n) {
    char b[AN_EV_WORD + 2];
    if (ends(w, n, "ies") || ends(w, n, "ied")) {
        memcpy(b, w, n - 3);
        b[n - 3] = 'y';
        add_form(t, b, n - 2);
    }
    if (ends(w, n, "es")) add_form(t, w, n - 2);
    if (ends(w, n, "s") && !ends(w, n, "ss")) add_form(t, w, n - 1);
    size_t stem = 0;
    if (ends(w, n, "ed")) stem = n - 2;
    if (ends(w, n, "ing")) stem = n - 3;
    if (!stem) return;
    add_form(t, w, stem);
    if (stem + 1 < sizeof b) { /* seiz(ed) -> seize */
        memcpy(b, w, stem);
        b[stem] = 'e';
        add_form(t, b, stem + 1);
    }
    if (stem > 2 && w[stem - 1] == w[stem - 2] && !is_vowel(w[stem - 1]))
        add_form(t, w, stem - 1); /* stopp(ed) -> stop */
}

/* The memo slot for a lower-case word: FNV-1a over its bytes (at most 27), the top bits. */
static an_ev_memo *memo_slot(an_ev_memo *memo, const char *w, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)w[k]) * 16777619u;
    return &memo[h >> (32 - AN_EV_MEMO_BITS)];
}

/* The memo of a thread: a few hundred KB kept while the thread lives (freed by the key's
 * destructor when it ends), for the resources it last worked with. */
typedef struct {
    unsigned long serial;
    an_ev_memo slot[AN_EV_MEMO];
} thread_memo;

static _Thread_local thread_memo *memo_of_thread;
static pthread_key_t memo_key;
static pthread_once_t memo_once = PTHREAD_ONCE_INIT;
static int memo_key_made;

static void make_memo_key(void) { memo_key_made = pthread_key_create(&memo_key, free) == 0; }

an_ev_memo *an_ev_thread_memo(const an_event_res *r) {
    pthread_once(&memo_once, make_memo_key);
    if (!memo_key_made) return NULL;
    thread_memo *m = memo_of_thread;
    if (!m) {
        m = calloc(1, sizeof *m);
        if (!m || pthread_setspecific(memo_key, m) != 0) {
            free(m);
            return NULL;
        }
        memo_of_thread = m;
    }
    if (m->serial != r->serial) { /* the answers of other resources may differ */
        memset(m->slot, 0, sizeof m->slot);
        m->serial = r->serial;
    }
    return m->slot;
}

/* Copies the forms (each NUL-terminated) from one place to the other. */
static void copy_forms(char (*to)[AN_EV_WORD], uint8_t *to_len, char (*from)[AN_EV_WORD],
                       const uint8_t *from_len, unsigned n) {
    for (unsigned f = 0; f < n; f++) {
        copy_short(to[f], from[f], from_len[f] + 1u);
        to_len[f] = from_len[f];
    }
}

/* Whether n (1 to 27) bytes are the same, in two overlapping fixed-size compares (no
 * memcmp call: this runs for most words). */
static int same_short(const char *a, const char *b, size_t n) {
    uint64_t x, y, u, v;
    if (n >= 16) return memcmp(a, b, 16) == 0 && memcmp(a + n - 16, b + n - 16, 16) == 0;
    if (n >= 8) {
        memcpy(&x, a, 8), memcpy(&y, b, 8), memcpy(&u, a + n - 8, 8), memcpy(&v, b + n - 8, 8);
        return ((x ^ y) | (u ^ v)) == 0;
    }
    if (n >= 4) {
        uint32_t p, q, r, w;
        memcpy(&p, a, 4), memcpy(&q, b, 4), memcpy(&r, a + n - 4, 4), memcpy(&w, b + n - 4, 4);
        return ((p ^ q) | (r ^ w)) == 0;
    }
    return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
}

static int memo_get(an_ev_memo *m, an_evtok *t, const char *low, size_t len, int word) {
    if (!m->used || m->word != word || m->form_len[0] != len || !same_short(m->form[0], low, len))
        return 0;
    t->n_forms = m->n_forms;
    t->cls = m->cls;
    t->lex = m->lex;
    copy_forms(t->form, t->form_len, m->form, m->form_len, m->n_forms);
    return 1;
}

static void memo_put(an_ev_memo *m, an_evtok *t, int word) {
    m->used = 1;
    m->word = (uint8_t)word;
    m->n_forms = t->n_forms;
    m->cls = t->cls;
    m->lex = t->lex;
    copy_forms(m->form, m->form_len, t->form, t->form_len, t->n_forms);
}

void an_ev_forms(const an_event_res *r, an_ev_memo *memo, an_evtok *t, const char *s,
                 size_t len) {
    char low[AN_EV_WORD];
    t->n_forms = 0;
    t->form[0][0] = '\0';
    t->cls = t->lex = 0;
    if (len >= AN_EV_WORD) return;
    for (size_t k = 0; k < len; k++) { /* ASCII only, as tolower in the C locale */
        unsigned char ch = (unsigned char)s[k];
        low[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
    }
    /* the curly apostrophe of "n’t" and "’s" reads as the straight one */
    if (len == 5 && memcmp(low, "n\xe2\x80\x99t", 5) == 0) {
        memcpy(low, "n't", 3);
        len = 3;
    }
    add_form(t, low, len);
    int k;
    /* names inside a sentence, numbers and punctuation are in no lexicon: no look-ups */
    if ((t->kind != ANNALS_TOKEN_WORD && t->kind != ANNALS_TOKEN_ABBREV) ||
        ((t->flags & ANNALS_TOKEN_CAPITALIZED) && !(t->flags & ANNALS_TOKEN_SENT_START)))
        return;
    /* what follows depends only on the word and on whether it is a WORD */
    int word = t->kind == ANNALS_TOKEN_WORD;
    an_ev_memo *m = memo && len ? memo_slot(memo, low, len) : NULL;
    if (m && memo_get(m, t, low, len, word)) return;
    if (an_strtab_get(&r->classes, low, len, &k)) t->cls = (uint16_t)k;
    if (an_strtab_get(&r->words.first, low, len, &k)) {
        const char *base = r->words.e[k].col[0];
        if (base) add_form(t, base, strlen(base));
    }
    if (word) regular_bases(t, low, len);
    for (unsigned f = 0; f < t->n_forms; f++)
        if (an_strtab_get(&r->first_words, t->form[f], t->form_len[f], &k))
            t->lex |= (uint16_t)k;
    if (m) memo_put(m, t, word);
}

/* ---- matching ------------------------------------------------------------------------ */

/* The first bytes are compared inline: most words differ there, and strcmp is a call. */
static int tok_reads(const an_evtok *t, const char *w) {
    for (unsigned k = 0; k < t->n_forms; k++)
        if (t->form[k][0] == w[0] && strcmp(t->form[k], w) == 0) return 1;
    return 0;
}

int an_ev_is_any(const an_evctx *c, size_t i, const char *const *words) {
    if (i >= c->n || c->tok[i].n_forms == 0) return 0;
    const char *f = c->tok[i].form[0];
    /* two bytes inline (both strings end in a NUL, so f[1] is there when f[0] matched) */
    for (int k = 0; words[k]; k++)
        if (f[0] == words[k][0] && f[1] == words[k][1] && strcmp(f, words[k]) == 0) return 1;
    return 0;
}

/* The words a phrase's "*" may pass over ("drove [Islamic State] out"): one to four
 * words of the object, no punctuation, clause boundary, preposition or attribution. */
#define AN_EV_MAX_GAP 4
static int gap_word(const an_evctx *c, size_t i) {
    static const char *const stops[] = {"of",      "from",   "to",      "in",     "on",
                                        "at",      "into",   "by",      "for",    "with",
                                        "and",     "or",     "but",     "toward", "towards",
                                        "through", "across", "over",    "against", "near",
                                        "after",   "before", "during",  "as",     "than",
                                        "that",    "which",  "who",     "while",  "when",
                                        NULL};
    const an_evtok *t = &c->tok[i];
    /* a count is part of the object: "sent another 3,500 troops" */
    if (t->kind != ANNALS_TOKEN_WORD && t->kind != ANNALS_TOKEN_ABBREV &&
        t->kind != ANNALS_TOKEN_NUMBER)
        return 0;
    return t->brk == AN_BRK_NONE && !t->attr && t->time < 0 && !an_ev_is_any(c, i, stops);
}

/* A lower-case word in -ly long enough to be an adverb ("directly", not "rally"). */
static int adverb_ly(const an_evtok *t) {
    const char *w = t->form[0];
    size_t n = t->n_forms ? strlen(w) : 0;
    return t->kind == ANNALS_TOKEN_WORD && !(t->flags & ANNALS_TOKEN_CAPITALIZED) && n > 5 &&
           w[n - 2] == 'l' && w[n - 1] == 'y';
}

/* Matches e's words from word w at token t on; a "*" passes over the shortest object after
 * which the rest matches. Returns the token after the match, 0 when it does not match. */
static size_t match_from(const an_ev_entry *e, const an_evctx *c, unsigned w, size_t t,
                         size_t end, an_ev_span *sp) {
    if (w == e->n_words) return t;
    if (strcmp(e->words[w], "*") != 0) {
        /* "talked directly to", "fired indiscriminately on": an adverb in -ly between a
         * verb and the word its phrase goes on with */
        if (w == 1 && (e->pos & AN_EV_POS_VERB) && t + 1 < end && adverb_ly(&c->tok[t]) &&
            tok_reads(&c->tok[t + 1], e->words[w]))
            t++;
        if (t >= end || !tok_reads(&c->tok[t], e->words[w])) return 0;
        return match_from(e, c, w + 1, t + 1, end, sp);
    }
    if (w + 1 == e->n_words) return 0; /* a gap needs words after it */
    for (size_t g = t; g < end && g - t < AN_EV_MAX_GAP && gap_word(c, g); g++) {
        size_t r = match_from(e, c, w + 1, g + 1, end, sp);
        if (r) {
            sp->g0 = t;
            sp->g1 = g + 1;
            return r;
        }
    }
    return 0;
}

static size_t phrase_at(const an_ev_entry *e, const an_evctx *c, size_t i, size_t end,
                        an_ev_span *sp) {
    size_t r = match_from(e, c, 1, i + 1, end, sp);
    return r ? r - i : 0;
}

const an_ev_entry *an_ev_match_from(const an_ev_lex *lex, const an_evctx *c, size_t i,
                                    size_t end, unsigned pos_mask, an_ev_span *sp) {
    const an_evtok *t = &c->tok[i];
    const an_ev_entry *best = NULL;
    for (unsigned f = 0; f < t->n_forms; f++) {
        int k;
        if (!an_strtab_get(&lex->first, t->form[f], t->form_len[f], &k)) continue;
        for (; k >= 0; k = lex->e[k].next) {
            const an_ev_entry *e = &lex->e[k];
            if (best && best->n_words > e->n_words) break;
            if (pos_mask && e->pos && !(e->pos & pos_mask)) continue;
            an_ev_span s = {0, 0, 0};
            size_t n = phrase_at(e, c, i, end, &s);
            if (!n) continue;
            s.n = n;
            /* of two readings as long, a verb where a verb may stand */
            if (!best || best->n_words < e->n_words ||
                ((pos_mask & AN_EV_POS_VERB) && !(best->pos & AN_EV_POS_VERB) &&
                 (e->pos & AN_EV_POS_VERB))) {
                best = e;
                *sp = s;
            }
        }
    }
    return best;
}
