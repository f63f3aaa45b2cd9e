/* jsonl.h - one article from one JSON Lines record. */
#ifndef AN_JSONL_H
#define AN_JSONL_H

#include <stddef.h>

#include "annals.h"
#include "core/doc.h"
#include "read/plaintext.h"

/* Fills doc from the JSON object in line[0..len). On failure returns the error and writes
 * a one-line reason into msg. */
annals_status an_read_jsonl(const an_read_res *r, annals_doc *doc, const char *line, size_t len,
                            char *msg, size_t msglen);

/* Normalizes an ISO 8601 date or timestamp (also YYYYMMDD) into out; returns 1 when valid. */
int an_iso_normalize(const char *s, size_t len, char out[40]);

/* Turns an HTML fragment into one block of text a line (block elements end lines; script,
 * style and the like are dropped), leaving inline markup for an_clean_inline. */
int an_html_to_lines(const char *s, size_t len, an_buf *out);

#endif
