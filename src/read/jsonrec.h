/* jsonrec.h - the members of a JSON Lines record the reader uses, by name: found by a
 * scan of the line without building a tree when the line is plain JSON (most are), else
 * taken from jansson's tree, so that both give the same record. */
#ifndef AN_JSONREC_H
#define AN_JSONREC_H

#include <jansson.h>
#include <stddef.h>

#include "core/buf.h"

/* The member names, in the order of an_jrec_names. */
enum {
    AN_JK_TEXT, AN_JK_BODY, AN_JK_ARTICLEBODY, AN_JK_HTML, AN_JK_ID, AN_JK_URL, AN_JK_LINK,
    AN_JK_TITLE, AN_JK_HEADLINE, AN_JK_OUTLET, AN_JK_SOURCE, AN_JK_SITE_NAME, AN_JK_PUBLISHER,
    AN_JK_LANG, AN_JK_LANGUAGE, AN_JK_AUTHORS, AN_JK_AUTHOR, AN_JK_DATE, AN_JK_PUBLISHED,
    AN_JK_DATEPUBLISHED, AN_JK_N
};
extern const char *const an_jrec_names[AN_JK_N];

/* A member's kind: absent, a string, an integer, an array, anything else. */
enum { AN_JV_NONE, AN_JV_STRING, AN_JV_INTEGER, AN_JV_ARRAY, AN_JV_OTHER };

typedef struct {
    const char *s;
    size_t len;
} an_jstr;

typedef struct {
    unsigned char kind[AN_JK_N];
    an_jstr str[AN_JK_N];    /* AN_JV_STRING: the value; AN_JV_INTEGER: its digits */
    an_jstr *items[2];       /* the strings of an "authors" and an "author" array */
    size_t n_items[2], cap_items[2];
    an_buf scratch;          /* strings with escapes, decoded; integers' digits */
} an_jrec;

void an_jrec_init(an_jrec *r);
void an_jrec_free(an_jrec *r);
/* Scans a line of valid UTF-8 holding one JSON object. Returns 1 with the members filled,
 * 0 when the line is anything the scan does not take (then use an_jrec_from_json), -1 when
 * out of memory. The strings point into s or into r->scratch. */
int an_jrec_scan(an_jrec *r, const char *s, size_t len);
/* Fills r from jansson's object. Returns 0 or -1 when out of memory. */
int an_jrec_from_json(an_jrec *r, json_t *obj);

#endif
