/* country.c - ISO 3166-1 countries by alpha-2 code: the name people use, the numeric
 * code and the alpha-3 code, from the table tools/countries.py builds out of Debian's iso-codes (embedded as
 * countries.txt). Read once, on first use, into a sorted array shared by all threads. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"
#include "core/data.h"

typedef struct {
    char code[3], alpha3[4];
    int numeric;
    char *name;
} country;

static country *countries;
static size_t n_countries;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int add_country(void *cap, const an_field f[AN_FIELDS]) {
    country *c = &countries[n_countries];
    if (n_countries >= *(size_t *)cap || f[0].n != 2 || f[1].n == 0 || f[2].n == 0 ||
        !(c->name = malloc(f[2].n + 1)))
        return 0;
    memcpy(c->code, f[0].s, 2);
    if (f[3].n == 3) memcpy(c->alpha3, f[3].s, 3);
    c->numeric = atoi(f[1].s);
    memcpy(c->name, f[2].s, f[2].n);
    c->name[f[2].n] = 0;
    n_countries++;
    return 0;
}

static void load(void) {
    size_t len, cap = 0;
    const char *data = an_data("countries.txt", &len);
    for (size_t i = 0; data && i < len; i++) cap += data[i] == '\n';
    countries = calloc(cap + 1, sizeof *countries);
    if (countries) an_data_each("countries.txt", add_country, &cap);
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

int an_country_alpha3(const char *alpha3, char alpha2[3]) {
    pthread_once(&once, load);
    for (size_t i = 0; countries && i < n_countries; i++)
        if (memcmp(countries[i].alpha3, alpha3, 3) == 0 && countries[i].alpha3[0]) {
            memcpy(alpha2, countries[i].code, 3);
            return 0;
        }
    return -1;
}
