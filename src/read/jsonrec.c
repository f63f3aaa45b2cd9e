/* jsonrec.c - the members of a JSON Lines record by name. jansson built a whole tree of
 * every line, one character at a time, for the dozen members the reader looks at: a
 * seventh of the time of annotating a JSONL corpus. The scan here checks the grammar as
 * strictly as jansson does and takes only plain JSON: anything it is unsure of (a NUL or
 * lone surrogate escape, a control character, a number jansson might refuse as too big,
 * deep nesting, an "id" that is a number) sends the line to jansson instead, which then
 * gives the same members or the same error as before. */
#include "read/jsonrec.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const an_jrec_names[AN_JK_N] = {
    "text",      "body",      "articleBody", "html",     "id",       "url",      "link",
    "title",     "headline",  "outlet",      "source",   "site_name", "publisher", "lang",
    "language",  "authors",   "author",      "date",     "published", "datePublished"};

#define MAX_DEPTH 64 /* jansson allows 2048: deeper lines go to it */

typedef struct {
    an_jrec *r;
    const char *s, *end;
    char *w; /* next free byte of r->scratch, reserved for the whole line at the start */
} scan;

void an_jrec_init(an_jrec *r) {
    memset(r, 0, sizeof *r);
    an_buf_init(&r->scratch);
}

void an_jrec_free(an_jrec *r) {
    free(r->items[0]);
    free(r->items[1]);
    an_buf_free(&r->scratch);
    an_jrec_init(r);
}

static void reset(an_jrec *r) {
    memset(r->kind, 0, sizeof r->kind);
    r->n_items[0] = r->n_items[1] = 0;
    an_buf_clear(&r->scratch);
}

static int add_item(an_jrec *r, int which, const char *s, size_t len) {
    if (r->n_items[which] == r->cap_items[which]) {
        size_t cap = r->cap_items[which] ? r->cap_items[which] * 2 : 8;
        an_jstr *v = realloc(r->items[which], cap * sizeof *v);
        if (!v) return -1;
        r->items[which] = v;
        r->cap_items[which] = cap;
    }
    r->items[which][r->n_items[which]++] = (an_jstr){s, len};
    return 0;
}

/* ---- the scan: each function returns 1 when it read its part, 0 when the line must go
 * to jansson ---- */

static void skip_ws(scan *c) {
    while (c->s < c->end && (*c->s == ' ' || *c->s == '\t' || *c->s == '\n' || *c->s == '\r'))
        c->s++;
}

static int hex4(const char *s, unsigned *v) {
    *v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char h = (unsigned char)s[i];
        unsigned d = h >= '0' && h <= '9' ? h - '0' : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10 : 16;
        if (d > 15) return 0;
        *v = *v << 4 | d;
    }
    return 1;
}

static char *put_utf8(char *w, unsigned cp) {
    if (cp < 0x80) {
        *w++ = (char)cp;
    } else if (cp < 0x800) {
        *w++ = (char)(0xc0 | cp >> 6);
        *w++ = (char)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        *w++ = (char)(0xe0 | cp >> 12);
        *w++ = (char)(0x80 | ((cp >> 6) & 0x3f));
        *w++ = (char)(0x80 | (cp & 0x3f));
    } else {
        *w++ = (char)(0xf0 | cp >> 18);
        *w++ = (char)(0x80 | ((cp >> 12) & 0x3f));
        *w++ = (char)(0x80 | ((cp >> 6) & 0x3f));
        *w++ = (char)(0x80 | (cp & 0x3f));
    }
    return w;
}

/* \uXXXX at c->s (after the backslash and u); a surrogate pair takes both halves. */
static int unicode_escape(scan *c, char **w) {
    unsigned cp, lo;
    if (c->end - c->s < 4 || !hex4(c->s, &cp)) return 0;
    c->s += 4;
    if (cp == 0 || (cp >= 0xdc00 && cp <= 0xdfff)) return 0; /* jansson refuses these */
    if (cp >= 0xd800 && cp <= 0xdbff) {
        if (c->end - c->s < 6 || c->s[0] != '\\' || c->s[1] != 'u' || !hex4(c->s + 2, &lo) ||
            lo < 0xdc00 || lo > 0xdfff)
            return 0;
        c->s += 6;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
    }
    *w = put_utf8(*w, cp);
    return 1;
}

