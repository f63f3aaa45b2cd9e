/* segment.c - sentences and tokens in one pass over the text.
 *
 * Tokens are scanned from each non-space byte. Whether a sentence ends before a token is
 * decided when that token is reached, from what the tokens before it left behind (terminal
 * punctuation, an abbreviation's class), the white space in between and a short look at the
 * text ahead, so tokens and sentences are appended in order with no second pass. ASCII
 * goes through a table; other code points are classified once each through utf8proc. */
#include "text/segment.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/data.h"

/* ---- character classes ----------------------------------------------------------- */

enum {
    C_SPACE = 1u << 0,
    C_LETTER = 1u << 1,
    C_UPPER = 1u << 2, /* upper or title case */
    C_LOWER = 1u << 3,
    C_DIGIT = 1u << 4, /* decimal digits and other numbers (½ ²) */
    C_MARK = 1u << 5,  /* combining marks */
    C_JOIN = 1u << 6,  /* soft hyphen, ZWJ, ZWNJ: invisible, stay inside a word */
    C_PUNCT = 1u << 7,
    C_SYMBOL = 1u << 8, /* symbols, controls, invalid bytes */
    C_OPEN = 1u << 9,
    C_CLOSE = 1u << 10,
    C_QUOTE = 1u << 11,
    C_HYPHEN = 1u << 12, /* joins the parts of a hyphenated word */
    C_APOS = 1u << 13    /* may be an apostrophe */
};
#define C_WORD (C_LETTER | C_DIGIT | C_MARK)

#define SP C_SPACE
#define UP (C_LETTER | C_UPPER)
#define LO (C_LETTER | C_LOWER)
#define DG C_DIGIT
#define PU C_PUNCT
#define SY C_SYMBOL
static const uint16_t ascii_class[128] = {
    SY, SY, SY, SY, SY, SY, SY, SY, SY, SP, SP, SP, SP, SP, SY, SY, /* \t \n \v \f \r */
    SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY,
    /* space ! " # $ % & ' ( ) * + , - . / */
    SP, PU, PU | C_QUOTE, SY, SY, SY, SY, PU | C_QUOTE | C_APOS, PU | C_OPEN, PU | C_CLOSE, PU,
    SY, PU, PU | C_HYPHEN, PU, PU,
    /* 0-9 : ; < = > ? */
    DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, PU, PU, SY, SY, SY, PU,
    /* @ A-O */
    SY, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
    /* P-Z [ \ ] ^ _ */
    UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, PU | C_OPEN, PU, PU | C_CLOSE, SY, PU,
    /* ` a-o */
    SY, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
    /* p-z { | } ~ DEL */
    LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, PU | C_OPEN, SY, PU | C_CLOSE, SY, SY,
};
#undef SP
#undef UP
#undef LO
#undef DG
#undef PU
#undef SY

static unsigned quote_bits(int32_t cp) {
    return (an_uc_is_quote(cp) ? C_QUOTE : 0u) | (an_uc_is_apostrophe(cp) ? C_APOS : 0u);
}

/* White space agrees with an_uc_is_space; invalid bytes (cp < 0) are symbols. */
static unsigned uni_class(int32_t cp) {
    if (cp < 0) return C_SYMBOL;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return C_LETTER | C_UPPER;
    case UTF8PROC_CATEGORY_LL: return C_LETTER | C_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return C_LETTER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return C_MARK;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return C_DIGIT;
    case UTF8PROC_CATEGORY_PD: return C_PUNCT | (cp == 0x2010 || cp == 0x2011 ? C_HYPHEN : 0u);
    case UTF8PROC_CATEGORY_PS: return C_PUNCT | C_OPEN | quote_bits(cp);
    case UTF8PROC_CATEGORY_PE: return C_PUNCT | C_CLOSE | quote_bits(cp);
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF: return C_PUNCT | C_QUOTE | quote_bits(cp);
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PO:
        if (cp == 0x2030 || cp == 0x2031) return C_SYMBOL; /* per mille, per ten thousand */
        return C_PUNCT | quote_bits(cp);
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return C_SPACE;
    case UTF8PROC_CATEGORY_CF:
        if (cp == 0xAD || cp == 0x200C || cp == 0x200D) return C_JOIN;
        return an_uc_is_space(cp) ? C_SPACE : C_SYMBOL;
    case UTF8PROC_CATEGORY_CC: return an_uc_is_space(cp) ? C_SPACE : C_SYMBOL;
    default: return C_SYMBOL;
    }
}

/* ---- the scanner's state ----------------------------------------------------------- */

/* How the tokens just read may end a sentence. */
enum {
    TERM_NONE,
    TERM_STOP,   /* . ! ? ... : ends before a capital, digit, quote or bracket */
    TERM_WIDE,   /* 。！？: ends before anything, as CJK text has no spaces */
    TERM_COMMON, /* abbreviation of class common: ends before a sentence starter */
    TERM_MONTH,  /* like common, but never before a number */
    TERM_BIND    /* title, initial, number abbreviation: belongs to the next word */
};

#define ABBR_INITIAL 100    /* not a lexicon class: "W." in "George W. Bush" */
#define ABBR_FOLDED 0x100   /* lexicon value bit: lower-cased copy of a common entry */
#define ABBR_MAX 32         /* longest abbreviation looked up, in bytes */
#define HEADLINE_TOKENS 12  /* a line shorter than this may end a sentence at its newline */

typedef struct {
    const an_text_res *r;
    annals_doc *doc;
    const unsigned char *s;
    size_t len;
    int where;
    int open;            /* a sentence is open; it starts at token sent_first */
    size_t sent_first;
    size_t prev_end;     /* end of the last token */
    uint16_t prev_kind;
    int term;            /* TERM_* left by the last tokens */
    size_t prev_start;   /* start of the last token */
    unsigned line_tokens;
} seg;

typedef struct {
    size_t end;
    uint16_t kind, flags;
    int term;
    int closer; /* a closing quote or bracket: keeps the term of what it closes */
} tok;

static inline unsigned char_at(const seg *g, size_t i, int32_t *cp, size_t *adv) {
    if (i >= g->len) {
        *cp = -2;
        *adv = 0;
        return 0;
    }
    unsigned char c = g->s[i];
    if (c < 0x80) {
        *cp = c;
        *adv = 1;
        return ascii_class[c];
    }
    *cp = an_utf8_decode(g->s + i, g->len - i, adv);
    return uni_class(*cp);
}

static inline unsigned class_at(const seg *g, size_t i) {
    int32_t cp;
    size_t adv;
    return char_at(g, i, &cp, &adv);
}

static inline int byte_is(const seg *g, size_t i, unsigned char c) {
    return i < g->len && g->s[i] == c;
}

/* A capital, or a letter of a script without case. */
static int capital_like(unsigned cls) {
    return (cls & C_LETTER) && !(cls & C_LOWER);
}

/* The printable ASCII characters, 0x21-0x7E: no white space. */
static const unsigned char printable[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
};

/* Skips white space from i; *newlines counts the line breaks crossed (a paragraph
 * separator counts two, as a blank line). */
static inline size_t skip_space(const seg *g, size_t i, unsigned *newlines) {
    unsigned nl = 0;
    /* most gaps: one space before a printable ASCII character */
    if (i + 1 < g->len && g->s[i] == ' ' && printable[g->s[i + 1]]) {
        *newlines = 0;
        return i + 1;
    }
    while (i < g->len) {
        unsigned char c = g->s[i];
        if (c == ' ') { /* most gaps are one space */
            i++;
        } else if (c < 0x80) {
            if (!(ascii_class[c] & C_SPACE)) break;
            nl += c == '\n' || (c == '\r' && !byte_is(g, i + 1, '\n'));
            i++;
        } else {
            size_t adv;
            int32_t cp = an_utf8_decode(g->s + i, g->len - i, &adv);
            if (!(uni_class(cp) & C_SPACE)) break;
            nl += cp == 0x2029 ? 2u : (cp == 0x2028 || cp == 0x85);
            i += adv;
        }
    }
    *newlines = nl;
    return i;
}

static int ascii_ieq(const unsigned char *s, const char *lower, size_t n) {
    for (size_t k = 0; k < n; k++) {
        unsigned char c = s[k];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if (c != (unsigned char)lower[k]) return 0;
    }
    return 1;
}

/* ---- sentence starters ------------------------------------------------------------ */

/* Words that after a common abbreviation ("in the U.S. The next day") mean a new
 * sentence; a capitalized name after one ("U.S. Army") does not. */
