/* calendar.h - proleptic Gregorian day arithmetic and ISO 8601 weeks for the time stage. */
#ifndef AN_TIME_CALENDAR_H
#define AN_TIME_CALENDAR_H

/* Days since 1970-01-01 of y-m-d (m 1..12; d may overflow, it is counted on). */
long an_cal_days(int y, int m, int d);
/* The inverse of an_cal_days. */
void an_cal_civil(long days, int *y, int *m, int *d);
/* 1 = Monday .. 7 = Sunday. */
int an_cal_weekday(long days);
int an_cal_leap(int y);
int an_cal_month_days(int y, int m);
/* The ISO week-numbering year and week (1..53) of a day. */
void an_cal_iso_week(long days, int *iso_year, int *week);
/* The Monday of ISO week w of iso year y. */
long an_cal_iso_monday(int y, int w);
/* The day count of Easter Sunday of year y (Gregorian computus). */
long an_cal_easter(int y);
/* Adds n months to y-m (day kept out of it). */
void an_cal_add_months(int *y, int *m, int n);

#endif
