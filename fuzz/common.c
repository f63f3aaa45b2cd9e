/* common.c - the reader contract and the record invariants the fuzz targets check.
 *
 * The oracle is the public contract (include/annals.h and the record described in the
 * README), checked three ways: the accessors against themselves (spans inside their string,
 * in order, tokens inside their sentence), the accessors against the JSON record parsed back
 * with jansson, and the library against itself (the same answers in another order, twice,
 * after annotating again). */
#define _GNU_SOURCE
#include "common.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* ---- small things ------------------------------------------------------------------- */

void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "\nfuzz invariant broken at %s:%d: %s\n    ", file, line, cond);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    abort();
}

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("fuzz: out of memory\n", stderr);
        abort();
    }
    return p;
}

void fz_buf_add(fz_buf *b, const void *p, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1) cap *= 2;
        char *q = realloc(b->data, cap);
        if (!q) {
            fputs("fuzz: out of memory\n", stderr);
            abort();
        }
        b->data = q;
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void fz_buf_addf(fz_buf *b, const char *fmt, ...) {
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof tmp) n = (int)sizeof tmp - 1;
    fz_buf_add(b, tmp, (size_t)n);
}

void fz_buf_free(fz_buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

annals_engine *fz_engine(size_t max_article_bytes) {
    static annals_engine *engine;
    static size_t engine_max;
    if (engine) {
        FZ_CHECK(max_article_bytes == engine_max, "one engine a process (limit %zu, asked %zu)",
                 engine_max, max_article_bytes);
        return engine;
    }
    annals_options o;
    annals_options_init(&o);
    if (max_article_bytes) o.max_article_bytes = max_article_bytes;
    annals_status st = annals_open(&engine, &o);
    FZ_CHECK(st == ANNALS_OK && engine != NULL, "annals_open: %s", annals_strerror(st));
    engine_max = max_article_bytes;
    return engine;
}

size_t fz_utf8_check(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t more;
        unsigned lo = 0x80, hi = 0xBF; /* the allowed range of the second byte */
        if (c >= 0xC2 && c <= 0xDF) more = 1;
        else if (c == 0xE0) more = 2, lo = 0xA0;
        else if (c == 0xED) more = 2, hi = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF) more = 2;
        else if (c == 0xF0) more = 3, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) more = 3;
        else if (c == 0xF4) more = 3, hi = 0x8F;
        else return i;
        if (len - i - 1 < more || p[i + 1] < lo || p[i + 1] > hi) return i;
        for (size_t k = 2; k <= more; k++)
            if ((p[i + k] & 0xC0) != 0x80) return i;
        i += more + 1;
    }
    return len;
}

static void check_utf8_cstr(const char *what, const char *s) {
    size_t n = strlen(s), bad = fz_utf8_check(s, n);
    FZ_CHECK(bad == n, "%s is not valid UTF-8 at byte %zu of %zu: \"%.200s\"", what, bad, n, s);
}

/* ---- strings the record refers to, indexed by code point ----------------------------- */

typedef struct {
    const char *s; /* valid UTF-8 (from jansson) */
    size_t len;
    size_t *at;    /* byte offset of each code point, and len at [ncp] */
    size_t ncp;
} fz_str;

static void str_init(fz_str *v, const char *s, size_t len) {
    v->s = s;
    v->len = len;
    v->ncp = 0;
    v->at = xmalloc((len + 1) * sizeof *v->at);
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) v->at[v->ncp++] = i;
    v->at[v->ncp] = len;
}

/* The record parsed back, with the strings that spans point into. */
typedef struct {
    json_t *root;
    fz_str text;
    fz_str *captions;
    size_t ncaptions;
} fz_record;

static fz_str *where_str(fz_record *r, int where, const char *what, size_t i) {
    if (where == ANNALS_WHERE_TEXT) return &r->text;
    FZ_CHECK(where >= 0 && (size_t)where < r->ncaptions,
             "%s %zu: where %d names no string (%zu captions)", what, i, where, r->ncaptions);
    return &r->captions[where];
}

static void check_span(fz_record *r, const annals_span *sp, const char *what, size_t i) {
    fz_str *v = where_str(r, sp->where, what, i);
    FZ_CHECK(sp->start <= sp->end && sp->end <= v->ncp,
             "%s %zu: span [%zu, %zu) where %d, in a string of %zu code points", what, i,
             sp->start, sp->end, sp->where, v->ncp);
}

/* The bytes of a span (already checked). */
static const char *span_bytes(fz_record *r, const annals_span *sp, size_t *len) {
    fz_str *v = where_str(r, sp->where, "span", 0);
    *len = v->at[sp->end] - v->at[sp->start];
    return v->s + v->at[sp->start];
}

/* A NUL-terminated string from the API equals n bytes from the record (which may hold a NUL
 * that ends the C string early). */
static int same_bytes(const char *api, const char *rec, size_t n) {
    size_t k = strlen(api);
    if (k > n || memcmp(api, rec, k) != 0) return 0;
    return k == n || rec[k] == '\0';
}

/* ---- JSON access --------------------------------------------------------------------- */