#define WORD_(w) {sizeof(w) - 1, w}
static const struct {
    size_t len;
    const char *word;
} starters[] = {
    WORD_("a"), WORD_("according"), WORD_("after"), WORD_("also"), WORD_("although"),
    WORD_("an"), WORD_("and"), WORD_("as"), WORD_("at"), WORD_("because"), WORD_("before"),
    WORD_("both"), WORD_("but"), WORD_("by"), WORD_("despite"), WORD_("during"), WORD_("each"),
    WORD_("earlier"), WORD_("for"), WORD_("from"), WORD_("he"), WORD_("her"), WORD_("his"),
    WORD_("however"), WORD_("i"), WORD_("if"), WORD_("in"), WORD_("it"), WORD_("its"),
    WORD_("last"), WORD_("later"), WORD_("many"), WORD_("meanwhile"), WORD_("most"),
    WORD_("my"), WORD_("no"), WORD_("now"), WORD_("on"), WORD_("one"), WORD_("other"),
    WORD_("our"), WORD_("she"), WORD_("since"), WORD_("so"), WORD_("some"), WORD_("still"),
    WORD_("such"), WORD_("that"), WORD_("the"), WORD_("their"), WORD_("then"), WORD_("there"),
    WORD_("these"), WORD_("they"), WORD_("this"), WORD_("those"), WORD_("thus"), WORD_("to"),
    WORD_("today"), WORD_("under"), WORD_("we"), WORD_("what"), WORD_("when"), WORD_("where"),
    WORD_("while"), WORD_("who"), WORD_("why"), WORD_("with"), WORD_("yesterday"), WORD_("yet"),
    WORD_("you"), WORD_("your"),
};
#undef WORD_

/* Whether the word at i (after any opening quotes or brackets) is a sentence starter,
 * written capitalized or in capitals. */
static int starter_at(const seg *g, size_t i) {
    for (int k = 0; k < 4 && (class_at(g, i) & (C_QUOTE | C_OPEN)); k++) {
        int32_t cp;
        size_t adv;
        char_at(g, i, &cp, &adv);
        i += adv;
    }
    if (!(class_at(g, i) & C_UPPER)) return 0;
    size_t e = i;
    while (e < g->len && e - i <= 10 && g->s[e] < 0x80 && (ascii_class[g->s[e]] & C_LETTER)) e++;
    if (class_at(g, e) & C_WORD) return 0;
    size_t n = e - i;
    for (size_t k = 0; k < sizeof starters / sizeof starters[0]; k++)
        if (starters[k].len == n && ascii_ieq(g->s + i, starters[k].word, n)) return 1;
    return 0;
}

/* ---- abbreviations ---------------------------------------------------------------- */

static unsigned fold_byte(char c) { return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c); }

/* The filter bit of s[0..len) (len >= 1): the same for an entry, its lower-cased copy and
 * the text in any case. */
static unsigned abbrev_bit(const char *s, size_t len) {
    uint32_t x = (uint32_t)(len & 31) << 16 | fold_byte(s[0]) << 8 | fold_byte(s[len > 1 ? len - 2 : 0]);
    return (unsigned)((x * 0x9E3779B1u) >> 20) & (AN_ABBREV_FILTER_BITS - 1);
}

static int abbrev_filter_has(const an_text_res *r, const char *s, size_t len) {
    unsigned bit = abbrev_bit(s, len);
    return (int)(r->abbrev_filter[bit >> 6] >> (bit & 63) & 1u);
}

int an_abbrev_class(const an_text_res *r, const char *s, size_t len) {
    int v;
    if (len == 0 || !abbrev_filter_has(r, s, len)) return 0;
    if (an_strtab_get(&r->abbrev, s, len, &v) && !(v & ABBR_FOLDED)) return v;
    if (len > ABBR_MAX) return 0;
    /* the fallback is for text in capitals ("INC."): lower-case text must match exactly,
     * or "He was ill." would find Ill. */
    char low[ABBR_MAX];
    int has_upper = 0;
    for (size_t k = 0; k < len; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32), has_upper = 1;
        low[k] = c;
    }
    if (has_upper && an_strtab_get(&r->abbrev, low, len, &v) &&
        (v & ~ABBR_FOLDED) == AN_ABBR_COMMON)
        return AN_ABBR_COMMON;
    return 0;
}

static size_t letters_end(const seg *g, size_t i, size_t limit) {
    while (i < limit) {
        int32_t cp;
        size_t adv;
        if (!(char_at(g, i, &cp, &adv) & (C_LETTER | C_MARK))) return i;
        i += adv;
    }
    return i;
}

static int one_char(const seg *g, size_t a, size_t b) {
    int32_t cp;
    size_t adv;
    char_at(g, a, &cp, &adv);
    return a + adv == b;
}

/* A digit after at most one line break of white space ("No. 10"). */
static int digit_follows(const seg *g, size_t i) {
    unsigned nl;
    size_t q = skip_space(g, i, &nl);
    return nl <= 1 && (class_at(g, q) & C_DIGIT);
}

/* White space, then a capitalized word that is not a sentence starter ("W. Bush"). */
static int initial_follows(const seg *g, size_t i) {
    unsigned nl;
    size_t q = skip_space(g, i, &nl);
    return q > i && nl <= 1 && (class_at(g, q) & C_UPPER) && !starter_at(g, q);
}

/* The word [a,b) of letters is followed by '.': returns the end of the abbreviation it
 * starts, dots included, and its class, or 0 when the dot is punctuation. */
static size_t abbrev_end(const seg *g, size_t a, size_t b, int *cls) {
    size_t last = b + 1, q = b + 1;
    int segs = 1, single = one_char(g, a, b);
    while (last - a < ABBR_MAX) { /* the dotted chain: U.S.A. Ph.D. e.g. */
        size_t r = letters_end(g, q, a + ABBR_MAX + 1);
        if (r == q || !byte_is(g, r, '.')) break;
        segs++;
        single &= one_char(g, q, r);
        last = q = r + 1;
    }
    int k = an_abbrev_class(g->r, (const char *)g->s + a, last - a);
    if (k == AN_ABBR_NUMBER && (segs > 1 || !digit_follows(g, last))) k = 0;
    if (k) return *cls = k, last;
    if (segs > 1 && single) return *cls = AN_ABBR_COMMON, last; /* U.N.E.S.C.O. */
    if (segs > 1) {
        k = an_abbrev_class(g->r, (const char *)g->s + a, b + 1 - a); /* Lt.Gen. */
        return k && k != AN_ABBR_NUMBER ? (*cls = k, b + 1) : 0;
    }
    if (single && (class_at(g, a) & C_UPPER) && initial_follows(g, b + 1))
        return *cls = ABBR_INITIAL, b + 1;
    return 0;
}

static int term_of_class(int cls) {
    switch (cls) {
    case AN_ABBR_COMMON: return TERM_COMMON;
    case AN_ABBR_MONTH: return TERM_MONTH;
    default: return TERM_BIND;
    }
}

/* ---- words and numbers ------------------------------------------------------------ */

/* What the flags of a word are computed from, gathered while it is scanned. */
typedef struct {
    unsigned letters;
    unsigned any;       /* the classes of its characters ORed */
    unsigned not_upper; /* a letter that is not a capital */
} shape;

static inline void shape_add(shape *sh, unsigned k) {
    sh->any |= k;
    sh->letters += (k & C_LETTER) != 0;
    sh->not_upper |= (k & (C_LETTER | C_UPPER)) == C_LETTER;
}

static unsigned shape_flags(const seg *g, size_t a, const shape *sh) {
    unsigned flags = 0;
    if (class_at(g, a) & C_UPPER) flags |= ANNALS_TOKEN_CAPITALIZED;
    if (sh->letters >= 2 && !sh->not_upper) flags |= ANNALS_TOKEN_ALLCAPS;
    if (sh->any & C_DIGIT) flags |= ANNALS_TOKEN_HAS_DIGIT;
    if (sh->any & C_HYPHEN) flags |= ANNALS_TOKEN_HYPHENATED;
    return flags;
}

/* The shape of [a,b), for tokens not scanned as one word (abbreviations, clitics). */
static shape shape_of(const seg *g, size_t a, size_t b) {
    shape sh = {0, 0, 0};
    while (a < b) {
        int32_t cp;
        size_t adv;
        shape_add(&sh, char_at(g, a, &cp, &adv));
        a += adv;
    }
    return sh;
}

