/* lexicon.h - the time stage's keyword table: every word and phrase of data/time-*.txt
 * with what it can mean (one word may mean several things: "second", "may", "fall"). */
#ifndef AN_TIME_LEXICON_H
#define AN_TIME_LEXICON_H

#include <stdint.h>
#include <string.h>

#include "core/hash.h"

/* Units of durations and relative offsets. */
enum {
    U_NONE, U_SECOND, U_MINUTE, U_HOUR, U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH, U_QUARTER,
    U_HALF, U_YEAR, U_DECADE, U_CENTURY, U_MILLENNIUM, U_WEEKEND, U_UNITS_
};

/* Deictic meanings. */
enum {
    D_NONE, D_TODAY, D_YESTERDAY, D_TOMORROW, D_TONIGHT, D_PRESENT, D_PAST, D_FUTURE
};

/* Relative words: which neighbour of the anchor a unit means. */
enum {
    R_NONE, R_LAST, R_NEXT, R_THIS, R_PREVIOUS, R_FOLLOWING, R_SAME, R_PAST, R_COMING
};

/* Tense cues. */
enum { T_NONE, T_PAST, T_FUTURE, T_REPORT, T_PRESENT, T_PERFECT };

/* Words after a count: "ago", "later" ... */
enum { A_NONE, A_AGO, A_EARLIER, A_LATER, A_HENCE, A_BEFORE, A_AFTER };

#define AN_EASTER 13 /* holiday_month of the feasts that move with Easter */

/* Parts of the day (an_tword.pod); the first five are TimeML's MO AF EV NI DT. */
enum { POD_MO = 1, POD_AF, POD_EV, POD_NI, POD_DT, POD_NOON, POD_MIDNIGHT };

/* Modifiers (index into an_time_mod_names). */
enum {
    M_NONE, M_START, M_MID, M_END, M_APPROX, M_MORE_THAN, M_LESS_THAN, M_EQUAL_OR_MORE,
    M_EQUAL_OR_LESS, M_BEFORE, M_AFTER, M_ON_OR_AFTER, M_ON_OR_BEFORE, M_MODS_
};
extern const char *const an_time_mod_names[M_MODS_];

/* What a token can be in an expression (an_ttok.props, an_tword.props): a rule is tried at
 * a token only when what it needs stands within its reach (recognize.c). */
enum {
    P_MONTH = 1u << 0, P_WEEKDAY = 1u << 1, P_SEASON = 1u << 2, P_POD = 1u << 3,
    P_DEICTIC = 1u << 4, /* a deictic word, or the first word of a deictic phrase */
    P_HOLIDAY = 1u << 5, /* a holiday, or the first word of a holiday's name */
    P_UNIT = 1u << 6, P_DIGIT = 1u << 7, P_HYPHEN = 1u << 8,
    P_YEARWORD = 1u << 9, /* a decade ("the nineties"), nineteen or twenty */
    P_SET = 1u << 10, P_PERIOD = 1u << 11,
    P_PART = 1u << 12, /* a quarter or a half */
    P_QN = 1u << 13,   /* Q1 .. Q4 */
    P_TENSE = 1u << 14 /* a tense cue (tense.c reads it beside the token, not in its entry) */
};

typedef struct {
    int16_t number;   /* cardinal value, 0 none */
    int8_t ordinal;   /* 1st..31st, last = -1 */
    int8_t month;     /* 1..12 */
    int8_t weekday;   /* 1 = Monday .. 7 */
    int8_t season;    /* 1 SP 2 SU 3 FA 4 WI */
    int8_t pod;       /* POD_* */
    int8_t unit;      /* U_* */
    int8_t plural;    /* the unit written in the plural ("years") */
    int8_t deictic;   /* D_* */
    int8_t rel;       /* R_* */
    int8_t mod;       /* M_* */
    int8_t fuzzy;     /* several, few, many: a count written as X */
    int8_t tense;     /* T_* */
    int8_t after;     /* A_* */
    int8_t set;       /* daily, weekly ...: the unit of the set */
    int8_t decade;    /* the nineties: 9 */
    int8_t zone;      /* a time zone */
    int8_t lead;      /* may begin an expression ("the", "every") */
    int8_t starts;    /* may begin an expression: any meaning but a tense cue */
    int8_t second;    /* the second word of some phrase ("the END of") */
    int8_t ampm;      /* 1 a.m., 2 p.m. */
    int8_t holiday_month, holiday_day; /* fixed date; day < 0: -n-th weekday below;
                                          month AN_EASTER: day is the offset from Easter */
    int8_t holiday_weekday;            /* for nth-weekday holidays, n in -holiday_day */
    int8_t phrase_len;  /* tokens of a phrase entry */
    int8_t starts_phrase; /* some phrase begins with this word: its longest length */
    int8_t heads_deictic, heads_holiday; /* some deictic / holiday phrase begins with it */
    int8_t starts_alone;  /* may begin an expression by a meaning of its own, not only as
                             the first word of a phrase */
    uint16_t props;       /* P_* of its meanings, set once all are loaded */
    /* and, set then too: an expression, or the end of one, by itself (a month, a weekday, a
     * season, a part of the day, a unit, a deictic word, a set, a decade, a holiday, an
     * ordinal); whether it may go on an expression begun before it */
    int8_t alone, goes_on;
} an_tword;

