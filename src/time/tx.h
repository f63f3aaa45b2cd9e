/* tx.h - what the recognizer finds (a temporal expression over tokens, with its calendar
 * meaning) and the state shared with the normalizer while a document is read. */
#ifndef AN_TIME_TX_H
#define AN_TIME_TX_H

#include <stddef.h>
#include <stdint.h>

#include "core/doc.h"
#include "time/lexicon.h"
#include "time/time.h"

/* Granularities of dates. */
enum {
    G_NONE, G_TIME, G_POD, G_DAY, G_WEEKEND, G_WEEK, G_MONTH, G_SEASON, G_QUARTER, G_HALF,
    G_YEAR, G_DECADE, G_CENTURY, G_MILLENNIUM
};

/* What kind of meaning a tx has. */
enum {
    X_DATE,  /* calendar fields, some left out (-1) and resolved from the anchor */
    X_SHIFT, /* n units from the anchor, at the unit's granularity */
    X_REF,   /* PRESENT_REF, PAST_REF, FUTURE_REF */
    X_DUR,   /* n units (n < 0: X) */
    X_SET,   /* every unit, or every weekday/month/part of day */
    X_QREL   /* a quarter of the financial context ("the latest quarter") */
};

/* Tense directions. */
enum { DIR_NONE, DIR_PAST, DIR_FUTURE };

typedef struct {
    size_t a, b;  /* tokens [a,b) of the sentence */
    int type;     /* AN_TIMEX_* */
    int kind;     /* X_* */
    int mod;      /* M_* */
    int gran;     /* G_* */
    int year, month, day, weekday; /* -1 when not given */
    int quarter, half, season;     /* 0 when not given */
    int pod;                       /* 0 or the lexicon's pod code */
    int hour, minute;              /* -1 when not given */
    int unit, n;                   /* X_SHIFT / X_DUR / X_SET; n < 0 in X_DUR is X */
    int plus_half;                 /* a duration with a half more ("an hour and a half"),
                                      or a half of one unit ("half an hour") when n is 0 */
    int anaphoric;                 /* anchored on the last date mentioned */
    int weekday_rel;               /* R_LAST / R_NEXT / R_THIS before a weekday */
    int ref;                       /* D_PRESENT ... for X_REF */
    int year_shift;                /* X_QREL: years back from the context quarter */
    int dir;                       /* DIR_* forced by the expression itself */
    int nth_weekday;               /* holidays by rule: month's n-th weekday (5 = last) */
    int easter, easter_offset;     /* feasts that move with Easter: days after it */
    int has_yrel, yrel;            /* "June last year": the year relative to the anchor */
    int fiscal;                    /* a fiscal quarter: its label, in the DCT's year */
    int aside;                     /* a quarter named in passing ("after a flat second
                                      quarter"): not the story's quarter */
    int bare;                      /* "the month" after a modifier ("the end of the month"):
                                      the story's month when a story is being told */
    int day_shift;                 /* days after the date ("the day before Easter": -1) */
} tx;

static inline void an_tx_init(tx *t, size_t a) {
    *t = (tx){.a = a, .b = a, .type = AN_TIMEX_DATE, .year = -1, .month = -1, .day = -1,
              .weekday = -1, .hour = -1, .minute = -1};
}

/* One token of the sentence being read, classified once. (The fields a token starts
 * with the same value, from starts on, stand together: their stores merge.) */
typedef struct {
    const char *p;    /* its text */
    size_t len;
    uint64_t key; /* its bytes with A-Z lower-cased, packed little-endian, when 1-8 bytes
                     without a NUL (else 0): the rules compare it with a word in one step */
    int kind;         /* annals_token_kind */
    unsigned flags;
    unsigned props;         /* P_*: its entry's, and what its form says */
    int starts;             /* e && e->starts */
    int num;          /* the value of a plain number (digits and commas), else -1 */
    int ndig;         /* its digits */
    unsigned seps;          /* a number's separators: SEP_* */
    int phrase_len;         /* its tokens; 0 until looked up */
    int no_compound;        /* 1 once an_tr_compound found nothing here: three rules ask */
    const an_tword *e; /* lexicon entry of the lower-cased text, or NULL */
    const an_tword *phrase; /* the longest phrase starting here, once looked up */
} an_ttok;