typedef struct {
    unsigned digits;
    int other; /* a letter or mark too */
    int last_digit;
} run;

#if defined(__SSE2__)
/* Signed compares: bytes from 0x80 are negative and fall in no range. */
static inline __m128i in_range(__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)(lo - 1))),
                         _mm_cmpgt_epi8(_mm_set1_epi8((char)(hi + 1)), v));
}

/* The set bits of a 16-bit mask. */
static inline unsigned bits16(unsigned m) {
    m -= (m >> 1) & 0x5555u;
    m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
    m = (m + (m >> 4)) & 0x0F0Fu;
    return (m + (m >> 8)) & 0x1Fu;
}

/* ascii_run in one step for a run shorter than 16 bytes (16 readable from p): its length,
 * or 16 when it is longer. */
static inline unsigned ascii_run16(const unsigned char *p, unsigned *any, unsigned *digits) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    unsigned dg = (unsigned)_mm_movemask_epi8(in_range(v, '0', '9'));
    unsigned lo = (unsigned)_mm_movemask_epi8(in_range(v, 'a', 'z'));
    unsigned up = (unsigned)_mm_movemask_epi8(in_range(v, 'A', 'Z'));
    unsigned n = (unsigned)__builtin_ctz(~(dg | lo | up)), in = (1u << n) - 1; /* bit 16 set */
    dg &= in, lo &= in, up &= in;
    *any = ((lo | up) ? C_LETTER : 0u) | (lo ? C_LOWER : 0u) | (up ? C_UPPER : 0u) | (dg ? C_DIGIT : 0u);
    *digits = bits16(dg);
    return n;
}
#endif

/* A little-endian 64-bit word as the machine's. */
static inline uint64_t le64(uint64_t v) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_bswap64(v);
#else
    return v;
#endif
}

#define ONES 0x0101010101010101ull
#define HIGH 0x8080808080808080ull

/* Eight bytes at once: sets the high bit of each byte of *letters (*digits) that is an
 * ASCII letter (digit). */
static inline void classify8(uint64_t x, uint64_t *letters, uint64_t *digits) {
    uint64_t ascii = ~x & HIGH, low7 = x & ~HIGH;
    uint64_t y = low7 | ONES * 0x20; /* folded to lower case; no byte carries over */
    *letters = (y + ONES * (0x80 - 'a')) & ~(y + ONES * (0x7f - 'z')) & ascii;
    *digits = (low7 + ONES * (0x80 - '0')) & ~(low7 + ONES * (0x7f - '9')) & ascii;
}

/* The eight bytes from p, classified (classify8), and the bytes of them before the first
 * that is neither a letter nor a digit (keep: their high bits and all below); returns the
 * high bits of the bytes that end a run (0 when none does). */
static inline uint64_t block8(const unsigned char *s, size_t p, uint64_t *x, uint64_t *lt,
                              uint64_t *dg, uint64_t *keep) {
    memcpy(x, s + p, 8);
    *x = le64(*x);
    classify8(*x, lt, dg);
    uint64_t bad = ~(*lt | *dg) & HIGH;
    *keep = (bad - 1) & ~bad;
    return bad;
}

/* A run of ASCII letters and digits from p: its end, with the classes of its characters
 * ORed and its digits counted (letters are the rest). Most words are only this, read
 * eight bytes at a time. */
static inline size_t ascii_run(const unsigned char *s, size_t p, size_t len, unsigned *any, unsigned *digits) {
#if defined(__SSE2__)
    unsigned m;
    if (p + 16 <= len && (m = ascii_run16(s + p, any, digits)) < 16) return p + m;
#endif
    unsigned acc = 0, d = 0;
    while (p + 8 <= len) {
        uint64_t x, lt, dg, keep;
        uint64_t bad = block8(s, p, &x, &lt, &dg, &keep);
        size_t n = (size_t)((((keep & HIGH) >> 7) * ONES) >> 56); /* the bytes before it */
        lt &= keep, dg &= keep;
        if (lt) acc |= C_LETTER;
        if (lt & (x << 2)) acc |= C_LOWER; /* bit 0x20 moved up to the high bit */
        if (lt & ~(x << 2)) acc |= C_UPPER;
        if (dg) acc |= C_DIGIT;
        d += (unsigned)(((dg >> 7) * ONES) >> 56); /* the high bits counted, without a popcount call */
        p += n;
        if (bad) {
            *any = acc, *digits = d;
            return p;
        }
    }
    while (p < len && s[p] < 0x80) {
        unsigned k = ascii_class[s[p]];
        if (!(k & (C_LETTER | C_DIGIT))) break;
        acc |= k;
        d += (k & C_DIGIT) != 0;
        p++;
    }
    *any = acc, *digits = d;
    return p;
}

/* The run of ASCII letters and digits from p, as ascii_run reads it, with only what a
 * plain word needs: whether it holds a digit, and a lower-case letter. */
static inline size_t plain_run(const unsigned char *s, size_t p, size_t len, int *has_digit, int *has_lower) {
    uint64_t dg_seen = 0, lower_seen = 0;
    while (p + 8 <= len) {
        uint64_t x, lt, dg, keep;
        uint64_t bad = block8(s, p, &x, &lt, &dg, &keep);
        dg_seen |= dg & keep;
        lower_seen |= lt & keep & (x << 2); /* bit 0x20 moved up to the high bit */
        if (bad) {
            *has_digit = dg_seen != 0, *has_lower = lower_seen != 0;
            return p + (size_t)(__builtin_ctzll(bad) >> 3);
        }
        p += 8;
    }
    unsigned any = 0;
    while (p < len && s[p] < 0x80 && (ascii_class[s[p]] & (C_LETTER | C_DIGIT))) any |= ascii_class[s[p++]];
    *has_digit = dg_seen != 0 || (any & C_DIGIT), *has_lower = lower_seen != 0 || (any & C_LOWER);
    return p;
}

#if defined(__SSE2__)
/* plain_run in one step for a run shorter than 16 bytes (16 readable from p): its length,
 * or 16 when it is longer. */
static inline unsigned plain_run16(const unsigned char *p, int *has_digit, int *has_lower) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i digit = in_range(v, '0', '9');
    __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
    unsigned stop = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)); /* bit 16 set */
    unsigned n = (unsigned)__builtin_ctz(stop), in = (1u << n) - 1;
    *has_digit = ((unsigned)_mm_movemask_epi8(digit) & in) != 0;
    *has_lower = ((unsigned)_mm_movemask_epi8(in_range(v, 'a', 'z')) & in) != 0;
    return n;
}
#endif

/* A run of letters, digits and marks. */
static size_t scan_run(const seg *g, size_t p, run *r, shape *sh) {
    const unsigned char *s = g->s;
    unsigned digits = 0, any;
    int other = 0, last_digit = 0;
    size_t q = ascii_run(s, p, g->len, &any, &digits);
    if (q > p) { /* the ASCII part, as the loop below would have read it */
        sh->any |= any;
        sh->letters += (unsigned)(q - p) - digits;
        sh->not_upper |= (any & C_LOWER) != 0;
        other = (unsigned)(q - p) != digits;
        last_digit = (ascii_class[s[q - 1]] & C_DIGIT) != 0;
        p = q;
    }
    while (p < g->len) {
        unsigned char c = s[p];
        unsigned k;
        size_t adv = 1;
        if (c < 0x80) {
            k = ascii_class[c];
            if (!(k & (C_LETTER | C_DIGIT))) break;
        } else {
            k = uni_class(an_utf8_decode(s + p, g->len - p, &adv));
            if (!(k & (C_WORD | C_JOIN))) break;
        }
        shape_add(sh, k);
        if (k & C_DIGIT) {
            digits++;
            last_digit = 1;
        } else {
            other = 1;
            last_digit &= !(k & C_LETTER); /* a mark keeps what it follows */
        }
        p += adv;
    }
    r->digits = digits;
    r->other = other;
    r->last_digit = last_digit;
    return p;
}

/* The length of a clitic after an apostrophe ('s 're 've 'll 'd 'm) that ends a word. */
static size_t clitic_len(const seg *g, size_t q) {
    size_t n = 0;
    while (n < 3 && q + n < g->len && g->s[q + n] < 0x80 && (ascii_class[g->s[q + n]] & C_LETTER))
        n++;
    if (n == 0 || (class_at(g, q + n) & C_WORD)) return 0;
    const unsigned char *w = g->s + q;
    if (n == 1) return ascii_ieq(w, "s", 1) || ascii_ieq(w, "d", 1) || ascii_ieq(w, "m", 1);
    if (n == 2) return (ascii_ieq(w, "re", 2) || ascii_ieq(w, "ve", 2) || ascii_ieq(w, "ll", 2)) ? 2 : 0;
    return 0;
}

