/* country.c - ISO 3166-1 countries by alpha-2 code: the name people use and the numeric
 * code, from the table tools/countries.py builds out of Debian's iso-codes (embedded as
 * countries.txt). Read once, on first use, into a sorted array shared by all threads. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"
#include "core/data.h"

typedef struct {
    char code[3];
    int numeric;
    char *name;
} country;

static country *countries;
static size_t n_countries;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    size_t len;
    const char *data = an_data("countries.txt", &len);
    if (!data) return;
    size_t cap = 0;
    for (size_t i = 0; i < len; i++) cap += data[i] == '\n';
    countries = calloc(cap + 1, sizeof *countries);
    if (!countries) return;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *code, *num, *name;
    size_t n;
    while (an_lines_next(&it, &line, &n) && n_countries < cap) {
        size_t cl = an_field_next(&line, &n, &code);
        size_t nl = an_field_next(&line, &n, &num);
        size_t ml = an_field_next(&line, &n, &name);
        country *c = &countries[n_countries];
        if (cl != 2 || nl == 0 || ml == 0 || !(c->name = malloc(ml + 1))) continue;
        memcpy(c->code, code, 2);
        c->numeric = atoi(num);
        memcpy(c->name, name, ml);
        c->name[ml] = 0;
        n_countries++;
    }
}

static int by_code(const void *key, const void *item) {
    return strncmp(key, ((const country *)item)->code, 2);
}

int annals_country(const char *alpha2, const char **name, int *numeric) {
    if (!alpha2 || strlen(alpha2) != 2) return -1;
    pthread_once(&once, load);
    const country *c = countries ? bsearch(alpha2, countries, n_countries, sizeof *countries, by_code)
                                 : NULL;
    if (!c) return -1;
    if (name) *name = c->name;
    if (numeric) *numeric = c->numeric;
    return 0;
}
