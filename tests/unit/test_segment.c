/* test_segment.c - the text segmentation stage: tokens, abbreviations, sentence ends, line
 * breaks, offsets and edge cases. Most tests are tables of an input and the tokens or
 * sentences expected; every segmentation is also checked against the invariants of the
 * stage (tokens cover every non-space character, sentences partition the tokens). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"
#include "check.h"
#include "core/buf.h"
#include "core/data.h"
#include "core/doc.h"
#include "core/utf8.h"
#include "text/segment.h"

/* ---- helpers ---------------------------------------------------------------------- */

static int is_space_at(const char *s, size_t len, size_t i, size_t *adv) {
    int32_t cp = an_utf8_decode((const unsigned char *)s + i, len - i, adv);
    return cp >= 0 && an_uc_is_space(cp);
}

/* The invariants of segmentation for tokens [tok0,tok1) and sentences [sent0,sent1), the
 * ones segmenting the string s[0..len) at `where` added. */
static void check_range(const annals_doc *doc, const char *s, size_t len, int where, size_t tok0,
                        size_t tok1, size_t sent0, size_t sent1) {
    size_t at = 0, bad = 0;
    for (size_t k = tok0; k < tok1 && !bad; k++) {
        const an_token *t = &doc->tokens.v[k];
        if (t->where != where || t->start < at || t->start >= t->end || t->end > len ||
            t->kind > ANNALS_TOKEN_URL)
            bad = 1;
        for (size_t i = at, adv; !bad && i < t->start; i += adv) /* gaps are white space */
            if (!is_space_at(s, len, i, &adv)) bad = 2;
        for (size_t i = t->start, adv; !bad && i < t->end; i += adv) /* tokens are not */
            if (is_space_at(s, len, i, &adv)) bad = 3;
        at = t->end;
        if (bad) an_check_fail(__FILE__, __LINE__, "token %zu breaks rule %zu in \"%.60s\"", k, bad, s);
    }
    for (size_t i = at, adv; !bad && i < len; i += adv)
        if (!is_space_at(s, len, i, &adv)) {
            an_check_fail(__FILE__, __LINE__, "byte %zu not in a token in \"%.60s\"", i, s);
            bad = 4;
        }
    size_t next = tok0, end = 0;
    for (size_t k = sent0; k < sent1 && !bad; k++) {
        const an_sentence *st = &doc->sentences.v[k];
        if (st->tok_first != next || st->tok_count == 0 || st->where != where ||
            st->tok_first + st->tok_count > tok1) {
            bad = 5;
        } else {
            const an_token *a = &doc->tokens.v[st->tok_first];
            const an_token *b = &doc->tokens.v[st->tok_first + st->tok_count - 1];
            if (st->start != a->start || st->end != b->end || st->start < end) bad = 6;
            for (size_t j = 0; j < st->tok_count; j++)
                if (!(doc->tokens.v[st->tok_first + j].flags & ANNALS_TOKEN_SENT_START) != (j != 0))
                    bad = 7;
            end = st->end;
            next = st->tok_first + st->tok_count;
        }
        if (bad) an_check_fail(__FILE__, __LINE__, "sentence %zu breaks rule %zu in \"%.60s\"", k, bad, s);
    }
    if (!bad && next != tok1)
        an_check_fail(__FILE__, __LINE__, "tokens outside sentences in \"%.60s\"", s);
}

/* The same for everything from tok0 and sent0 to the end. */
static void check_invariants(const annals_doc *doc, const char *s, size_t len, int where,
                             size_t tok0, size_t sent0) {
    check_range(doc, s, len, where, tok0, doc->tokens.n, sent0, doc->sentences.n);
}

typedef struct {
    an_text_res res;
    annals_doc *doc;
    const char *s;
    size_t len;
} fixture;

static void setup(fixture *f) {
    CHECK_INT(an_text_res_load(&f->res), 0);
    f->doc = an_doc_create(NULL);
    CHECK(f->doc != NULL);
}

static void teardown(fixture *f) {
    annals_doc_free(f->doc);
    an_text_res_free(&f->res);
}

/* Segments s[0..len) into a fresh document (checking the invariants). */
static void run_len(fixture *f, const char *s, size_t len) {
    setup(f);
    f->s = s;
    f->len = len;
    CHECK_INT(an_segment(&f->res, f->doc, s, len, AN_WHERE_TEXT), 0);
    check_invariants(f->doc, s, len, AN_WHERE_TEXT, 0, 0);
}

static void run(fixture *f, const char *s) { run_len(f, s, strlen(s)); }

/* Tokens separated by one space. */
static const char *tokens_of(fixture *f, an_buf *b) {
    an_buf_clear(b);
    for (size_t k = 0; k < f->doc->tokens.n; k++) {
        const an_token *t = &f->doc->tokens.v[k];
        if (k) an_buf_putc(b, ' ');
        an_buf_append(b, f->s + t->start, t->end - t->start);
    }
    return an_buf_cstr(b);
}

/* Sentences as they stand in the text, separated by " | ". */
static const char *sentences_of(fixture *f, an_buf *b) {
    an_buf_clear(b);
    for (size_t k = 0; k < f->doc->sentences.n; k++) {
        const an_sentence *st = &f->doc->sentences.v[k];
        if (k) an_buf_puts(b, " | ");
        an_buf_append(b, f->s + st->start, st->end - st->start);
    }
    return an_buf_cstr(b);
}

/* The first token whose text is `text`, or NULL. */
static const an_token *find_token(const fixture *f, const char *text) {
    size_t n = strlen(text);
    for (size_t k = 0; k < f->doc->tokens.n; k++) {
        const an_token *t = &f->doc->tokens.v[k];
        if (t->end - t->start == n && memcmp(f->s + t->start, text, n) == 0) return t;
    }
    return NULL;
}

typedef struct {
    const char *in, *want;
} case_io;

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void check_tokens(const case_io *cases, size_t n) {
    an_buf b;
    an_buf_init(&b);
    for (size_t k = 0; k < n; k++) {
        fixture f;
        run(&f, cases[k].in);
        CHECK_STR(tokens_of(&f, &b), cases[k].want);
        teardown(&f);
    }
    an_buf_free(&b);
}

static void check_sentences(const case_io *cases, size_t n) {
    an_buf b;
    an_buf_init(&b);
    for (size_t k = 0; k < n; k++) {
        fixture f;
        run(&f, cases[k].in);
        CHECK_STR(sentences_of(&f, &b), cases[k].want);
        teardown(&f);
    }
    an_buf_free(&b);
}

/* ---- tokens ----------------------------------------------------------------------- */

