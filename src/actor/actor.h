/* actor.h - the actors stage: who acts, speaks or suffers in a document. Named actors
 * from data/actors.txt (with aliases), agent nouns from data/agents.txt composed with a
 * country or demonym ("Russian aircraft" -> military of RU), persons after a title
 * ("Lt. Gen. Sergei Rudskoy of the Russian Ministry of Defense"), and places that stand
 * for their government ("Moscow said"; the place stays in `places`, the actor on the same
 * span says how it is used). */
#ifndef AN_ACTOR_H
#define AN_ACTOR_H

#include "core/arena.h"
#include "core/doc.h"
#include "core/hash.h"
#include "place/place.h"

typedef struct an_actor_entry {
    const char *name; /* canonical name (points into the embedded data) */
    size_t name_len;
    uint8_t kind;     /* AN_ACTOR_* */
    char cc[3];
    const char *role; /* a known figure's office (data/figures.txt), or NULL */
    size_t role_len;
    /* from a user's actor dictionary (dict.c): the dates its code holds, as YYYYMMDD
     * (0 / AN_DATE_OPEN when open), and the entry of the name's next code, or -1 */
    uint8_t from_dict;
    int32_t from, to;
    int next;
} an_actor_entry;

#define AN_DATE_OPEN 99999999

/* Values of the agents table that are not actor kinds. */
#define AN_AGENT_VERB 100
/* An agent word used of a thing ("military aid"): no actor. */
#define AN_AGENT_THING 101
/* How an agent noun refers back (third column of data/agents.txt): `back` keeps it an
 * actor of its own when nothing is named before, `back-only` ("group") drops it then. */
enum { AN_BACK = 1, AN_BACK_ONLY = 2 };

typedef struct {
    an_strtab lexicon;  /* folded alias -> entry index; -1 marks a prefix of a longer one */
    an_strtab exact;    /* aliases in capitals ("IS", "WHO"), as written -> entry index */
    an_actor_entry *entries;
    size_t n_entries, cap_entries;
    an_strtab agents;   /* agent noun or verb (lower case) -> AN_ACTOR_* kind or AN_AGENT_VERB;
                           -1 marks a prefix */
    an_strtab back;     /* agent nouns that refer back to the armed group named before
                           ("the militants", "the group") -> AN_BACK_* */
    an_strtab bodies;   /* body word ("union", "ministry") -> AN_ACTOR_* kind */
    an_strtab titles;   /* title (lower case, dots kept) -> AN_ACTOR_* kind of the office
                           (person for "Dr.", "Sheikh"); -1 marks a prefix */
    an_strtab surnames; /* a known person's surname as written ("Powell") -> entry index,
                           -2 when two bear it */
    an_strtab combining; /* first half of a pair of states ("sino") -> its code, c0 * 256 + c1 */
    char country_name[26 * 26][40]; /* from the gazetteer: "RU" -> "Russia" */
    an_arena dict_names; /* names read from actor dictionaries */
} an_actor_res;

/* Loads the lexicons; `places` gives the country names (may be without a gazetteer).
 * Returns 0, or -1 when out of memory. */
int an_actor_res_load(an_actor_res *r, const an_place_res *places);
void an_actor_res_free(an_actor_res *r);

/* Adds the actors of a dictionary in the TABARI / PETRARCH format (dict.c) after the
 * project's own, which win where both name one. Returns 0, or -1 with a message in err
 * (the file cannot be read, or out of memory). */
int an_actor_dict_load(an_actor_res *r, const an_place_res *places, const char *path,
                       char *err, size_t errlen);
/* A new entry (zeroed, open dates, no next code) and its index; NULL when out of memory. */
an_actor_entry *an_actor_new_entry(an_actor_res *r, const char *name, size_t nl, int kind,
                                   int *idx);
/* Adds an alias of entry to the lexicon: as written when in capitals ("IS"), else folded
 * (lexicon.c). Returns 0, or -1 when out of memory. */
int an_actor_add_alias(an_actor_res *r, const char *s, size_t len, int entry);
/* The same, folded whatever its case (a dictionary writes every name in capitals). */
int an_actor_add_folded(an_actor_res *r, const char *s, size_t len, int entry);
/* The entry of a name as of a date (YYYYMMDD, 0 when unknown): a dictionary's name can
 * have one code until a date and another after it. */
const an_actor_entry *an_actor_entry_at(const an_actor_res *r, int entry, int32_t date);

/* Finds the actors of a segmented document, after the places stage when it ran (its
 * places give the document's country and the metonymies). Returns 0, or -1 when out of
 * memory. */
int an_actor_doc(const an_actor_res *r, const an_place_res *places, annals_doc *doc);

#endif
