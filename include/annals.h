/*
 * annals.h - the public API of annals, an engine that reads dated news and keeps a
 * sourced, time-resolved, geolocated record of events.
 *
 * Shape of the API:
 *   annals_engine  shared read-only resources (lexicons, later the gazetteer); open once,
 *                  share between threads.
 *   annals_reader  a stream of articles from one input (file, gzip, stdin, memory);
 *                  detects the input kind by content.
 *   annals_doc     one article and everything found in it; all its memory lives in one
 *                  arena freed by annals_doc_free. Pointers it hands out stay valid until then.
 *
 * Every function that can fail returns an annals_status; nothing here calls exit().
 * Offsets handed out are Unicode code points into the string they refer to (the article
 * text, or caption N when `where` is N >= 0), end exclusive.
 */
#ifndef ANNALS_H
#define ANNALS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ANNALS_VERSION_MAJOR 0
#define ANNALS_VERSION_MINOR 1
#define ANNALS_VERSION_PATCH 0
#define ANNALS_VERSION "0.1.0"

/* The library's version string; compare with ANNALS_VERSION to detect header mismatch. */
const char *annals_version(void);

typedef enum {
    ANNALS_OK = 0,
    ANNALS_DONE,      /* a reader has no more articles */
    ANNALS_ENOMEM,    /* out of memory */
    ANNALS_EIO,       /* the input could not be opened or read */
    ANNALS_EFORMAT,   /* the input (or one record of it) is not in a form annals reads */
    ANNALS_ETOOBIG,   /* an article or line exceeds the configured limit */
    ANNALS_ETRUNC,    /* the input ends in the middle of a compressed stream */
    ANNALS_EINVAL,    /* a bad argument from the caller */
    ANNALS_EUNSUPPORTED /* a known input kind that this build cannot read yet */
} annals_status;

/* A short English description of a status code. */
const char *annals_strerror(annals_status status);

/* Where something went wrong: the input's name, a 1-based line (0 when not known) and the
 * byte offset into the (decompressed) input. */
typedef struct {
    annals_status status;
    const char *file;
    uint64_t line;
    uint64_t byte;
    const char *message;
} annals_error;

/* ---- engine ---------------------------------------------------------------------- */

typedef struct annals_engine annals_engine;

typedef struct {
    size_t max_article_bytes; /* larger articles/lines are refused with ANNALS_ETOOBIG */
    unsigned flags;           /* reserved, 0 */
    const char *gazetteer;    /* the gazetteer file; NULL: $ANNALS_GAZETTEER, then the
                                 path built in by make (build/gazetteer.bin) */
    const char *const *actor_dictionaries; /* NULL-terminated list of actor dictionaries
                                 in the TABARI / PETRARCH format (CAMEO actor codes), read
                                 beside the built-in lexicon; NULL: none */
    const char *const *verb_dictionaries; /* NULL-terminated list of CAMEO verb-pattern
                                 dictionaries in the PETRARCH format (CAMEO.2.0.txt): verbs
                                 the built-in trigger lexicon lacks, and codes refined by
                                 their patterns; NULL: none */
} annals_options;

void annals_options_init(annals_options *opts);

/* Loads the shared resources. opts may be NULL for defaults. An actor or verb dictionary
 * that cannot be read makes it fail with ANNALS_EIO, a verb dictionary with a broken line
 * with ANNALS_EFORMAT; annals_open_error then says which file (and line) and why. */
annals_status annals_open(annals_engine **out, const annals_options *opts);
const char *annals_open_error(void);
void annals_close(annals_engine *engine);
/* What the engine works without (for example a missing gazetteer: no places), or NULL. */
const char *annals_engine_warning(const annals_engine *engine);

/* ---- documents --------------------------------------------------------------------- */

typedef struct annals_doc annals_doc;

/* String fields of the article record. A field not known is NULL. */
typedef enum {
    ANNALS_FIELD_ID,
    ANNALS_FIELD_URL,
    ANNALS_FIELD_TITLE,
    ANNALS_FIELD_OUTLET,
    ANNALS_FIELD_PUBLISHED,      /* ISO 8601, as precise as known */
    ANNALS_FIELD_PUBLISHED_FROM, /* header, byline, meta, jsonld, url, given */
    ANNALS_FIELD_LANG,
    ANNALS_FIELD_DATELINE,
    ANNALS_FIELD_TEXT,           /* body paragraphs joined by a blank line */
    ANNALS_FIELD_SOURCE,         /* the input the article came from */
    ANNALS_FIELD_COUNT_
} annals_field;

