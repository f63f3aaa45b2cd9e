/* fuzz_read.c - raw bytes of any kind (the plain-text form, JSON Lines, gzip of either, HTML,
 * binary) through a memory reader, the way `annals read` takes a file: every article is
 * annotated and checked, every error must say where. */
#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    annals_engine *e = fz_engine(0);
    int gzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    fz_run run;
    fz_read_all(e, "fuzz.in", data, size, gzip ? 0 : FZ_PLAIN, &run);
    fz_run_free(&run);
    return 0;
}
