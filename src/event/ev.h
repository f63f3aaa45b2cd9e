/* ev.h - the events stage inside: the tokens of one sentence with their word forms and
 * mentions, the candidate events found in it, and the steps that fill them in (one file
 * each: lexicon, clauses, triggers, arguments, casualties, attribution, modality, dates,
 * places). */
#ifndef AN_EV_H
#define AN_EV_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "event/event.h"

#define AN_EV_FORMS 5
#define AN_EV_WORD 28 /* longer words are in no lexicon */
#define AN_EV_MAXC 48 /* candidate events per sentence */
#define AN_EV_MAX_TOKENS 2000 /* a longer "sentence" gives no events */
#define AN_EV_MAXCAS 16
#define AN_EV_MAXCO 4  /* more actors on one side: "Jordan and Britain agreed" */
/* The bit of an_evtok.lex for a verb of the verb dictionaries (event.c indexes six
 * lexicons under the bits below it). */
#define AN_EV_LEX_VERBS (1u << 6)

/* Closed word classes, looked up once per token (clauses.c lists them). */
enum {
    AN_CL_DET = 1 << 0,  /* the, a, its ... */
    AN_CL_BE = 1 << 1,   /* is, was, been ... */
    AN_CL_SUB = 1 << 2,  /* as, while, after ... */
    AN_CL_REL = 1 << 3,  /* who, which, that ... */
    AN_CL_ADJ = 1 << 4,  /* common adjectives before event nouns */
    AN_CL_NPREP = 1 << 5 /* prepositions after which a word is a noun */
};

/* Clause boundaries, set on the token that opens the new clause. */
enum {
    AN_BRK_NONE,
    AN_BRK_HARD,  /* ; : ( ) quotes dashes: nothing crosses */
    AN_BRK_SUB,   /* as, while, after, because ...: a clause with its own subject */
    AN_BRK_REL,   /* who, which, that: the subject may be the noun before */
    AN_BRK_COORD, /* ", and", "and" before a verb, "but": may share the subject */
    AN_BRK_PART,  /* ", killing": a participle clause sharing the subject */
    AN_BRK_RESUME /* "X, which ..., attacked": the main clause again after a relative one */
};

typedef struct {
    size_t start, end; /* bytes */
    uint16_t kind, flags;
    uint8_t n_forms;
    uint16_t cls;  /* AN_CL_* of its lower-case form */
    uint16_t lex;  /* bits of the lexicons with an entry starting with one of its forms */
    char form[AN_EV_FORMS][AN_EV_WORD]; /* [0] lower case; then base-form guesses */
    uint8_t form_len[AN_EV_FORMS];      /* their lengths, for look-ups without strlen */
    int actor, place, time; /* the mention covering the token, or -1 */
    uint8_t brk;   /* AN_BRK_* opening a clause here */
    uint8_t attr;  /* part of an attribution ("officials said Friday") */
    int trig;      /* the candidate whose trigger covers it, or -1 */
} an_evtok;

/* The word forms of one lower-case word, kept by the thread from one document to the
 * next: "the", "said", "killed" come back sentence after sentence and article after
 * article, and each costs several look-ups. */
#define AN_EV_MEMO_BITS 11
#define AN_EV_MEMO (1u << AN_EV_MEMO_BITS) /* slots, direct-mapped */
typedef struct {
    uint8_t used, word; /* word: the token was a WORD (base forms are guessed for those) */
    uint8_t n_forms;
    uint16_t cls, lex;
    uint8_t form_len[AN_EV_FORMS];
    char form[AN_EV_FORMS][AN_EV_WORD];
} an_ev_memo;

typedef struct {
    size_t start, end;   /* tokens: the speaker, the verb, the whole attribution */
    size_t verb;
    size_t sp0, sp1;     /* the speaker's tokens */
    size_t c0, c1;       /* the content it scopes over (tokens) */
    int actor;           /* the speaker's actor, or -1 */
    uint8_t deny;
} an_evattr;