/* A string at c->s (its opening quote), decoded into the scratch space and NUL-terminated
 * there. */
static int string(scan *c, an_jstr *out) {
    char *w = c->w;
    out->s = w;
    for (c->s++;;) {
        const char *run = c->s;
        while (c->s < c->end && *c->s != '"' && *c->s != '\\' && (unsigned char)*c->s >= 0x20)
            c->s++;
        memcpy(w, run, (size_t)(c->s - run));
        w += c->s - run;
        if (c->s >= c->end || (unsigned char)*c->s < 0x20) return 0;
        if (*c->s++ == '"') break;
        if (c->s >= c->end) return 0;
        char e = *c->s++;
        static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
        const char *k = e ? strchr(from, e) : NULL;
        if (k) *w++ = to[k - from];
        else if (e != 'u' || !unicode_escape(c, &w)) return 0;
    }
    out->len = (size_t)(w - out->s);
    *w++ = '\0';
    c->w = w;
    return 1;
}

/* A number: an integer of at most 18 digits, or with a fraction or exponent small enough
 * that it cannot overflow a double (jansson refuses what does). */
static int number(scan *c, int *integer) {
    const char *p = c->s, *start;
    if (p < c->end && *p == '-') p++;
    start = p;
    if (p < c->end && *p == '0') p++;
    else if (p < c->end && *p >= '1' && *p <= '9')
        while (p < c->end && *p >= '0' && *p <= '9') p++;
    else
        return 0;
    size_t int_digits = (size_t)(p - start);
    *integer = 1;
    if (p < c->end && *p == '.') {
        *integer = 0;
        const char *f = ++p;
        while (p < c->end && *p >= '0' && *p <= '9') p++;
        if (p == f) return 0;
    }
    if (p < c->end && (*p == 'e' || *p == 'E')) {
        *integer = 0;
        p++;
        if (p < c->end && (*p == '+' || *p == '-')) p++;
        const char *x = p;
        while (p < c->end && *p >= '0' && *p <= '9') p++;
        if (p == x || p - x > 2) return 0;
    }
    if (*integer ? int_digits > 18 : p - start > 30) return 0;
    c->s = p;
    return 1;
}

static int literal(scan *c, const char *word, size_t n) {
    if ((size_t)(c->end - c->s) < n || memcmp(c->s, word, n) != 0) return 0;
    c->s += n;
    return 1;
}

static int value(scan *c, int key, int depth);

/* The members of an object; key is where a wanted member's value goes (-1: nowhere). */
static int object(scan *c, int depth) {
    if (depth > MAX_DEPTH) return 0;
    c->s++;
    skip_ws(c);
    if (c->s < c->end && *c->s == '}') return c->s++, 1;
    for (;;) {
        an_jstr name;
        if (c->s >= c->end || *c->s != '"') return 0;
        char *mark = c->w;
        if (!string(c, &name)) return 0;
        int key = -1;
        for (int k = 0; depth == 1 && k < AN_JK_N && key < 0; k++)
            if (strlen(an_jrec_names[k]) == name.len && memcmp(an_jrec_names[k], name.s, name.len) == 0)
                key = k;
        c->w = mark; /* the name is not kept */
        skip_ws(c);
        if (c->s >= c->end || *c->s++ != ':') return 0;
        skip_ws(c);
        if (!value(c, key, depth)) return 0;
        skip_ws(c);
        if (c->s < c->end && *c->s == ',') {
            c->s++;
            skip_ws(c);
            continue;
        }
        if (c->s < c->end && *c->s == '}') return c->s++, 1;
        return 0;
    }
}

/* The items of an array; strings are kept when it is the value of "authors" or "author". */
static int array(scan *c, int key, int depth) {
    if (depth > MAX_DEPTH) return 0;
    int keep = key == AN_JK_AUTHORS ? 0 : key == AN_JK_AUTHOR ? 1 : -1;
    if (keep >= 0) c->r->n_items[keep] = 0; /* a repeated member replaces the first */
    c->s++;
    skip_ws(c);
    if (c->s < c->end && *c->s == ']') return c->s++, 1;
    for (;;) {
        if (keep >= 0 && c->s < c->end && *c->s == '"') {
            an_jstr item;
            if (!string(c, &item) || add_item(c->r, keep, item.s, item.len) != 0) return 0;
        } else if (!value(c, -1, depth)) {
            return 0;
        }
        skip_ws(c);
        if (c->s < c->end && *c->s == ',') {
            c->s++;
            skip_ws(c);
            continue;
        }
        if (c->s < c->end && *c->s == ']') return c->s++, 1;
        return 0;
    }
}

