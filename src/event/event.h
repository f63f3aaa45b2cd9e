/* event.h - the events stage: who did what to whom, when, where, how many, and who says
 * so. Reads the tokens and the mentions of the earlier stages (times, places, actors) and
 * appends an_event entries to doc->events. The rules live in data/event-*.txt. */
#ifndef AN_EVENT_H
#define AN_EVENT_H

#include "core/doc.h"
#include "core/hash.h"

/* One line of a data/event-*.txt lexicon: a phrase of base-form words and its columns. */
typedef struct {
    const char *words[8]; /* the phrase, word by word */
    uint8_t n_words;
    uint8_t pos;          /* AN_EV_POS_* (trigger lexicon), else 0 */
    const char *col[7];   /* the columns after the phrase, "-" read as NULL */
    int next;             /* the next entry starting with the same word, longest first */
} an_ev_entry;

enum { AN_EV_POS_VERB = 1, AN_EV_POS_NOUN = 2 };

typedef struct {
    char *buf;            /* the file's copy; entries point into it */
    an_strtab first;      /* first word -> first entry of its chain */
    an_ev_entry *e;
    size_t n, cap;
    unsigned bit;         /* this lexicon's bit in an_event_res.first_words */
} an_ev_lex;

/* A frame rule of data/event-frames.txt. */
typedef struct {
    const char *frame, *root, *plover, *cameo;
} an_ev_frame;

/* A CAMEO verb-pattern dictionary in the PETRARCH format (verbs.c). */
typedef struct an_ev_verbs an_ev_verbs;

typedef struct {
    an_ev_lex triggers, words, numbers, casualties, attribution, modality, frames_lex;
    an_ev_lex control;    /* verbs that hand a "to" clause to their object ("urge") */
    an_ev_frame *frames;
    size_t n_frames;
    an_strtab classes;    /* closed word classes (src/event/clauses.c) */
    an_strtab first_words; /* first word of any lexicon entry -> bits of the lexicons */
    unsigned long serial; /* this load's number: a thread's word-form memo is for one */
    an_ev_verbs *verbs;   /* the verb dictionaries read (--verbs), or NULL */
} an_event_res;

/* Loads data/event-*.txt. Returns 0, or -1 when out of memory or a file is missing. */
int an_event_res_load(an_event_res *r);
void an_event_res_free(an_event_res *r);
/* Reads a verb dictionary into r (after an_event_res_load; several add up). Returns 0; -1
 * when it cannot be read, -2 when a line is broken; err says why, naming the file (and
 * the line). */
int an_event_verbs_load(an_event_res *r, const char *path, char *err, size_t errlen);
void an_event_verbs_free(an_ev_verbs *v);

/* Finds the events of a segmented document (times, places and actors are used when the
 * earlier stages ran). Replaces doc->events. Returns 0, or -1 when out of memory. */
int an_event_doc(const an_event_res *r, annals_doc *doc);

/* Names of the codes, for output. */
const char *an_event_casualty_kind(unsigned kind);
const char *an_event_modality(unsigned modality);
const char *an_event_date_precision(unsigned precision);
const char *an_event_place_precision(unsigned precision);

#endif