#define AN_TLEX_FILTER (33 * 64)
#define AN_TLEX_SHORT 2048 /* slots of the table of short keys (a power of two) */
#define AN_TLEX_BARE 8 /* keys without an entry, at most */
#define AN_TLEX_PROBE 4 /* slots a look-up reads: a key stands at most 3 past its own */
/* Keys are placed without wrapping: one whose own slot is near the end goes on into the
 * AN_TLEX_PROBE - 1 slots past AN_TLEX_SHORT, so that a look-up reads four slots in a row
 * with no mask; the slot after those is the miss slot (NULL, 0, 0). */
#define AN_TLEX_SLOTS (AN_TLEX_SHORT + AN_TLEX_PROBE - 1)
#define AN_TLEX_MISS AN_TLEX_SLOTS
#define AN_TLEX_TIME_WORD_BITS 14 /* the filter of time words has 2^14 bits */
#define AN_TLEX_TIME_WORD_MAX 32 /* time.c looks up no longer token */

struct an_time_res {
    an_strtab words;  /* lower-cased word or phrase -> index into entries */
    /* bit (length, first byte, second byte) of every key: most words of a text miss
     * here and are never hashed */
    uint64_t filter[AN_TLEX_FILTER];
    /* the same for (length, last byte, first byte) */
    uint64_t filter_end[AN_TLEX_FILTER];
    /* keys of at most 8 bytes, packed little-endian into a word (0: empty slot), with
     * their entry: most tokens a text looks up ("the", "of", "said") are found here
     * without hashing a string; open addressing, linear probing */
    uint64_t short_key[AN_TLEX_SLOTS];
    int16_t short_idx[AN_TLEX_SLOTS];
    /* the entry's `starts`, beside its index: whether a token may begin an expression is
     * known without reading the entry */
    int8_t short_starts[AN_TLEX_SLOTS + 1];
    uint16_t short_props[AN_TLEX_SLOTS + 1]; /* and its P_* */
    /* the entry of each slot: a look-up reads it and the two above at the slot found, or
     * at AN_TLEX_MISS (NULL, 0, 0) for a miss, so that no branch asks which */
    const an_tword *short_entry[AN_TLEX_SLOTS + 1];
    int n_short;
    uint64_t short_mult;  /* the hash's multiplier, chosen at load for the shortest reach */
    unsigned short_reach; /* the farthest a key stands past its own slot, < AN_TLEX_PROBE */
    /* keys without an entry ("period", "q1".."q4"): short_idx -1 - k, their props here */
    uint16_t bare_props[AN_TLEX_BARE];
    int n_bare;
    /* the words without one of which, or a digit or a hyphen, a sentence holds no
     * expression: a bit filter on a few bytes, then the words themselves */
    uint64_t time_words[(1u << AN_TLEX_TIME_WORD_BITS) / 64];
    an_strtab time_word_set;
    an_tword *entries;
    int n_entries, cap_entries;
};

/* Whether some key has this length and these (lower-cased) first two bytes: most words
 * of a text fail this test and are never lower-cased or hashed. */
