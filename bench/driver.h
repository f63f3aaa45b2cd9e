/* driver.h - what the stage benchmarks' C drivers (written by bench/places.sh and
 * bench/time.sh) share: the thread's CPU clock, which holds when the machine is busy. */
#ifndef BENCH_DRIVER_H
#define BENCH_DRIVER_H

#include <time.h>

static inline double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
