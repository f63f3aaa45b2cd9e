/* fuzz_verbs.c - CAMEO verb-pattern dictionaries in the PETRARCH format (annals_options'
 * verb_dictionaries): arbitrary bytes written to a memory file and read as a dictionary.
 * The engine must open, or refuse with ANNALS_EFORMAT (a broken line) or ANNALS_EIO and a
 * message naming the file; and a text made of the dictionary's own words, which meets its
 * verbs and patterns, must then be annotated into a record that keeps every invariant
 * (fz_check_doc). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char path[64];
    int fd = fz_memfile(data, size, "fuzz-verbs", path);
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
    fz_annotate_text(e, text, "2009-06-01");
    annals_close(e);
    close(fd);
    return 0;
}