TEST(test_segment_words) {
    static const case_io cases[] = {
        {"Ducks swim", "Ducks swim"},
        {"don't", "do n't"},
        {"Don't stop", "Do n't stop"},
        {"we can't", "we ca n't"},
        {"DON'T", "DO N'T"},
        {"n't", "n't"},
        {"Syria's army", "Syria 's army"},
        {"Syria\xE2\x80\x99s army", "Syria \xE2\x80\x99s army"},
        {"it's they're we'll I'd I'm you've", "it 's they 're we 'll I 'd I 'm you 've"},
        {"rock'n'roll", "rock'n'roll"},
        {"O'Brien's boat", "O'Brien 's boat"},
        {"C\xC3\xB4te d'Ivoire", "C\xC3\xB4te d'Ivoire"},
        {"the cats' bowls", "the cats ' bowls"},
        {"'s at the start", "' s at the start"},
        {"1990's", "1990 's"},
        {"Greco-Roman self-styled al-Assad", "Greco-Roman self-styled al-Assad"},
        {"pre- and post-war", "pre - and post-war"},
        {"-minded", "- minded"},
        {"a wall--tall", "a wall -- tall"},
        {"COVID-19 cases", "COVID-19 cases"},
        {"a non\xE2\x80\x91stop trip", "a non\xE2\x80\x91stop trip"}, /* U+2011 joins */
        {"1990\xE2\x80\x93" "2000", "1990 \xE2\x80\x93 2000"},            /* en dash does not */
        {"e\xCC\x81t\xC3\xA9 here", "e\xCC\x81t\xC3\xA9 here"},          /* combining accent */
        {"inter\xC2\xAD" "national", "inter\xC2\xAD" "national"},          /* soft hyphen */
        /* runs read eight bytes at a time end where the word does */
        {"Internationally,sanctioned;(stockholders)", "Internationally , sanctioned ; ( stockholders )"},
        {"abcdefgh.Ijklmnop", "abcdefgh . Ijklmnop"},
        {"abcdefghijklmnop'", "abcdefghijklmnop '"},
        {"administration's", "administration 's"},
        {"www.example.org", "www.example.org"},
        {"httpxxxxx://a", "httpxxxxx : / / a"},
        {"abcdefg7hijklmn", "abcdefg7hijklmn"},
        {"abcdefghijk\xE2\x80\x94xyz", "abcdefghijk \xE2\x80\x94 xyz"},
        {"longwordwithoutend", "longwordwithoutend"},
    };
    check_tokens(cases, COUNT(cases));
}

TEST(test_segment_numbers) {
    static const case_io cases[] = {
        {"1,000 and 1,000,000 and 3.5", "1,000 and 1,000,000 and 3.5"},
        {"at 10:43 in the 1990s", "at 10:43 in the 1990s"},
        {"25% of $5", "25 % of $ 5"},
        {"-5 degrees", "- 5 degrees"},
        {"on 2017-03-03 after 9/11", "on 2017-03-03 after 9/11"},
        {"In 2016, the", "In 2016 , the"},
        {"a 2,000-year-old wall", "a 2,000-year-old wall"},
        {"1,2 and 12345,678 and 1,0000", "1 , 2 and 12345 , 678 and 1 , 0000"},
        {"$1,250.75 or \xE2\x82\xAC" "3", "$ 1,250.75 or \xE2\x82\xAC 3"},
        {"version 2.0.1 of v2", "version 2.0.1 of v2"},
        {"in 2016.", "in 2016 ."},
        {"3\xC2\xBD cups", "3\xC2\xBD cups"},
        {"score 2:1, 24/7", "score 2:1 , 24/7"},
    };
    check_tokens(cases, COUNT(cases));
}

TEST(test_segment_urls) {
    static const case_io cases[] = {
        {"see http://example.com/a?b=1.", "see http://example.com/a?b=1 ."},
        {"(https://example.org/wiki/Foo_(bar))", "( https://example.org/wiki/Foo_(bar) )"},
        {"(www.example.com).", "( www.example.com ) ."},
        {"HTTPS://EXAMPLE.NET/x, then", "HTTPS://EXAMPLE.NET/x , then"},
        {"mail jane.doe@example.co.uk.", "mail jane.doe@example.co.uk ."},
        {"write to info+news@mail-host.example!", "write to info+news@mail-host.example !"},
        {"\"http://a.example/q\"", "\" http://a.example/q \""},
        {"not a mail: a@b or a@b.", "not a mail : a @ b or a @ b ."},
        {"http:// alone", "http : / / alone"},
        {"http://a.example/\xFFx", "http://a.example/ \xFF x"},
        {"www is a word", "www is a word"},
        {"@user #tag", "@ user # tag"},
        /* a dot after a word begins an address only before a character of one */
        {"mail j._doe@example.com now", "mail j._doe@example.com now"},
        {"mail odd.@example.com now", "mail odd.@example.com now"},
        {"it ended. Then jo.smith@example.org wrote.", "it ended . Then jo.smith@example.org wrote ."},
        {"It ended.\"", "It ended . \""},
    };
    check_tokens(cases, COUNT(cases));
}

TEST(test_segment_punctuation) {
    static const case_io cases[] = {
        {"Wait... what?! No -- never\xE2\x80\xA6", "Wait ... what ?! No -- never \xE2\x80\xA6"},
        {"\xE2\x80\x9CQuoted\xE2\x80\x9D \xC2\xAB" "angle\xC2\xBB \xE2\x80\x98one\xE2\x80\x99 \"two\" 'three'",
         "\xE2\x80\x9C Quoted \xE2\x80\x9D \xC2\xAB angle \xC2\xBB \xE2\x80\x98 one \xE2\x80\x99 \" two \" ' three '"},
        {"a\xE2\x80\x94" "b \xE2\x80\x93 c", "a \xE2\x80\x94 b \xE2\x80\x93 c"},
        {"[x] {y} (z)", "[ x ] { y } ( z )"},
        {"Yahoo! AT&T", "Yahoo ! AT & T"},
        {"one, two; three: four", "one , two ; three : four"},
        {"so.\xE2\x80\x9D", "so . \xE2\x80\x9D"},
        {"ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8!",
         "ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 !"},
        {"x/y \\ z_w", "x / y \\ z _ w"},
        /* ASCII punctuation by table: runs, mixed runs, a run at the end, a mark after one */
        {"a?? b!!! c?!? d.. e--- f,, g;; h-.-", "a ?? b !!! c ?!? d .. e --- f , , g ; ; h - . -"},
        {"no!?", "no !?"},
        {"x .\xCC\x81 y ,\xCC\x81", "x .\xCC\x81 y ,\xCC\x81"},
        {"so.\xE2\x80\xA6 and !\xE2\x80\x94", "so . \xE2\x80\xA6 and ! \xE2\x80\x94"},
    };
    check_tokens(cases, COUNT(cases));
}

typedef struct {
    const char *in, *token;
    int kind;
    unsigned flags;
} case_kind;