/* One party of an event: an actor mention, or a place standing for one (-1 when not). */
typedef struct {
    int actor, place;
} an_evparty;

/* A verb of a verb dictionary found in the sentence: its form and tokens. */
typedef struct {
    int form;
    size_t t0, t1;
    const an_ev_entry *entry;
    unsigned head; /* the verb's word in entry->words */
} an_ev_verb_match;

/* What a verb dictionary codes a verb as. */
typedef struct {
    const char *cameo, *plover, *mode, *acled;
    int pattern; /* a pattern said it, not the verb's default */
    int reverse; /* the target acts on the source ("[:110]") */
} an_ev_verb_coding;

typedef struct {
    size_t t0, t1;       /* trigger tokens (before a gap: "drove" of "drove X out") */
    size_t x0, x1;       /* the particle after the gap ("out"), empty when none */
    const an_ev_entry *e;
    uint8_t pos;         /* how it matched: AN_EV_POS_* */
    const char *plover, *mode, *cameo, *acled;
    int absorbed_by;     /* -1, or the candidate it was merged into */
    uint8_t frame_done;  /* a frame already recoded it */
    uint8_t has_object;  /* a light verb took its type from its object noun */
    uint8_t passive;
    size_t c0, c1;       /* clause tokens */
    uint8_t clause_kind; /* AN_BRK_* that opened the clause */
    int actor1, actor2, place, time;
    int place1, place2;  /* a country standing for actor1/actor2 when no actor was found;
                            place2 may be where the act is aimed ("a curfew in Montenegro") */
    uint8_t place2_locus; /* place2 is where the act is aimed, so still the event's place */
    an_evparty co1[AN_EV_MAXCO], co2[AN_EV_MAXCO]; /* "A and B" beside actor1 / actor2 */
    uint8_t n_co1, n_co2;
    uint8_t allied;      /* co1 joined "together with" the subject: one side, not each other */
    uint8_t place_prec, modality;
    uint8_t refusal;     /* a negation made it a refusal ("failed to reach agreement") */
    uint8_t setting;     /* an event noun after "amid", "despite", "since" ...: the scene */
    uint8_t addressee;   /* "urged countries to ...": someone is acted on, named or not */
    const char *date;
    uint8_t date_prec;
    int attr;            /* index into the attributions, or -1 */
    int cas[AN_EV_MAXCAS];
    size_t n_cas;
    uint8_t vdict;       /* a verb of a verb dictionary, which our lexicon lacks */
    uint8_t vreverse;    /* its code is the target's act on the source */
} an_evcand;

typedef struct {
    an_casualty c;
    size_t t0, t1;       /* tokens of the whole phrase */
    size_t word;         /* the casualty word's token */
} an_evcas;

typedef struct {
    const an_event_res *r;
    annals_doc *doc;
    size_t si;           /* the sentence */
    int where;
    const char *text;    /* the string the sentence is in */
    size_t text_len;
    an_evtok *tok;
    size_t n, cap;
    an_evcand cand[AN_EV_MAXC];
    size_t n_cand;
    an_evattr attr[8];
    size_t n_attr;
    an_evcas cas[AN_EV_MAXCAS];
    size_t n_cas;
    /* mentions sorted by (where, start), for look-ups by sentence */
    int *actors_by_pos, *places_by_pos, *times_by_pos;
    int last_place;      /* the last city-like place named before, for "the city" */
    int last_event_town; /* the last town an event was placed in: "the city" is that one
                            rather than a town named only in passing ("225 km from Raqqa") */
    int last_actor1;     /* the doer of the last event, for "they" */
    int last_speaker;    /* the last speaker found, for "It said" */
    struct {
        int actor;
        char head[AN_EV_WORD]; /* the speaker's last word, lower case ("source"), or "" */
    } said[8];           /* the latest speakers, newest last, for "the monitor said" */
    size_t n_said;
    int fallback_place;  /* the dateline's place, else the article's main place, or -1 */
    int main_place;      /* the town the article names most, or -1 */
    uint8_t fallback_prec;
    long report_day;     /* an_ev_published_day of the document */
    an_ev_memo *memo;    /* AN_EV_MEMO slots for an_ev_forms, or NULL */
} an_evctx;

