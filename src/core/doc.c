/* doc.c - document construction helpers shared by the stages. */
#include "doc.h"

#include "hash.h"

#include <stdlib.h>
#include <string.h>

void *an_vec_push_grow_(an_arena *a, void **v, size_t *n, size_t *cap, size_t size) {
    if (an_arena_grow(a, v, cap, *n + 1, size) != 0) return NULL;
    void *p = (char *)*v + *n * size;
    memset(p, 0, size);
    (*n)++;
    return p;
}

annals_doc *an_doc_create(annals_engine *engine) {
    annals_doc *doc = calloc(1, sizeof *doc);
    if (!doc) return NULL;
    doc->engine = engine;
    an_arena_init(&doc->arena);
    return doc;
}

int an_doc_set_field(annals_doc *doc, annals_field f, const char *s, size_t len) {
    if ((unsigned)f >= ANNALS_FIELD_COUNT_) return -1;
    if (!s) {
        doc->field[f] = NULL;
        return 0;
    }
    char *p = an_arena_strndup(&doc->arena, s, len);
    if (!p) return -1;
    doc->field[f] = p;
    if (f == ANNALS_FIELD_TEXT) doc->text_len = len;
    return 0;
}

int an_doc_set_paragraphs(annals_doc *doc, const char *const *paras, const size_t *lens, size_t n) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += lens[i] + 2;
    char *text = an_arena_alloc(&doc->arena, total + 1);
    if (!text) return -1;
    doc->paragraphs.n = 0;
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            memcpy(text + at, "\n\n", 2);
            at += 2;
        }
        an_paragraph *p = AN_PUSH(doc, paragraphs);
        if (!p) return -1;
        p->start = at;
        memcpy(text + at, paras[i], lens[i]);
        at += lens[i];
        p->end = at;
    }
    text[at] = '\0';
    doc->field[ANNALS_FIELD_TEXT] = text;
    doc->text_len = at;
    return 0;
}

int an_doc_add_author(annals_doc *doc, const char *s, size_t len) {
    char **slot = AN_PUSH(doc, authors);
    if (!slot) return -1;
    *slot = an_arena_strndup(&doc->arena, s, len);
    return *slot ? 0 : -1;
}

const char *an_doc_where(const annals_doc *doc, int where, size_t *len) {
    if (where == AN_WHERE_TEXT) {
        *len = doc->text_len;
        return doc->field[ANNALS_FIELD_TEXT] ? doc->field[ANNALS_FIELD_TEXT] : "";
    }
    if (where >= 0 && (size_t)where < doc->captions.n) {
        *len = doc->captions.v[where].len;
        return doc->captions.v[where].text;
    }
    *len = 0;
    return "";
}

static int is_blank_line(const char *s, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

int an_doc_split_paragraphs(annals_doc *doc) {
    const char *s = doc->field[ANNALS_FIELD_TEXT];
    size_t len = doc->text_len;
    doc->paragraphs.n = 0;
    if (!s) return 0;
    size_t para_start = SIZE_MAX, para_end = 0;
    for (size_t i = 0; i <= len;) {
        const char *nl = i < len ? memchr(s + i, '\n', len - i) : NULL;
        size_t eol = nl ? (size_t)(nl - s) : len;
        if (is_blank_line(s, i, eol)) {
            if (para_start != SIZE_MAX) {
                an_paragraph *p = AN_PUSH(doc, paragraphs);
                if (!p) return -1;
                p->start = para_start;
                p->end = para_end;
                para_start = SIZE_MAX;
            }
        } else {
            size_t a = i, b = eol;
            while (a < b && (s[a] == ' ' || s[a] == '\t')) a++;
            while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) b--;
            if (para_start == SIZE_MAX) para_start = a;
            para_end = b;
        }
        if (eol >= len) {
            if (para_start != SIZE_MAX) {
                an_paragraph *p = AN_PUSH(doc, paragraphs);
                if (!p) return -1;
                p->start = para_start;
                p->end = para_end;
            }
            break;
        }
        i = eol + 1;
    }
    return 0;
}

int an_doc_assign_id(annals_doc *doc) {
    if (doc->field[ANNALS_FIELD_ID]) return 0;
    const char *title = doc->field[ANNALS_FIELD_TITLE] ? doc->field[ANNALS_FIELD_TITLE] : "";
    const char *text = doc->field[ANNALS_FIELD_TEXT] ? doc->field[ANNALS_FIELD_TEXT] : "";
    uint64_t h = an_hash64(title, strlen(title), 0x616e6e616c73ull);
    h = an_hash64(text, doc->text_len, h);
    char hex[17];
    an_hash_hex(h, hex);
    return an_doc_set_field(doc, ANNALS_FIELD_ID, hex, 16);
}

size_t an_doc_cp(annals_doc *doc, int where, size_t byte) {
    size_t len;
    const char *s = an_doc_where(doc, where, &len);
    if (byte > len) byte = len;
    if (doc->cp_cursor.s != s || doc->cp_where != where) {
        an_cpcursor_init(&doc->cp_cursor, s);
        doc->cp_where = where;
    }
    return an_cpcursor_to(&doc->cp_cursor, byte);
}