TEST(test_segment_kinds_and_flags) {
    enum { CAP = ANNALS_TOKEN_CAPITALIZED, ALL = ANNALS_TOKEN_ALLCAPS,
           DIG = ANNALS_TOKEN_HAS_DIGIT, HYP = ANNALS_TOKEN_HYPHENATED };
    static const case_kind cases[] = {
        {"a Greco-Roman urn", "Greco-Roman", ANNALS_TOKEN_WORD, CAP | HYP},
        {"a 2,000-year-old wall", "2,000-year-old", ANNALS_TOKEN_WORD, DIG | HYP},
        {"in the 1990s", "1990s", ANNALS_TOKEN_WORD, DIG},
        {"on 2017-03-03", "2017-03-03", ANNALS_TOKEN_NUMBER, DIG | HYP},
        {"after 9/11", "9/11", ANNALS_TOKEN_NUMBER, DIG},
        {"about 1,000", "1,000", ANNALS_TOKEN_NUMBER, DIG},
        {"by 25%", "25", ANNALS_TOKEN_NUMBER, DIG},
        {"by 25%", "%", ANNALS_TOKEN_SYMBOL, 0},
        {"for $5", "$", ANNALS_TOKEN_SYMBOL, 0},
        {"for \xE2\x82\xAC" "5", "\xE2\x82\xAC", ANNALS_TOKEN_SYMBOL, 0},
        {"NATO met", "NATO", ANNALS_TOKEN_WORD, CAP | ALL},
        {"so I left", "I", ANNALS_TOKEN_WORD, CAP},
        {"the iPhone", "iPhone", ANNALS_TOKEN_WORD, 0},
        {"COVID-19 cases", "COVID-19", ANNALS_TOKEN_WORD, CAP | ALL | DIG | HYP},
        {"the U.S. Army", "U.S.", ANNALS_TOKEN_ABBREV, CAP | ALL},
        {"stop, e.g. here", "e.g.", ANNALS_TOKEN_ABBREV, 0},
        {"Lt. Smith", "Lt.", ANNALS_TOKEN_ABBREV, CAP},
        {"see http://x.example/1", "http://x.example/1", ANNALS_TOKEN_URL, 0},
        {"mail a@example.com", "a@example.com", ANNALS_TOKEN_URL, 0},
        {"a \xE2\x80\x94 b", "\xE2\x80\x94", ANNALS_TOKEN_PUNCT, 0},
        {"so...", "...", ANNALS_TOKEN_PUNCT, 0},
        {"\xC2\xAB" "a", "\xC2\xAB", ANNALS_TOKEN_PUNCT, 0},
        {"Syria\xE2\x80\x99s", "\xE2\x80\x99s", ANNALS_TOKEN_WORD, 0},
        {"\xC3\x89mile", "\xC3\x89mile", ANNALS_TOKEN_WORD, CAP},
        {"\xC3\x89T\xC3\x89 here", "\xC3\x89T\xC3\x89", ANNALS_TOKEN_WORD, CAP | ALL},
        {"\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90", "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90",
         ANNALS_TOKEN_WORD, CAP | ALL}, /* МОСКВА */
        {"\xE5\x8C\x97\xE4\xBA\xAC", "\xE5\x8C\x97\xE4\xBA\xAC", ANNALS_TOKEN_WORD, 0}, /* caseless */
        {"\xD9\xA3\xD9\xA4", "\xD9\xA3\xD9\xA4", ANNALS_TOKEN_NUMBER, DIG}, /* Arabic-Indic digits */
        /* words read eight bytes at a time: lengths around 8, case, digits, the text's end */
        {"the Representatives (all)", "Representatives", ANNALS_TOKEN_WORD, CAP},
        {"REPRESENTATIVES voted", "REPRESENTATIVES", ANNALS_TOKEN_WORD, CAP | ALL},
        {"abcdefgh", "abcdefgh", ANNALS_TOKEN_WORD, 0},
        {"ABCDEFGh", "ABCDEFGh", ANNALS_TOKEN_WORD, CAP},
        {"ABCDEFGHi!", "ABCDEFGHi", ANNALS_TOKEN_WORD, CAP},
        {"x abcdefgHIJKLMNOP", "abcdefgHIJKLMNOP", ANNALS_TOKEN_WORD, 0},
        {"model abcdefg1 here", "abcdefg1", ANNALS_TOKEN_WORD, DIG},
        {"model 12345678901 here", "12345678901", ANNALS_TOKEN_NUMBER, DIG},
        {"model ABCDEFGHIJ2024 here", "ABCDEFGHIJ2024", ANNALS_TOKEN_WORD, CAP | ALL | DIG},
        {"Zurich\xC3\xA9 here", "Zurich\xC3\xA9", ANNALS_TOKEN_WORD, CAP},
        {"ZZZZZZZZ\xC3\x89 here", "ZZZZZZZZ\xC3\x89", ANNALS_TOKEN_WORD, CAP | ALL},
        {"[Abcdefghij] x", "Abcdefghij", ANNALS_TOKEN_WORD, CAP},
        {"I", "I", ANNALS_TOKEN_WORD, CAP},
        {"Xy", "Xy", ANNALS_TOKEN_WORD, CAP},
        {"XY", "XY", ANNALS_TOKEN_WORD, CAP | ALL},
        /* a plain word's own scan: eight bytes, then the last few one at a time */
        {"end ab1", "ab1", ANNALS_TOKEN_WORD, DIG},
        {"in the end ABCDEFGHIJK", "ABCDEFGHIJK", ANNALS_TOKEN_WORD, CAP | ALL},
        {"in the end ABCDEFGHIJk", "ABCDEFGHIJk", ANNALS_TOKEN_WORD, CAP},
        {"in the end abcdefghIJ", "abcdefghIJ", ANNALS_TOKEN_WORD, 0},
        {"@Zzz`a", "Zzz", ANNALS_TOKEN_WORD, CAP},
        /* 16 bytes at once when as many are left: runs of 15, 16 and 17, a digit or a lower
         * case letter last, the bytes around the ranges of letters and digits after it */
        {"ABCDEFGHIJKLMNO and more words", "ABCDEFGHIJKLMNO", ANNALS_TOKEN_WORD, CAP | ALL},
        {"ABCDEFGHIJKLMNo and more words", "ABCDEFGHIJKLMNo", ANNALS_TOKEN_WORD, CAP},
        {"ABCDEFGHIJKLMN7 and more words", "ABCDEFGHIJKLMN7", ANNALS_TOKEN_WORD, CAP | ALL | DIG},
        {"ABCDEFGHIJKLMNOP and more words", "ABCDEFGHIJKLMNOP", ANNALS_TOKEN_WORD, CAP | ALL},
        {"ABCDEFGHIJKLMNOPq and more words", "ABCDEFGHIJKLMNOPq", ANNALS_TOKEN_WORD, CAP},
        {"abcdefghijklmnopqrstuvwxyz0123456789 more words", "abcdefghijklmnopqrstuvwxyz0123456789",
         ANNALS_TOKEN_WORD, DIG},
        {"Az@ and more words here", "Az", ANNALS_TOKEN_WORD, CAP},
        {"Az[ and more words here", "Az", ANNALS_TOKEN_WORD, CAP},
        {"Az{ and more words here", "Az", ANNALS_TOKEN_WORD, CAP},
        {"Az/ and more words here", "Az", ANNALS_TOKEN_WORD, CAP},
        {"Az\x7f and more words here", "Az", ANNALS_TOKEN_WORD, CAP},
        {"Az\xC3\xA9 and more words here", "Az\xC3\xA9", ANNALS_TOKEN_WORD, CAP},
        {"AZ\xC2\xA0" "and more words here", "AZ", ANNALS_TOKEN_WORD, CAP | ALL},
        {"Z9: and more words here", "Z9", ANNALS_TOKEN_WORD, CAP | DIG},
        /* the runs of words that are not plain and of numbers, 16 bytes at once too */
        {"call 123456789012345 now please", "123456789012345", ANNALS_TOKEN_NUMBER, DIG},
        {"call 1234567890123456 now please", "1234567890123456", ANNALS_TOKEN_NUMBER, DIG},
        {"call 12345678901234567. Now please", "12345678901234567", ANNALS_TOKEN_NUMBER, DIG},
        {"the A380s' wings and more words", "A380s", ANNALS_TOKEN_WORD, CAP | DIG},
        {"in 2017. And more words here", "2017", ANNALS_TOKEN_NUMBER, DIG},
        {"rose 3.5 points and more words", "3.5", ANNALS_TOKEN_NUMBER, DIG},
        {"ABCDEFGHIJKLMNO. And more words", "ABCDEFGHIJKLMNO", ANNALS_TOKEN_WORD, CAP | ALL},
        {"ABCDEFGHIJKLMNOPQRSTUVWXYz. And more", "ABCDEFGHIJKLMNOPQRSTUVWXYz", ANNALS_TOKEN_WORD, CAP},
        {"abc9defghijklm-xyz and more words", "abc9defghijklm-xyz", ANNALS_TOKEN_WORD, DIG | HYP},
    };
    for (size_t k = 0; k < COUNT(cases); k++) {
        fixture f;
        run(&f, cases[k].in);
        const an_token *t = find_token(&f, cases[k].token);
        if (!t) {
            an_check_fail(__FILE__, __LINE__, "no token \"%s\" in \"%s\"", cases[k].token, cases[k].in);
        } else {
            CHECK_INT(t->kind, cases[k].kind);
            CHECK_INT(t->flags & ~(unsigned)ANNALS_TOKEN_SENT_START, cases[k].flags);
        }
        teardown(&f);
    }
}

