package io.impactsite.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date written as precisely as the content knows it: a year ({@code 2019}), a month
 * ({@code 2019-07}) or a day ({@code 2019-07-01}), as a contribution's start and end are.
 *
 * @param month 1 to 12, or 0 when only the year is written
 * @param day   1 to 31, or 0 when no day is written
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** The first day it can mean: 2019 is January 1, 2019. */
    public LocalDate first() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day it can mean: 2019 is December 31, 2019; 2019-02 is February 28. */
    public LocalDate last() {
        if (month == 0) return LocalDate.of(year, 12, 31);
        if (day == 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, month, day);
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** As written: "2019", "2019-07", "2019-07-01". */
    @Override
    public String toString() {
        if (month == 0) return String.valueOf(year);
        String m = (month < 10 ? "-0" : "-") + month;
        return day == 0 ? year + m : year + m + (day < 10 ? "-0" : "-") + day;
    }

    @Override
    public int compareTo(PartialDate o) {
        return first().compareTo(o.first());
    }
}