/* Lists of the article record. */
typedef enum {
    ANNALS_LIST_AUTHORS,
    ANNALS_LIST_PARAGRAPHS,
    ANNALS_LIST_CAPTIONS,
    ANNALS_LIST_LINKS,
    ANNALS_LIST_SENTENCES,
    ANNALS_LIST_TOKENS,
    ANNALS_LIST_TIMES,
    ANNALS_LIST_PLACES,
    ANNALS_LIST_ACTORS,
    ANNALS_LIST_EVENTS,
    ANNALS_LIST_DEMONYMS,
    ANNALS_LIST_COUNT_
} annals_list;

#define ANNALS_WHERE_TEXT (-1)

typedef struct {
    size_t start, end; /* code points, end exclusive */
    int where;         /* ANNALS_WHERE_TEXT or a caption index */
} annals_span;

typedef enum {
    ANNALS_TOKEN_WORD,
    ANNALS_TOKEN_NUMBER,   /* 1,000  3.5  10:43  2,000-year-old starts a WORD, see flags */
    ANNALS_TOKEN_ABBREV,   /* Lt.  U.S.  e.g.  Jan. */
    ANNALS_TOKEN_PUNCT,
    ANNALS_TOKEN_SYMBOL,   /* $ % & and other symbols */
    ANNALS_TOKEN_URL       /* http://..., www..., e-mail addresses */
} annals_token_kind;

enum {
    ANNALS_TOKEN_CAPITALIZED = 1u << 0, /* first character an upper-case letter (words only) */
    ANNALS_TOKEN_ALLCAPS = 1u << 1,     /* two or more letters, all upper case */
    ANNALS_TOKEN_HAS_DIGIT = 1u << 2,
    ANNALS_TOKEN_HYPHENATED = 1u << 3,
    ANNALS_TOKEN_SENT_START = 1u << 4
};

typedef struct {
    annals_span span;
    annals_token_kind kind;
    unsigned flags;
    const char *text; /* NUL-terminated copy owned by the document */
} annals_token;

typedef struct {
    annals_span span;
    size_t first_token, token_count; /* into ANNALS_LIST_TOKENS */
} annals_sentence;

typedef struct {
    const char *text;
    const char *credit; /* NULL when none */
} annals_caption;

typedef enum {
    ANNALS_TIMEX_DATE,
    ANNALS_TIMEX_TIME,
    ANNALS_TIMEX_DURATION,
    ANNALS_TIMEX_SET
} annals_timex_type;

/* A temporal expression, TimeML style. */
typedef struct {
    annals_span span;
    annals_timex_type type;
    const char *value;  /* 2017-03-03, 2017-W09, 2016-03, P5Y, PAST_REF, XXXX-WXX-1 ... */
    const char *mod;    /* APPROX, MORE_THAN, LESS_THAN, START, MID, END ... or NULL */
    const char *anchor; /* the date the value was resolved against, or NULL */
} annals_timex;

typedef enum {
    ANNALS_PLACE_COUNTRY,
    ANNALS_PLACE_ADMIN1,
    ANNALS_PLACE_ADMIN2,
    ANNALS_PLACE_CITY,
    ANNALS_PLACE_REGION,
    ANNALS_PLACE_LANDMARK
} annals_place_kind;

/* A place mention resolved to coordinates. */
typedef struct {
    annals_span span;
    const char *name;   /* the gazetteer's name ("Palmyra" for Tadmur) */
    uint32_t geonameid; /* 0 when not from GeoNames */
    double lat, lon;
    const char *country; /* ISO 3166-1 alpha-2, or "" */
    const char *admin1;  /* or NULL */
    annals_place_kind kind;
    double precision;    /* km: radius within which the true place lies */
} annals_place;

/* A demonym ("Syrian", "South Ossetian") and the country or region it names. Demonyms
 * are attributes of other things, not places: they are not in ANNALS_LIST_PLACES. */
