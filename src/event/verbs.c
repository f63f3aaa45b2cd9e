/* verbs.c - CAMEO verb-pattern dictionaries in the PETRARCH format (--verbs), read beside
 * data/event-triggers.txt:
 *
 *   &FOOD                          a synonym set: the words after it, one "+WORD" a line
 *   +FOOD                          ("+UN_PEACEKEEPERS": words joined by _; "+&SET" another set)
 *   ---  RAID   [190]  ---         a verb block, its default code ([---]: no event)
 *   RAID                           a verb of the block, regular forms found by rule
 *   SHOOT {SHOOTS SHOT} [190]      irregular forms, and a code of its own
 *   +ASK_FOR {+ASKED_FOR}          a verb of several words: the one after + is the verb
 *   - &AIRCRAFT * (ON {BORDER})    a pattern: * the verb, words before and after it in the
 *     [195]                        clause, (...) a prepositional and {...} a noun phrase,
 *                                  $ + % an actor, ^ a phrase skipped, _ joins adjacent words
 *
 * Codes "[A:B]" keep A; "[:B]" is B with source and target swapped ("X offended Y": Y
 * disapproves of X). Transformation lines ("~ ...") are not read.
 * Without a parse tree, a phrase is matched as its words in order within a few tokens of
 * each other, anywhere between the verb and the clause's end (or its start, before the
 * verb); the pattern matching the most words wins, and without one the verb's own code.
 * The compiled dictionary is a few flat arrays of 32-bit offsets into one pool of words. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "event/ev.h"

enum { VD_WORD, VD_SYN, VD_ACTOR };
enum { VD_FREE, VD_NEAR, VD_ADJ }; /* how an element stands to the one nearer the verb */
#define VD_NEAR_GAP 3              /* words between two of one phrase: "arms [and] shipment" */
#define VD_INHERIT 0xffffu         /* no code given: the verb's, then the block's */
#define VD_NO_EVENT 0u             /* [---] */
#define VD_MAX_SYN_DEPTH 4

typedef struct {
    uint32_t ref; /* word: pool offset; set: index */
    uint8_t type, link;
} vd_elem;

typedef struct {
    uint32_t elem;    /* pre elements (outward from the verb), then post elements */
    uint8_t n_pre, n_post, weight;
    uint16_t code;
} vd_pattern;

typedef struct {
    uint32_t first_pat, n_pat;
    uint16_t code;
} vd_block;

typedef struct {
    uint32_t head;        /* the verb word, pool offset (the key) */
    uint32_t block, elem; /* words before the head (outward), then after it */
    uint8_t n_pre, n_post;
    uint16_t code;
    int32_t next;         /* the next form with the same head */
} vd_form;

typedef struct {
    uint32_t elem;
    uint8_t n;
} vd_member;

typedef struct {
    uint32_t name; /* pool offset */
    uint32_t *members;
    size_t n, cap;
} vd_syn;

typedef struct {
    uint32_t text; /* pool offset */
    const char *plover, *mode, *acled;
    uint8_t reverse; /* "[:110]": the target acts on the source */
} vd_code;

struct an_ev_verbs {
    an_buf pool;
    an_strtab words; /* interned words -> pool offset */
    an_strtab heads; /* verb word -> first form */
    vd_elem *elems;
    size_t n_elems, cap_elems;
    vd_pattern *pats;
    size_t n_pats, cap_pats;
    vd_block *blocks;
    size_t n_blocks, cap_blocks;
    vd_form *forms;
    size_t n_forms, cap_forms;
    vd_member *members;
    size_t n_members, cap_members;
    vd_syn *syns;
    size_t n_syns, cap_syns;
    an_strtab syn_names; /* name -> index */
    vd_code *codes;
    size_t n_codes, cap_codes;
    an_strtab code_names;
    an_ev_entry *entries; /* one a form, as the trigger lexicon's */
};

/* ---- the pool ---------------------------------------------------------------------------- */

