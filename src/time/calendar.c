/* calendar.c - day counts from civil dates and back (the era algorithm: 400-year cycles
 * of 146097 days), weekdays and ISO weeks. */
#include "time/calendar.h"

int an_cal_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int an_cal_month_days(int y, int m) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 30;
    return m == 2 && an_cal_leap(y) ? 29 : days[m - 1];
}

long an_cal_days(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void an_cal_civil(long days, int *y, int *m, int *d) {
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long doe = days - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int an_cal_weekday(long days) {
    long w = (days + 3) % 7; /* 1970-01-01 was a Thursday */
    if (w < 0) w += 7;
    return (int)w + 1;
}

long an_cal_iso_monday(int y, int w) {
    long jan4 = an_cal_days(y, 1, 4); /* week 1 holds January 4 */
    long monday1 = jan4 - (an_cal_weekday(jan4) - 1);
    return monday1 + 7L * (w - 1);
}

void an_cal_iso_week(long days, int *iso_year, int *week) {
    int y, m, d;
    an_cal_civil(days + (4 - an_cal_weekday(days)), &y, &m, &d); /* the week's Thursday */
    *iso_year = y;
    *week = (int)((days - an_cal_iso_monday(y, 1)) / 7) + 1;
}

void an_cal_add_months(int *y, int *m, int n) {
    long t = (long)*y * 12 + (*m - 1) + n;
    long q = t >= 0 ? t / 12 : -((-t + 11) / 12);
    *y = (int)q;
    *m = (int)(t - q * 12) + 1;
}

long an_cal_easter(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return an_cal_days(y, month, day);
}