/* ---- abbreviations ---------------------------------------------------------------- */

TEST(test_segment_abbreviation_tokens) {
    static const case_io cases[] = {
        {"Lt. Gen. Ivo Marsh came", "Lt. Gen. Ivo Marsh came"},
        {"in the U.S. and U.K.", "in the U.S. and U.K."},
        {"e.g. this, i.e. that, etc. and so on", "e.g. this , i.e. that , etc. and so on"},
        {"at 9 a.m. or 5 p.m.", "at 9 a.m. or 5 p.m."},
        {"a U.N.E.S.C.O. site", "a U.N.E.S.C.O. site"},
        {"Acme S.A. grew", "Acme S.A. grew"},
        {"a Ph.D. student", "a Ph.D. student"},
        {"George W. Bush spoke", "George W. Bush spoke"},
        {"J. R. R. Tolkien wrote", "J. R. R. Tolkien wrote"},
        {"He lives at No. 10 now", "He lives at No. 10 now"},
        {"No.7 won", "No. 7 won"},
        {"The answer was no.", "The answer was no ."},
        {"He said No. Then", "He said No . Then"},
        {"see Fig. 3 and p. 5 and pp. 6", "see Fig. 3 and p. 5 and pp. 6"},
        {"look at Fig. The", "look at Fig . The"},
        {"costs approx. five", "costs approx. five"},
        {"ACME INC. SAID", "ACME INC. SAID"},          /* capitals match common entries */
        {"E.G. THIS", "E.G. THIS"},
        {"he was ill. So", "he was ill . So"},         /* lower case matches exactly only */
        {"a GEN. SMITH", "a GEN . SMITH"},             /* only common entries fold */
        {"Lt.Gen. Marsh", "Lt. Gen. Marsh"},
        {"the U.S.-led push", "the U.S. - led push"},
        {"the U.S.'s role", "the U.S. 's role"},
        {"Sen. Ann Roe, R-Ariz., and Rep. Al Poe, D-N.Y., voted", "Sen. Ann Roe , R-Ariz. , and Rep. Al Poe , D-N.Y. , voted"},
        {"anti-U.S. views", "anti-U.S. views"},
        {"Rep. Al Poe, D-W. Va., said", "Rep. Al Poe , D-W. Va. , said"}, /* a party's letter */
        {"the X-Y. Then", "the X-Y . Then"},
        {"Jean-Luc S. Picard", "Jean-Luc S. Picard"},
        {"the al-Assad. Then", "the al-Assad . Then"},
        {"Plan B. The end", "Plan B . The end"},       /* not an initial before a starter */
        {"in Washington, D.C., and W.Va.", "in Washington , D.C. , and W.Va."},
        {"Smith et al. found", "Smith et al. found"},
        {"on Jan. 5, 2020", "on Jan. 5 , 2020"},
        {"Springfield, Ill. (AP)", "Springfield , Ill. ( AP )"},
        {"Hello. World", "Hello . World"},
        {"the end.", "the end ."},
    };
    check_tokens(cases, COUNT(cases));
}

TEST(test_segment_abbreviation_sentences) {
    static const case_io cases[] = {
        {"Lt. Gen. Ivo Marsh arrived. He spoke.", "Lt. Gen. Ivo Marsh arrived. | He spoke."},
        {"She met Dr. Abel. Mr. Cole left.", "She met Dr. Abel. | Mr. Cole left."},
        {"It was born on Jan. 5 in Ohio.", "It was born on Jan. 5 in Ohio."},
        {"They met in Oct. The rain came.", "They met in Oct. | The rain came."},
        {"George W. Bush spoke.", "George W. Bush spoke."},
        {"It happened in the U.S. The next day it rained.",
         "It happened in the U.S. | The next day it rained."},
        {"The U.S. Army left.", "The U.S. Army left."},
        {"We went to the U.S. \"It was fun,\" he said.",
         "We went to the U.S. | \"It was fun,\" he said."},
        {"It costs approx. five dollars.", "It costs approx. five dollars."},
        {"Members of U.N.E.S.C.O. met. They agreed.", "Members of U.N.E.S.C.O. met. | They agreed."},
        {"It was 10 p.m. Friday when we left.", "It was 10 p.m. Friday when we left."},
        {"It ended at 10 p.m. The crowd left.", "It ended at 10 p.m. | The crowd left."},
        {"Shares of Acme Inc. fell. It was bad.", "Shares of Acme Inc. fell. | It was bad."},
        {"The answer was no. Then we left.", "The answer was no. | Then we left."},
        {"He lives at No. 10 Elm Row.", "He lives at No. 10 Elm Row."},
        {"Plan B. The end.", "Plan B. | The end."},
        {"Malcolm X. He spoke.", "Malcolm X. | He spoke."},
        {"Police in Washington, D.C. Metro said so.", "Police in Washington, D.C. Metro said so."},
        {"Smith et al. The study says so.", "Smith et al. | The study says so."},
        {"It was ill. Then it rested.", "It was ill. | Then it rested."},
        {"They moved to the U.S.", "They moved to the U.S."},
        {"said Ann Roe, R-Ariz. \"It is good.\"", "said Ann Roe, R-Ariz. | \"It is good.\""},
        {"Rep. Al Poe, D-W. Va., chairs it.", "Rep. Al Poe, D-W. Va., chairs it."},
        {"It reached 120 mph. More rain came.", "It reached 120 mph. | More rain came."},
        {"THEY LEFT THE U.S. THE END", "THEY LEFT THE U.S. | THE END"},
    };
    check_sentences(cases, COUNT(cases));
}

/* ---- sentences -------------------------------------------------------------------- */

