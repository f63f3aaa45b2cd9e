/* main.c - runs every registered unit test (or those whose name contains argv[1]) and
 * ends with "N passed, N failed". */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"
#include "check.h"

#define MAX_TESTS 1024

struct test {
    const char *name;
    an_test_fn fn;
};
static struct test tests[MAX_TESTS];
static int n_tests;
static int current_failed;
static annals_engine *engine;

void an_test_register(const char *name, an_test_fn fn) {
    if (n_tests < MAX_TESTS) {
        tests[n_tests].name = name;
        tests[n_tests].fn = fn;
        n_tests++;
    }
}

void an_check_fail(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    current_failed = 1;
}

annals_engine *an_test_engine(void) {
    if (!engine && annals_open(&engine, NULL) != ANNALS_OK) {
        fprintf(stderr, "cannot open the engine\n");
        exit(2);
    }
    return engine;
}

static int by_name(const void *a, const void *b) {
    return strcmp(((const struct test *)a)->name, ((const struct test *)b)->name);
}

int main(int argc, char **argv) {
    const char *filter = argc > 1 ? argv[1] : NULL;
    int passed = 0, failed = 0;
    qsort(tests, (size_t)n_tests, sizeof tests[0], by_name);
    for (int i = 0; i < n_tests; i++) {
        if (filter && !strstr(tests[i].name, filter)) continue;
        current_failed = 0;
        tests[i].fn();
        if (current_failed) {
            fprintf(stderr, "FAIL %s\n", tests[i].name);
            failed++;
        } else {
            passed++;
        }
    }
    annals_close(engine);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