/* The separators in a number token (an_ttok.seps). */
enum { SEP_COLON = 1u, SEP_SLASH = 2u, SEP_HYPHEN = 4u, SEP_DOT = 8u, SEP_DOTS = 16u /* two or more */ };

/* A date already resolved, for anaphora ("the next day") and financial context. */
typedef struct {
    int y, m, d; /* m, d are 0 when not known */
    int gran;
    int set;
    const char *value;
} an_tmention;

typedef struct {
    const an_time_res *r;
    annals_doc *doc;
    int has_dct;
    int dy, dm, dd, dh, dmin; /* dh < 0: no time of day */
    const char *dct_value;    /* YYYY-MM-DD */
    an_tmention last;         /* last date mentioned, day granularity or coarser */
    int last_sent;            /* the sentence it was mentioned in */
    int q_year, q;            /* last quarter mentioned (q 0: none) */
    int sy, sm, sd;           /* last day named in the current sentence (sy 0: none) */
    int py, pm, pd, psent;    /* last day named, and the sentence it was named in */
    int clock_set, ch, cmin;  /* the last clock time told, and its day */
    long cday;
    int ny, nm, nsent;        /* the narrative's year: that of the last full date written
                                 out ("March 3, 2010"), its month and its sentence */
    int sent_no;              /* sentences read so far */
    int in_captions;          /* reading the captions (they come after the text) */
    an_tmention capd;         /* last explicit day of the captions read so far: a month and
                                 day whose year is written or fixed by a weekday */
    int capd_new;             /* the expression being normalized set capd */
    an_ttok *tok;             /* the current sentence */
    size_t *cand;             /* its tokens that may begin an expression */
    uint16_t *props;          /* its tokens' props, then AN_PROPS_PAD zeros: the rules read a
                                 window of them at a token with no bound to check */
    size_t n, cap;
    int heap;                 /* tok, cand and props are malloc'd (else the stage's, on the stack) */
} an_tctx;

#define AN_PROPS_PAD 16 /* no rule reads props farther ahead */

/* recognize.c: the longest expression starting at token i, 1 when found. */
int an_time_match(const an_tctx *c, size_t i, tx *out);
/* tense.c: the direction of the verb governing tokens [a,b). */
int an_time_tense(const an_tctx *c, size_t a, size_t b);
/* normalize.c: fills the value, mod and anchor of the timex from t; 0, -1 when out of
 * memory, 1 when the expression is dropped. */
int an_time_normalize(an_tctx *c, const tx *t, an_timex *out);

/* Lower-case comparison of token i with a word (w in lower case, n its length). */
static inline int an_tok_is_n(const an_tctx *c, size_t i, const char *w, size_t n) {
    if (i >= c->n || c->tok[i].len != n) return 0;
    const char *p = c->tok[i].p;
    for (size_t k = 0; k < n; k++) {
        char ch = p[k];
        if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != w[k]) return 0;
    }
    return 1;
}

/* The key (an_ttok.key) of a string literal of 1-8 bytes, a constant the compiler folds
 * (also in a static initializer); 0 for a longer one. */
#define AN_TKEY_BYTE_(s, k) \
    ((k) + 1 < sizeof(s) ? (uint64_t)(unsigned char)(s)[(k) + 1 < sizeof(s) ? (k) : 0] << (8 * (k)) : 0)
#define AN_TKEY(s)                                                                                    \
    (sizeof(s) - 1 <= 8 ? (AN_TKEY_BYTE_(s, 0) | AN_TKEY_BYTE_(s, 1) | AN_TKEY_BYTE_(s, 2) |         \
                           AN_TKEY_BYTE_(s, 3) | AN_TKEY_BYTE_(s, 4) | AN_TKEY_BYTE_(s, 5) |          \
                           AN_TKEY_BYTE_(s, 6) | AN_TKEY_BYTE_(s, 7))                                 \
                        : 0)

static inline int an_tok_key_is(const an_tctx *c, size_t i, uint64_t key) {
    return i < c->n && c->tok[i].key == key;
}

/* Whether token i is the word w (a lower-case literal: "" w "" rejects anything else,
 * whose sizeof would not be its length): for a short one, one comparison of keys. */
#define an_tok_is(c, i, w)                                                                  \
    (sizeof("" w "") > 1 && sizeof(w) - 1 <= 8 ? an_tok_key_is((c), (i), AN_TKEY(w))        \
                                               : an_tok_is_n((c), (i), (w), sizeof(w) - 1))

#endif