TEST(test_segment_sentence_ends) {
    static const case_io cases[] = {
        {"Hello world", "Hello world"},
        {"He left. She stayed.", "He left. | She stayed."},
        {"He left! She stayed? Yes.", "He left! | She stayed? | Yes."},
        {"He asked why?! Nobody knew.", "He asked why?! | Nobody knew."},
        {"Wait\xE2\x80\xA6 What now?", "Wait\xE2\x80\xA6 | What now?"},
        {"He paused... and went on.", "He paused... and went on."},
        {"He paused... Then he went on.", "He paused... | Then he went on."},
        {"It rose 3.5 percent. 2017 was worse.", "It rose 3.5 percent. | 2017 was worse."},
        {"He left. \"We stay,\" she said.", "He left. | \"We stay,\" she said."},
        {"He left. (Not for long.)", "He left. | (Not for long.)"},
        {"He said \"Stop.\" Then he left.", "He said \"Stop.\" | Then he left."},
        {"(He left.) Then", "(He left.) | Then"},
        {"He said \xE2\x80\x9CStop.\xE2\x80\x9D Then he left.",
         "He said \xE2\x80\x9CStop.\xE2\x80\x9D | Then he left."},
        {"\"Why?\" he asked.", "\"Why?\" he asked."},
        {"'Why?' he asked.", "'Why?' he asked."},
        {"\xE2\x80\x9CNo!\xE2\x80\x9D she shouted.", "\xE2\x80\x9CNo!\xE2\x80\x9D she shouted."},
        {"He left. she stayed.", "He left. she stayed."},
        {"He left.She stayed.", "He left.She stayed."},
        {"It rose to 3.5. Then it fell.", "It rose to 3.5. | Then it fell."},
        {"See www.example.com. It works.", "See www.example.com. | It works."},
        {"no terminal punctuation at all", "no terminal punctuation at all"},
        {"One. Two. Three.", "One. | Two. | Three."},
        {"  Padded.  Text.  ", "Padded. | Text."},
        {"\xD0\x9E\xD0\xBD \xD1\x83\xD1\x88\xD1\x91\xD0\xBB. \xD0\x9E\xD0\xBD\xD0\xB0 \xD1\x82\xD1\x83\xD1\x82.",
         "\xD0\x9E\xD0\xBD \xD1\x83\xD1\x88\xD1\x91\xD0\xBB. | \xD0\x9E\xD0\xBD\xD0\xB0 \xD1\x82\xD1\x83\xD1\x82."},
        {"\xC3\x89lan vital. \xC3\x89tait-il l\xC3\xA0?", "\xC3\x89lan vital. | \xC3\x89tait-il l\xC3\xA0?"},
        {"\xD9\x82\xD8\xA7\xD9\x84. \xD8\xAB\xD9\x85", "\xD9\x82\xD8\xA7\xD9\x84. | \xD8\xAB\xD9\x85"},
        /* 东京很大。「好！」他说。 : CJK stops need no space; closing brackets stay */
        {"\xE4\xB8\x9C\xE4\xBA\xAC\xE5\xBE\x88\xE5\xA4\xA7\xE3\x80\x82\xE3\x80\x8C\xE5\xA5\xBD\xEF\xBC\x81\xE3\x80\x8D\xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82",
         "\xE4\xB8\x9C\xE4\xBA\xAC\xE5\xBE\x88\xE5\xA4\xA7\xE3\x80\x82 | \xE3\x80\x8C\xE5\xA5\xBD\xEF\xBC\x81\xE3\x80\x8D | \xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82"},
    };
    check_sentences(cases, COUNT(cases));
}

TEST(test_segment_line_breaks) {
    static const case_io cases[] = {
        {"first part without a stop\n\nsecond part", "first part without a stop | second part"},
        {"one\n \t \nlower case after a blank line", "one | lower case after a blank line"},
        {"Ends with Gen.\n\nSmith came", "Ends with Gen. | Smith came"},
        {"Storm hits the coast\nThe storm hit the coast on Monday.",
         "Storm hits the coast | The storm hit the coast on Monday."},
        {"Storm hits the coast\n2017 was a bad year.", "Storm hits the coast | 2017 was a bad year."},
        {"this line is long and it goes on with more than twelve words in it and\nThen more.",
         "this line is long and it goes on with more than twelve words in it and\nThen more."},
        {"Dear Ann,\nThank you.", "Dear Ann,\nThank you."},
        {"a short line\nlower case goes on", "a short line\nlower case goes on"},
        {"He left.\nshe stayed", "He left.\nshe stayed"},
        {"He left.\nShe stayed", "He left. | She stayed"},
        {"Title\r\nBody text here.", "Title | Body text here."},
        {"Part one\r\n\r\npart two", "Part one | part two"},
        {"Part one\xE2\x80\xA9part two", "Part one | part two"}, /* U+2029 */
        {"Lt. Gen.\nSmith came", "Lt. Gen.\nSmith came"},
        {"The team won in the U.S.\nOfficials said so.",
         "The team won in the U.S. | Officials said so."},
        {"\n\n\nLeading blank lines\n\n\n", "Leading blank lines"},
        /* a space, then white space: not the one-space gap */
        {"A title \nThe text.", "A title | The text."},
        {"A title \n\nthe text.", "A title | the text."},
        {"A title \r\nThe text.", "A title | The text."},
        {"A title \xE2\x80\xA9the text.", "A title | the text."},
        {"A title \xC2\xA0\nThe text.", "A title | The text."},
        {"The end. \x7f Next", "The end. \x7f Next"},
        {"The end. ~ Next", "The end. ~ Next"},
    };
    check_sentences(cases, COUNT(cases));
}

/* ---- edges ------------------------------------------------------------------------ */

TEST(test_segment_empty_and_blank) {
    static const char *const blanks[] = {
        "", " ", "\n\n\n", " \t\r\n\v\f ", "\xC2\xA0\xE2\x80\x83\xE3\x80\x80", /* NBSP, em, ideographic */
        "\xE2\x80\xA8\xE2\x80\xA9\xEF\xBB\xBF", /* LS, PS, BOM */
    };
    for (size_t k = 0; k < COUNT(blanks); k++) {
        fixture f;
        run(&f, blanks[k]);
        CHECK_INT(f.doc->tokens.n, 0);
        CHECK_INT(f.doc->sentences.n, 0);
        teardown(&f);
    }
    fixture f;
    setup(&f);
    CHECK_INT(an_segment(&f.res, f.doc, NULL, 0, AN_WHERE_TEXT), 0);
    CHECK_INT(f.doc->tokens.n, 0);
    CHECK_INT(an_segment(&f.res, f.doc, NULL, 3, AN_WHERE_TEXT), -1);
    CHECK_INT(an_segment(NULL, f.doc, "a", 1, AN_WHERE_TEXT), -1);
    teardown(&f);

    run(&f, ".");
    CHECK_INT(f.doc->tokens.n, 1);
    CHECK_INT(f.doc->sentences.n, 1);
    CHECK_INT(f.doc->tokens.v[0].kind, ANNALS_TOKEN_PUNCT);
    CHECK_INT(f.doc->tokens.v[0].flags, ANNALS_TOKEN_SENT_START);
    teardown(&f);
}