typedef struct {
    annals_span span;
    const char *name;    /* the named place: "Palestine" for "Palestinian" */
    uint32_t geonameid;  /* 0 when not from GeoNames (countries, admin areas, regions) */
    double lat, lon;
    const char *country; /* ISO 3166-1 alpha-2, or "" */
} annals_demonym;

typedef enum {
    ANNALS_ACTOR_COUNTRY,
    ANNALS_ACTOR_GOVERNMENT,
    ANNALS_ACTOR_MILITARY,
    ANNALS_ACTOR_POLICE,
    ANNALS_ACTOR_ARMED_GROUP,
    ANNALS_ACTOR_PARTY,
    ANNALS_ACTOR_ORGANISATION,
    ANNALS_ACTOR_PERSON,
    ANNALS_ACTOR_GROUP_OF_PEOPLE,
    ANNALS_ACTOR_MEDIA
} annals_actor_kind;

/* An actor mention: who did something, to whom, or who says so. */
typedef struct {
    annals_span span;
    const char *name;        /* canonical name ("Islamic State" for "Daesh") */
    annals_actor_kind kind;
    const char *country;     /* ISO 3166-1 alpha-2, or "" */
    const char *role;        /* title or role, or NULL */
    const char *affiliation; /* the body a person speaks for, or NULL */
    int is_place;            /* a place standing for its state ("Moscow said"): then */
    uint32_t geonameid;      /* the place's GeoNames id (0 when none) and point; */
    double lat, lon;         /* NaN otherwise */
} annals_actor;

typedef struct {
    const char *text;
    const char *href;
    annals_span span; /* where the link text stands */
} annals_link;

/* A new empty document; fill it with annals_doc_set before annals_annotate. */
annals_status annals_doc_new(annals_engine *engine, annals_doc **out);
void annals_doc_free(annals_doc *doc);

/* Sets a string field (copied into the document). Setting ANNALS_FIELD_TEXT replaces the
 * paragraphs with the text split on blank lines; invalid UTF-8 is replaced by U+FFFD. */
annals_status annals_doc_set(annals_doc *doc, annals_field field, const char *value, size_t len);

const char *annals_doc_get(const annals_doc *doc, annals_field field);
size_t annals_doc_count(const annals_doc *doc, annals_list list);

/* Items of the lists; each returns ANNALS_EINVAL when i is out of range. */
annals_status annals_doc_author(const annals_doc *doc, size_t i, const char **out);
annals_status annals_doc_paragraph(const annals_doc *doc, size_t i, annals_span *out);
annals_status annals_doc_caption(const annals_doc *doc, size_t i, annals_caption *out);
annals_status annals_doc_link(const annals_doc *doc, size_t i, annals_link *out);
annals_status annals_doc_sentence(const annals_doc *doc, size_t i, annals_sentence *out);
annals_status annals_doc_token(const annals_doc *doc, size_t i, annals_token *out);
annals_status annals_doc_time(const annals_doc *doc, size_t i, annals_timex *out);
annals_status annals_doc_place(const annals_doc *doc, size_t i, annals_place *out);
annals_status annals_doc_actor(const annals_doc *doc, size_t i, annals_actor *out);
annals_status annals_doc_demonym(const annals_doc *doc, size_t i, annals_demonym *out);

/* An event: who did what to whom, when, where, how many, and who says so. Strings are
 * NULL when not known; indices are -1 when none. */
typedef struct {
    annals_span sentence;
    annals_span trigger;       /* the word(s) the event was found by */
    const char *plover;        /* AGREE ... ASSAULT */
    const char *mode;          /* the PLOVER mode, or NULL */
    const char *cameo;         /* CAMEO code: "190", "0311" */
    const char *acled_type, *acled_subtype;
    long actor1, actor2;       /* into ANNALS_LIST_ACTORS */
    const char *date;          /* TimeML value */
    const char *date_precision; /* day, week, month, year */
    long place;                /* into ANNALS_LIST_PLACES */
    const char *place_precision; /* sentence, coreference, dateline, article */
    const char *modality;      /* asserted, reported, denied, planned, threatened,
                                  hypothetical, negated */
    long claimed_by;           /* into ANNALS_LIST_ACTORS */
    const char *claimed_by_name; /* the speaker's name when not an actor ("officials") */
    size_t casualty_count;
    long actor1_place, actor2_place; /* a country named as the actor, into
                                        ANNALS_LIST_PLACES, when actor1/actor2 is -1 */
} annals_event;