static long intern(an_ev_verbs *v, const char *s, size_t n) {
    char low[64];
    if (n == 0 || n >= sizeof low) return -1;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        low[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    int off;
    if (an_strtab_get(&v->words, low, n, &off)) return off;
    if (v->pool.len == 0 && an_buf_putc(&v->pool, '\0') != 0) return -2; /* offset 0: "" */
    off = (int)v->pool.len;
    if (an_buf_append(&v->pool, low, n) != 0 || an_buf_putc(&v->pool, '\0') != 0 ||
        an_strtab_put(&v->words, low, n, off) != 0)
        return -2;
    return off;
}

static const char *word_at(const an_ev_verbs *v, uint32_t off) { return v->pool.data + off; }

/* ---- reading ------------------------------------------------------------------------------ */

typedef struct {
    an_ev_verbs *v;
    const an_event_res *r;
    const char *path;
    size_t line;
    char *err;
    size_t errlen;
    int state; /* 0 none, 1 a synonym set, 2 a verb block */
    int broken; /* a line is not in the format */
    long syn;  /* the set being read */
} vd_reader;

enum { ST_NONE, ST_SYN, ST_BLOCK };

static int fail(vd_reader *rd, const char *what) {
    rd->broken = strcmp(what, "out of memory") != 0;
    snprintf(rd->err, rd->errlen, "%s:%zu: %s", rd->path, rd->line, what);
    return -1;
}

static int nomem(vd_reader *rd) { return fail(rd, "out of memory"); }

/* The PLOVER type, mode and ACLED type of a code, as our trigger lexicon gives them to the
 * same code (a verb's first), else to its first three digits, else the root's most common;
 * a code outside CAMEO's twenty roots has no PLOVER type (a CAMEO-only event). */
static void types_of(const an_event_res *r, const char *code, vd_code *out) {
    const an_ev_lex *t = &r->triggers;
    size_t n = strlen(code);
    for (int pass = 0; pass < 2; pass++) {
        const an_ev_entry *best = NULL;
        for (size_t k = 0; k < t->n; k++) {
            const an_ev_entry *e = &t->e[k];
            const char *c = e->col[2];
            if (!e->col[0] || !c || e->col[4]) continue; /* frames take their type elsewhere */
            int same = pass == 0 ? strcmp(c, code) == 0
                                 : n > 3 && strlen(c) == 3 && strncmp(c, code, 3) == 0;
            if (same && (!best || ((e->pos & AN_EV_POS_VERB) && !(best->pos & AN_EV_POS_VERB))))
                best = e;
        }
        if (best) {
            out->plover = best->col[0];
            out->mode = best->col[1];
            out->acled = best->col[3];
            return;
        }
    }
    out->mode = out->acled = NULL;
    out->plover = "STATEMENT";
    if (n < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9') return;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root < 1 || root > 20) return;
    const char *names[64];
    int counts[64], kinds = 0, top = -1;
    for (size_t k = 0; k < t->n; k++) {
        const an_ev_entry *e = &t->e[k];
        if (!e->col[0] || !e->col[2] || e->col[4] || strncmp(e->col[2], code, 2) != 0) continue;
        int j = 0;
        while (j < kinds && strcmp(names[j], e->col[0]) != 0) j++;
        if (j == kinds) {
            if (kinds == 64) continue;
            names[kinds] = e->col[0];
            counts[kinds++] = 0;
        }
        counts[j]++;
        if (top < 0 || counts[j] > counts[top]) top = j;
    }
    if (top >= 0) out->plover = names[top];
}

static size_t alnum_run(const char *s, size_t n) {
    size_t k = 0;
    while (k < n && ((s[k] >= '0' && s[k] <= '9') || (s[k] >= 'A' && s[k] <= 'Z') ||
                     (s[k] >= 'a' && s[k] <= 'z')))
        k++;
    return k;
}

/* "[042:043]" (the inside) -> a code index; VD_NO_EVENT for "---" or nothing usable. */
static long parse_code(vd_reader *rd, const char *s, size_t n) {
    const char *colon = memchr(s, ':', n);
    size_t a = colon ? (size_t)(colon - s) : n;
    size_t k = alnum_run(s, a);
    int reverse = 0;
    if (k == 0 && colon) { /* "[:110]": the code of the target acting on the source */
        s = colon + 1;
        k = alnum_run(s, n - a - 1);
        reverse = 1;
    }
    if (k == 0) return VD_NO_EVENT;
    an_ev_verbs *v = rd->v;
    char key[66];
    if (k + 2 > sizeof key) return VD_NO_EVENT; /* too long to be a code */
    key[0] = reverse ? '<' : '>'; /* the two directions are two codes */
    memcpy(key + 1, s, k);
    int idx;
    if (an_strtab_get(&v->code_names, key, k + 1, &idx)) return idx;
    if (v->n_codes == 0) { /* index 0 is "no event" */
        vd_code *p = an_array_room(v->codes, 0, &v->cap_codes, sizeof *p, 64);
        if (!p) return -2;
        v->codes = p;
        v->codes[v->n_codes++] = (vd_code){0};
    }
    if (v->n_codes >= VD_INHERIT) return fail(rd, "too many codes"), -3;
    long off = intern(v, s, k);
    if (off == -1) return VD_NO_EVENT; /* a code too long to be one */
    if (off < 0) return -2;
    vd_code *p = an_array_room(v->codes, v->n_codes, &v->cap_codes, sizeof *p, 64);
    if (!p) return -2;
    v->codes = p;
    vd_code *c = &v->codes[v->n_codes];
    *c = (vd_code){.text = (uint32_t)off, .reverse = (uint8_t)reverse};
    types_of(rd->r, word_at(v, (uint32_t)off), c);
    if (an_strtab_put(&v->code_names, key, k + 1, (int)v->n_codes) != 0) return -2;
    return (long)v->n_codes++;
}

/* The code in brackets at the end of s[0..*n) (then cut off), or VD_INHERIT without one. */
static long trailing_code(vd_reader *rd, const char *s, size_t *n) {
    const char *open = memchr(s, '[', *n);
    if (!open) return VD_INHERIT;
    const char *close = memchr(open, ']', *n - (size_t)(open - s));
    if (!close) return fail(rd, "a code without its closing ']'"), -3;
    /* "[120]  [031:031]": a second code is not read */
    for (const char *p = close + 1, *q; p < s + *n; p = q + 1) {
        q = p;
        if (*p == '[' && (q = memchr(p, ']', *n - (size_t)(p - s))) != NULL) continue;
        q = p;
        if (*p != ' ' && *p != '-') return fail(rd, "text after the code"), -3;
    }
    long code = parse_code(rd, open + 1, (size_t)(close - open - 1));
    *n = (size_t)(open - s);
    return code;
}

static int push_elem(vd_reader *rd, uint8_t type, uint32_t ref, uint8_t link) {
    an_ev_verbs *v = rd->v;
    vd_elem *p = an_array_room(v->elems, v->n_elems, &v->cap_elems, sizeof *p, 256);
    if (!p) return nomem(rd);
    v->elems = p;
    v->elems[v->n_elems++] = (vd_elem){.ref = ref, .type = type, .link = link};
    return 0;
}

static long syn_index(vd_reader *rd, const char *name, size_t n, int create) {
    while (n > 0 && name[n - 1] == '_') n--; /* "&PREPOSIT1_" is "&PREPOSIT1" */
    if (n == 0) return fail(rd, "a synonym set without a name"), -3;
    an_ev_verbs *v = rd->v;
    long off = intern(v, name, n);
    if (off == -1) return fail(rd, "a synonym set's name too long"), -3;
    if (off < 0) return nomem(rd), -3;
    int idx;
    if (an_strtab_get(&v->syn_names, word_at(v, (uint32_t)off), n, &idx)) return idx;
    if (!create) return -1; /* a set the file never defines matches nothing */
    vd_syn *p = an_array_room(v->syns, v->n_syns, &v->cap_syns, sizeof *p, 16);
    if (!p) return nomem(rd), -3;
    v->syns = p;
    v->syns[v->n_syns] = (vd_syn){.name = (uint32_t)off};
    if (an_strtab_put(&v->syn_names, word_at(v, (uint32_t)off), n, (int)v->n_syns) != 0)
        return nomem(rd), -3;
    return (long)v->n_syns++;
}

/* One word of a pattern or a form ("&FOOD", "$", "PEACE-KEEPING") as an element; 1 when it
 * is none to match ("^", a set never defined), -1 on error. */
static int word_elem(vd_reader *rd, const char *w, size_t n, uint8_t link) {
    if (n == 1 && (*w == '$' || *w == '+' || *w == '%')) return push_elem(rd, VD_ACTOR, 0, link);
    if (n == 1 && *w == '^') return 1;
    if (*w == '&') {
        long s = syn_index(rd, w + 1, n - 1, 0);
        if (s == -3) return -1;
        return s < 0 ? 1 : push_elem(rd, VD_SYN, (uint32_t)s, link);
    }
    long off = intern(rd->v, w, n);
    if (off == -1) return fail(rd, "a word too long"), -1;
    if (off < 0) return nomem(rd);
    return push_elem(rd, VD_WORD, (uint32_t)off, link);
}

/* A pattern's text between "-" and its code: the elements before "*" (stored nearest the
 * verb first) and after it. */
static int read_pattern(vd_reader *rd, const char *s, size_t n, uint16_t code, uint32_t block) {
    an_ev_verbs *v = rd->v;
    size_t start = v->n_elems, verb_at = SIZE_MAX;
    char groups[8];
    int depth = 0, group_open = 0; /* group_open: an element already read in this group */
    uint8_t next_link = VD_FREE;
    unsigned weight = 0;
    for (size_t i = 0; i < n;) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t') {
            i++;
            next_link = depth ? VD_NEAR : VD_FREE;
            if (depth && !group_open) next_link = VD_FREE;
            continue;
        }
        if (ch == '(' || ch == '{') {
            if (depth == (int)sizeof groups) return fail(rd, "phrases nested too deep");
            groups[depth++] = ch == '(' ? ')' : '}';
            group_open = 0;
            next_link = VD_FREE;
            i++;
            continue;
        }
        if (ch == ')' || ch == '}') {
            /* a closing bracket without its opening one is passed over, as PETRARCH's own
             * CAMEO file has a few ("(WITH VISIT) VISIT)") */
            if (depth > 0 && groups[depth - 1] == ch) depth--;
            group_open = depth > 0;
            next_link = VD_FREE;
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && !strchr(" \t(){}", s[j])) j++;
        /* one word, its parts joined by _ are adjacent */
        for (size_t p = i; p < j;) {
            size_t q = p;
            if (s[p] == '*') q++; /* "*SCEPTICAL": the verb, then the word right after it */
            else
                while (q < j && s[q] != '_' && s[q] != '*') q++;
            if (q > p) {
                if (q - p == 1 && s[p] == '*') {
                    if (verb_at != SIZE_MAX) return fail(rd, "a pattern with two '*'");
                    verb_at = v->n_elems;
                    /* the verb's own link to the element before it, kept on a marker */
                    if (push_elem(rd, VD_WORD, UINT32_MAX, next_link) != 0) return -1;
                } else {
                    int rc = word_elem(rd, s + p, q - p, next_link);
                    if (rc < 0) return -1;
                    if (rc == 0) weight++;
                }
                next_link = VD_ADJ;
            }
            p = q < j && s[q] == '_' ? q + 1 : q;
        }
        if (j > i && s[j - 1] == '_') next_link = VD_ADJ; /* "IN_ *" */
        else if (depth) next_link = VD_NEAR;
        group_open = depth > 0;
        i = j;
    }
    if (verb_at == SIZE_MAX) return fail(rd, "a pattern without '*' for its verb");
    /* order: pre elements from the verb outward, each linked to its inner neighbour */
    size_t n_pre = verb_at - start, n_post = v->n_elems - verb_at - 1;
    if (n_pre > 32 || n_post > 32) return fail(rd, "a pattern too long");
    vd_elem tmp[65];
    memcpy(tmp, v->elems + start, (n_pre + n_post + 1) * sizeof *tmp);
    for (size_t k = 0; k < n_pre; k++) {
        vd_elem e = tmp[n_pre - 1 - k];
        /* the link read on the element after it in the text */
        e.link = tmp[n_pre - k].link;
        v->elems[start + k] = e;
    }
    for (size_t k = 0; k < n_post; k++) v->elems[start + n_pre + k] = tmp[n_pre + 1 + k];
    v->n_elems = start + n_pre + n_post;
    vd_pattern *p = an_array_room(v->pats, v->n_pats, &v->cap_pats, sizeof *p, 256);
    if (!p) return nomem(rd);
    v->pats = p;
    v->pats[v->n_pats++] = (vd_pattern){.elem = (uint32_t)start, .n_pre = (uint8_t)n_pre,
                                        .n_post = (uint8_t)n_post,
                                        .weight = (uint8_t)(weight > 255 ? 255 : weight),
                                        .code = code};
    v->blocks[block].n_pat++;
    return 0;
}