static inline int an_tlex_maybe(const struct an_time_res *r, unsigned char a, unsigned char b,
                                size_t len) {
    unsigned bit = (a ^ (unsigned)(b << 1) ^ (unsigned)(b >> 5)) & 63u;
    size_t slot = (len < 32 ? len : 32) * 64 + (b & 63u);
    return len && len <= 48 && (r->filter[slot] >> bit & 1u);
}

/* The second test, on the last byte z (lower-cased) and the first a: together they let
 * through few words that are not keys. */
static inline int an_tlex_maybe_end(const struct an_time_res *r, unsigned char a, unsigned char z,
                                    size_t len) {
    unsigned bit = (a ^ (unsigned)(z >> 3) ^ (unsigned)(z << 3)) & 63u;
    size_t slot = (len < 32 ? len : 32) * 64 + (z & 63u);
    return len && len <= 48 && (r->filter_end[slot] >> bit & 1u);
}

/* The bit of the word w[0..len) (1 <= len <= AN_TLEX_TIME_WORD_MAX) in the filter of
 * time words, from its length and its first two and last two bytes, read two at a time.
 * Bytes are ORed with 0x20, which folds A-Z as the look-ups do and leaves the bytes of a
 * lower-case key as they are. A word of one byte reads w[1] too (and drops it): its
 * string must go on at least to a NUL. */
static inline unsigned an_tlex_time_word_bit(const unsigned char *w, size_t len) {
    uint16_t head, tail;
    memcpy(&head, w, 2);
    memcpy(&tail, w + len - 2 + (len == 1), 2);
    uint32_t keep = len > 1 ? 0xffffffffu : 0x00ff00ffu;
    uint64_t x = (uint64_t)len << 32 | (((uint32_t)head << 16 | tail) & keep) | 0x20202020u;
    return (unsigned)((x * 0x9E3779B97F4A7C15ull) >> (64 - AN_TLEX_TIME_WORD_BITS));
}

/* Whether the word w[0..len) may be one of the words a time expression cannot do without
 * (a month, a weekday, a unit, a part of the day, a deictic word, the last word of a
 * deictic or holiday phrase...): 0 means it is none, 1 that an_tlex_is_time_word tells. */
static inline unsigned an_tlex_maybe_time_word(const struct an_time_res *r, const unsigned char *w, size_t len) {
    if (len > AN_TLEX_TIME_WORD_MAX) return 0;
    unsigned bit = an_tlex_time_word_bit(w, len);
    return (unsigned)(r->time_words[bit >> 6] >> (bit & 63)) & 1u;
}

/* Whether the word w[0..len) (any case) is one of those time words. */
int an_tlex_is_time_word(const struct an_time_res *r, const char *w, size_t len);

/* The 8 bytes of a short key, packed; the slot it starts from. */
static inline uint64_t an_tlex_pack(const char *s, size_t len) {
    uint64_t k = 0;
    for (size_t i = 0; i < len; i++) k |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return k;
}

static inline size_t an_tlex_slot(const struct an_time_res *r, uint64_t key) {
    return (size_t)((key * r->short_mult) >> 53) & (AN_TLEX_SHORT - 1);
}

/* The slot of a packed key of 1-8 bytes (no NUL bytes in it), or AN_TLEX_MISS when it
 * is no key: the index of short_entry, short_starts and short_props. Every key stands
 * fewer than AN_TLEX_PROBE slots past its own: those few are all read, so that no branch
 * asks whether a slot is empty or whether the word is a key (that comes in no order a
 * predictor learns). */
static inline size_t an_tlex_probe_short(const struct an_time_res *r, uint64_t key) {
    size_t h = an_tlex_slot(r, key), found = AN_TLEX_MISS;
    /* written out (gcc -O2 keeps a loop otherwise); no slot index wraps */
    const uint64_t *k = r->short_key + h;
    found = k[3] == key ? h + 3 : found;
    found = k[2] == key ? h + 2 : found;
    found = k[1] == key ? h + 1 : found;
    found = k[0] == key ? h : found;
    return found;
}

/* The entry of a packed key of 1-8 bytes (no NUL bytes in it), or NULL. */
static inline const an_tword *an_tlex_get_short(const struct an_time_res *r, uint64_t key) {
    return r->short_entry[an_tlex_probe_short(r, key)];
}

/* The entry of the lower-cased word or phrase s[0..len), or NULL. */
const an_tword *an_tlex_get(const struct an_time_res *r, const char *s, size_t len);

#endif