/* "n't" at the apostrophe p: the word ends before the n ("do" + "n't"). */
static int is_nt(const seg *g, size_t a, size_t p, size_t q) {
    return p - 1 > a && (g->s[p - 1] == 'n' || g->s[p - 1] == 'N') &&
           (byte_is(g, q, 't') || byte_is(g, q, 'T')) && !(class_at(g, q + 1) & C_WORD);
}

/* 1,000: a comma after one to three digits, before exactly three. */
static int thousands_follow(const seg *g, size_t q) {
    for (size_t k = 0; k < 3; k++)
        if (!(q + k < g->len && g->s[q + k] >= '0' && g->s[q + k] <= '9')) return 0;
    return !(class_at(g, q + 3) & C_DIGIT);
}

#define ENDS_BEFORE_N SIZE_MAX

/* Whether the joiner at p continues the word: returns where the word goes on, 0 when it
 * ends at p, or ENDS_BEFORE_N when it ends one byte before p (n't). */
static size_t joins_at(const seg *g, size_t a, size_t p, const run *r, int numeric) {
    int32_t cp;
    size_t adv;
    unsigned cls = char_at(g, p, &cp, &adv);
    size_t q = p + adv;
    unsigned next = class_at(g, q);
    if (cls & C_HYPHEN) return (next & (C_LETTER | C_DIGIT)) ? q : 0;
    if (cls & C_APOS) {
        if (is_nt(g, a, p, q)) return ENDS_BEFORE_N;
        return (next & C_LETTER) && !clitic_len(g, q) ? q : 0; /* O'Brien, rock'n'roll */
    }
    if (!r->last_digit || !(next & C_DIGIT)) return 0;
    if (cp == ',') return numeric && r->digits <= 3 && thousands_follow(g, q) ? q : 0;
    return cp == '.' || cp == ':' || cp == '/' ? q : 0; /* 3.5 10:43 9/11 */
}

#define NO_TAIL SIZE_MAX

/* The end of the word or number at a, and its shape. *plain is set when it is one run of
 * letters, and *tail to the start of its last part when that is letters after a hyphen
 * ("R-Ariz"): the shapes an abbreviation can end. */
static size_t scan_word(const seg *g, size_t a, int *plain, size_t *tail, shape *sh) {
    size_t p = a, part = a;
    int numeric = 1, runs = 0, digits = 0, after_hyphen = 0;
    *sh = (shape){0, 0, 0};
    for (;;) {
        run r;
        p = scan_run(g, p, &r, sh);
        runs++;
        digits |= r.digits > 0;
        numeric &= !r.other;
        *tail = after_hyphen && r.digits == 0 ? part : NO_TAIL;
        if (p >= g->len) break;
        size_t q = joins_at(g, a, p, &r, numeric);
        if (q == ENDS_BEFORE_N) {
            *plain = 0;
            *tail = NO_TAIL;
            *sh = shape_of(g, a, p - 1);
            return p - 1;
        }
        if (q == 0) break;
        after_hyphen = (class_at(g, p) & C_HYPHEN) != 0;
        if (after_hyphen) sh->any |= C_HYPHEN;
        part = p = q;
    }
    *plain = runs == 1 && !digits;
    return p;
}

/* ---- URLs and e-mail addresses ------------------------------------------------------ */

static int url_trailer(unsigned char c) {
    switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '\'': case '*':
        return 1;
    default:
        return 0;
    }
}

/* http://, https:// or www. at a: the end of the URL, without trailing punctuation (and
 * without a closing bracket it does not open), or 0. */
static size_t url_end(const seg *g, size_t a) {
    const unsigned char *s = g->s + a;
    size_t n = g->len - a, p;
    if (n > 8 && ascii_ieq(s, "https://", 8)) p = 8;
    else if (n > 7 && ascii_ieq(s, "http://", 7)) p = 7;
    else if (n > 4 && ascii_ieq(s, "www.", 4) && s[4] < 0x80 && (ascii_class[s[4]] & C_WORD)) p = 4;
    else return 0;
    size_t start = a + p, e = start;
    long parens = 0, brackets = 0;
    while (e < g->len) {
        int32_t cp;
        size_t adv;
        unsigned cls = char_at(g, e, &cp, &adv);
        if (cp < 0 || (cp < 0x80 ? (cls & C_SPACE) || cp == '"' || cp == '<' || cp == '>'
                                 : !(cls & (C_WORD | C_JOIN))))
            break;
        parens += (cp == '(') - (cp == ')');
        brackets += (cp == '[') - (cp == ']');
        e += adv;
    }
    while (e > start) {
        unsigned char c = g->s[e - 1];
        if (url_trailer(c)) e--;
        else if (c == ')' && parens < 0) e--, parens++;
        else if (c == ']' && brackets < 0) e--, brackets++;
        else break;
    }
    return e > start ? e : 0;
}

static int email_local(unsigned char c) {
    return c < 0x80 && ((ascii_class[c] & (C_LETTER | C_DIGIT)) || c == '.' || c == '_' ||
                        c == '%' || c == '+' || c == '-' || c == '\'');
}

static int domain_char(unsigned char c) {
    return c < 0x80 && ((ascii_class[c] & (C_LETTER | C_DIGIT)) || c == '-' || c == '.');
}

/* local@domain.tld at a (ASCII only): its end, or 0. */
static size_t email_end(const seg *g, size_t a) {
    size_t p = a;
    while (p < g->len && p - a < 64 && email_local(g->s[p])) p++;
    if (!byte_is(g, p, '@')) return 0;
    size_t d = ++p;
    while (p < g->len && p - d < 255 && domain_char(g->s[p])) p++;
    while (p > d && (g->s[p - 1] == '.' || g->s[p - 1] == '-')) p--;
    if (p <= d + 2) return 0;
    const void *dot = memchr(g->s + d + 1, '.', p - d - 2); /* one inside the domain */
    return dot ? p : 0;
}

static int email_trigger(const seg *g, size_t e) {
    if (e >= g->len) return 0;
    unsigned char c = g->s[e];
    /* a dot at the end of a sentence ("ended." then a space) begins no address: the local
     * part has no spaces */
    if (c == '.') return e + 1 < g->len && (email_local(g->s[e + 1]) || g->s[e + 1] == '@');
    return c == '@' || c == '_' || c == '+' || c == '%';
}

static void scan_wordlike(const seg *g, size_t a, tok *t) {
    unsigned char c0 = g->s[a];
    size_t e;
    unsigned char c1 = a + 1 < g->len ? g->s[a + 1] | 0x20 : 0;
    if ((((c0 | 0x20) == 'h' && c1 == 't') || ((c0 | 0x20) == 'w' && c1 == 'w')) &&
        (e = url_end(g, a))) {
        t->end = e;
        t->kind = ANNALS_TOKEN_URL;
        return;
    }
    int plain;
    size_t tail;
    shape sh;
    e = scan_word(g, a, &plain, &tail, &sh);
    size_t m;
    if (email_trigger(g, e) && (m = email_end(g, a)) > e) {
        t->end = m;
        t->kind = ANNALS_TOKEN_URL;
        return;
    }
    int cls;
    size_t x;
    size_t from = plain ? a : tail; /* R-Ariz. pro-U.S. are abbreviations too */
    /* an initial after a hyphen only after a party's letter: "D-W. Va." */
    int party = !plain && tail == a + 2 && (class_at(g, a) & C_UPPER);
    if (from != NO_TAIL && byte_is(g, e, '.') && (x = abbrev_end(g, from, e, &cls)) &&
        (plain || cls != ABBR_INITIAL || party)) {
        t->end = x;
        t->kind = ANNALS_TOKEN_ABBREV;
        sh = shape_of(g, a, x);
        t->flags = (uint16_t)shape_flags(g, a, &sh);
        t->term = term_of_class(cls);
        return;
    }
    t->end = e;
    t->flags = (uint16_t)shape_flags(g, a, &sh);
    t->kind = sh.letters == 0 && (t->flags & ANNALS_TOKEN_HAS_DIGIT) ? ANNALS_TOKEN_NUMBER
                                                                  : ANNALS_TOKEN_WORD;
}