/* One form of a verb ("SHOOT", "+ASK_FOR", "LASH OUT", "KLM_NOP_+RST"): the word marked +
 * (else the first) is the verb, the others must stand right before or after it. */
static int add_form(vd_reader *rd, const char *s, size_t n, uint16_t code) {
    an_ev_verbs *v = rd->v;
    const char *parts[16];
    size_t lens[16], np = 0, head = 0;
    for (size_t p = 0; p < n;) {
        size_t q = p;
        while (q < n && s[q] != '_' && s[q] != ' ') q++;
        if (q > p) {
            if (np == 16) return fail(rd, "a verb of too many words");
            if (s[p] == '+') {
                head = np;
                p++;
            }
            if (q > p) {
                parts[np] = s + p;
                lens[np++] = q - p;
            }
        }
        p = q + 1;
    }
    if (np == 0) return 0;
    if (head >= np) head = np - 1;
    long h = intern(v, parts[head], lens[head]);
    if (h == -1) return fail(rd, "a word too long");
    if (h < 0) return nomem(rd);
    size_t elem = v->n_elems;
    for (size_t k = head; k-- > 0;)
        if (word_elem(rd, parts[k], lens[k], VD_ADJ) < 0) return -1;
    size_t n_pre = v->n_elems - elem;
    for (size_t k = head + 1; k < np; k++)
        if (word_elem(rd, parts[k], lens[k], VD_ADJ) < 0) return -1;
    vd_form *f = an_array_room(v->forms, v->n_forms, &v->cap_forms, sizeof *f, 256);
    if (!f) return nomem(rd);
    v->forms = f;
    int first;
    int32_t next = an_strtab_get(&v->heads, word_at(v, (uint32_t)h), lens[head], &first) ? first : -1;
    v->forms[v->n_forms] = (vd_form){.head = (uint32_t)h, .block = (uint32_t)(v->n_blocks - 1),
                                     .elem = (uint32_t)elem, .n_pre = (uint8_t)n_pre,
                                     .n_post = (uint8_t)(v->n_elems - elem - n_pre),
                                     .code = code, .next = next};
    if (an_strtab_put(&v->heads, word_at(v, (uint32_t)h), lens[head], (int)v->n_forms) != 0)
        return nomem(rd);
    v->n_forms++;
    return 0;
}

