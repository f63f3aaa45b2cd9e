/* fuzz_verbs.c - CAMEO verb-pattern dictionaries in the PETRARCH format (annals_options'
 * verb_dictionaries): arbitrary bytes written to a memory file and read as a dictionary.
 * The engine must open, or refuse with ANNALS_EFORMAT (a broken line) or ANNALS_EIO and a
 * message naming the file; and a text made of the dictionary's own words, which meets its
 * verbs and patterns, must then be annotated into a record that keeps every invariant
 * (fz_check_doc). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int fd = memfd_create("fuzz-verbs", 0);
    FZ_CHECK(fd >= 0, "memfd_create failed%s", "");
    FZ_CHECK(write(fd, data, size) == (ssize_t)size, "write failed%s", "");
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    annals_options o;
    annals_options_init(&o);
    const char *verbs[] = {path, NULL};
    o.verb_dictionaries = verbs;
    annals_engine *e = NULL;
    annals_status st = annals_open(&e, &o);
    if (st != ANNALS_OK) {
        const char *why = annals_open_error();
        FZ_CHECK((st == ANNALS_EFORMAT || st == ANNALS_EIO) && why && strstr(why, path),
                 "annals_open: %s", annals_strerror(st));
        close(fd);
        return 0;
    }
    /* the dictionary's words in lower case, with a name in front so that a verb has a
     * subject: "Greece heckled the minister ..." */
    char text[2048] = "Greece ";
    size_t n = strlen(text);
    for (size_t i = 0; i < size && n + 16 < sizeof text; i++) {
        unsigned char c = data[i];
        if (c == '_' || c == '\n' || c == '+' || c == '\t' || c == '*' || c == '$') c = ' ';
        if (c < 0x20 || c >= 0x7f) continue;
        text[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    memcpy(text + n, " in Turkey.", 12);
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
