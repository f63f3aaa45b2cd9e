/* lang.h - which language an article is written in: the script decides for most scripts,
 * function words (data/langwords.txt) for the Latin script. */
#ifndef AN_LANG_H
#define AN_LANG_H

#include <stddef.h>
#include <stdint.h>

#include "core/hash.h"

#define AN_LANG_MAX 16

typedef struct {
    an_strtab words;           /* word -> bit set of languages */
    uint64_t sketch[1024];     /* bits of (length, first two bytes) of the words: most words
                                  of a text are in no list, and this says so before a look-up */
    unsigned char fold[256];   /* a word byte in lower case, 0 for what ends a word */
    char codes[AN_LANG_MAX][4]; /* language codes, in file order */
    int n;
} an_lang_res;

int an_lang_res_load(an_lang_res *r);
void an_lang_res_free(an_lang_res *r);
/* An ISO 639-1 code for text s[0..len), or NULL when it cannot tell. Looks at the first
 * 8 KB only. */
const char *an_lang_detect(const an_lang_res *r, const char *s, size_t len);

#endif