/* "HURRY {HURRIES HURRIED} [020]", "+ASK_FOR {+ASKED_FOR}": a verb line of a block. */
static int read_verb(vd_reader *rd, const char *s, size_t n) {
    long code = trailing_code(rd, s, &n);
    if (code < 0) return code == -2 ? nomem(rd) : -1;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    const char *brace = memchr(s, '{', n);
    size_t base = brace ? (size_t)(brace - s) : n;
    while (base && (s[base - 1] == ' ' || s[base - 1] == '\t')) base--;
    if (add_form(rd, s, base, (uint16_t)code) != 0) return -1;
    if (!brace) return 0;
    const char *close = memchr(brace, '}', n - (size_t)(brace - s));
    if (!close) return fail(rd, "irregular forms without their closing '}'");
    for (const char *p = brace + 1; p < close;) {
        while (p < close && (*p == ' ' || *p == '\t')) p++;
        const char *q = p;
        while (q < close && *q != ' ' && *q != '\t') q++;
        if (q > p && add_form(rd, p, (size_t)(q - p), (uint16_t)code) != 0) return -1;
        p = q;
    }
    return 0;
}

/* "---  RAID   [190]  ---" */
static int read_block(vd_reader *rd, const char *s, size_t n) {
    size_t m = n;
    while (m > 3 && s[m - 1] == '-') m--; /* "------" keeps its first three */
    long code = trailing_code(rd, s + 3, &(size_t){m - 3});
    if (code < 0) return code == -2 ? nomem(rd) : -1;
    if (code == VD_INHERIT) return fail(rd, "a verb block without its [code]");
    an_ev_verbs *v = rd->v;
    vd_block *b = an_array_room(v->blocks, v->n_blocks, &v->cap_blocks, sizeof *b, 64);
    if (!b) return nomem(rd);
    v->blocks = b;
    v->blocks[v->n_blocks++] = (vd_block){.first_pat = (uint32_t)v->n_pats, .code = (uint16_t)code};
    rd->state = ST_BLOCK;
    return 0;
}