/* lexicon.c */
int an_ev_lex_load(an_ev_lex *lex, const char *name, int with_pos);
/* Records the first words of lex under its bit, for the quick test of an_ev_forms. */
int an_ev_lex_index(an_strtab *first_words, an_ev_lex *lex, unsigned bit);
void an_ev_lex_free(an_ev_lex *lex);
/* The entry whose phrase is exactly `phrase` ("air strike"), or NULL. */
const an_ev_entry *an_ev_entry_for(const an_ev_lex *lex, const char *phrase);
/* The calling thread's AN_EV_MEMO slots for the resources r (emptied when it last used
 * others), or NULL when out of memory: the memo only saves time. */
an_ev_memo *an_ev_thread_memo(const an_event_res *r);
/* Fills t->form from the token's text (lower case, then base-form guesses); memo (NULL
 * or AN_EV_MEMO slots of an_ev_thread_memo) keeps the answers for words seen before. */
void an_ev_forms(const an_event_res *r, an_ev_memo *memo, an_evtok *t, const char *s,
                 size_t len);
/* A match: its tokens, and the object a "*" passed over ([g0, g1), empty when none). */
typedef struct {
    size_t n, g0, g1;
} an_ev_span;
/* The longest entry of lex matching the tokens from i (not past end) whose pos has a bit
 * of pos_mask (0: any), with the gap ("drove [Islamic State] out"); NULL when none. Only
 * once an_ev_may_start said yes. */
const an_ev_entry *an_ev_match_from(const an_ev_lex *lex, const an_evctx *c, size_t i,
                                    size_t end, unsigned pos_mask, an_ev_span *sp);
/* Whether an entry of lex may start at token i. The steps ask at nearly every token of
 * every sentence and the token's lexicon bits nearly always say no: inline, so that a no
 * costs no call (the calls were 3 % of annotate's instructions). */
static inline int an_ev_may_start(const an_ev_lex *lex, const an_evctx *c, size_t i,
                                  size_t end) {
    return i < c->n && i < end && (c->tok[i].lex & lex->bit);
}
static inline const an_ev_entry *an_ev_match_span(const an_ev_lex *lex, const an_evctx *c,
                                                  size_t i, size_t end, unsigned pos_mask,
                                                  an_ev_span *sp) {
    return an_ev_may_start(lex, c, i, end) ? an_ev_match_from(lex, c, i, end, pos_mask, sp)
                                           : NULL;
}
/* As an_ev_match_span, the match's length in *n_tok. */
static inline const an_ev_entry *an_ev_match(const an_ev_lex *lex, const an_evctx *c, size_t i,
                                             size_t end, unsigned pos_mask, size_t *n_tok) {
    an_ev_span sp;
    const an_ev_entry *e = an_ev_match_span(lex, c, i, end, pos_mask, &sp);
    if (e) *n_tok = sp.n;
    return e;
}
/* The length of a token's lower-case form, form[0] (0 when it has none), without strlen:
 * the endings of words are asked about at most tokens. */
static inline size_t an_ev_len0(const an_evtok *t) { return t->n_forms ? t->form_len[0] : 0; }
/* Whether form[0] of t ends in suf (of sn bytes) after more than `more` other bytes. */
static inline int an_ev_ends(const an_evtok *t, const char *suf, size_t sn, size_t more) {
    size_t n = an_ev_len0(t);
    return n > sn + more && memcmp(t->form[0] + n - sn, suf, sn) == 0;
}

/* Whether token i reads as w (its lower-case form). Inline: some 4,000 calls an article,
 * with a word known at compile time whose first byte ends most of them. */
