/* time.h - the time stage: finds temporal expressions in the sentences and resolves them
 * against the article's publication date (TimeML TIMEX3 values). */
#ifndef AN_TIME_H
#define AN_TIME_H

#include "core/doc.h"

typedef struct an_time_res an_time_res;

/* Loads the time lexicons (data/time-*.txt) once; shared read-only afterwards. */
int an_time_res_load(an_time_res **out);
void an_time_res_free(an_time_res *r);

/* Finds and normalizes the temporal expressions of the document text and captions, after
 * segmentation; appends an_timex entries to doc->times (replacing any from an earlier run),
 * in text order. The document creation time is doc->field[ANNALS_FIELD_PUBLISHED] (may be
 * NULL: then relative expressions keep underspecified values). Returns 0, or -1 when out of
 * memory. */
int an_time_doc(const an_time_res *r, annals_doc *doc);

#endif