static json_t *member(json_t *obj, const char *key, const char *ctx) {
    json_t *v = json_object_get(obj, key);
    FZ_CHECK(v != NULL, "the record has no \"%s\" in %s", key, ctx);
    return v;
}

static void same_string(const char *what, const char *api, json_t *j) {
    if (!api) {
        FZ_CHECK(json_is_null(j), "%s: NULL from the API but not null in the record", what);
        return;
    }
    FZ_CHECK(json_is_string(j), "%s: \"%s\" from the API but not a string in the record", what,
             api);
    FZ_CHECK(same_bytes(api, json_string_value(j), json_string_length(j)),
             "%s: \"%s\" from the API, \"%s\" in the record", what, api, json_string_value(j));
}

static int64_t int_member(json_t *obj, const char *key, const char *ctx) {
    json_t *v = member(obj, key, ctx);
    FZ_CHECK(json_is_integer(v), "\"%s\" of %s is not an integer", key, ctx);
    return json_integer_value(v);
}

static int where_member(json_t *obj, const char *ctx) {
    json_t *v = member(obj, "where", ctx);
    FZ_CHECK(json_is_string(v), "\"where\" of %s is not a string", ctx);
    const char *s = json_string_value(v);
    if (strcmp(s, "text") == 0) return ANNALS_WHERE_TEXT;
    int n = -1, used = 0;
    FZ_CHECK(sscanf(s, "caption:%d%n", &n, &used) == 1 && used > 0 && s[used] == '\0' && n >= 0,
             "\"where\" of %s is \"%s\"", ctx, s);
    return n;
}

static void same_span(json_t *obj, const annals_span *sp, const char *what, size_t i) {
    char ctx[64];
    snprintf(ctx, sizeof ctx, "%s %zu", what, i);
    int64_t start = int_member(obj, "start", ctx), end = int_member(obj, "end", ctx);
    int where = where_member(obj, ctx);
    FZ_CHECK(start == (int64_t)sp->start && end == (int64_t)sp->end && where == sp->where,
             "%s: the API says [%zu, %zu) where %d, the record [%lld, %lld) where %d", ctx,
             sp->start, sp->end, sp->where, (long long)start, (long long)end, where);
}

/* ---- field shapes -------------------------------------------------------------------- */