TEST(test_segment_byte_offsets) {
    fixture f;
    /* É is two bytes, à two, the em dash three: offsets are bytes */
    run(&f, "  \xC3\x89mile est l\xC3\xA0 \xE2\x80\x94 ok.\n");
    static const size_t want[][2] = {{2, 8}, {9, 12}, {13, 16}, {17, 20}, {21, 23}, {23, 24}};
    CHECK_INT(f.doc->tokens.n, COUNT(want));
    for (size_t k = 0; k < COUNT(want) && k < f.doc->tokens.n; k++) {
        CHECK_INT(f.doc->tokens.v[k].start, want[k][0]);
        CHECK_INT(f.doc->tokens.v[k].end, want[k][1]);
    }
    CHECK_INT(f.doc->sentences.n, 1);
    CHECK_INT(f.doc->sentences.v[0].start, 2);
    CHECK_INT(f.doc->sentences.v[0].end, 24);
    teardown(&f);
}

TEST(test_segment_invalid_and_truncated) {
    /* invalid bytes are symbols of their own; a sequence cut by len is not read past */
    fixture f;
    run(&f, "ab\xFF" "cd \xC3\x28 x\xE2\x82");
    an_buf b;
    an_buf_init(&b);
    CHECK_STR(tokens_of(&f, &b), "ab \xFF cd \xC3 ( x \xE2\x82");
    CHECK_INT(f.doc->tokens.v[1].kind, ANNALS_TOKEN_SYMBOL);
    teardown(&f);
    /* inputs that end right where a rule looks ahead, in buffers of exactly their size */
    static const char *const tails[] = {
        "U.S.", "No.", "W.", "e.g", "http://x.y", "www.x", "a@b.c", "a@", "don'", "don'", "it'",
        "1,00", "1,", "3.", "10:", "rock'", "\xE2\x80\xA6", "Jan.", "Lt.", "\xC3", "a\xE2\x80",
        "\xF0\x9F\x91\x8D\xE2\x80\x8D", "\xF0\x9F\x87\xBA", "a.b", "x-", "\"Why?\"", "A.", "n't",
    };
    for (size_t k = 0; k < COUNT(tails); k++) {
        size_t n = strlen(tails[k]);
        char *exact = malloc(n ? n : 1);
        CHECK(exact != NULL);
        memcpy(exact, tails[k], n);
        run_len(&f, exact, n);
        CHECK(f.doc->tokens.n > 0);
        teardown(&f);
        free(exact);
    }
    an_buf_free(&b);
}

TEST(test_segment_where_and_appending) {
    fixture f;
    setup(&f);
    const char *a = "One two. Three.", *c = "A caption. Two.";
    CHECK_INT(an_segment(&f.res, f.doc, a, strlen(a), AN_WHERE_TEXT), 0);
    size_t t0 = f.doc->tokens.n, s0 = f.doc->sentences.n;
    CHECK_INT(t0, 5);
    CHECK_INT(s0, 2);
    CHECK_INT(an_segment(&f.res, f.doc, c, strlen(c), 4), 0);
    check_invariants(f.doc, c, strlen(c), 4, t0, s0);
    CHECK_INT(f.doc->sentences.n, 4);
    CHECK_INT(f.doc->sentences.v[2].tok_first, t0);
    CHECK_INT(f.doc->sentences.v[2].start, 0); /* offsets into the caption */
    CHECK_INT(f.doc->tokens.v[t0].where, 4);
    CHECK(f.doc->tokens.v[t0].flags & ANNALS_TOKEN_SENT_START);
    teardown(&f);
}

static int add_caption(annals_doc *doc, const char *text) {
    an_caption *c = AN_PUSH(doc, captions);
    if (!c) return -1;
    c->len = strlen(text);
    c->text = an_arena_strndup(&doc->arena, text, c->len);
    return c->text ? 0 : -1;
}

TEST(test_segment_doc_text_and_captions) {
    fixture f;
    setup(&f);
    const char *text = "Rain fell. It stopped.\n\nThe end";
    CHECK_INT(an_doc_set_field(f.doc, ANNALS_FIELD_TEXT, text, strlen(text)), 0);
    CHECK_INT(add_caption(f.doc, "A wet street."), 0);
    CHECK_INT(add_caption(f.doc, ""), 0);
    CHECK_INT(add_caption(f.doc, "Umbrellas, Monday"), 0);
    for (int round = 0; round < 2; round++) { /* a second run replaces the first */
        CHECK_INT(an_segment_doc(&f.res, f.doc), 0);
        CHECK_INT(f.doc->sentences.n, 5);
        CHECK_INT(f.doc->tokens.n, 15);
    }
    check_range(f.doc, text, strlen(text), AN_WHERE_TEXT, 0, 8, 0, 3);
    CHECK_INT(f.doc->sentences.v[3].where, 0);
    CHECK_INT(f.doc->sentences.v[4].where, 2);
    CHECK_INT(f.doc->sentences.v[4].start, 0);
    CHECK_INT(f.doc->sentences.v[4].end, strlen("Umbrellas, Monday"));
    teardown(&f);

    setup(&f); /* no text at all */
    CHECK_INT(an_segment_doc(&f.res, f.doc), 0);
    CHECK_INT(f.doc->tokens.n, 0);
    teardown(&f);
}

/* Repeats `unit` to n bytes or a little more. */
static char *repeat(const char *unit, size_t n, size_t *len) {
    size_t u = strlen(unit), count = n / u + 1;
    char *s = malloc(u * count + 1);
    if (!s) return NULL;
    for (size_t k = 0; k < count; k++) memcpy(s + k * u, unit, u);
    s[u * count] = '\0';
    *len = u * count;
    return s;
}

/* an_segment_doc sizes its arrays from the text's length: a text denser in tokens and
 * sentences than news ("Go. " is two tokens and a sentence in four bytes) grows them. */
TEST(test_segment_doc_denser_than_news) {
    size_t len;
    char *text = repeat("Go. ", 40000, &len);
    CHECK(text != NULL);
    fixture f;
    setup(&f);
    CHECK_INT(an_doc_set_field(f.doc, ANNALS_FIELD_TEXT, text, len - 1), 0); /* no final space */
    for (int round = 0; round < 2; round++) {
        CHECK_INT(an_segment_doc(&f.res, f.doc), 0);
        CHECK_INT(f.doc->tokens.n, len / 2);
        CHECK_INT(f.doc->sentences.n, len / 4);
        CHECK_INT(f.doc->sentences.v[len / 4 - 1].tok_first, len / 2 - 2);
        CHECK_INT(f.doc->tokens.v[len / 2 - 1].end, len - 1);
    }
    teardown(&f);
    free(text);
}

TEST(test_segment_long_tokens) {
    static const struct {
        const char *unit;
        size_t tokens; /* expected count; 0 for "any" */
    } cases[] = {
        {"a", 1}, {".", 1}, {"-", 1}, {"!?", 1}, {"7", 1}, {"\xC3\xA9", 1},
        {"ab-", 0}, {",000", 0}, {"a.", 0}, {"ab.", 0}, {"x@", 0}, {"'", 0}, {"a'", 0},
        {"\xE2\x80\xA6", 1}, {"U.S. ", 0}, {"(", 0}, {"\xF0\x9F\x91\x8D\xE2\x80\x8D", 2}, /* the last ZWJ joins nothing */
    };
    for (size_t k = 0; k < COUNT(cases); k++) {
        size_t len;
        char *s = repeat(cases[k].unit, 200000, &len);
        CHECK(s != NULL);
        fixture f;
        run_len(&f, s, len);
        if (cases[k].tokens) CHECK_INT(f.doc->tokens.n, cases[k].tokens);
        teardown(&f);
        free(s);
    }
    size_t len;
    char *url = repeat("x", 100000, &len);
    memcpy(url, "http://", 7);
    fixture f;
    run_len(&f, url, len);
    CHECK_INT(f.doc->tokens.n, 1);
    CHECK_INT(f.doc->tokens.v[0].kind, ANNALS_TOKEN_URL);
    teardown(&f);
    free(url);
}

