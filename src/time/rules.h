/* rules.h - the recognizer's rules that live outside recognize.c. Each reads the
 * sentence from token i and, when it matches, fills t (tokens [t->a, t->b)) and returns 1. */
#ifndef AN_TIME_RULES_H
#define AN_TIME_RULES_H

#include "time/words.h"

/* units.c */
int an_tr_compound(const an_tctx *c, size_t i, tx *t);      /* two-year, third-quarter, mid-1990s */
int an_tr_the_compound(const an_tctx *c, size_t i, tx *t);  /* the mid-1990s */
int an_tr_quarter(const an_tctx *c, size_t i, tx *t);       /* the third quarter of 1990, Q1 */
int an_tr_unit(const an_tctx *c, size_t i, tx *t, int after_mod); /* five years, last week */
int an_tr_year_ago_period(const an_tctx *c, size_t i, tx *t); /* the year-ago quarter */
int an_tr_set(const an_tctx *c, size_t i, tx *t);           /* every Monday, weekly */
int an_tr_set_may_match(const an_tctx *c, size_t i); /* whether an_tr_set can match at i */

#endif