static int dig(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static int month_days(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

/* YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS with an optional +HH:MM / -HH:MM, every
 * part in its range: what "ISO 8601, as precise as known" means in the record. */
static int iso_ok(const char *s) {
    size_t n = strlen(s);
    int y = n >= 4 ? dig(s, 4) : -1;
    if (y < 0) return 0;
    if (n == 4) return 1;
    if (n < 7 || s[4] != '-') return 0;
    int m = dig(s + 5, 2);
    if (m < 1 || m > 12) return 0;
    if (n == 7) return 1;
    if (n < 10 || s[7] != '-') return 0;
    int d = dig(s + 8, 2);
    if (d < 1 || d > month_days(y, m)) return 0;
    if (n == 10) return 1;
    if (n < 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':') return 0;
    int hh = dig(s + 11, 2), mi = dig(s + 14, 2), ss = dig(s + 17, 2);
    if (hh < 0 || hh > 24 || mi < 0 || mi > 59 || ss < 0 || ss > 60) return 0;
    if (n == 19) return 1;
    if (n != 25 || (s[19] != '+' && s[19] != '-') || s[22] != ':') return 0;
    int zh = dig(s + 20, 2), zm = dig(s + 23, 2);
    return zh >= 0 && zh <= 14 && zm >= 0 && zm <= 59;
}

static void check_fields(annals_doc *doc) {
    static const char *const names[ANNALS_FIELD_COUNT_] = {
        "id", "url", "title", "outlet", "published", "published_from", "lang", "dateline",
        "text", "source"};
    for (int f = 0; f < ANNALS_FIELD_COUNT_; f++) {
        const char *s = annals_doc_get(doc, (annals_field)f);
        if (s) check_utf8_cstr(names[f] ? names[f] : "a field", s);
    }
    const char *id = annals_doc_get(doc, ANNALS_FIELD_ID);
    FZ_CHECK(id && *id, "every article has a non-empty id%s", "");
    const char *pub = annals_doc_get(doc, ANNALS_FIELD_PUBLISHED);
    const char *from = annals_doc_get(doc, ANNALS_FIELD_PUBLISHED_FROM);
    if (pub) {
        FZ_CHECK(iso_ok(pub), "published \"%s\" is not ISO 8601 in range", pub);
        static const char *const sources[] = {"header", "byline", "meta", "jsonld", "url", "given"};
        int known = 0;
        for (size_t i = 0; i < sizeof sources / sizeof *sources; i++)
            known |= from && strcmp(from, sources[i]) == 0;
        FZ_CHECK(known, "published \"%s\" comes from \"%s\"", pub, from ? from : "(NULL)");
    } else {
        FZ_CHECK(!from, "published_from \"%s\" without a published date", from);
    }
    if (!annals_doc_get(doc, ANNALS_FIELD_TEXT))
        FZ_CHECK(annals_doc_count(doc, ANNALS_LIST_PARAGRAPHS) == 0,
                 "%zu paragraphs of no text", annals_doc_count(doc, ANNALS_LIST_PARAGRAPHS));
    for (size_t i = 0; i < annals_doc_count(doc, ANNALS_LIST_AUTHORS); i++) {
        const char *a = NULL;
        FZ_CHECK(annals_doc_author(doc, i, &a) == ANNALS_OK && a, "author %zu", i);
        FZ_CHECK(*a, "author %zu is empty", i);
        check_utf8_cstr("an author", a);
    }
}

/* ---- the JSON record ------------------------------------------------------------------ */

static int write_sink(void *ctx, const char *data, size_t len) {
    fz_buf_add(ctx, data, len);
    return 0;
}

static void write_record(annals_doc *doc, fz_buf *out) {
    annals_status st = annals_doc_write_json(doc, ANNALS_JSON_SENTENCES, write_sink, out);
    FZ_CHECK(st == ANNALS_OK, "annals_doc_write_json: %s", annals_strerror(st));
    FZ_CHECK(out->len > 0 && out->data[out->len - 1] == '\n',
             "the record is empty or does not end with a newline (%zu bytes)", out->len);
    const char *nl = memchr(out->data, '\n', out->len);
    FZ_CHECK(nl == out->data + out->len - 1, "the record has a newline at byte %zu of %zu",
             (size_t)(nl - out->data), out->len);
    size_t bad = fz_utf8_check(out->data, out->len);
    FZ_CHECK(bad == out->len, "the record is not UTF-8 at byte %zu", bad);
}

static void parse_record(annals_doc *doc, const fz_buf *rec, fz_record *r) {
    json_error_t jerr;
    memset(r, 0, sizeof *r);
    r->root = json_loadb(rec->data, rec->len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &jerr);
    FZ_CHECK(r->root != NULL, "the record is not JSON: %s at byte %d: %.300s", jerr.text,
             jerr.position, rec->data);
    FZ_CHECK(json_is_object(r->root), "the record is not an object%s", "");
    static const struct {
        const char *key;
        annals_field field;
    } fields[] = {{"id", ANNALS_FIELD_ID},
                  {"source", ANNALS_FIELD_SOURCE},
                  {"url", ANNALS_FIELD_URL},
                  {"title", ANNALS_FIELD_TITLE},
                  {"outlet", ANNALS_FIELD_OUTLET},
                  {"published", ANNALS_FIELD_PUBLISHED},
                  {"published_from", ANNALS_FIELD_PUBLISHED_FROM},
                  {"lang", ANNALS_FIELD_LANG},
                  {"dateline", ANNALS_FIELD_DATELINE}};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        same_string(fields[i].key, annals_doc_get(doc, fields[i].field),
                    member(r->root, fields[i].key, "the record"));

    json_t *authors = member(r->root, "authors", "the record");
    FZ_CHECK(json_is_array(authors) &&
                 json_array_size(authors) == annals_doc_count(doc, ANNALS_LIST_AUTHORS),
             "authors: %zu from the API", annals_doc_count(doc, ANNALS_LIST_AUTHORS));
    for (size_t i = 0; i < json_array_size(authors); i++) {
        const char *a = NULL;
        annals_doc_author(doc, i, &a);
        same_string("an author", a, json_array_get(authors, i));
    }

    json_t *text = member(r->root, "text", "the record");
    FZ_CHECK(json_is_string(text), "\"text\" is not a string%s", "");
    const char *api_text = annals_doc_get(doc, ANNALS_FIELD_TEXT);
    FZ_CHECK(api_text ? same_bytes(api_text, json_string_value(text), json_string_length(text))
                      : json_string_length(text) == 0,
             "the text differs between the API and the record%s", "");
    str_init(&r->text, json_string_value(text), json_string_length(text));

    json_t *caps = member(r->root, "captions", "the record");
    FZ_CHECK(json_is_array(caps), "\"captions\" is not an array%s", "");
    r->ncaptions = json_array_size(caps);
    FZ_CHECK(r->ncaptions == annals_doc_count(doc, ANNALS_LIST_CAPTIONS),
             "%zu captions in the record, %zu from the API", r->ncaptions,
             annals_doc_count(doc, ANNALS_LIST_CAPTIONS));
    r->captions = xmalloc(r->ncaptions * sizeof *r->captions);
    for (size_t i = 0; i < r->ncaptions; i++) {
        json_t *c = json_array_get(caps, i);
        json_t *ct = member(c, "text", "a caption");
        FZ_CHECK(json_is_string(ct), "caption %zu has no text string", i);
        annals_caption ac;
        FZ_CHECK(annals_doc_caption(doc, i, &ac) == ANNALS_OK && ac.text, "caption %zu", i);
        check_utf8_cstr("a caption", ac.text);
        if (ac.credit) check_utf8_cstr("a credit", ac.credit);
        same_string("a caption", ac.text, ct);
        same_string("a credit", ac.credit, member(c, "credit", "a caption"));
        str_init(&r->captions[i], json_string_value(ct), json_string_length(ct));
    }
}

static void free_record(fz_record *r) {
    free(r->text.at);
    for (size_t i = 0; i < r->ncaptions; i++) free(r->captions[i].at);
    free(r->captions);
    json_decref(r->root);
}

/* ---- paragraphs, links, sentences, tokens --------------------------------------------- */

static void check_paragraphs(annals_doc *doc, fz_record *r) {
    size_t n = annals_doc_count(doc, ANNALS_LIST_PARAGRAPHS);
    json_t *paras = member(r->root, "paragraphs", "the record");
    FZ_CHECK(json_is_array(paras) && json_array_size(paras) == n,
             "%zu paragraphs from the API, not so in the record", n);
    size_t prev_end = 0;
    for (size_t i = 0; i < n; i++) {
        annals_span sp;
        FZ_CHECK(annals_doc_paragraph(doc, i, &sp) == ANNALS_OK, "paragraph %zu", i);
        FZ_CHECK(sp.where == ANNALS_WHERE_TEXT, "paragraph %zu is in caption %d", i, sp.where);
        check_span(r, &sp, "paragraph", i);
        FZ_CHECK(sp.start >= prev_end, "paragraph %zu starts at %zu, before %zu", i, sp.start,
                 prev_end);
        prev_end = sp.end;
        size_t len;
        const char *b = span_bytes(r, &sp, &len);
        json_t *jp = json_array_get(paras, i);
        FZ_CHECK(json_is_string(jp) && json_string_length(jp) == len &&
                     memcmp(json_string_value(jp), b, len) == 0,
                 "paragraph %zu in the record is not the text at [%zu, %zu)", i, sp.start, sp.end);
    }
    annals_span sp;
    FZ_CHECK(annals_doc_paragraph(doc, n, &sp) == ANNALS_EINVAL, "paragraph %zu of %zu", n, n);
}

static void check_links(annals_doc *doc, fz_record *r) {
    size_t n = annals_doc_count(doc, ANNALS_LIST_LINKS);
    json_t *links = member(r->root, "links", "the record");
    FZ_CHECK(json_is_array(links) && json_array_size(links) == n,
             "%zu links from the API, not so in the record", n);
    for (size_t i = 0; i < n; i++) {
        annals_link l;
        FZ_CHECK(annals_doc_link(doc, i, &l) == ANNALS_OK, "link %zu", i);
        check_span(r, &l.span, "link", i);
        if (l.text) check_utf8_cstr("a link text", l.text);
        if (l.href) check_utf8_cstr("a link href", l.href);
        json_t *jl = json_array_get(links, i);
        same_string("a link text", l.text, member(jl, "text", "a link"));
        same_string("a link href", l.href, member(jl, "href", "a link"));
        same_span(jl, &l.span, "link", i);
    }
    annals_link l;
    FZ_CHECK(annals_doc_link(doc, n, &l) == ANNALS_EINVAL, "link %zu of %zu", n, n);
}

static int is_ascii(const char *s) {
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80) return 0;
    return 1;
}

/* The flags the header defines, checked on all-ASCII tokens, where letters and digits are
 * beyond doubt, and only as far as every reading of the header agrees: CAPITALIZED is set
 * when the token starts with an upper-case letter, and never when its first letter is
 * lower case. URL tokens are not words and are left alone. */
static void check_token_flags(const annals_token *t, size_t i) {
    if (!is_ascii(t->text) || t->kind == ANNALS_TOKEN_URL) return;
    int digit = 0, letters = 0, lower = 0, first_upper = -1;
    for (const char *p = t->text; *p; p++) {
        char c = *p;
        if (c >= '0' && c <= '9') digit = 1;
        int up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if (up || low) {
            letters++;
            lower |= low;
            if (first_upper < 0) first_upper = up;
        }
    }
    int cap = !!(t->flags & ANNALS_TOKEN_CAPITALIZED);
    int starts_upper = t->text[0] >= 'A' && t->text[0] <= 'Z';
    FZ_CHECK(!!(t->flags & ANNALS_TOKEN_HAS_DIGIT) == digit, "token %zu \"%s\": HAS_DIGIT is %d",
             i, t->text, !!(t->flags & ANNALS_TOKEN_HAS_DIGIT));
    FZ_CHECK(starts_upper ? cap : first_upper == 1 || !cap, "token %zu \"%s\": CAPITALIZED is %d",
             i, t->text, cap);
    FZ_CHECK(!!(t->flags & ANNALS_TOKEN_ALLCAPS) == (letters >= 2 && !lower),
             "token %zu \"%s\": ALLCAPS is %d", i, t->text, !!(t->flags & ANNALS_TOKEN_ALLCAPS));
    if (t->kind == ANNALS_TOKEN_NUMBER)
        FZ_CHECK(digit, "token %zu \"%s\" is a NUMBER without a digit", i, t->text);
}

static void check_tokens(annals_doc *doc, fz_record *r, annals_token *toks, size_t n) {
    for (size_t i = 0; i < n; i++) {
        annals_token *t = &toks[i];
        FZ_CHECK(annals_doc_token(doc, i, t) == ANNALS_OK && t->text, "token %zu", i);
        FZ_CHECK(t->kind >= ANNALS_TOKEN_WORD && t->kind <= ANNALS_TOKEN_URL,
                 "token %zu has kind %d", i, (int)t->kind);
        FZ_CHECK((t->flags & ~0x1fu) == 0, "token %zu has flags %#x", i, t->flags);
        check_span(r, &t->span, "token", i);
        FZ_CHECK(t->span.start < t->span.end, "token %zu is empty at %zu", i, t->span.start);
        size_t len;
        const char *b = span_bytes(r, &t->span, &len);
        FZ_CHECK(same_bytes(t->text, b, len), "token %zu: text \"%s\" but [%zu, %zu) is \"%.*s\"",
                 i, t->text, t->span.start, t->span.end, (int)len, b);
        check_utf8_cstr("a token", t->text);
        check_token_flags(t, i);
        if (i > 0) {
            const annals_token *p = &toks[i - 1];
            FZ_CHECK(t->span.where >= p->span.where,
                     "token %zu is in where %d after token %zu in where %d", i, t->span.where,
                     i - 1, p->span.where);
            FZ_CHECK(t->span.where != p->span.where || t->span.start >= p->span.end,
                     "token %zu [%zu, %zu) overlaps or precedes token %zu [%zu, %zu)", i,
                     t->span.start, t->span.end, i - 1, p->span.start, p->span.end);
        }
    }
    annals_token t;
    FZ_CHECK(annals_doc_token(doc, n, &t) == ANNALS_EINVAL, "token %zu of %zu", n, n);
}

static void check_sentences(annals_doc *doc, fz_record *r, int annotated) {
    size_t ns = annals_doc_count(doc, ANNALS_LIST_SENTENCES);
    size_t nt = annals_doc_count(doc, ANNALS_LIST_TOKENS);
    json_t *js = member(r->root, "sentences", "the record (written with ANNALS_JSON_SENTENCES)");
    FZ_CHECK(json_is_array(js) && json_array_size(js) == ns,
             "%zu sentences from the API, not so in the record", ns);
    if (!annotated) {
        FZ_CHECK(ns == 0 && nt == 0, "%zu sentences and %zu tokens before annotating", ns, nt);
        return;
    }
    annals_token *toks = xmalloc(nt * sizeof *toks);
    annals_sentence *sents = xmalloc(ns * sizeof *sents);
    check_tokens(doc, r, toks, nt);

    size_t next_tok = 0;
    for (size_t i = 0; i < ns; i++) {
        annals_sentence *s = &sents[i];
        FZ_CHECK(annals_doc_sentence(doc, i, s) == ANNALS_OK, "sentence %zu", i);
        check_span(r, &s->span, "sentence", i);
        FZ_CHECK(s->token_count > 0, "sentence %zu [%zu, %zu) has no tokens", i, s->span.start,
                 s->span.end);
        FZ_CHECK(s->first_token == next_tok,
                 "sentence %zu starts at token %zu, not at %zu (every token is in one sentence, "
                 "in order)", i, s->first_token, next_tok);
        FZ_CHECK(s->token_count <= nt - s->first_token,
                 "sentence %zu has tokens %zu + %zu of %zu", i, s->first_token, s->token_count, nt);
        next_tok = s->first_token + s->token_count;
        if (i > 0) {
            const annals_sentence *p = &sents[i - 1];
            FZ_CHECK(s->span.where >= p->span.where, "sentence %zu in where %d after where %d", i,
                     s->span.where, p->span.where);
            FZ_CHECK(s->span.where != p->span.where || s->span.start >= p->span.end,
                     "sentence %zu [%zu, %zu) overlaps or precedes sentence %zu [%zu, %zu)", i,
                     s->span.start, s->span.end, i - 1, p->span.start, p->span.end);
        }
        json_t *jsent = json_array_get(js, i);
        same_span(jsent, &s->span, "sentence", i);
        json_t *jt = member(jsent, "tokens", "a sentence");
        FZ_CHECK(json_is_array(jt) && json_array_size(jt) == s->token_count,
                 "sentence %zu: %zu tokens from the API, not so in the record", i, s->token_count);
        for (size_t k = 0; k < s->token_count; k++) {
            const annals_token *t = &toks[s->first_token + k];
            FZ_CHECK(t->span.where == s->span.where && t->span.start >= s->span.start &&
                         t->span.end <= s->span.end,
                     "token %zu [%zu, %zu) where %d is outside its sentence %zu [%zu, %zu) where %d",
                     s->first_token + k, t->span.start, t->span.end, t->span.where, i,
                     s->span.start, s->span.end, s->span.where);
            int first = k == 0, flagged = !!(t->flags & ANNALS_TOKEN_SENT_START);
            FZ_CHECK(first == flagged, "token %zu \"%s\" is %s of sentence %zu but SENT_START is %d",
                     s->first_token + k, t->text, first ? "the first" : "not the first", i, flagged);
            json_t *pair = json_array_get(jt, k);
            FZ_CHECK(json_is_array(pair) && json_array_size(pair) == 2 &&
                         json_integer_value(json_array_get(pair, 0)) == (json_int_t)t->span.start &&
                         json_integer_value(json_array_get(pair, 1)) == (json_int_t)t->span.end,
                     "sentence %zu token %zu: the record differs from [%zu, %zu)", i, k,
                     t->span.start, t->span.end);
        }
    }
    FZ_CHECK(next_tok == nt, "tokens %zu..%zu are in no sentence", next_tok, nt);
    annals_sentence s;
    FZ_CHECK(annals_doc_sentence(doc, ns, &s) == ANNALS_EINVAL, "sentence %zu of %zu", ns, ns);

    /* Offsets asked for backwards, and jumping between strings, give the same answers. Each
     * jump back costs the offset cache a rescan from the start of its string, so only a
     * sample of them is asked for (the whole lot would make a long input quadratic). */
    size_t step = ns / 32 + 1;
    for (size_t i = ns; i >= step;) {
        i -= step;
        FZ_CHECK(annals_doc_sentence(doc, i, &s) == ANNALS_OK, "sentence %zu", i);
        FZ_CHECK(s.span.start == sents[i].span.start && s.span.end == sents[i].span.end &&
                     s.span.where == sents[i].span.where,
                 "sentence %zu backwards: [%zu, %zu) where %d, forwards [%zu, %zu) where %d", i,
                 s.span.start, s.span.end, s.span.where, sents[i].span.start, sents[i].span.end,
                 sents[i].span.where);
    }
    size_t jumps = nt < 64 ? nt : 64;
    for (size_t k = 0; k < jumps; k++) {
        size_t i = k % 2 ? nt - 1 - k / 2 : k / 2; /* 0, n-1, 1, n-2, ... */
        annals_token t;
        FZ_CHECK(annals_doc_token(doc, i, &t) == ANNALS_OK, "token %zu", i);
        FZ_CHECK(t.span.start == toks[i].span.start && t.span.end == toks[i].span.end,
                 "token %zu out of order: [%zu, %zu), in order [%zu, %zu)", i, t.span.start,
                 t.span.end, toks[i].span.start, toks[i].span.end);
    }
    free(toks);
    free(sents);
}

static void check_optional(const char *what, const char *s) {
    if (s) check_utf8_cstr(what, s);
}

/* Times, places and actors: the API's own promises (spans, strings, ranges). */
static void check_mentions(annals_doc *doc, fz_record *r, int annotated) {
    size_t nt = annals_doc_count(doc, ANNALS_LIST_TIMES);
    size_t np = annals_doc_count(doc, ANNALS_LIST_PLACES);
    size_t na = annals_doc_count(doc, ANNALS_LIST_ACTORS);
    if (!annotated)
        FZ_CHECK(nt == 0 && np == 0 && na == 0, "%zu times, %zu places, %zu actors before "
                 "annotating", nt, np, na);
    for (size_t i = 0; i < nt; i++) {
        annals_timex t;
        FZ_CHECK(annals_doc_time(doc, i, &t) == ANNALS_OK, "time %zu", i);
        check_span(r, &t.span, "time", i);
        FZ_CHECK(t.span.start < t.span.end, "time %zu is empty", i);
        FZ_CHECK(t.type >= ANNALS_TIMEX_DATE && t.type <= ANNALS_TIMEX_SET, "time %zu type %d", i,
                 (int)t.type);
        FZ_CHECK(t.value && *t.value, "time %zu has no value", i);
        check_utf8_cstr("a time value", t.value);
        check_optional("a time mod", t.mod);
        check_optional("a time anchor", t.anchor);
    }
    for (size_t i = 0; i < np; i++) {
        annals_place p;
        FZ_CHECK(annals_doc_place(doc, i, &p) == ANNALS_OK, "place %zu", i);
        check_span(r, &p.span, "place", i);
        FZ_CHECK(p.span.start < p.span.end, "place %zu is empty", i);
        FZ_CHECK(p.name && *p.name, "place %zu has no name", i);
        check_utf8_cstr("a place name", p.name);
        FZ_CHECK(p.country != NULL, "place %zu \"%s\" has a NULL country", i, p.name);
        check_utf8_cstr("a place country", p.country);
        check_optional("a place admin1", p.admin1);
        FZ_CHECK(p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180,
                 "place %zu \"%s\" at %g, %g", i, p.name, p.lat, p.lon);
        FZ_CHECK(p.precision >= 0 && p.precision < 1e5, "place %zu \"%s\" precision %g", i,
                 p.name, p.precision);
        FZ_CHECK(p.kind >= ANNALS_PLACE_COUNTRY && p.kind <= ANNALS_PLACE_LANDMARK,
                 "place %zu kind %d", i, (int)p.kind);
    }
    for (size_t i = 0; i < na; i++) {
        annals_actor a;
        FZ_CHECK(annals_doc_actor(doc, i, &a) == ANNALS_OK, "actor %zu", i);
        check_span(r, &a.span, "actor", i);
        FZ_CHECK(a.span.start < a.span.end, "actor %zu is empty", i);
        FZ_CHECK(a.name && *a.name, "actor %zu has no name", i);
        check_utf8_cstr("an actor name", a.name);
        FZ_CHECK(a.kind >= ANNALS_ACTOR_COUNTRY && a.kind <= ANNALS_ACTOR_MEDIA,
                 "actor %zu kind %d", i, (int)a.kind);
        FZ_CHECK(a.country != NULL, "actor %zu \"%s\" has a NULL country", i, a.name);
        check_utf8_cstr("an actor country", a.country);
        check_optional("an actor role", a.role);
        check_optional("an actor affiliation", a.affiliation);
    }
    annals_timex t;
    annals_place p;
    annals_actor a;
    FZ_CHECK(annals_doc_time(doc, nt, &t) == ANNALS_EINVAL && annals_doc_place(doc, np, &p) ==
                 ANNALS_EINVAL && annals_doc_actor(doc, na, &a) == ANNALS_EINVAL,
             "a mention past the end of its list%s", "");
}

void fz_check_doc(annals_engine *e, annals_doc *doc, int annotated, fz_buf *json) {
    check_fields(doc);
    fz_buf rec = {0}, again = {0};
    write_record(doc, &rec);
    fz_record r;
    parse_record(doc, &rec, &r);
    check_paragraphs(doc, &r);
    check_links(doc, &r);
    check_sentences(doc, &r, annotated);
    check_mentions(doc, &r, annotated);
    free_record(&r);

    /* Writing is repeatable, and annotating twice changes nothing. */
    if (annotated) {
        size_t counts[ANNALS_LIST_COUNT_];
        for (int l = 0; l < ANNALS_LIST_COUNT_; l++) counts[l] = annals_doc_count(doc, (annals_list)l);
        size_t ns = annals_doc_count(doc, ANNALS_LIST_SENTENCES);
        size_t nt = annals_doc_count(doc, ANNALS_LIST_TOKENS);
        annals_status st = annals_annotate(e, doc, ANNALS_STAGE_ALL);
        FZ_CHECK(st == ANNALS_OK, "annotating again: %s", annals_strerror(st));
        FZ_CHECK(annals_doc_count(doc, ANNALS_LIST_SENTENCES) == ns &&
                     annals_doc_count(doc, ANNALS_LIST_TOKENS) == nt,
                 "annotating again changed %zu sentences / %zu tokens", ns, nt);
        for (int l = 0; l < ANNALS_LIST_COUNT_; l++)
            FZ_CHECK(annals_doc_count(doc, (annals_list)l) == counts[l],
                     "annotating again changed list %d from %zu to %zu items", l, counts[l],
                     annals_doc_count(doc, (annals_list)l));
    }
    write_record(doc, &again);
    FZ_CHECK(again.len == rec.len && memcmp(again.data, rec.data, rec.len) == 0,
             "the record written twice differs (%zu and %zu bytes)", rec.len, again.len);
    if (json) fz_buf_add(json, rec.data, rec.len);
    fz_buf_free(&rec);
    fz_buf_free(&again);
}

/* ---- the reader contract --------------------------------------------------------------- */

static int status_is_error(annals_status st) {
    switch (st) {
    case ANNALS_ENOMEM: case ANNALS_EIO: case ANNALS_EFORMAT: case ANNALS_ETOOBIG:
    case ANNALS_ETRUNC: case ANNALS_EUNSUPPORTED:
        return 1;
    default:
        return 0;
    }
}

void fz_read_all(annals_engine *e, const char *name, const void *data, size_t len, unsigned flags,
                 fz_run *run) {
    memset(run, 0, sizeof *run);
    annals_reader *r = NULL;
    annals_status st = annals_reader_open_memory(e, name, data, len, &r);
    FZ_CHECK(st == ANNALS_OK && r, "annals_reader_open_memory: %s", annals_strerror(st));
    size_t name_len = strlen(name);
    uint64_t last_line = 0, bytes = 0;
    int stalls = 0;
    for (;;) {
        static char sentinel;
        annals_doc *doc = (annals_doc *)(void *)&sentinel; /* the reader must reset it */
        st = annals_reader_next(r, &doc);
        run->calls++;
        if (run->calls == 1) run->kind = annals_reader_kind(r);
        FZ_CHECK(annals_reader_kind(r) == run->kind, "the kind changed from %d to %d",
                 (int)run->kind, (int)annals_reader_kind(r));
        uint64_t now = annals_reader_bytes(r);
        FZ_CHECK(now >= bytes, "annals_reader_bytes went back from %llu to %llu",
                 (unsigned long long)bytes, (unsigned long long)now);
        if (flags & FZ_PLAIN)
            FZ_CHECK(now <= len, "annals_reader_bytes %llu beyond the input's %zu",
                     (unsigned long long)now, len);
        if (st == ANNALS_DONE) {
            FZ_CHECK(doc == NULL, "ANNALS_DONE with an article%s", "");
            annals_doc *again = NULL;
            FZ_CHECK(annals_reader_next(r, &again) == ANNALS_DONE && again == NULL,
                     "ANNALS_DONE is not for good%s", "");
            break;
        }
        /* Every record takes at least one byte; only the last calls may take none. */
        stalls = now == bytes ? stalls + 1 : 0;
        FZ_CHECK(stalls <= 2, "%d calls in a row without progress at byte %llu", stalls,
                 (unsigned long long)now);
        bytes = now;
        if (st == ANNALS_OK) {
            FZ_CHECK(doc != NULL, "ANNALS_OK without an article%s", "");
            run->docs++;
            FZ_CHECK(run->kind != ANNALS_KIND_UNKNOWN, "an article from an unknown kind%s", "");
            int single = run->kind == ANNALS_KIND_TEXT || run->kind == ANNALS_KIND_HTML;
            FZ_CHECK(!single || run->docs == 1, "%zu articles from one %s input", run->docs,
                     run->kind == ANNALS_KIND_TEXT ? "plain-text" : "HTML");
            const char *src = annals_doc_get(doc, ANNALS_FIELD_SOURCE);
            FZ_CHECK(src != NULL, "an article without a source%s", "");
            if (single) {
                FZ_CHECK(strcmp(src, name) == 0, "source \"%s\" of input \"%s\"", src, name);
            } else if (run->kind == ANNALS_KIND_WARC) {
                FZ_CHECK(strncmp(src, name, name_len) == 0, "source \"%s\" of input \"%s\"", src,
                         name);
            } else {
                unsigned long long line = 0;
                int used = 0;
                FZ_CHECK(strncmp(src, name, name_len) == 0 &&
                             sscanf(src + name_len, ":%llu%n", &line, &used) == 1 &&
                             src[name_len + (size_t)used] == '\0',
                         "source \"%s\" of input \"%s\" is not NAME:LINE", src, name);
                FZ_CHECK(line > last_line, "line %llu after line %llu", line,
                         (unsigned long long)last_line);
                last_line = line;
            }
            annals_status ast = annals_annotate(e, doc, ANNALS_STAGE_ALL);
            FZ_CHECK(ast == ANNALS_OK, "annals_annotate: %s", annals_strerror(ast));
            fz_buf_addf(&run->transcript, "article: ");
            fz_check_doc(e, doc, 1, &run->transcript);
            run->last_doc_end = run->transcript.len;
            annals_doc_free(doc);
            continue;
        }
        FZ_CHECK(status_is_error(st), "annals_reader_next returned %d", (int)st);
        FZ_CHECK(doc == NULL, "an error (%s) with an article", annals_strerror(st));
        run->errors++;
        const annals_error *err = annals_reader_error(r);
        FZ_CHECK(err != NULL && err->status == st, "annals_reader_error does not say %s",
                 annals_strerror(st));
        FZ_CHECK(err->file && strcmp(err->file, name) == 0, "the error names \"%s\", not \"%s\"",
                 err->file ? err->file : "(NULL)", name);
        FZ_CHECK(err->message && *err->message && !strchr(err->message, '\n'),
                 "the error message is missing, empty or more than a line%s", "");
        check_utf8_cstr("an error message", err->message);
        if (flags & FZ_PLAIN)
            FZ_CHECK(err->byte <= len, "the error at byte %llu of an input of %zu bytes",
                     (unsigned long long)err->byte, len);
        if (err->line) {
            FZ_CHECK(err->line > last_line, "error at line %llu after line %llu",
                     (unsigned long long)err->line, (unsigned long long)last_line);
            last_line = err->line;
        }
        fz_buf_addf(&run->transcript, "error %d line %llu byte %llu: %s\n", (int)st,
                    (unsigned long long)err->line, (unsigned long long)err->byte, err->message);
    }
    run->bytes = annals_reader_bytes(r);
    FZ_CHECK(run->kind >= ANNALS_KIND_UNKNOWN && run->kind <= ANNALS_KIND_WARC, "kind %d",
             (int)run->kind);
    if ((flags & FZ_PLAIN) && (run->kind == ANNALS_KIND_TEXT || run->kind == ANNALS_KIND_JSONL ||
                               run->kind == ANNALS_KIND_HTML))
        FZ_CHECK(run->bytes == len, "the reader stopped at byte %llu of %zu",
                 (unsigned long long)run->bytes, len);
    annals_reader_close(r);
}

void fz_run_free(fz_run *run) { fz_buf_free(&run->transcript); }

int fz_memfile(const uint8_t *data, size_t size, const char *name, char path[64]) {
    int fd = memfd_create(name, 0);
    FZ_CHECK(fd >= 0, "memfd_create failed%s", "");
    FZ_CHECK(write(fd, data, size) == (ssize_t)size, "write failed%s", "");
    snprintf(path, 64, "/proc/self/fd/%d", fd);
    return fd;
}

void fz_annotate_text(annals_engine *e, const char *text, const char *published) {
    annals_doc *doc = NULL;
    annals_status st = annals_doc_new(e, &doc);
    FZ_CHECK(st == ANNALS_OK, "annals_doc_new: %s", annals_strerror(st));
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, published, strlen(published));
    annals_doc_set(doc, ANNALS_FIELD_PUBLISHED_FROM, "given", 5);
    st = annals_annotate(e, doc, ANNALS_STAGE_ALL);
    FZ_CHECK(st == ANNALS_OK, "annals_annotate: %s", annals_strerror(st));
    fz_check_doc(e, doc, 1, NULL);
    annals_doc_free(doc);
}