/* One casualty figure of an event: counts are -1 when not given. */
typedef struct {
    const char *kind; /* killed, injured, killed_or_wounded, captured, missing, displaced */
    long long low, best, high;
    const char *who;  /* the victims, or NULL */
    annals_span span;
} annals_casualty;

annals_status annals_doc_event(const annals_doc *doc, size_t i, annals_event *out);
annals_status annals_doc_event_casualty(const annals_doc *doc, size_t i, size_t k,
                                        annals_casualty *out);

/* ---- pipeline ---------------------------------------------------------------------- */

enum {
    ANNALS_STAGE_SEGMENT = 1u << 0, /* sentences and tokens */
    ANNALS_STAGE_TIME = 1u << 1,    /* temporal expressions (needs SEGMENT) */
    ANNALS_STAGE_PLACE = 1u << 2,   /* places, resolved with the gazetteer (needs SEGMENT) */
    ANNALS_STAGE_ACTOR = 1u << 3,   /* actors (needs SEGMENT, uses PLACE) */
    ANNALS_STAGE_EVENT = 1u << 4,   /* events (needs SEGMENT, uses TIME, PLACE, ACTOR) */
    ANNALS_STAGE_ALL = 0xffffffffu
};

/* Runs the stages asked for, in pipeline order, on a document. */
annals_status annals_annotate(annals_engine *engine, annals_doc *doc, unsigned stages);

/* ---- output ------------------------------------------------------------------------ */

enum {
    ANNALS_JSON_SENTENCES = 1u << 0, /* add "sentences" with their tokens */
    ANNALS_JSON_PRETTY = 1u << 1     /* reserved */
};

/* Writes the article record as one line of JSON (with a final newline) through `write`,
 * which returns 0 on success. */
typedef int (*annals_write_fn)(void *ctx, const char *data, size_t len);
annals_status annals_doc_write_json(const annals_doc *doc, unsigned flags, annals_write_fn write,
                                    void *ctx);

/* Reads a TimeML document whose TEXT has no tags and whose document creation time is the
 * TIMEX3 with functionInDocument="CREATION_TIME", runs the pipeline up to the time stage,
 * and writes the same document with <TIMEX3 tid type value [mod]> tags in TEXT; the text
 * characters are unchanged. ANNALS_EFORMAT when there is no <TEXT> element. */
annals_status annals_timeml_tag(annals_engine *engine, const char *in, size_t len,
                                annals_write_fn write, void *ctx);

/* ---- readers ----------------------------------------------------------------------- */

typedef struct annals_reader annals_reader;

typedef enum {
    ANNALS_KIND_UNKNOWN,
    ANNALS_KIND_TEXT,  /* the plain-text form, with or without a "date YYYY-MM-DD" line */
    ANNALS_KIND_JSONL, /* one JSON object per line */
    ANNALS_KIND_HTML,
    ANNALS_KIND_WARC
} annals_kind;

/* Opens a file by path ("-" is standard input). gzip is detected and read transparently. */
annals_status annals_reader_open(annals_engine *engine, const char *path, annals_reader **out);
/* Reads from bytes the caller keeps alive until annals_reader_close. `name` is used in errors. */
annals_status annals_reader_open_memory(annals_engine *engine, const char *name, const void *data,
                                        size_t len, annals_reader **out);

/* The next article. Returns ANNALS_OK with *out set (free it with annals_doc_free),
 * ANNALS_DONE at the end, or an error: then annals_reader_error() says where, and the next
 * call goes on with the following record when the input allows it (ANNALS_DONE otherwise). */
annals_status annals_reader_next(annals_reader *reader, annals_doc **out);
/* The last error; it and its strings stay valid until the next call on the reader. */
const annals_error *annals_reader_error(const annals_reader *reader);
annals_kind annals_reader_kind(const annals_reader *reader);
/* Decompressed bytes consumed so far. */
uint64_t annals_reader_bytes(const annals_reader *reader);
void annals_reader_close(annals_reader *reader);

/* ---- store ------------------------------------------------------------------------- */

/* The store: an embedded SQLite file holding articles, sentences (full-text indexed),
 * mentions, places (R*Tree indexed) and events. One writer at a time; readers may query
 * while a writer ingests (WAL). Adds go into batched transactions: a crash loses at most
 * the batch not yet committed and never leaves half an article. */
