/* filters.h - the WHERE clauses of the filters, in one place. Each is a string literal
 * whose parameters are bound by name in an_filters_bind; a NULL parameter turns a filter
 * off. Sentence filters test `s.id` (a sentence) and `a` (its article); event filters
 * test `e` (an event) and `p` (its place). */
#ifndef AN_QUERY_FILTERS_H
#define AN_QUERY_FILTERS_H

/* By the name a place or actor has in the store, or as written: two indexed look-ups (an
 * OR across the two tables would scan every mention). */
#define AN_SENTENCES_WITH_PLACE(param)                                                     \
    "SELECT pm.sentence_id FROM places p JOIN place_mentions pm ON pm.place_id = p.id"    \
    " WHERE p.name = " param " COLLATE NOCASE"                                             \
    " UNION SELECT sentence_id FROM place_mentions WHERE text = " param " COLLATE NOCASE"
#define AN_SENTENCES_WITH_ACTOR(param)                                                     \
    "SELECT am.sentence_id FROM actors x JOIN actor_mentions am ON am.actor_id = x.id"    \
    " WHERE x.name = " param " COLLATE NOCASE"                                             \
    " UNION SELECT sentence_id FROM actor_mentions WHERE text = " param " COLLATE NOCASE"
#define AN_SENTENCES_MATCHING(param) \
    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH " param
#define AN_PLACES_NEAR                                                                     \
    "SELECT r.id FROM places_rtree r JOIN places pn ON pn.id = r.id"                       \
    " WHERE r.min_lat <= :max_lat AND r.max_lat >= :min_lat AND r.min_lon <= :max_lon"     \
    " AND r.max_lon >= :min_lon AND an_distance_km(pn.lat, pn.lon, :lat, :lon) <= :radius"

/* A period [date_start, date_end] of table T overlapping [:lo, :hi] (always bound, to
 * the ends of time when open), written so the index on date_start serves it: no period
 * is longer than a year. */
#define AN_PERIOD_OVERLAPS(T)                                                             \
    " " T ".date_start <= :hi AND " T ".date_start >= date(:lo, '-367 days')"              \
    " AND " T ".date_end >= :lo"

#define AN_SENTENCE_FILTERS                                                                \
    " AND (:dups OR a.dup_of IS NULL)"                                                      \
    " AND (:subject IS NULL OR s.id IN (" AN_SENTENCES_MATCHING(":subject_fts") ")"         \
    "  OR s.id IN (" AN_SENTENCES_WITH_PLACE(":subject") ")"                               \
    "  OR s.id IN (" AN_SENTENCES_WITH_ACTOR(":subject") "))"                              \
    " AND (:place IS NULL OR s.id IN (" AN_SENTENCES_WITH_PLACE(":place") "))"             \
    " AND (:actor IS NULL OR s.id IN (" AN_SENTENCES_WITH_ACTOR(":actor") "))"             \
    " AND (:country IS NULL OR s.id IN (SELECT pm.sentence_id FROM place_mentions pm"      \
    "  JOIN places pc ON pc.id = pm.place_id WHERE pc.country = :country COLLATE NOCASE))" \
    " AND (:near IS NULL OR s.id IN (SELECT pm.sentence_id FROM place_mentions pm"         \
    "  WHERE pm.place_id IN (" AN_PLACES_NEAR ")))"

#define AN_EVENT_FILTERS                                                                   \
    " AND (:modality IS NULL OR e.modality = :modality)"                                    \
    " AND (:type IS NULL OR e.plover = :type COLLATE NOCASE"                               \
    "  OR e.acled_type = :type COLLATE NOCASE OR substr(e.cameo, 1, 2) = :cameo)"          \
    " AND (:actor IS NULL OR e.actor1 = :actor COLLATE NOCASE"                             \
    "  OR e.actor2 = :actor COLLATE NOCASE"                                                \
    "  OR e.sentence_id IN (" AN_SENTENCES_WITH_ACTOR(":actor") "))"                       \
    " AND (:country IS NULL OR p.country = :country COLLATE NOCASE)"                       \
    " AND (:place IS NULL OR p.name = :place COLLATE NOCASE"                               \
    "  OR e.sentence_id IN (" AN_SENTENCES_WITH_PLACE(":place") "))"                       \
    " AND (:subject IS NULL OR p.name = :subject COLLATE NOCASE"                           \
    "  OR e.actor1 = :subject COLLATE NOCASE OR e.actor2 = :subject COLLATE NOCASE"        \
    "  OR e.sentence_id IN (" AN_SENTENCES_MATCHING(":subject_fts") ")"                    \
    "  OR e.sentence_id IN (" AN_SENTENCES_WITH_PLACE(":subject") ")"                      \
    "  OR e.sentence_id IN (" AN_SENTENCES_WITH_ACTOR(":subject") "))"                     \
    " AND (:near IS NULL OR e.place_id IN (" AN_PLACES_NEAR "))"

#endif
