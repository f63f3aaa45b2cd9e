/* data.h - the project's own lexicons and tables (the files under data/), embedded into the library at
 * build time so that every program and test has the same, read-only copy. */
#ifndef AN_DATA_H
#define AN_DATA_H

#include <stddef.h>

/* The bytes of data/NAME (for example "abbreviations.txt"), or NULL. */
const char *an_data(const char *name, size_t *len);

/* Iterates the entries of a data file: comments (#...) and blank lines are skipped, and
 * spaces at both ends are trimmed. Returns 1 with line/len set, 0 at the end. */
typedef struct {
    const char *p, *end;
} an_lines;
void an_lines_init(an_lines *it, const char *data, size_t len);
int an_lines_next(an_lines *it, const char **line, size_t *len);
/* Splits off the next tab-separated field of *line; returns its length. */
size_t an_field_next(const char **line, size_t *len, const char **field);

#endif