typedef struct annals_store annals_store;

enum {
    ANNALS_STORE_READONLY = 1u << 0 /* open an existing store for queries only */
};

/* Opens (creating when needed) the store at path. ANNALS_EUNSUPPORTED when this SQLite
 * lacks FTS5 or R*Tree, ANNALS_EFORMAT when the file is not an annals store (or of a newer
 * schema), ANNALS_EIO otherwise; annals_store_errmsg says more. *out is set even on
 * failure (NULL when out of memory) so the message can be read; close it. */
annals_status annals_store_open(const char *path, unsigned flags, annals_store **out);
/* Commits what is pending and closes; NULL is ignored. */
void annals_store_close(annals_store *store);
/* The last error in words ("" when none). */
const char *annals_store_errmsg(const annals_store *store);
/* Articles per transaction (default 4000). */
void annals_store_set_batch(annals_store *store, unsigned articles);
/* A first import of a large corpus: the indexes that only queries read are dropped when
 * the next batch begins and built once, sorted, by annals_store_build_indexes (or on
 * close), which costs less than keeping them row by row. Queries in the meantime are
 * slow, and a store left without them (the import killed) gets them back on its next
 * writable open. on = 0 builds them now. */
annals_status annals_store_set_bulk(annals_store *store, int on);
/* Commits the open batch and builds the indexes a bulk import left out (none otherwise). */
annals_status annals_store_build_indexes(annals_store *store);

/* Adds an annotated article with its sentences, mentions and events. *added (may be NULL)
 * is 0 when the store already holds it (same text, or same URL), 1 when stored, 2 when
 * stored and linked as a near-duplicate of a stored article (a syndicated copy, a light
 * rewrite), which queries then do not count twice. On an error the open batch is rolled
 * back, whole: the articles added since the last commit are not stored (adding them again
 * is safe). */
annals_status annals_store_add(annals_store *store, annals_doc *doc, int *added);
/* The part of annals_store_add that needs no store (the text's near-duplicate signature),
 * done now: call it on the thread that annotated the document, so that the one thread
 * writing to the store does less. Optional; annals_store_add does it when not done. */
annals_status annals_store_prepare(annals_doc *doc);
/* Commits the open batch now. */
annals_status annals_store_commit(annals_store *store);

/* What the store holds, as name -> count pairs in a fixed order (articles, duplicates,
 * sources, sentences, times, places, actors, events, ...). */
typedef void (*annals_count_fn)(void *ctx, const char *name, int64_t value);
annals_status annals_store_stats(annals_store *store, annals_count_fn fn, void *ctx);
/* Verifies the store: SQLite's integrity check, foreign keys, orphan rows, the full-text
 * and R*Tree indexes against their tables. Each problem goes to fn (may be NULL);
 * *problems (may be NULL) gets their number. ANNALS_OK even when problems were found. */
typedef void (*annals_problem_fn)(void *ctx, const char *problem);
annals_status annals_store_check(annals_store *store, annals_problem_fn fn, void *ctx,
                                 size_t *problems);

/* Filters of a query. Zero (annals_query_init) means no filter. Dates are ISO 8601 at any
 * precision (2017, 2017-03, 2017-03-02): from takes the start of the period, to its end;
 * a row is kept when its period overlaps [from, to]. */
typedef enum { ANNALS_SORT_DEFAULT, ANNALS_SORT_DATE, ANNALS_SORT_DATE_DESC, ANNALS_SORT_RANK } annals_sort;

typedef struct {
    const char *words;    /* full-text query: words (stemmed, all must occur) */
    const char *subject;  /* timeline: a place, actor or words */
    const char *from, *to;
    const char *place;    /* a place name (as the gazetteer names it, or as written) */
    const char *near;     /* a place name whose coordinates centre a radius query */
    int has_point;        /* lat, lon set */
    double lat, lon;
    double radius_km;     /* with near or a point; 0: 50 km */
    const char *actor, *country;
    const char *type;     /* PLOVER type, CAMEO root code or ACLED event type */
    const char *modality; /* NULL or "factual": asserted or reported (what happened, first-hand
                             or by a third party's word); one modality; "any" for all */
    int with_duplicates;  /* also rows from articles linked as near-duplicates */
    annals_sort sort;
    size_t limit;         /* 0: no limit */
} annals_query;