static int read_member(vd_reader *rd, const char *s, size_t n) {
    an_ev_verbs *v = rd->v;
    size_t elem = v->n_elems;
    for (size_t p = 0; p < n;) {
        size_t q = p;
        while (q < n && s[q] != '_' && s[q] != ' ' && s[q] != '\t') q++;
        if (q > p && word_elem(rd, s + p, q - p, VD_ADJ) < 0) return -1;
        p = q + 1;
    }
    if (v->n_elems == elem) return 0;
    if (v->n_elems - elem > 16) return fail(rd, "a synonym of too many words");
    vd_member *m = an_array_room(v->members, v->n_members, &v->cap_members, sizeof *m, 256);
    if (!m) return nomem(rd);
    v->members = m;
    v->members[v->n_members] = (vd_member){.elem = (uint32_t)elem, .n = (uint8_t)(v->n_elems - elem)};
    vd_syn *syn = &v->syns[rd->syn];
    uint32_t *p = an_array_room(syn->members, syn->n, &syn->cap, sizeof *p, 8);
    if (!p) return nomem(rd);
    syn->members = p;
    syn->members[syn->n++] = (uint32_t)v->n_members++;
    return 0;
}

static int read_line(vd_reader *rd, const char *s, size_t n) {
    if (n == 0 || *s == '~') return 0; /* transformations are not read */
    if (n >= 3 && memcmp(s, "---", 3) == 0) return read_block(rd, s, n);
    if (*s == '&') {
        size_t k = 1;
        while (k < n && s[k] != ' ' && s[k] != '\t') k++;
        long syn = syn_index(rd, s + 1, k - 1, 1);
        if (syn < 0) return -1;
        rd->syn = syn;
        rd->state = ST_SYN;
        return 0;
    }
    if (*s == '-') {
        if (rd->state != ST_BLOCK) return fail(rd, "a pattern outside a verb block");
        long code = trailing_code(rd, s + 1, &(size_t){n - 1});
        if (code < 0) return code == -2 ? nomem(rd) : -1;
        if (code == VD_INHERIT) return fail(rd, "a pattern without its [code]");
        size_t body = (size_t)((const char *)memchr(s, '[', n) - s) - 1;
        return read_pattern(rd, s + 1, body, (uint16_t)code, (uint32_t)(rd->v->n_blocks - 1));
    }
    if (rd->state == ST_SYN) {
        if (*s != '+') return fail(rd, "a synonym without its '+'");
        return read_member(rd, s + 1, n - 1);
    }
    if (rd->state == ST_BLOCK) return read_verb(rd, s, n);
    return fail(rd, "not a line of a verb dictionary (a synonym set or a verb block)");
}

