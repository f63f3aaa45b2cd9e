/* check.h - the unit-test harness: TEST(name) registers a test, CHECK* record failures
 * with file and line and carry on, so one run shows every broken expectation. */
#ifndef AN_CHECK_H
#define AN_CHECK_H

#include <stdint.h>
#include <string.h>

typedef void (*an_test_fn)(void);
void an_test_register(const char *name, an_test_fn fn);
void an_check_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The engine shared by the tests (opened once). */
struct annals_engine *an_test_engine(void);

#define TEST(name)                                                         \
    static void name(void);                                                \
    __attribute__((constructor)) static void register_##name(void) {       \
        an_test_register(#name, name);                                     \
    }                                                                      \
    static void name(void)

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond)) an_check_fail(__FILE__, __LINE__, "%s", #cond);       \
    } while (0)

#define CHECK_INT(got, want)                                               \
    do {                                                                   \
        long long g_ = (long long)(got), w_ = (long long)(want);           \
        if (g_ != w_)                                                      \
            an_check_fail(__FILE__, __LINE__, "%s == %lld, want %lld", #got, g_, w_); \
    } while (0)

#define CHECK_STR(got, want)                                               \
    do {                                                                   \
        const char *g_ = (got), *w_ = (want);                              \
        if (!((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0))) \
            an_check_fail(__FILE__, __LINE__, "%s == \"%s\", want \"%s\"", #got, \
                          g_ ? g_ : "(null)", w_ ? w_ : "(null)");         \
    } while (0)

/* Compares got[0..len) with a C string. */
#define CHECK_MEM(got, len, want)                                          \
    do {                                                                   \
        const char *w_ = (want);                                           \
        size_t l_ = (len);                                                 \
        if (l_ != strlen(w_) || memcmp((got), w_, l_) != 0)                \
            an_check_fail(__FILE__, __LINE__, "%s == \"%.*s\", want \"%s\"", #got, \
                          (int)l_, (const char *)(got), w_);               \
    } while (0)

#endif
