/* fuzz_dict.c - actor dictionaries in the TABARI / PETRARCH format (annals_options'
 * actor_dictionaries): arbitrary bytes written to a memory file and read as a dictionary.
 * The engine must open (or refuse with ANNALS_EIO and a message naming the file, which only
 * a read error can cause), and a text that names the dictionary's first names must then be
 * annotated into a record that keeps every invariant (fz_check_doc). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int fd = memfd_create("fuzz-dict", 0);
    FZ_CHECK(fd >= 0, "memfd_create failed%s", "");
    FZ_CHECK(write(fd, data, size) == (ssize_t)size, "write failed%s", "");
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
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
    annals_doc *doc = NULL;
    st = annals_doc_new(e, &doc);
    FZ_CHECK(st == ANNALS_OK, "annals_doc_new: %s", annals_strerror(st));
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, "2009-06-01", 10);
    annals_doc_set(doc, ANNALS_FIELD_PUBLISHED_FROM, "given", 5);
    st = annals_annotate(e, doc, ANNALS_STAGE_ALL);
    FZ_CHECK(st == ANNALS_OK, "annals_annotate: %s", annals_strerror(st));
    fz_check_doc(e, doc, 1, NULL);
    annals_doc_free(doc);
    annals_close(e);
    close(fd);
    return 0;
}
