/* filters.h - the WHERE clauses of the filters, in one place. Each is a string literal
 * whose parameters are bound by name in an_filters_bind; a NULL parameter turns a filter
 * off. Sentence filters test `s.id` (a sentence) and `a` (its article); event filters
 * test `e` (an event) and `p` (its place).
 *
 * Every test is a probe of an index for one row (does this sentence name one of these
 * places?), never a list of every sentence that names them: a timeline read in date order
 * stops after its first rows, and a popular place has a hundred thousand mentions. */
#ifndef AN_QUERY_FILTERS_H
#define AN_QUERY_FILTERS_H

/* The places (actors) a name stands for: by the name the store gives them or by a spelling
 * they were written with. A handful of ids, computed once a statement. */
#define AN_PLACE_IDS(param)                                                                \
    "SELECT id FROM places WHERE name = " param " COLLATE NOCASE"                          \
    " UNION SELECT place_id FROM place_names WHERE text = " param
#define AN_ACTOR_IDS(param)                                                                \
    "SELECT id FROM actors WHERE name = " param " COLLATE NOCASE"                          \
    " UNION SELECT actor_id FROM actor_names WHERE text = " param
#define AN_PLACES_IN_COUNTRY "SELECT id FROM places WHERE country = :country COLLATE NOCASE"
#define AN_PLACES_NEAR                                                                     \
    "SELECT r.id FROM places_rtree r JOIN places pn ON pn.id = r.id"                       \
    " WHERE r.min_lat <= :max_lat AND r.max_lat >= :min_lat AND r.min_lon <= :max_lon"     \
    " AND r.max_lon >= :min_lon AND an_distance_km(pn.lat, pn.lon, :lat, :lon) <= :radius"

/* Whether sentence S (an alias of sentences) names one of the places (actors) IDS: its
 * own list of ids, read with the row the query holds already. */
#define AN_NAMES_PLACE(s, ids)                                                             \
    "(" s ".places IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(" s ".places) pm"         \
    " WHERE pm.value IN (" ids ")))"
#define AN_NAMES_ACTOR(s, ids)                                                             \
    "(" s ".actors IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(" s ".actors) am"         \
    " WHERE am.value IN (" ids ")))"
/* Words are matched in the full-text index only when the subject names no place or actor
 * (query.c leaves :subject_fts NULL then). */
#define AN_SENTENCES_MATCHING(param)                                                       \
    "SELECT h.value AS sid FROM articles_fts f, json_each(an_hits(articles_fts,"            \
    " (SELECT breaks FROM sentences WHERE id = f.rowid))) h"                                 \
    " WHERE articles_fts MATCH " param

#define AN_SENTENCE_FILTERS                                                                \
    " AND (:dups OR a.dup_of IS NULL)"                                                      \
    " AND (:subject IS NULL OR " AN_NAMES_PLACE("s", AN_PLACE_IDS(":subject"))          \
    "  OR " AN_NAMES_ACTOR("s", AN_ACTOR_IDS(":subject"))                               \
    "  OR (:subject_fts IS NOT NULL AND s.id IN (" AN_SENTENCES_MATCHING(":subject_fts") ")))" \
    " AND (:place IS NULL OR " AN_NAMES_PLACE("s", AN_PLACE_IDS(":place")) ")"          \
    " AND (:actor IS NULL OR " AN_NAMES_ACTOR("s", AN_ACTOR_IDS(":actor")) ")"          \
    " AND (:country IS NULL OR " AN_NAMES_PLACE("s", AN_PLACES_IN_COUNTRY) ")"          \
    " AND (:near IS NULL OR " AN_NAMES_PLACE("s", AN_PLACES_NEAR) ")"

/* The names of the actors a name stands for, as merged events hold them. */
#define AN_ACTOR_NAMES(param) "SELECT name FROM actors WHERE id IN (" AN_ACTOR_IDS(param) ")"

/* A merged event g is about a place when it happened there, about an actor when the actor
 * is one of its two sides: what the indexes on event_groups serve in date order. */
#define AN_GROUP_FILTERS                                                                   \
    " AND (:plover IS NULL OR g.plover = :plover)"                                         \
    " AND (:place IS NULL OR g.place_id IN (" AN_PLACE_IDS(":place") "))"                  \
    " AND (:actor IS NULL OR g.actor1 IN (" AN_ACTOR_NAMES(":actor") ")"                   \
    "  OR g.actor2 IN (" AN_ACTOR_NAMES(":actor") "))"                                     \
    " AND (:subject IS NULL OR :subject_fts IS NOT NULL"                                   \
    "  OR g.place_id IN (" AN_PLACE_IDS(":subject") ")"                                    \
    "  OR g.actor1 IN (" AN_ACTOR_NAMES(":subject") ")"                                    \
    "  OR g.actor2 IN (" AN_ACTOR_NAMES(":subject") "))"                                   \
    " AND (:country IS NULL OR g.place_id IN (" AN_PLACES_IN_COUNTRY "))"                  \
    " AND (:near IS NULL OR g.place_id IN (" AN_PLACES_NEAR "))"

/* ... and one of its reports e (place p) is of the type and modality asked, and says the
 * words of a subject that names no place or actor. */
#define AN_EVENT_FILTERS                                                                   \
    " AND (:modality IS NULL OR e.modality = :modality"                                     \
    "  OR (:modality = 'factual' AND e.modality IN ('asserted', 'reported')))"                                    \
    " AND (:type IS NULL OR e.plover = :type COLLATE NOCASE"                               \
    "  OR e.acled_type = :type COLLATE NOCASE OR substr(e.cameo, 1, 2) = :cameo)"          \
    " AND (:subject_fts IS NULL"                                                           \
    "  OR e.sentence_id IN (" AN_SENTENCES_MATCHING(":subject_fts") "))"

#endif