static inline int an_ev_is(const an_evctx *c, size_t i, const char *w) {
    return i < c->n && c->tok[i].n_forms > 0 && c->tok[i].form[0][0] == w[0] &&
           strcmp(c->tok[i].form[0], w) == 0;
}
int an_ev_is_any(const an_evctx *c, size_t i, const char *const *words);

/* verbs.c */
/* The dictionary verb at token i (its longest form); 0 when none. */
int an_ev_verb_at(const an_event_res *r, const an_evctx *c, size_t i, an_ev_verb_match *m);
/* The code of the pattern matching most words around the verb in tokens [lo, hi), else the
 * verb's own; 0 when the dictionary codes no event there. */
int an_ev_verb_code(const an_event_res *r, const an_evctx *c, const an_ev_verb_match *m,
                    size_t lo, size_t hi, an_ev_verb_coding *out);
/* triggers.c: adds the dictionary verbs of clauses without an event (after the frames);
 * returns how many. */
size_t an_ev_dictionary_verbs(an_evctx *c);
/* Whether a word of the sentence may be a dictionary verb. */
int an_ev_has_dictionary_verb(const an_evctx *c);

/* clauses.c */
/* Fills the table of closed word classes (word -> AN_CL_* bits). Returns 0 or -1. */
int an_ev_classes_load(an_strtab *t);
void an_ev_clauses(an_evctx *c);
/* The clause around token i: [*c0, *c1); returns the kind of boundary that opened it. */
uint8_t an_ev_clause_of(const an_evctx *c, size_t i, size_t *c0, size_t *c1);
/* For a clause opened by AN_BRK_RESUME at c0: where the clause's subject ends, at the
 * relative word or the comma before it; SIZE_MAX when none. */
size_t an_ev_resumed_subject_end(const an_evctx *c, size_t c0);
int an_ev_is_be(const an_evctx *c, size_t i);
int an_ev_is_determiner(const an_evctx *c, size_t i);
int an_ev_modifier(const an_evctx *c, size_t i);

/* triggers.c */
void an_ev_triggers(an_evctx *c);
void an_ev_frames(an_evctx *c);
/* The frame rule for a frame name and a CAMEO code, or NULL. */
const an_ev_frame *an_ev_frame_for(const an_event_res *r, const char *frame, const char *cameo);

/* arguments.c */
void an_ev_arguments(an_evctx *c);
void an_ev_acled(an_evctx *c);

/* casualties.c */
void an_ev_casualties(an_evctx *c);
void an_ev_assign_casualties(an_evctx *c);

/* attribution.c */
void an_ev_attribution(an_evctx *c);
/* Adds the speaker's public statement when the sentence reports no event of its own. */
void an_ev_statement(an_evctx *c);

/* modality.c */
void an_ev_modality(an_evctx *c);

/* dates.c */
void an_ev_dates(an_evctx *c);
/* The published day as days since 1970, or -1: read once a document (an sscanf was 1.4 %
 * of annotate's instructions when asked for each candidate). */
long an_ev_published_day(const annals_doc *doc);
long an_ev_report_day(const an_evctx *c);
/* The first day of a day, ISO week, month or year value ("2011-W26" is its Monday), as
 * days since 1970; 0 when the value is none of these. */
int an_ev_first_day(const char *v, long *day);

/* places.c */
void an_ev_places(an_evctx *c);
void an_ev_note_places(an_evctx *c);
/* Whether the place at token i is part of a building's name ("the Temple of Bel") or the
 * dateline, so neither where an event happened nor a party to it. */
int an_ev_place_in_building(const an_evctx *c, size_t i);
/* Sets c->fallback_place once per document; -1 when out of memory. */
int an_ev_fallback_place(an_evctx *c);

/* arguments.c: whether the phrase between the commas j and i after a named party ends in a
 * lower-case title and holds no verb (", Syria's closest ally,"): it describes that party,
 * for the doer's and for the speaker's search. */
int an_ev_titled_apposition(const an_evctx *c, size_t j, size_t i);

#endif