void annals_query_init(annals_query *q);

typedef enum { ANNALS_ROW_EVENT, ANNALS_ROW_SENTENCE, ANNALS_ROW_ARTICLE } annals_row_kind;

typedef struct {
    const char *kind; /* killed, injured, ... */
    int64_t low, best, high; /* -1 when not known */
    const char *rule;  /* how best was chosen when reports disagree, or NULL */
} annals_casualties;

/* One report of a merged event: the article and its sentence. */
typedef struct {
    int64_t article;
    const char *doc_id, *url, *title, *outlet, *published;
    const char *text;      /* the sentence the event was found in */
    const char *date;      /* the date this report gives */
    int duplicate;         /* a near-duplicate copy of another report's article */
    const char *claimed_by; /* who says so in this report (a speaker, "according to"), or NULL */
    const char *modality;  /* asserted, reported, denied, ... as this report tells it */
    const annals_casualties *casualties; /* the figures this report gives */
    size_t casualty_count;
    int64_t event;         /* the store's event row */
} annals_report;

/* One result: an event, a dated sentence (timelines without events), or an article
 * (search). Strings are NULL when not known; all are valid during the callback only. */
typedef struct {
    annals_row_kind kind;
    int64_t article;        /* store id of the (first) article */
    const char *doc_id, *url, *title, *outlet, *published, *source;
    const char *date;       /* as precise as known: 2016-03-27, 2016-03, 2016-W11, 2015 */
    const char *precision;  /* day, week, month, season, quarter, year */
    const char *date_start, *date_end; /* the period, as YYYY-MM-DD */
    const char *text;       /* the sentence (events, sentences) */
    const char *snippet;    /* search: the best passage, matches in [brackets] */
    int64_t sentence_start, sentence_end; /* code points into the article text */
    const char *place, *country, *admin1;
    double lat, lon;        /* NaN when no place */
    const char *event_id, *plover, *cameo, *acled_type, *acled_subtype, *modality, *mode;
    const char *actor1, *actor1_country, *actor2, *actor2_country;
    const char *actor1_kind, *actor2_kind; /* the actors stage's kinds: military, armed_group ... */
    const annals_casualties *casualties;
    size_t casualty_count;
    int64_t reports;        /* articles reporting it (merged events; copies of a sentence) */
    const annals_report *report_list; /* merged events: every report, first first */
    size_t report_count;
    const char *first_report, *last_report; /* published dates */
    int64_t duplicates;     /* near-duplicate copies not counted */
    double score;           /* search rank (lower is better), else 0 */
    size_t ranked_among;    /* search: 0 when every match was ranked, else how many of the
                               newest matches were (more matched; narrow the search) */
} annals_row;

/* Returns nonzero to stop early. */
typedef int (*annals_row_fn)(void *ctx, const annals_row *row);

/* Full-text search over sentences, one row per article (best first), with a snippet. */
annals_status annals_store_search(annals_store *store, const annals_query *q, annals_row_fn fn,
                                  void *ctx);
/* What happened when: events (merged across reports) and dated sentences (a sentence with a
 * resolved date that is not an event's), in date order; q->subject names a place, an
 * actor or words. Rows say which they are (kind). */
annals_status annals_store_timeline(annals_store *store, const annals_query *q,
                                    annals_row_fn fn, void *ctx);
/* Events only, merged across reports, in date order. */
annals_status annals_store_events(annals_store *store, const annals_query *q, annals_row_fn fn,
                                  void *ctx);

/* Parses an ISO 8601 date or TimeML value (2017, 2017-03, 2017-03-02, 2017-W09, 2016-SU,
 * 2016-Q1) or an interval of two ("2017-05-13/2017-06-04", precision "range") into its
 * first and last day (YYYY-MM-DD) and precision name. -1 when the value is not a calendar
 * period. */
int annals_period(const char *value, char start[11], char end[11], const char **precision);

/* The country of an ISO 3166-1 alpha-2 code ("SY"): the name people use ("Syria") and the
 * numeric code (760), from Debian's iso-codes as built in. 0, or -1 when unknown. */
int annals_country(const char *alpha2, const char **name, int *numeric);

#ifdef __cplusplus
}
#endif

#endif /* ANNALS_H */