/* ---- punctuation and symbols ------------------------------------------------------- */

static int is_stop(int32_t cp) {
    switch (cp) {
    case '.': case '!': case '?':
    case 0x2026:                                /* … */
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: /* ‼ ⁇ ⁈ ⁉ */
    case 0xFF0E:                                /* ． */
    case 0x061F: case 0x0964: case 0x0965:      /* Arabic ?, Devanagari danda */
        return 1;
    default:
        return 0;
    }
}

static int is_wide_stop(int32_t cp) {
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF61; /* 。！？｡ */
}

static int is_emoji_modifier(int32_t cp) { return cp >= 0x1F3FB && cp <= 0x1F3FF; }
static int is_regional(int32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

/* What stays with a symbol or punctuation character: combining marks, and the rest of an
 * emoji sequence (ZWJ joins, skin tones, the second letter of a flag). */
static size_t symbol_tail(const seg *g, size_t e, int32_t first) {
    int regional = is_regional(first);
    for (;;) {
        int32_t cp;
        size_t adv;
        unsigned cls = char_at(g, e, &cp, &adv);
        if (cls & C_MARK || is_emoji_modifier(cp)) {
            e += adv;
        } else if (cp == 0x200D) {
            int32_t next;
            size_t nadv;
            if (!(char_at(g, e + adv, &next, &nadv) & C_SYMBOL) || next < 0) return e;
            e += adv + nadv;
        } else if (regional && is_regional(cp)) {
            e += adv;
            regional = 0;
        } else {
            return e;
        }
    }
}

static size_t run_of(const seg *g, size_t e, unsigned char a, unsigned char b) {
    while (e < g->len && (g->s[e] == a || g->s[e] == b)) e++;
    return e;
}

/* ASCII punctuation: the bytes a run of it is made of (". ..." "?!" "--"), 0 for none. */
static const unsigned char ascii_run_a[128] = {['.'] = '.', ['!'] = '!', ['?'] = '!', ['-'] = '-'};
static const unsigned char ascii_run_b[128] = {['.'] = '.', ['!'] = '?', ['?'] = '?', ['-'] = '-'};

static void scan_punct(const seg *g, size_t i, int32_t cp, unsigned cls, size_t adv, tok *t) {
    size_t e = i + adv;
    t->kind = (cls & C_PUNCT) ? ANNALS_TOKEN_PUNCT : ANNALS_TOKEN_SYMBOL;
    if (cp >= 0 && cp < 0x80) {
        /* the commas and full stops of a text, told apart by tables rather than branches,
         * whose outcome alternates: a byte never equals 256, so no run is read */
        unsigned a = ascii_run_a[cp], b = ascii_run_b[cp];
        a |= (unsigned)(a == 0) << 8, b |= (unsigned)(b == 0) << 8;
        t->term = a == '.' || a == '!' ? TERM_STOP : TERM_NONE;
        t->closer = (cls & C_CLOSE) || (cls & (C_QUOTE | C_OPEN)) == C_QUOTE;
        while (e < g->len && (g->s[e] == a || g->s[e] == b)) e++;
        /* nothing ASCII joins a symbol (symbol_tail) */
        t->end = e < g->len && g->s[e] >= 0x80 ? symbol_tail(g, e, cp) : e;
        return;
    }
    if (is_stop(cp)) t->term = TERM_STOP;
    if (is_wide_stop(cp)) t->term = TERM_WIDE;
    t->closer = (cls & C_CLOSE) || (cls & (C_QUOTE | C_OPEN)) == C_QUOTE;
    if (cp < 0) { /* an invalid byte sequence: a symbol of its own */
        t->end = e;
        return;
    }
    if (cp == '.') e = run_of(g, e, '.', '.');             /* ... */
    else if (cp == '!' || cp == '?') e = run_of(g, e, '!', '?'); /* ?! */
    else if (cp == '-') e = run_of(g, e, '-', '-');        /* -- */
    while (cp == 0x2026 && e + 3 <= g->len && memcmp(g->s + e, "\xE2\x80\xA6", 3) == 0) e += 3;
    t->end = symbol_tail(g, e, cp);
}

/* A clitic token after a word that stopped before it: "'s" in "Syria's". */
static int clitic_token(const seg *g, size_t i, size_t adv, tok *t) {
    size_t n;
    if (i != g->prev_end || g->prev_kind == ANNALS_TOKEN_PUNCT ||
        g->prev_kind == ANNALS_TOKEN_SYMBOL || g->prev_kind == ANNALS_TOKEN_URL ||
        !(n = clitic_len(g, i + adv)))
        return 0;
    t->end = i + adv + n;
    t->kind = ANNALS_TOKEN_WORD;
    shape sh = shape_of(g, i, t->end);
    t->flags = (uint16_t)shape_flags(g, i, &sh);
    return 1;
}

/* Bytes after which a run of ASCII letters is a whole word, read as scan_wordlike would:
 * not a joiner, a dot, a colon (URLs), a digit, an e-mail character or a non-ASCII byte. */
static const unsigned char plain_end[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [' '] = 1, ['!'] = 1, ['"'] = 1, ['('] = 1, [')'] = 1,
    [','] = 1, [';'] = 1, ['?'] = 1, ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1,
};

/* The most common token: ASCII letters ending at a byte of plain_end (or the text's end).
 * Returns 0 when the word at i is not one. */
static int plain_word(const seg *g, size_t i, tok *t) {
    const unsigned char *s = g->s;
    int has_digit, has_lower;
    size_t e;
#if defined(__SSE2__)
    unsigned n;
    if (i + 16 <= g->len && (n = plain_run16(s + i, &has_digit, &has_lower)) < 16) e = i + n;
    else
#endif
        e = plain_run(s, i, g->len, &has_digit, &has_lower);
    if (has_digit || (e < g->len && (s[e] >= 0x80 || !plain_end[s[e]]))) return 0;
    memset(t, 0, sizeof *t);
    t->end = e;
    t->kind = ANNALS_TOKEN_WORD;
    unsigned flags = (ascii_class[s[i]] & C_UPPER) ? ANNALS_TOKEN_CAPITALIZED : 0u;
    if (e - i >= 2 && !has_lower) flags |= ANNALS_TOKEN_ALLCAPS;
    t->flags = (uint16_t)flags;
    return 1;
}

static void scan_token(const seg *g, size_t i, tok *t) {
    int32_t cp;
    size_t adv;
    if (g->s[i] < 0x80 && (ascii_class[g->s[i]] & C_LETTER) && plain_word(g, i, t)) return;
    unsigned cls = char_at(g, i, &cp, &adv);
    memset(t, 0, sizeof *t);
    if (cls & C_WORD) {
        scan_wordlike(g, i, t);
        return;
    }
    if ((cls & C_APOS) && clitic_token(g, i, adv, t)) return;
    scan_punct(g, i, cp, cls, adv, t);
}

/* ---- sentences --------------------------------------------------------------------- */

/* A capital, a digit, or an opening quote or bracket. */
static int starts_sentence(const seg *g, size_t i) {
    unsigned cls = class_at(g, i);
    return capital_like(cls) || (cls & (C_DIGIT | C_QUOTE | C_OPEN));
}

/* The last token is , ; or : (a line that ends with one goes on); asked only at a line
 * break. */
static int prev_continues(const seg *g) {
    size_t a = g->prev_start;
    return g->prev_kind == ANNALS_TOKEN_PUNCT && g->prev_end == a + 1 &&
           (g->s[a] == ',' || g->s[a] == ';' || g->s[a] == ':');
}

/* Whether a sentence ends before the token t at i, `newlines` line breaks after the last. */
static int ends_before(const seg *g, size_t i, const tok *t, unsigned newlines) {
    /* most tokens: nothing pending and no line break, whether a space came between or not
     * (which comes in no order a predictor learns) */
    if ((g->term | (int)newlines) == 0) return 0;
    if (i == g->prev_end) return g->term == TERM_WIDE && !t->closer;
    if (newlines >= 2) return 1;
    switch (g->term) {
    case TERM_STOP: return starts_sentence(g, i);
    case TERM_WIDE: return 1;
    case TERM_BIND: return 0;
    case TERM_MONTH:
        if (class_at(g, i) & C_DIGIT) return 0;
        /* fall through */
    case TERM_COMMON:
        if (starter_at(g, i)) return 1;
        break;
    default: break;
    }
    /* a headline or other short line without final punctuation */
    if (newlines != 1 || prev_continues(g) || g->line_tokens >= HEADLINE_TOKENS) return 0;
    unsigned cls = class_at(g, i);
    return capital_like(cls) || (cls & C_DIGIT);
}

static int close_sentence(seg *g) {
    if (!g->open) return 0;
    annals_doc *doc = g->doc;
    size_t first = g->sent_first, n = doc->tokens.n;
    an_sentence *st = AN_PUSH(doc, sentences);
    if (!st) return -1;
    st->start = doc->tokens.v[first].start;
    st->end = doc->tokens.v[n - 1].end;
    st->where = g->where;
    st->tok_first = first;
    st->tok_count = n - first;
    g->open = 0;
    return 0;
}

static int emit(seg *g, size_t start, const tok *t, unsigned newlines) {
    int starts = !g->open || ends_before(g, start, t, newlines);
    if (starts && close_sentence(g) != 0) return -1;
    an_token *k = AN_PUSH(g->doc, tokens);
    if (!k) return -1;
    k->start = start;
    k->end = t->end;
    k->where = g->where;
    k->kind = t->kind;
    k->flags = (uint16_t)(t->flags | (starts ? ANNALS_TOKEN_SENT_START : 0));
    if (starts) {
        g->open = 1;
        g->sent_first = g->doc->tokens.n - 1;
    }
    g->line_tokens = (newlines ? 0 : g->line_tokens) + 1;
    if (!(t->closer && start == g->prev_end && g->term != TERM_NONE)) g->term = t->term;
    g->prev_start = start;
    g->prev_end = t->end;
    g->prev_kind = t->kind;
    return 0;
}

/* ---- the common case in registers ---------------------------------------------------- */

/* What a token starting with an ASCII byte is when the fast path may take it: F_WORD for a
 * letter, the kind plus one for a character that is a token of one byte before any ASCII
 * byte (no run, no term: not . ! ? -; an apostrophe before no letter, which makes no
 * clitic), 0 for the rest, left to scan_token. */
enum { F_WORD = 0x80 };
static const unsigned char fast_class[256] = {
    ['!'] = 0, ['"'] = ANNALS_TOKEN_PUNCT + 1, ['#'] = ANNALS_TOKEN_SYMBOL + 1,
    ['$'] = ANNALS_TOKEN_SYMBOL + 1, ['%'] = ANNALS_TOKEN_SYMBOL + 1,
    ['&'] = ANNALS_TOKEN_SYMBOL + 1, ['\''] = ANNALS_TOKEN_PUNCT + 1, ['('] = ANNALS_TOKEN_PUNCT + 1,
    [')'] = ANNALS_TOKEN_PUNCT + 1, ['*'] = ANNALS_TOKEN_PUNCT + 1,
    ['+'] = ANNALS_TOKEN_SYMBOL + 1, [','] = ANNALS_TOKEN_PUNCT + 1,
    ['/'] = ANNALS_TOKEN_PUNCT + 1, [':'] = ANNALS_TOKEN_PUNCT + 1,
    [';'] = ANNALS_TOKEN_PUNCT + 1, ['<'] = ANNALS_TOKEN_SYMBOL + 1,
    ['='] = ANNALS_TOKEN_SYMBOL + 1, ['>'] = ANNALS_TOKEN_SYMBOL + 1,
    ['@'] = ANNALS_TOKEN_SYMBOL + 1, ['['] = ANNALS_TOKEN_PUNCT + 1,
    ['\\'] = ANNALS_TOKEN_PUNCT + 1, [']'] = ANNALS_TOKEN_PUNCT + 1,
    ['^'] = ANNALS_TOKEN_SYMBOL + 1, ['_'] = ANNALS_TOKEN_PUNCT + 1,
    ['`'] = ANNALS_TOKEN_SYMBOL + 1, ['{'] = ANNALS_TOKEN_PUNCT + 1,
    ['|'] = ANNALS_TOKEN_SYMBOL + 1, ['}'] = ANNALS_TOKEN_PUNCT + 1,
    ['~'] = ANNALS_TOKEN_SYMBOL + 1,
#define L16(c) [c] = F_WORD, [c + 1] = F_WORD, [c + 2] = F_WORD, [c + 3] = F_WORD, \
               [c + 4] = F_WORD, [c + 5] = F_WORD, [c + 6] = F_WORD, [c + 7] = F_WORD, \
               [c + 8] = F_WORD, [c + 9] = F_WORD, [c + 10] = F_WORD, [c + 11] = F_WORD, \
               [c + 12] = F_WORD
    L16('A'), L16('N'), L16('a'), L16('n'),
#undef L16
};

/* The ASCII letters among the 16 bytes at p, the lower-case ones among them and the
 * spaces: bit k for byte k. */
static inline void letter_masks(const unsigned char *p, unsigned *letters, unsigned *lower, unsigned *spaces) {
#if defined(__SSE2__)
    /* a byte in [lo, lo+n) moved to [-128, -128+n) by a wrapping add: one signed compare */
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i folded = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a')));
    __m128i low = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'a')));
    __m128i top = _mm_set1_epi8((char)(-128 + 26));
    *letters = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(folded, top));
    *lower = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(low, top));
    *spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
