/* doc.h - the document: the data every stage reads and adds to, owned by one arena.
 * Data flows one way: the reader fills the article fields, segmentation adds sentences and
 * tokens, later stages add their mentions. All offsets kept here are byte offsets into the
 * string named by `where` (AN_WHERE_TEXT or a caption index); code points are computed on
 * output. */
#ifndef AN_DOC_H
#define AN_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "../../include/annals.h"
#include "arena.h"
#include "utf8.h"

#define AN_WHERE_TEXT (-1)

typedef struct {
    size_t start, end; /* bytes into the text */
} an_paragraph;

typedef struct {
    char *text;
    size_t len;
    char *credit; /* NULL when none */
} an_caption;

typedef struct {
    char *text;
    char *href;
    int where;
    size_t start, end; /* bytes into the string named by where */
} an_link;

typedef struct {
    size_t start, end; /* bytes */
    int where;
    uint16_t kind;  /* annals_token_kind */
    uint16_t flags; /* ANNALS_TOKEN_* */
} an_token;

typedef struct {
    size_t start, end; /* bytes */
    int where;
    size_t tok_first, tok_count;
} an_sentence;

/* A temporal expression (TIMEX3). */
enum { AN_TIMEX_DATE, AN_TIMEX_TIME, AN_TIMEX_DURATION, AN_TIMEX_SET };

typedef struct {
    size_t start, end; /* bytes */
    int where;
    uint8_t type;      /* AN_TIMEX_* */
    const char *value; /* TimeML value: 2017-03-03, 2017-W09, P5Y, PAST_REF, XXXX-WXX-1 ... */
    const char *mod;   /* APPROX, MORE_THAN, START ... or NULL */
    const char *anchor; /* the date the value was resolved against, or NULL */
} an_timex;

#define AN_VEC(T) \
    struct {      \
        T *v;     \
        size_t n, cap; \
    }

struct annals_doc {
    annals_engine *engine;
    an_arena arena;
    char *field[ANNALS_FIELD_COUNT_]; /* NUL-terminated, or NULL */
    size_t text_len;
    AN_VEC(char *) authors;
    AN_VEC(an_paragraph) paragraphs;
    AN_VEC(an_caption) captions;
    AN_VEC(an_link) links;
    AN_VEC(an_sentence) sentences;
    AN_VEC(an_token) tokens;
    AN_VEC(an_timex) times;
    unsigned stages_done;
    /* byte -> code point conversion, cached per string for in-order look-ups */
    an_cpcursor cp_cursor;
    int cp_where;
};

/* Appends a zeroed element to one of the vectors above; NULL when out of memory. */
void *an_vec_push_(an_arena *a, void **v, size_t *n, size_t *cap, size_t size);
#define AN_PUSH(doc, vec) \
    an_vec_push_(&(doc)->arena, (void **)&(doc)->vec.v, &(doc)->vec.n, &(doc)->vec.cap, sizeof *(doc)->vec.v)

annals_doc *an_doc_create(annals_engine *engine);
/* Sets a field to a copy of s[0..len); returns 0 or -1. */
int an_doc_set_field(annals_doc *doc, annals_field f, const char *s, size_t len);
/* Sets the text from paragraphs: each is copied, they are joined by "\n\n" and their spans
 * recorded. */
int an_doc_set_paragraphs(annals_doc *doc, const char *const *paras, const size_t *lens, size_t n);
int an_doc_add_author(annals_doc *doc, const char *s, size_t len);
/* Records the paragraphs of the current text as its runs of non-blank lines, leaving the
 * text as it is (so offsets into a given text stay offsets into the user's text). */
int an_doc_split_paragraphs(annals_doc *doc);
/* Sets the id to a hash of the title and text unless an id was given. */
int an_doc_assign_id(annals_doc *doc);
/* The code point offset of byte offset `byte` in the string `where` names. */
size_t an_doc_cp(annals_doc *doc, int where, size_t byte);
/* The string a `where` names, with its length. */
const char *an_doc_where(const annals_doc *doc, int where, size_t *len);

#endif
