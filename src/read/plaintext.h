/* plaintext.h - the plain-text page dump: a "date YYYY-MM-DD Headline" line (optional), then
 * the page text with its leftovers (bylines, "Published ..." lines, datelines, furniture,
 * stray tags and entities, gallery captions and photo credits). */
#ifndef AN_PLAINTEXT_H
#define AN_PLAINTEXT_H

#include <stddef.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/hash.h"

/* A line pattern of data/furniture.txt or a marker of data/credits.txt; points into the
 * embedded data, which lives as long as the program. */
struct an_pattern {
    const char *s;
    size_t len;
    size_t min_len; /* furniture: the shortest line it can match */
    int fixed;      /* furniture: no '*' or {n}, so it matches only lines of min_len bytes */
};

/* Flags of data/outlets.txt entries (keys are lower case). */
enum {
    AN_OUTLET_NAME = 1, /* a known outlet, matched as a whole: "cnn", "al jazeera" */
    AN_OUTLET_WORD = 2, /* a word that makes a name an outlet: "news", "times" */
    AN_OUTLET_ROLE = 4  /* a job title in a byline, neither author nor outlet: "correspondent" */
};

/* Time zone rules (third column of data/timezones.txt): the zone's standard offset, or it
 * plus an hour in summer time by the US or the EU/UK rule. A table value packs both. */
enum { AN_TZ_FIXED, AN_TZ_US, AN_TZ_EU };
#define AN_TZ_VALUE(minutes, rule) (((minutes) + 1440) * 4 + (rule))
#define AN_TZ_MINUTES(value) ((value) / 4 - 1440)
#define AN_TZ_RULE(value) ((value) % 4)

typedef struct {
    an_strtab entities;   /* data/entities.txt: HTML entity name -> code point */
    an_strtab timezones;  /* data/timezones.txt: abbreviation -> AN_TZ_VALUE(offset, rule) */
    /* data/furniture.txt and data/credits.txt, bucketed so a line meets few of them */
    struct an_pattern *furniture; /* sorted by an_pattern_key of their first character */
    size_t n_furniture;
    size_t furniture_at[257];     /* patterns of key k: [furniture_at[k], furniture_at[k + 1]) */
    struct an_pattern *credits;   /* sorted by their first byte */
    size_t n_credits;
    size_t credits_at[257];       /* markers starting with byte b: [credits_at[b], credits_at[b + 1]) */
    an_strtab outlets;    /* data/outlets.txt: lower-cased name or word -> AN_OUTLET_* flags */
} an_read_res;

int an_read_res_load(an_read_res *r);
void an_read_res_free(an_read_res *r);

/* Fills doc (title, authors, outlet, published, published_from, dateline, text, paragraphs,
 * captions, links) from a page dump s[0..len), valid UTF-8. Returns 0, or -1 when out of
 * memory. A text without a header line is read the same way, without title and date. */
int an_read_plaintext(const an_read_res *r, annals_doc *doc, const char *s, size_t len);

/* Cleans one line of page text into out: strips tags, keeps <a href> targets as links
 * (appended to doc with `where` and offsets into the cleaned string at `base` bytes in),
 * decodes entities, folds runs of white space. The cleaned text is appended to out (what
 * out held before is left alone; `base` is where the appended part will stand in the
 * string `where` names). doc may be NULL: links are then not kept. Returns 0 or -1. */
int an_clean_inline(const an_read_res *r, annals_doc *doc, const char *s, size_t len, int where,
                    size_t base, an_buf *out);

/* Parses a timestamp line of a byline block ("Published 10:43 PM EST, Fri March 3, 2017",
 * "Updated 0712 GMT (1512 HKT) June 5, 2019", "March 3, 2017 at 5:30 p.m. ET") into ISO
 * 8601 with the offset when the zone is known ("2017-03-03T22:43:00-05:00"), or a date only.
 * Returns 1 when parsed. */
int an_parse_timestamp(const an_read_res *r, const char *s, size_t len, char out[40]);

/* ---- shared by the files of src/read (pattern.c, byline.c, timestamp.c) ---- */

/* 1 when y-m-d is a real calendar date. */
int an_date_valid(int y, int m, int d);
/* Days since 1970-01-01 of a (proleptic Gregorian) date. */
long an_day_number(int y, int m, int d);

/* The bucket of a furniture pattern or line by its first byte: 0 for a pattern that starts
 * with '*' (it is tried on every line), '0' for digits and {n}, lower case for letters. */
int an_pattern_key(const char *s, size_t len, int is_pattern);
/* 1 when the cleaned line s[0..len) is page furniture ("Share", "3 min read", ...). */
int an_is_furniture(const an_read_res *r, const char *s, size_t len);
/* 1 when the cleaned line is a photo credit ("Jane Roe/AP", "Photograph: Getty Images"). */
int an_is_credit(const an_read_res *r, const char *s, size_t len);
/* Flags (AN_OUTLET_*) of a name or word, looked up in lower case; 0 when unknown. */
int an_outlet_flags(const an_read_res *r, const char *s, size_t len);

/* Parses a byline ("By Ann Lee and Bo Chan, Example News"): adds the authors to doc and
 * sets the outlet when none is set. Returns 1 when it was a byline, 0 when not (doc is
 * unchanged), -1 when out of memory. */
int an_parse_byline(const an_read_res *r, annals_doc *doc, const char *s, size_t len);

/* A dateline at the start of a cleaned line: "BEIRUT (Reuters) - ...", "CNN —",
 * "(CNN)At least". Returns 1 with *out filled when the line starts with one. */
typedef struct {
    size_t len;                   /* the dateline is s[0..len), without its dash */
    size_t cut;                   /* bytes to remove from the line (dash and spaces too) */
    size_t outlet_off, outlet_len; /* the outlet it names (outlet_len 0 when none) */
} an_dateline;
int an_find_dateline(const an_read_res *r, const char *s, size_t len, an_dateline *out);

#endif