#else
    unsigned lt = 0, lo = 0, sp = 0;
    for (unsigned k = 0; k < 16; k++) {
        unsigned c = ascii_class[p[k] & 0x7F] * (p[k] < 0x80);
        lt |= (unsigned)((c & C_LETTER) != 0) << k;
        lo |= (unsigned)((c & C_LOWER) != 0) << k;
        sp |= (unsigned)(p[k] == ' ') << k;
    }
    *letters = lt, *lower = lo, *spaces = sp;
#endif
}

/* What may follow a word's full stop in the fast path: a space, a line break, a comma
 * (after an abbreviation only), and (2) a closing quote or bracket (after a full stop only;
 * "Inc.)" is left to the general path); (3) an apostrophe may go on an e-mail address
 * ("us.'s"): taken only as one or two quotes before a plain end. */
static const unsigned char stop_follow[256] = {[' '] = 1, ['\n'] = 1, [','] = 1, ['"'] = 2, ['\''] = 3,
                                               [')'] = 2, [']'] = 2, ['}'] = 2};

/* A byte that ends a clitic ("'s" before it): ASCII, neither a letter nor a digit. */
static inline int clitic_stop(unsigned char c) { return c < 0x80 && !(ascii_class[c] & (C_LETTER | C_DIGIT)); }

/* The masks of a window of 64 bytes: letters, lower-case letters, spaces; bit k for byte k. */
typedef struct {
    uint64_t letters, lower, spaces;
} wmasks;

/* The masks of the 64 bytes at b; near the text's end they are read from pad, the rest
 * filled with spaces. Returns the bytes. */
static inline const unsigned char *window(const unsigned char *s, size_t len, size_t b, unsigned char *pad,
                                          wmasks *m) {
    const unsigned char *t = s + b;
    if (b + 64 > len) {
        memset(pad, ' ', 64);
        memcpy(pad, s + b, len - b);
        t = pad;
    }
    uint64_t m0 = 0, m1 = 0, m2 = 0;
    for (unsigned k = 0; k < 64; k += 16) {
        unsigned lt, lo, sp;
        letter_masks(t + k, &lt, &lo, &sp);
        m0 |= (uint64_t)lt << k, m1 |= (uint64_t)lo << k;
        m2 |= (uint64_t)sp << k;
    }
    m->letters = m0 & ~(1ull << 63);
    m->lower = m1;
    m->spaces = m2 & ~(1ull << 63); /* a gap at 63 is not stepped over: the next token's place stays in the window */
    return t;
}

#define KIND(k) ((unsigned)(k) << 16) /* a token's kind beside its flags in fast_run */
#define SECOND (1u << 31)
#define PARA (1u << 8) /* in fast_run's flags: after a blank line; no token flag */

/* Room for 64 more tokens after the first n: a window's worth (kept out of fast_run's
 * loop, which asks once a window). */
__attribute__((noinline)) static int fast_room(annals_doc *doc, size_t n) {
    return an_arena_grow(&doc->arena, (void **)&doc->tokens.v, &doc->tokens.cap, n + 65, sizeof *doc->tokens.v);
}

