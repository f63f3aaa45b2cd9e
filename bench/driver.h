/* driver.h - what the stage benchmarks' C drivers (written by bench/places.sh and
 * bench/time.sh) share: the thread's CPU clock, which holds when the machine is busy, and
 * reading the corpus whole. */
#ifndef BENCH_DRIVER_H
#define BENCH_DRIVER_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* The file at path, NUL-terminated, and its size; NULL (having said why) when unreadable. */
static inline char *read_all(const char *path, long *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return perror(path), NULL;
    fseek(f, 0, SEEK_END);
    *size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *all = *size >= 0 ? malloc((size_t)*size + 1) : NULL;
    if (!all || fread(all, 1, (size_t)*size, f) != (size_t)*size) {
        fprintf(stderr, "%s: cannot read\n", path);
        fclose(f);
        free(all);
        return NULL;
    }
    fclose(f);
    all[*size] = 0;
    return all;
}

static inline double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