/* A text of n pieces drawn at random (seed advanced), at most cap bytes, in a buffer of
 * its exact length so that ASan sees any read past its end; *len gets its length. */
static char *random_text(uint64_t *seed, const char *const *pieces, size_t npieces, int n,
                         size_t cap, size_t *len) {
    char *buf = malloc(cap ? cap : 1);
    CHECK(buf != NULL);
    size_t l = 0;
    for (int k = 0; k < n; k++) {
        *seed = *seed * 6364136223846793005ull + 1442695040888963407ull;
        const char *p = pieces[(*seed >> 33) % npieces];
        size_t pl = strlen(p);
        if (l + pl >= cap) break;
        memcpy(buf + l, p, pl);
        l += pl;
    }
    char *exact = malloc(l ? l : 1);
    CHECK(exact != NULL);
    memcpy(exact, buf, l);
    free(buf);
    *len = l;
    return exact;
}

/* Random texts built from pieces that exercise the rules, checked against the invariants
 * only (a fixed seed keeps runs reproducible). */
TEST(test_segment_random_invariants) {
    static const char *const pieces[] = {
        "a", "The", "U.S.", "No.", " ", " ", "\n", "\n\n", ".", "!", "?", "...", "'", "\"",
        "\xE2\x80\x99", "-", "--", ",", "1", "000", ":", "/", "@", "http://", "www.", "(", ")",
        "\xC3\x89", "\xCC\x81", "\xE2\x80\xA6", "\xE2\x80\x94", "\xC2\xA0", "\xFF", "\xE2\x80",
        "s", "n't", "W", "Jan", "e.g.", "%", "$", "\xF0\x9F\x91\x8D", "\xE2\x80\x8D", "\xC2\xAD",
        "\r", "\t", "Gen.", "x", "3.5", "\xE2\x80\xA9", "a.b.", "\xD0\x9E",
    };
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    for (int round = 0; round < 3000; round++) {
        size_t len;
        int n = 1 + (int)(seed % 40);
        char *exact = random_text(&seed, pieces, COUNT(pieces), n, 512, &len);
        fixture f;
        run_len(&f, exact, len);
        teardown(&f);
        free(exact);
    }
}

/* The fast path (plain words, clitics, full stops and one-byte tokens, the state in locals)
 * gives what the general scanner gives: every token's span, kind and flags and every
 * sentence, on random texts of pieces at its edges (words of 1 to 20 letters, the bytes
 * after a word it must refuse, blank lines, sentence ends, abbreviations, the text's end
 * inside its window of 64 bytes). */
TEST(test_segment_fast_path_same) {
    static const char *const pieces[] = {
        " ", " ", " ", "  ", "\n", "\t", "a", "I", "the", "Ducks", "NATO", "iPhone", "AT",
        "abcdefghijklmno", "abcdefghijklmnop", "Abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQRST",
        ",", ";", ":", "(", ")", "[", "]", "{", "}", "\"", "'", "'s", "$", "%", "#", "&", "*",
        "+", "/", "\\", "<", "=", ">", "@", "^", "_", "`", "|", "~", ".", "!", "?", "-", "...",
        "7", "2016", "3.5", "U.S.", "Mr.", "e.g.", "W.", "www", "http://a.example", "\xC3\xA9",
        "\xE2\x80\x94", "\xE2\x80\x99", "\xCC\x81", "\xC2\xA0", "\xFF", "x@example.com",
        "\r\n", "Jan", "n't", "\xC2\xAD", "Zoo", "ZZ", "z", "\n\n", "\n\n\n", ". ", ".\n",
        "''", "'S", "s.", "1,000", "1990s", "12, ", "2016. ",
        /* hyphenated words, numbers with separators, "n't" */
        "-", "--", "well-known", "A-B", "x-2", "R-Ariz.", "Mid-", "-x", "don't", "DON'T", "N't",
        "can't", "n'T", "'t", "didn't.", "1,0000", "12,345,678", "1,00", "123,4567", "10:43",
        "9/11", "3.", "5.50.", "93%", "%x", "%@", "0.", ":", "/", "1.\xD9\xA3", "1,\xD9\xA3",
        "1,000\xD9\xA3", "e-mail", "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r", "1234567890123456789",
        /* abbreviations of each class, and the words after them */
        "Inc.", "INC.", "inc.", "Ill.", "ill.", "Jan.", "Gen.", "No.", "Calif.,", "p.", "Inc. The",
        "Gen. The", "Mr. \"The", "Jan. The", "Jan. 5", "Inc.\" The", "Corp.) He",
        "U.S.", "N.Y.,", "u.s.", "U.S.A", "U.S.A.", "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.", "e.\xC3\xA9.",
        "U.N. The", "N.", "X.Y", "A.b.",
        "said.\" He", "end.'' The", "it.) Then", "up.]", "no.\"", "A.\" B", "Inc.\"", "so.\"\n\nX",
        "so.\"\nX", "us.'s", "ok.)\xC3\x89",
        /* terms the general path leaves pending when the fast path takes over */
        "U.S. The", "U.S. the", "U.S. \"The", "e.g. The", "...\" He", "?! The", "3.5. The", "Ph.D. He",
        "St. Louis", "W. Bush", "\xE3\x80\x82The", "\xE3\x80\x82, ", "\xE3\x80\x82 the", "The", "However", "\"But", "(In", "\xC3\x89", "\xD9\xA3",
    };
    uint64_t seed = 0x2545F4914F6CDD1Dull;
    an_text_res slow;
    CHECK_INT(an_text_res_load(&slow), 0);
    slow.no_fast = 1;
    for (int round = 0; round < 8000; round++) {
        size_t len;
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        int n = 1 + (int)((seed >> 40) % 120);
        char *exact = random_text(&seed, pieces, COUNT(pieces), n, 600, &len);
        fixture f;
        run_len(&f, exact, len);
        annals_doc *d = an_doc_create(NULL);
        CHECK(d != NULL);
        CHECK_INT(an_segment(&slow, d, exact, len, AN_WHERE_TEXT), 0);
        int same = d->tokens.n == f.doc->tokens.n && d->sentences.n == f.doc->sentences.n;
        for (size_t k = 0; same && k < d->tokens.n; k++) {
            const an_token *a = &d->tokens.v[k], *b = &f.doc->tokens.v[k];
            same = a->start == b->start && a->end == b->end && a->where == b->where &&
                   a->kind == b->kind && a->flags == b->flags;
        }
        for (size_t k = 0; same && k < d->sentences.n; k++) {
            const an_sentence *a = &d->sentences.v[k], *b = &f.doc->sentences.v[k];
            same = a->start == b->start && a->end == b->end && a->tok_first == b->tok_first &&
                   a->tok_count == b->tok_count && a->where == b->where;
        }
        if (!same) an_check_fail(__FILE__, __LINE__, "fast path differs on \"%.*s\"", (int)len, exact);
        annals_doc_free(d);
        teardown(&f);
        free(exact);
    }
    an_text_res_free(&slow);
}