/* The common case, with the state in locals (stores to the tokens would make the compiler
 * reload the struct's fields), inside an open sentence, whatever the last tokens left
 * pending but a CJK stop. It takes what scan_token and emit would make of:
 * - a gap of one space, or of two line breaks (a new sentence, a new line);
 * - a plain word (letters before a plain end), a word before "'" and no letter, a word and
 *   its "'s" before neither a letter nor a digit, a word and "n't" before a plain end;
 * - letters joined by hyphens before a plain end ("well-known");
 * - a one-byte token before an ASCII byte (an apostrophe only before no letter);
 * - a number of ASCII digits, with "." ":" "/" between digits and "," before three (3.5
 *   10:43 9/11 1,000), before a plain end, "%" and a plain end, or a full stop and a space;
 * - an abbreviation of one word before a space, a line break or a comma (Inc. Gen.), not one
 *   of a number (No.);
 * - a sentence end: a word of two letters or more that is no abbreviation, a full stop,
 *   then a space, a line break or a closing quote or bracket, which leaves the stop
 *   pending. The token after a space starts a sentence as ends_before says: after a stop
 *   when it is a capital, a digit, a quotation mark or an opening bracket
 *   (starts_sentence); after a common or month abbreviation when it is a sentence starter;
 *   never after a title. After a line break it is left to emit with the term pending.
 * Returns where it stopped: after the last token it took, before the gap and token it left
 * to the general path. */
