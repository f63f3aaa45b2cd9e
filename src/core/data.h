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

/* Calls fn with the first AN_FIELDS tab-separated fields of every entry of data/NAME
 * (missing ones empty, not NUL-terminated); stops at the first non-zero return of fn and
 * returns it, else 0 (also when there is no such file). */
#define AN_FIELDS 4
typedef struct {
    const char *s;
    size_t n;
} an_field;
typedef int (*an_entry_fn)(void *ctx, const an_field f[AN_FIELDS]);
int an_data_each(const char *name, an_entry_fn fn, void *ctx);
/* Whether field f is the word w. */
int an_field_is(const an_field *f, const char *w);

/* The alpha-2 code (with its NUL) of the country whose ISO 3166-1 alpha-3 code is the three
 * bytes at alpha3 (country.c, from the embedded countries.txt); -1 when none is. */
int an_country_alpha3(const char *alpha3, char alpha2[3]);

#endif