/* The trigger entries the stage reads, one a form (pointers into the pool, which no longer
 * moves once a file is read). */
static int build_entries(an_ev_verbs *v) {
    free(v->entries);
    v->entries = calloc(v->n_forms ? v->n_forms : 1, sizeof *v->entries);
    if (!v->entries) return -1;
    for (size_t k = 0; k < v->n_forms; k++) {
        const vd_form *f = &v->forms[k];
        an_ev_entry *e = &v->entries[k];
        e->next = -1;
        e->pos = AN_EV_POS_VERB;
        size_t w = 0;
        for (size_t j = f->n_pre; j-- > 0 && w < 7;)
            if (v->elems[f->elem + j].type == VD_WORD)
                e->words[w++] = word_at(v, v->elems[f->elem + j].ref);
        e->words[w++] = word_at(v, f->head);
        for (size_t j = 0; j < f->n_post && w < 8; j++)
            if (v->elems[f->elem + f->n_pre + j].type == VD_WORD)
                e->words[w++] = word_at(v, v->elems[f->elem + f->n_pre + j].ref);
        e->n_words = (uint8_t)w;
        uint16_t code = f->code != VD_INHERIT ? f->code : v->blocks[f->block].code;
        if (code != VD_NO_EVENT) {
            const vd_code *c = &v->codes[code];
            e->col[0] = c->plover;
            e->col[1] = c->mode;
            e->col[2] = word_at(v, c->text);
            e->col[3] = c->acled;
        }
    }
    return 0;
}

/* Marks the verbs' words in the first-word index, so that a token is looked up in the
 * dictionary only when one of its forms is a verb of it. */
static int index_heads(an_event_res *r) {
    const an_ev_verbs *v = r->verbs;
    for (size_t k = 0; k < v->n_forms; k++) {
        const char *w = word_at(v, v->forms[k].head);
        int bits = 0;
        an_strtab_get(&r->first_words, w, strlen(w), &bits);
        if (an_strtab_put(&r->first_words, w, strlen(w), bits | (int)AN_EV_LEX_VERBS) != 0)
            return -1;
    }
    return 0;
}

/* Cuts a comment ("#" outside a code's brackets: "[###]" is a code) and "<!-- ... -->"
 * (*in_xml: inside one at the line's start); returns the length left. */
static size_t strip(char *s, size_t n, int *in_xml) {
    size_t o = 0;
    int bracket = 0;
    for (size_t i = 0; i < n; i++) {
        if (*in_xml) {
            if (i + 2 < n && memcmp(s + i, "-->", 3) == 0) {
                *in_xml = 0;
                i += 2;
            }
            continue;
        }
        if (i + 3 < n && memcmp(s + i, "<!--", 4) == 0) {
            *in_xml = 1;
            i += 3;
            continue;
        }
        if (s[i] == '[') bracket = 1;
        if (s[i] == ']') bracket = 0;
        if (s[i] == '#' && !bracket) break;
        s[o++] = s[i] == '\t' ? ' ' : s[i];
    }
    return o;
}