__attribute__((noinline)) static size_t fast_run(seg *g, size_t i) {
    const unsigned char *s = g->s;
    size_t len = g->len;
    annals_doc *doc = g->doc;
    an_token *tv = doc->tokens.v;
    /* the next token's slot, and the last slot where two more fit */
    an_token *tk = tv + doc->tokens.n, *last = tv + doc->tokens.cap - 1;
    const int where = g->where;
    size_t sent_first = g->sent_first;
    size_t line_base = doc->tokens.n - g->line_tokens; /* the line's tokens are n - line_base (mod 2^N) */
    unsigned pending = (unsigned)g->term; /* the term the last tokens left */
    /* Bit masks of a window of 64 bytes give each token's end and the gap after it, so the
     * place of the next token waits on no load from the text. The window moves to the
     * token once it is past byte 56 (few moves: each is a mispredicted branch); a token
     * must end by byte 62 (bit 63 of the letters is left clear, so a run of letters ends
     * by then). Past the text's end the window holds
     * spaces, which every test below reads as the end of the text: a word or a clitic ends
     * there, a one-byte token or a full stop may stand before it, and the gap before it
     * leads to nothing this loop takes. */
    unsigned char pad[64];
    wmasks m;
    size_t b = i, p = 0;
    if (b >= len) return i;
    const unsigned char *t = window(s, len, b, pad, &m);
    for (;;) {
        /* a window gives at most 63 tokens (each takes a byte or more): room for them is
         * made when it is loaded, so no token asks */
        if (last - tk < 64) { /* (-1 when the array is full) */
            size_t n = (size_t)(tk - tv);
            if (fast_room(doc, n) != 0) break;
            tv = doc->tokens.v, tk = tv + n, last = tv + doc->tokens.cap - 1;
        }
    next_token:;
        /* the gap: one space, or (rarely, tested only at a line feed) two line breaks
         * before what is no white space */
        unsigned flags = 0; /* the token's flags, PARA after a blank line, its kind (KIND) */
        size_t j = p + ((m.spaces >> p) & 1);
    token:;
        unsigned w = (unsigned)__builtin_ctzll(~(m.letters >> j)); /* 0 when no letter */
        size_t e = j + w + (w == 0);
        if (e > 62 || p > 56) { /* move the window to the token, or give it up */
        move:
            if (p == 0) break;
            b += p, p = 0;
            if (b >= len) break;
            t = window(s, len, b, pad, &m);
            continue;
        }
        unsigned c = t[j], next = t[e];
        if (c == '\n') {
            if (j > p || t[j + 1] != '\n') break;
            flags = PARA | ANNALS_TOKEN_SENT_START, j += 2;
            goto token;
        }
        /* a new sentence: after a blank line, or a capital after a stop and a space */
        unsigned term = TERM_NONE; /* what the token leaves pending */
        if (pending && !(flags & PARA)) {
            if (j == p) {
                /* a comma after an abbreviation goes on; a closing quote or bracket right
                 * after a full stop leaves it pending (emit keeps the term of a closer) */
                if (pending == TERM_STOP && (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'))
                    term = TERM_STOP;
                else if (c != ',')
                    break;
            } else if (pending == TERM_STOP) {
                unsigned cls = c < 0x80 ? ascii_class[c] : 0u; /* what starts_sentence reads */
                flags = capital_like(cls) || (cls & (C_DIGIT | C_QUOTE | C_OPEN)) ? ANNALS_TOKEN_SENT_START : 0u;
            } else if (pending != TERM_BIND && starter_at(g, b + j))
                flags = ANNALS_TOKEN_SENT_START; /* what ends_before asks after an abbreviation
                                                  * (a month's no number: no starter is one) */
        }
        size_t q = e; /* the end of what is taken */
        /* a second token (a full stop, "'s", "n't"): 0, or SECOND | its kind << 16 | its
         * flags; the first token's kind is in flags' high half too (a word: 0), so fewer
         * values stay live through the loop */
        unsigned second = 0;
        if (w) {
            if (!plain_end[next]) {
                if (next == '-') {
                    /* letters joined by single hyphens before a plain end: "well-known";
                     * a digit after a hyphen, or a dot or an apostrophe at the end
                     * (R-Ariz.), are left to the general path */
                    size_t h = e;
                    while (h < 62 && t[h] == '-' && ((m.letters >> (h + 1)) & 1))
                        h += 1 + (size_t)__builtin_ctzll(~(m.letters >> (h + 1)));
                    if (h > 62) goto move;
                    if (h == e || !plain_end[t[h]]) break;
                    e = q = h, w = (unsigned)(h - j);
                    flags |= ANNALS_TOKEN_HYPHENATED;
                } else if (next == '.' && stop_follow[t[e + 1]] &&
                           (stop_follow[t[e + 1]] != 3 ||
                            (e + 3 < 64 && (plain_end[t[e + 2]] || (t[e + 2] == '\'' && plain_end[t[e + 3]]))))) {
                    int k = an_abbrev_class(g->r, (const char *)t + j, w + 1);
                    if (!k) { /* the full stop (a letter alone may be an initial) */
                        if (w < 2 || t[e + 1] == ',') break;
                        second = SECOND | KIND(ANNALS_TOKEN_PUNCT), q = e + 1, term = TERM_STOP;
                    } else { /* "Inc." "Gen." "Calif.": no dotted chain, no number after */
                        if (k == AN_ABBR_NUMBER || stop_follow[t[e + 1]] >= 2) break;
                        e = q = e + 1, flags |= KIND(ANNALS_TOKEN_ABBREV), term = (unsigned)term_of_class(k);
                    }
                } else if (next == '.' && w == 1 && e + 3 < 64 && ((m.letters >> (e + 1)) & 3) == 1 && t[e + 2] == '.') {
                    /* U.S. N.Y.: single letters, each before a dot, then a space, a line
                     * break or a comma; common unless the lexicon says otherwise */
                    size_t h = e + 3;
                    while (h < 61 && ((m.letters >> h) & 3) == 1 && t[h + 1] == '.') h += 2;
                    if (h >= 61) goto move;
                    if ((t[h] != ' ' && t[h] != '\n' && t[h] != ',') || h - j > ABBR_MAX) break;
                    int k = an_abbrev_class(g->r, (const char *)t + j, h - j);
                    e = q = h, w = (unsigned)(h - j), flags |= KIND(ANNALS_TOKEN_ABBREV);
                    term = (unsigned)term_of_class(k && k != AN_ABBR_NUMBER ? k : AN_ABBR_COMMON);
                } else if (next == '\'' && clitic_stop(t[e + 1]))
                    ; /* the apostrophe is a token of its own, taken next */
                else if (next == '\'' && e + 2 < 64 && (t[e + 1] | 0x20) == 's' && clitic_stop(t[e + 2]))
                    second = SECOND | KIND(ANNALS_TOKEN_WORD), q = e + 2; /* 's */
                else if (next == '\'' && w >= 2 && e + 2 < 64 && (t[e - 1] | 0x20) == 'n' &&
                         (t[e + 1] | 0x20) == 't' && plain_end[t[e + 2]]) {
                    /* "does" + "n't": the word ends before the n */
                    unsigned nc = t[e - 1] <= 'Z', tc = t[e + 1] <= 'Z';
                    second = SECOND | KIND(ANNALS_TOKEN_WORD) | (nc ? ANNALS_TOKEN_CAPITALIZED : 0u) |
                             (nc & tc ? ANNALS_TOKEN_ALLCAPS : 0u);
                    q = e + 2, e--, w--;
                } else
                    break;
            }
            flags |= (c <= 'Z' ? ANNALS_TOKEN_CAPITALIZED : 0u) |
                     (w >= 2 && (unsigned)__builtin_ctzll((m.lower >> j) | 1ull << 62) >= w ? ANNALS_TOKEN_ALLCAPS : 0u);
            /* (no lower-case letter before the word's end, j + w <= 62) */
        } else if (c - '0' < 10u) {
            /* ASCII digits before a plain end (not a comma before a digit: 1,000), or a
             * full stop and a space or a line break: scan_word stops there, and a number is
             * no abbreviation nor the start of an address */
            size_t d = j + 1, r0 = j; /* r0: where the last run of digits began */
            for (;;) {
                while (d < 57 && (unsigned)(t[d] - '0') < 10u) d++;
                if (d >= 57) goto move;
                next = t[d];
                if ((unsigned)(t[d + 1] - '0') >= 10u) break; /* nothing joins */
                if (next == '.' || next == ':' || next == '/') { /* 3.5 10:43 9/11 */
                    r0 = d + 1, d += 2;
                    continue;
                }
                /* 1,000: a comma after one to three digits, before exactly three */
                if (next == ',' && d - r0 <= 3 && (unsigned)(t[d + 2] - '0') < 10u &&
                    (unsigned)(t[d + 3] - '0') < 10u && t[d + 4] < 0x80 && (unsigned)(t[d + 4] - '0') >= 10u) {
                    r0 = d + 1, d += 4;
                    continue;
                }
                break;
            }
            /* and before "%" and a plain end: "%" begins no address there */
            if (plain_end[next] ? next == ',' && (unsigned)(t[d + 1] - '0') < 10u
                                : !(next == '.' && (t[d + 1] == ' ' || t[d + 1] == '\n')) &&
                                      !(next == '%' && plain_end[t[d + 1]]))
                break;
            if (next == '.') second = SECOND | KIND(ANNALS_TOKEN_PUNCT), term = TERM_STOP;
            e = d, q = d + (next == '.');
            flags |= KIND(ANNALS_TOKEN_NUMBER) | ANNALS_TOKEN_HAS_DIGIT;
        } else {
            unsigned f = fast_class[c];
            if (!f || next >= 0x80 || (c == '\'' && fast_class[next] == F_WORD)) break;
            flags |= KIND(f - 1);
        }
        if (flags & ANNALS_TOKEN_SENT_START) { /* close_sentence, then this token opens one */
            an_sentence *st = AN_PUSH(doc, sentences);
            if (!st) break; /* close_sentence will say so */
            size_t n = (size_t)(tk - tv);
            *st = (an_sentence){tv[sent_first].start, tk[-1].end, where, sent_first, n - sent_first};
            sent_first = n;
        }
        if (flags & PARA) line_base = (size_t)(tk - tv);
        *tk++ = (an_token){b + j, b + e, where, (uint16_t)(flags >> 16), (uint16_t)(uint8_t)flags};
        if (second) *tk++ = (an_token){b + e, b + q, where, (uint16_t)(second >> 16 & 0xff), (uint16_t)second};
        pending = term;
        p = q;
        goto next_token;
    }
    i = b + p;
    size_t n = (size_t)(tk - tv);
    if (n > doc->tokens.n) {
        doc->tokens.n = n;
        g->sent_first = sent_first;
        g->line_tokens = (unsigned)(n - line_base);
        g->prev_start = tv[n - 1].start;
        g->prev_end = i;
        g->prev_kind = tv[n - 1].kind;
        g->term = (int)pending;
    }
    return i;
}

int an_segment(const an_text_res *r, annals_doc *doc, const char *s, size_t len, int where) {
    if (!r || !doc || (!s && len)) return -1;
    seg g = {.r = r, .doc = doc, .s = (const unsigned char *)s, .len = len, .where = where,
             .prev_kind = ANNALS_TOKEN_PUNCT}; /* nothing before the first token to attach to */
    size_t i = 0;
    for (;;) {
        if (g.open && g.term != TERM_WIDE && !r->no_fast) i = fast_run(&g, i);
        unsigned newlines;
        i = skip_space(&g, i, &newlines);
        if (i >= len) break;
        tok t;
        scan_token(&g, i, &t);
        if (emit(&g, i, &t, newlines) != 0) return -1;
        i = t.end;
    }
    return close_sentence(&g);
}

int an_segment_doc(const an_text_res *r, annals_doc *doc) {
    doc->tokens.n = 0; /* segmenting again replaces what was there */
    doc->sentences.n = 0;
    const char *text = doc->field[ANNALS_FIELD_TEXT];
    /* news text has a token every five or six bytes (5.2 in the TempEval news) and a
     * sentence every 130 or so: room for most of them at once, so the arrays are not copied
     * as they grow */
    if (text && (an_arena_grow(&doc->arena, (void **)&doc->tokens.v, &doc->tokens.cap, doc->text_len / 5 + 80,
                               sizeof *doc->tokens.v) != 0 ||
                 an_arena_grow(&doc->arena, (void **)&doc->sentences.v, &doc->sentences.cap,
                               doc->text_len / 128 + 8, sizeof *doc->sentences.v) != 0))
        return -1;
    if (text && an_segment(r, doc, text, doc->text_len, AN_WHERE_TEXT) != 0) return -1;
    for (size_t k = 0; k < doc->captions.n && k <= INT_MAX; k++) {
        const an_caption *c = &doc->captions.v[k];
        if (c->text && an_segment(r, doc, c->text, c->len, (int)k) != 0) return -1;
    }
    return 0;
}

/* ---- resources ---------------------------------------------------------------------- */

static int class_named(const char *s, size_t n) {
    static const struct {
        const char *name;
        int cls;
    } names[] = {{"title", AN_ABBR_TITLE},
                 {"number", AN_ABBR_NUMBER},
                 {"month", AN_ABBR_MONTH},
                 {"common", AN_ABBR_COMMON}};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strlen(names[k].name) == n && memcmp(names[k].name, s, n) == 0) return names[k].cls;
    return 0;
}

/* Reads one entry; returns its class, or 0 for a malformed line (tests catch those). */
static int next_entry(an_lines *it, const char **form, size_t *form_len) {
    const char *line, *cls;
    size_t n;
    while (an_lines_next(it, &line, &n)) {
        *form_len = an_field_next(&line, &n, form);
        size_t cls_len = an_field_next(&line, &n, &cls);
        int k = class_named(cls, cls_len);
        if (k && *form_len && *form_len <= ABBR_MAX && n == 0) return k;
    }
    return 0;
}

/* Lower-cased copies of common entries, for text in capitals; added after every entry so
 * they never shadow one. */
static int add_folded(an_strtab *t, const char *data, size_t len) {
    an_lines it;
    an_lines_init(&it, data, len);
    const char *form;
    size_t n;
    int k;
    while ((k = next_entry(&it, &form, &n)) != 0) {
        if (k != AN_ABBR_COMMON) continue;
        char low[ABBR_MAX];
        for (size_t j = 0; j < n; j++)
            low[j] = (char)(form[j] >= 'A' && form[j] <= 'Z' ? form[j] + 32 : form[j]);
        if (!an_strtab_get(t, low, n, NULL) && an_strtab_put(t, low, n, k | ABBR_FOLDED) != 0)
            return -1;
    }
    return 0;
}

int an_text_res_load(an_text_res *r) {
    an_strtab_init(&r->abbrev);
    r->no_fast = 0;
    memset(r->abbrev_filter, 0, sizeof r->abbrev_filter);
    size_t len;
    const char *data = an_data("abbreviations.txt", &len);
    if (!data) return -1;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *form;
    size_t n;
    int k;
    while ((k = next_entry(&it, &form, &n)) != 0) {
        if (an_strtab_put(&r->abbrev, form, n, k) != 0) goto fail;
        unsigned bit = abbrev_bit(form, n); /* the lower-cased copies below share it */
        r->abbrev_filter[bit >> 6] |= 1ull << (bit & 63);
    }
    if (add_folded(&r->abbrev, data, len) != 0) goto fail;
    return 0;
fail:
    an_text_res_free(r);
    return -1;
}

void an_text_res_free(an_text_res *r) { an_strtab_free(&r->abbrev); }