static int value(scan *c, int key, int depth) {
    if (c->s >= c->end) return 0;
    an_jrec *r = c->r;
    unsigned char kind = AN_JV_OTHER;
    switch (*c->s) {
    case '"': {
        an_jstr v;
        char *mark = c->w;
        if (!string(c, &v)) return 0;
        if (key < 0) c->w = mark; /* not kept */
        else r->str[key] = v;
        kind = AN_JV_STRING;
        break;
    }
    case '{':
        if (!object(c, depth + 1)) return 0;
        break;
    case '[':
        if (!array(c, key, depth + 1)) return 0;
        kind = AN_JV_ARRAY;
        break;
    case 't':
        if (!literal(c, "true", 4)) return 0;
        break;
    case 'f':
        if (!literal(c, "false", 5)) return 0;
        break;
    case 'n':
        if (!literal(c, "null", 4)) return 0;
        break;
    default: {
        int integer;
        /* a number as the id would be formatted by jansson's rules: left to it */
        if (key == AN_JK_ID || !number(c, &integer)) return 0;
        break;
    }
    }
    if (key >= 0) r->kind[key] = kind;
    return 1;
}

int an_jrec_scan(an_jrec *r, const char *s, size_t len) {
    reset(r);
    if (an_buf_reserve(&r->scratch, len + 1) != 0) return -1;
    scan c = {r, s, s + len, r->scratch.data};
    skip_ws(&c);
    if (c.s >= c.end || *c.s != '{') return 0;
    int ok = object(&c, 1);
    skip_ws(&c);
    if (!ok || c.s != c.end) {
        reset(r);
        return 0;
    }
    return 1;
}

/* ---- from jansson's tree ---- */

static int copy_str(an_jrec *r, const char *s, size_t len, an_jstr *out) {
    size_t at = r->scratch.len;
    if (an_buf_append(&r->scratch, s, len) != 0 || an_buf_putc(&r->scratch, '\0') != 0) return -1;
    out->s = (const char *)(uintptr_t)at; /* an offset until the scratch stops growing */
    out->len = len;
    return 0;
}

static void fix(an_jrec *r, an_jstr *v) { v->s = r->scratch.data + (uintptr_t)v->s; }

int an_jrec_from_json(an_jrec *r, json_t *obj) {
    reset(r);
    for (int k = 0; k < AN_JK_N; k++) {
        json_t *v = json_object_get(obj, an_jrec_names[k]);
        if (!v) continue;
        r->kind[k] = json_is_string(v) ? AN_JV_STRING : json_is_integer(v) ? AN_JV_INTEGER
                     : json_is_array(v) ? AN_JV_ARRAY : AN_JV_OTHER;
        if (json_is_string(v) && copy_str(r, json_string_value(v), json_string_length(v), &r->str[k]) != 0)
            return -1;
        if (json_is_integer(v)) {
            char tmp[32];
            int n = snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            if (copy_str(r, tmp, (size_t)n, &r->str[k]) != 0) return -1;
        }
        int which = k == AN_JK_AUTHORS ? 0 : k == AN_JK_AUTHOR ? 1 : -1;
        size_t i;
        json_t *item;
        json_array_foreach(which >= 0 ? v : NULL, i, item) {
            an_jstr s;
            if (json_is_string(item) &&
                (copy_str(r, json_string_value(item), json_string_length(item), &s) != 0 ||
                 add_item(r, which, s.s, s.len) != 0))
                return -1;
        }
    }
    for (int k = 0; k < AN_JK_N; k++)
        if (r->kind[k] == AN_JV_STRING || r->kind[k] == AN_JV_INTEGER) fix(r, &r->str[k]);
    for (int w = 0; w < 2; w++)
        for (size_t i = 0; i < r->n_items[w]; i++) fix(r, &r->items[w][i]);
    return 0;
}
