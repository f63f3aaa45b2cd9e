/* words.h - token readers shared by the recognizer's rules (words.c), and the small
 * token tests every rule uses. */
#ifndef AN_TIME_WORDS_H
#define AN_TIME_WORDS_H

#include "time/tx.h"

static inline const an_tword *E(const an_tctx *c, size_t i) { return i < c->n ? c->tok[i].e : NULL; }

static inline int lower(int ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }

static inline int is_char(const an_tctx *c, size_t i, char ch) {
    return i < c->n && c->tok[i].len == 1 && c->tok[i].p[0] == ch;
}

static inline int capitalized(const an_tctx *c, size_t i) {
    return i < c->n && (c->tok[i].flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS));
}

static inline int is_word(const an_tctx *c, size_t i) {
    return i < c->n && c->tok[i].kind == ANNALS_TOKEN_WORD;
}

/* A list of words with their keys (an_ttok.key; 0 for a word of more than 8 bytes), ended
 * by {NULL, 0}. */
typedef struct {
    const char *w;
    uint64_t key;
} word;
#define W(s) {"" s "", AN_TKEY(s)} /* s: a literal */

int an_tw_in_list(const an_tctx *c, size_t i, const word *words);

/* The longest lexicon phrase at i (a single word included) and its token count. */
const an_tword *an_tw_phrase(const an_tctx *c, size_t i, size_t *len);
/* The relative word at i (R_*), or 0. */
int an_tw_rel(const an_tctx *c, size_t i);

/* The value of the digits p[0..n) (at most 7) and their count; -1 when not all digits. */
int an_tw_digits(const char *p, size_t n, int *ndig);
/* A number written as words ("five", "twenty-five"), or 0. */
int an_tw_number(const an_tctx *c, size_t i);

typedef struct {
    int n;      /* the count, -1 for a vague one */
    size_t end; /* the token after it */
    int approx; /* "a couple of" */
} tcount;
/* A count before a unit: 48, five, a, a couple of, several. */
int an_tw_count(const an_tctx *c, size_t i, tcount *out);
/* A day of the month: 1..31, 3rd, twenty-first, the first day of "1-5"; or 0. */
int an_tw_day(const an_tctx *c, size_t i);

/* A plain four-digit number that can be a year, or 0. */
int an_tw_year_digits(const an_tctx *c, size_t i);
/* A year written in two words, as transcripts write it ("nineteen ninety-four"): the
 * year, or 0. */
int an_tw_year_words(const an_tctx *c, size_t i);
/* A year by its context: "in 2007", "2007's", "a 1996 law"; not "2007 people". */
int an_tw_year(const an_tctx *c, size_t i);
/* The month named at i when it is one (strong: a day or year follows), or 0. */
int an_tw_month(const an_tctx *c, size_t i, int strong);
/* A word that goes before a date ("in", "since", "last", "early"). */
int an_tw_date_word(const an_tctx *c, size_t i);
/* The weekday named at i (capitalized), or 0. */
int an_tw_weekday(const an_tctx *c, size_t i);

/* ' or ’ alone, as before "90s". */
int an_tw_apostrophe(const an_tctx *c, size_t i);
/* 1990s, '90s, 1800s: the first year and G_DECADE or G_CENTURY. */
int an_tw_decade(const an_tctx *c, size_t i, int *y, int *g);

/* The parts of a hyphenated token (at most 4), and the lexicon entry of one part. */
int an_tw_split(const an_ttok *k, const char **part, size_t *plen);
const an_tword *an_tw_part(const an_tctx *c, const char *p, size_t n);

#endif
