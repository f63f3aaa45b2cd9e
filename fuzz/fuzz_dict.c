/* fuzz_dict.c - actor dictionaries in the TABARI / PETRARCH format (annals_options'
 * actor_dictionaries): arbitrary bytes written to a memory file and read as a dictionary.
 * The engine must open (or refuse with ANNALS_EIO and a message naming the file, which only
 * a read error can cause), and a text that names the dictionary's first names must then be
 * annotated into a record that keeps every invariant (fz_check_doc). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char path[64];
    int fd = fz_memfile(data, size, "fuzz-dict", path);
    annals_options o;
    annals_options_init(&o);
    const char *dicts[] = {path, NULL};
    o.actor_dictionaries = dicts;
    annals_engine *e = NULL;
    annals_status st = annals_open(&e, &o);
    if (st != ANNALS_OK) {
        const char *why = annals_open_error();
        FZ_CHECK(st == ANNALS_EIO && why && strstr(why, path), "annals_open: %s",
                 annals_strerror(st));
        close(fd);
        return 0;
    }
    /* a text made of the dictionary's own words, capitalised, so that its names are met */
    char text[2048];
    size_t n = 0;
    for (size_t i = 0; i < size && n + 8 < sizeof text; i++) {
        unsigned char c = data[i];
        if (c == '_' || c == '\n' || c == '+' || c == '\t') c = ' ';
        if (c < 0x20 || c >= 0x7f) continue;
        int word_start = n == 0 || text[n - 1] == ' ';
        text[n] = (char)(word_start ? (c >= 'a' && c <= 'z' ? c - 32 : c)
                                    : (c >= 'A' && c <= 'Z' ? c + 32 : c));
        n++;
    }
    memcpy(text + n, " said.", 7);
    fz_annotate_text(e, text, "2009-06-01");
    annals_close(e);
    close(fd);
    return 0;
}