int an_event_verbs_load(an_event_res *r, const char *path, char *err, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (!r->verbs) {
        r->verbs = calloc(1, sizeof *r->verbs);
        if (!r->verbs) {
            fclose(f);
            snprintf(err, errlen, "%s: out of memory", path);
            return -1;
        }
        an_buf_init(&r->verbs->pool);
        an_strtab_init(&r->verbs->words);
        an_strtab_init(&r->verbs->heads);
        an_strtab_init(&r->verbs->syn_names);
        an_strtab_init(&r->verbs->code_names);
    }
    vd_reader rd = {.v = r->verbs, .r = r, .path = path, .err = err, .errlen = errlen};
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int rc = 0, in_xml = 0;
    while (rc == 0 && (got = getline(&line, &cap, f)) >= 0) {
        rd.line++;
        if (memchr(line, '\0', (size_t)got)) {
            rc = fail(&rd, "a NUL byte: not a text file");
            break;
        }
        size_t n = strip(line, (size_t)got, &in_xml);
        const char *s = line;
        while (n && (*s == ' ')) s++, n--;
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
        rc = read_line(&rd, s, n);
    }
    if (rc == 0 && ferror(f)) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        rc = -1;
    } else if (rc == 0 && r->verbs->n_blocks == 0) {
        snprintf(err, errlen, "%s: no verb block (\"--- NAME [code] ---\") in it", path);
        rc = -1;
        rd.broken = 1;
    }
    if (rc == 0 && (r->verbs->pool.failed || build_entries(r->verbs) != 0 ||
                    index_heads(r) != 0)) {
        snprintf(err, errlen, "%s: out of memory", path);
        rc = -1;
    }
    free(line);
    fclose(f);
    return rc != 0 && rd.broken ? -2 : rc;
}

void an_event_verbs_free(an_ev_verbs *v) {
    if (!v) return;
    an_buf_free(&v->pool);
    an_strtab_free(&v->words);
    an_strtab_free(&v->heads);
    an_strtab_free(&v->syn_names);
    an_strtab_free(&v->code_names);
    for (size_t k = 0; k < v->n_syns; k++) free(v->syns[k].members);
    free(v->syns);
    free(v->elems);
    free(v->pats);
    free(v->blocks);
    free(v->forms);
    free(v->members);
    free(v->codes);
    free(v->entries);
    free(v);
}

/* ---- matching ------------------------------------------------------------------------------ */

/* A token reads as a dictionary word: one of its forms, or the singular of a plural
 * written in the pattern ("ATTACKS" and "attack"). */
static int reads(const an_evtok *t, const char *w) {
    for (unsigned k = 0; k < t->n_forms; k++)
        if (t->form[k][0] == w[0] && strcmp(t->form[k], w) == 0) return 1;
    size_t n = strlen(w);
    return n > 3 && w[n - 1] == 's' && t->n_forms && t->form_len[0] == n - 1 &&
           memcmp(t->form[0], w, n - 1) == 0;
}

static int elem_at(const an_ev_verbs *v, const an_evctx *c, const vd_elem *e, size_t i,
                   size_t lo, size_t hi, int back, int depth, size_t *other);

/* Elements e[0..n) as adjacent words from token i on (back: ending at i, going left);
 * *end is set past the last (back: to the first) token. */
static int seq_at(const an_ev_verbs *v, const an_evctx *c, const vd_elem *e, size_t n,
                  size_t i, size_t lo, size_t hi, int back, int depth, size_t *end) {
    size_t at = i;
    for (size_t k = 0; k < n; k++) {
        const vd_elem *x = back ? &e[n - 1 - k] : &e[k];
        size_t other;
        if (!elem_at(v, c, x, at, lo, hi, back, depth, &other)) return 0;
        if (back) {
            if (other == lo && k + 1 < n) return 0;
            at = other - 1;
            *end = other;
        } else {
            at = other;
            *end = other;
        }
    }
    return 1;
}

/* Whether element e matches at token i: forward, starting there (*other: past its end);
 * back, ending there (*other: its first token). */
static int elem_at(const an_ev_verbs *v, const an_evctx *c, const vd_elem *e, size_t i,
                   size_t lo, size_t hi, int back, int depth, size_t *other) {
    if (i < lo || i >= hi) return 0;
    const an_evtok *t = &c->tok[i];
    switch (e->type) {
    case VD_WORD:
        if (!reads(t, word_at(v, e->ref))) return 0;
        *other = back ? i : i + 1;
        return 1;
    case VD_ACTOR: {
        int a = t->actor, p = t->place;
        if (a < 0 && p < 0) return 0;
        size_t j = i;
        if (back)
            while (j > lo && ((a >= 0 && c->tok[j - 1].actor == a) || (a < 0 && c->tok[j - 1].place == p))) j--;
        else
            while (j + 1 < hi && ((a >= 0 && c->tok[j + 1].actor == a) || (a < 0 && c->tok[j + 1].place == p))) j++;
        *other = back ? j : j + 1;
        return 1;
    }
    default: {
        if (depth >= VD_MAX_SYN_DEPTH) return 0;
        const vd_syn *s = &v->syns[e->ref];
        for (size_t k = 0; k < s->n; k++) {
            const vd_member *m = &v->members[s->members[k]];
            if (seq_at(v, c, v->elems + m->elem, m->n, i, lo, hi, back, depth + 1, other))
                return 1;
        }
        return 0;
    }
    }
}