/* The fast path makes room for a window's tokens when it loads one: from a token array of
 * every capacity up to past a window's worth, full or nearly, the tokens are the general
 * path's. */
TEST(test_segment_fast_path_room) {
    const char *text = "Alpha beta gamma delta, epsilon's zeta. Eta theta iota kappa lambda mu nu xi "
                       "omicron pi rho sigma tau upsilon phi chi psi omega one two three four five "
                       "six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                       "seventeen eighteen nineteen twenty. A b c d e f g h i j k l m n o p q r s. "
                       "It didn't rain in the U.S. on 9/11, said Gen. Smith. The end of 1,000 words.";
    size_t len = strlen(text);
    an_text_res fast, slow;
    CHECK_INT(an_text_res_load(&fast), 0);
    CHECK_INT(an_text_res_load(&slow), 0);
    slow.no_fast = 1;
    annals_doc *ref = an_doc_create(NULL);
    CHECK(ref != NULL);
    CHECK_INT(an_segment(&slow, ref, text, len, AN_WHERE_TEXT), 0);
    CHECK(ref->tokens.n > 80);
    for (size_t cap = 1; cap <= 80; cap++) {
        annals_doc *d = an_doc_create(NULL);
        CHECK(d != NULL);
        d->tokens.v = an_arena_alloc(&d->arena, cap * sizeof *d->tokens.v);
        CHECK(d->tokens.v != NULL);
        d->tokens.cap = cap, d->tokens.n = 0;
        CHECK_INT(an_segment(&fast, d, text, len, AN_WHERE_TEXT), 0);
        CHECK_INT(d->tokens.n, ref->tokens.n);
        CHECK_INT(d->sentences.n, ref->sentences.n);
        CHECK(d->tokens.cap >= d->tokens.n);
        int same = 1;
        for (size_t k = 0; same && k < d->tokens.n && k < ref->tokens.n; k++) {
            const an_token *a = &d->tokens.v[k], *b = &ref->tokens.v[k];
            same = a->start == b->start && a->end == b->end && a->kind == b->kind && a->flags == b->flags;
        }
        if (!same) an_check_fail(__FILE__, __LINE__, "tokens differ from a capacity of %zu", cap);
        annals_doc_free(d);
    }
    annals_doc_free(ref);
    an_text_res_free(&fast);
    an_text_res_free(&slow);
}

/* ---- the lexicon ------------------------------------------------------------------ */

TEST(test_segment_lexicon_file) {
    size_t len;
    const char *data = an_data("abbreviations.txt", &len);
    CHECK(data != NULL);
    an_lines it;
    an_lines_init(&it, data, len);
    an_strtab seen;
    an_strtab_init(&seen);
    const char *line;
    size_t n, entries = 0;
    while (an_lines_next(&it, &line, &n)) {
        const char *form, *cls;
        const char *whole = line;
        size_t whole_len = n;
        size_t fl = an_field_next(&line, &n, &form);
        size_t cl = an_field_next(&line, &n, &cls);
        int ok = fl > 1 && form[fl - 1] == '.' && n == 0 && !memchr(form, ' ', fl) &&
                 ((cl == 5 && !memcmp(cls, "title", 5)) || (cl == 6 && !memcmp(cls, "number", 6)) ||
                  (cl == 5 && !memcmp(cls, "month", 5)) || (cl == 6 && !memcmp(cls, "common", 6)));
        if (!ok) an_check_fail(__FILE__, __LINE__, "bad entry \"%.*s\"", (int)whole_len, whole);
        if (an_strtab_get(&seen, form, fl, NULL))
            an_check_fail(__FILE__, __LINE__, "duplicate entry \"%.*s\"", (int)fl, form);
        CHECK_INT(an_strtab_put(&seen, form, fl, 1), 0);
        entries++;
    }
    CHECK(entries > 150);
    an_strtab_free(&seen);
}

/* Every entry passes the filter in front of the table (no entry is missed), and a common
 * one also in capitals. */
TEST(test_segment_lexicon_filter) {
    an_text_res r;
    CHECK_INT(an_text_res_load(&r), 0);
    size_t len;
    const char *data = an_data("abbreviations.txt", &len);
    CHECK(data != NULL);
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line;
    size_t n, found = 0, entries = 0;
    while (data && an_lines_next(&it, &line, &n)) {
        const char *form, *cls;
        size_t fl = an_field_next(&line, &n, &form);
        size_t cl = an_field_next(&line, &n, &cls);
        if (!fl || fl > 32) continue;
        entries++;
        found += an_abbrev_class(&r, form, fl) != 0;
        if (cl == 6 && !memcmp(cls, "common", 6)) {
            char up[32];
            for (size_t k = 0; k < fl; k++) up[k] = (char)(form[k] >= 'a' && form[k] <= 'z' ? form[k] - 32 : form[k]);
            if (an_abbrev_class(&r, up, fl) != AN_ABBR_COMMON)
                an_check_fail(__FILE__, __LINE__, "\"%.*s\" in capitals is not found", (int)fl, up);
        }
    }
    CHECK(entries > 150);
    CHECK_INT((long)found, (long)entries);
    an_text_res_free(&r);
}

TEST(test_segment_lexicon_lookup) {
    static const struct {
        const char *form;
        int cls;
    } cases[] = {
        {"Mr.", AN_ABBR_TITLE}, {"Gen.", AN_ABBR_TITLE}, {"St.", AN_ABBR_TITLE},
        {"No.", AN_ABBR_NUMBER}, {"pp.", AN_ABBR_NUMBER}, {"Jan.", AN_ABBR_MONTH},
        {"Sept.", AN_ABBR_MONTH}, {"U.S.", AN_ABBR_COMMON}, {"e.g.", AN_ABBR_COMMON},
        {"Calif.", AN_ABBR_COMMON}, {"W.Va.", AN_ABBR_COMMON}, {"D.C.", AN_ABBR_COMMON},
        {"Tues.", AN_ABBR_COMMON}, {"INC.", AN_ABBR_COMMON}, {"E.G.", AN_ABBR_COMMON},
        {"Etc.", AN_ABBR_COMMON}, {"mr.", 0}, {"MR.", 0}, {"JAN.", 0}, {"inc.", 0},
        {"ill.", 0}, {"sat.", 0}, {"Xyz.", 0}, {"U.S", 0}, {"", 0},
    };
    an_text_res r;
    CHECK_INT(an_text_res_load(&r), 0);
    for (size_t k = 0; k < COUNT(cases); k++) {
        int got = an_abbrev_class(&r, cases[k].form, strlen(cases[k].form));
        if (got != cases[k].cls)
            an_check_fail(__FILE__, __LINE__, "class of \"%s\" is %d, want %d", cases[k].form,
                          got, cases[k].cls);
    }
    an_text_res_free(&r);
}
