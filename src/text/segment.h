/* segment.h - sentences and tokens. The text stage: reads the article text and captions,
 * adds an_sentence and an_token entries to the document. */
#ifndef AN_SEGMENT_H
#define AN_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "core/doc.h"
#include "core/hash.h"

#define AN_ABBREV_FILTER_BITS 4096

typedef struct {
    an_strtab abbrev; /* data/abbreviations.txt: abbreviation (with its dots) -> class */
    /* a bit for the length and the first and next-to-last bytes (A-Z folded) of every entry:
     * most words before a dot (a sentence's last word) are no abbreviation and end here */
    uint64_t abbrev_filter[AN_ABBREV_FILTER_BITS / 64];
    int no_fast; /* for tests: every token through the general scanner (same output) */
} an_text_res;

/* Abbreviation classes (second column of data/abbreviations.txt). */
enum {
    AN_ABBR_TITLE = 1, /* Mr. Lt. Gen. Dr.: never ends a sentence */
    AN_ABBR_NUMBER,    /* No. Nos. Art.: abbreviation only before a number */
    AN_ABBR_MONTH,     /* Jan. Feb.: never ends a sentence before a number */
    AN_ABBR_COMMON     /* U.S. Inc. e.g. a.m.: may end a sentence */
};

int an_text_res_load(an_text_res *r);
void an_text_res_free(an_text_res *r);

/* The class of the abbreviation s[0..len) (dots included), or 0 when it is not one.
 * Case-sensitive, except that a common entry also matches text in capitals ("INC."). */
int an_abbrev_class(const an_text_res *r, const char *s, size_t len);

/* Segments s[0..len) (valid UTF-8; the document text or caption `where`) and appends its
 * sentences and tokens to doc. Returns 0, or -1 when out of memory. */
int an_segment(const an_text_res *r, annals_doc *doc, const char *s, size_t len, int where);

/* Segments the document text and every caption. */
int an_segment_doc(const an_text_res *r, annals_doc *doc);

#endif