/* The elements e[0..n), each within its link's reach of the one before (nearer the verb),
 * from token `from` rightwards (back: leftwards) and inside [lo, hi). */
static int chain(const an_ev_verbs *v, const an_evctx *c, const vd_elem *e, size_t n,
                 size_t from, size_t lo, size_t hi, int back) {
    size_t at = from; /* forward: the next free token; back: one past the last free one */
    for (size_t k = 0; k < n; k++) {
        size_t reach = e[k].link == VD_ADJ ? 0 : e[k].link == VD_NEAR ? VD_NEAR_GAP : SIZE_MAX;
        int found = 0;
        for (size_t g = 0; !found && g <= reach; g++) {
            size_t other;
            if (back) {
                if (at < lo + 1 + g) break;
                if (elem_at(v, c, &e[k], at - 1 - g, lo, hi, 1, 0, &other)) {
                    at = other;
                    found = 1;
                }
            } else {
                if (at + g >= hi) break;
                if (elem_at(v, c, &e[k], at + g, lo, hi, 0, 0, &other)) {
                    at = other;
                    found = 1;
                }
            }
        }
        if (!found) return 0;
    }
    return 1;
}

int an_ev_verb_at(const an_event_res *r, const an_evctx *c, size_t i, an_ev_verb_match *m) {
    const an_ev_verbs *v = r->verbs;
    if (!v || i >= c->n) return 0;
    const an_evtok *t = &c->tok[i];
    if (!(t->lex & AN_EV_LEX_VERBS)) return 0;
    int best = -1;
    size_t best_words = 0;
    for (unsigned k = 0; k < t->n_forms; k++) {
        int f;
        if (!an_strtab_get(&v->heads, t->form[k], t->form_len[k], &f)) continue;
        for (; f >= 0; f = v->forms[f].next) {
            const vd_form *x = &v->forms[f];
            size_t words = 1u + x->n_pre + x->n_post;
            if (best >= 0 && words <= best_words) continue;
            if (x->n_pre && !chain(v, c, v->elems + x->elem, x->n_pre, i, 0, c->n, 1)) continue;
            if (x->n_post && !chain(v, c, v->elems + x->elem + x->n_pre, x->n_post, i + 1, 0, c->n, 0))
                continue;
            best = f;
            best_words = words;
        }
    }
    if (best < 0) return 0;
    const vd_form *x = &v->forms[best];
    m->form = best;
    m->t0 = i - x->n_pre;
    m->t1 = i + 1 + x->n_post;
    m->entry = &v->entries[best];
    m->head = 0;
    for (size_t j = 0; j < x->n_pre; j++) m->head += v->elems[x->elem + j].type == VD_WORD;
    return 1;
}

/* The code of the pattern matching the most words around the verb inside [lo, hi), else
 * the verb's own, else its block's; fills the types. 0 when the dictionary codes no event
 * there. */
int an_ev_verb_code(const an_event_res *r, const an_evctx *c, const an_ev_verb_match *m,
                    size_t lo, size_t hi, an_ev_verb_coding *out) {
    const an_ev_verbs *v = r->verbs;
    const vd_form *f = &v->forms[m->form];
    const vd_block *b = &v->blocks[f->block];
    int best = -1;
    for (uint32_t k = b->first_pat; k < b->first_pat + b->n_pat; k++) {
        const vd_pattern *p = &v->pats[k];
        if (best >= 0 && p->weight <= v->pats[best].weight) continue;
        if (p->n_pre && !chain(v, c, v->elems + p->elem, p->n_pre, m->t0, lo, hi, 1)) continue;
        if (p->n_post && !chain(v, c, v->elems + p->elem + p->n_pre, p->n_post, m->t1, lo, hi, 0))
            continue;
        best = (int)k;
    }
    uint16_t code = best >= 0 ? v->pats[best].code
                    : f->code != VD_INHERIT ? f->code : b->code;
    out->pattern = best >= 0 && v->pats[best].weight > 0; /* "- * [042]" says no more */
    if (code == VD_NO_EVENT) return 0;
    const vd_code *x = &v->codes[code];
    out->cameo = word_at(v, x->text);
    out->plover = x->plover;
    out->mode = x->mode;
    out->acled = x->acled;
    out->reverse = x->reverse;
    return 1;
}
