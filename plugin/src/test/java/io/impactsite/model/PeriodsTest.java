package io.impactsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.model.Period.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every period format DESIGN.md names, the time each counts as, order and sameness. */
class PeriodsTest {

    private static Period parse(String label, Kind kind) {
        return Periods.parse(label, kind).orElseThrow(() -> new AssertionError(label + " is no " + kind));
    }

    @ParameterizedTest(name = "{0} as {1}: year {2}, sub {3}, time {4}")
    @CsvSource({
        "2019,      YEAR,        2019, 0, 2019.0",
        // a school or fiscal year counts as its first year
        "2019-20,   SCHOOL_YEAR, 2019, 0, 2019.0",
        "2019/20,   SCHOOL_YEAR, 2019, 0, 2019.0",
        "2019/2020, SCHOOL_YEAR, 2019, 0, 2019.0",
        // across the century: 1999 + 1 = 2000, written 00
        "1999-00,   SCHOOL_YEAR, 1999, 0, 1999.0",
        // a range of years counts as its middle: 2017-19 is 2018
        "2017-19,   RANGE,       2017, 2, 2018.0",
        "2010-2015, RANGE,       2010, 5, 2012.5",
        "1999-01,   RANGE,       1999, 2, 2000.0",
        // quarters: year + (q-1)/4
        "2019-Q1,   QUARTER,     2019, 1, 2019.0",
        "2019-Q3,   QUARTER,     2019, 3, 2019.5",
        "2019 Q3,   QUARTER,     2019, 3, 2019.5",
        "2019-Q4,   QUARTER,     2019, 4, 2019.75",
        // months: year + (m-1)/12
        "2019-01,   MONTH,       2019, 1, 2019.0",
        "2019-07,   MONTH,       2019, 7, 2019.5",
        "2019-10,   MONTH,       2019, 10, 2019.75",
    })
    void parsesEveryFormat(String label, Kind kind, int year, int sub, double time) {
        Period p = parse(label, kind);
        assertEquals(kind, p.kind());
        assertEquals(year, p.year());
        assertEquals(sub, p.sub());
        assertEquals(time, p.time(), 1e-12);
        assertEquals(label, p.label());
        assertEquals(label, p.toString());
    }

    @Test
    void theNextPeriodKeepsItsKindAndLength() {
        assertEquals(List.of("2020", "2019-20", "2018-20", "2020-Q1", "2020-01", "2000-01"), List.of(
                Periods.next(parse("2019", Kind.YEAR)).label(), Periods.next(parse("2018-19", Kind.SCHOOL_YEAR)).label(),
                Periods.next(parse("2017-19", Kind.RANGE)).label(), Periods.next(parse("2019-Q4", Kind.QUARTER)).label(),
                Periods.next(parse("2019-12", Kind.MONTH)).label(), Periods.next(parse("1999-00", Kind.SCHOOL_YEAR)).label()));
        assertEquals(new Period(Kind.RANGE, 2018, 2, "2018-20"), Periods.next(parse("2017-19", Kind.RANGE)));
    }

    @Test
    void monthTimeInTwelfths() {
        // 2019-12: 2019 + 11/12 = 2019.916667
        assertEquals(2019.916667, parse("2019-12", Kind.MONTH).time(), 1e-6);
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertEquals(2019, parse(" 2019 ", Kind.YEAR).year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-21", "2019/2021", "2019-2020x", "19-20"})
    void notSchoolYears(String label) {
        assertTrue(Periods.parse(label, Kind.SCHOOL_YEAR).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13", "2019-00", "2019-7", "2019-Q5", "2019-Q0", "19", "", "abc", "2019.5"})
    void notPeriodsOfTheKindsTheyResemble(String label) {
        assertTrue(Periods.parse(label, Kind.MONTH).isEmpty());
        assertTrue(Periods.parse(label, Kind.QUARTER).isEmpty());
        assertTrue(Periods.parse(label, Kind.YEAR).isEmpty());
    }

    @Test
    void kindsOfALabel() {
        assertEquals(EnumSet.of(Kind.YEAR), Periods.kindsOf("2019"));
        assertEquals(EnumSet.of(Kind.SCHOOL_YEAR), Periods.kindsOf("2019-20"));
        assertEquals(EnumSet.of(Kind.QUARTER), Periods.kindsOf("2019 Q3"));
        assertEquals(EnumSet.of(Kind.MONTH), Periods.kindsOf("2019-07"));
        // both a school year and December 2011: the series decides
        assertEquals(EnumSet.of(Kind.SCHOOL_YEAR, Kind.MONTH), Periods.kindsOf("2011-12"));
        // both the years 2003 to 2005 and May 2003
        assertEquals(EnumSet.of(Kind.RANGE, Kind.MONTH), Periods.kindsOf("2003-05"));
        assertEquals(EnumSet.of(Kind.RANGE), Periods.kindsOf("2015-17"));
        // never a range of 88 years written with two digits, nor of none
        assertEquals(EnumSet.of(Kind.MONTH), Periods.kindsOf("2019-07"));
        assertTrue(Periods.kindsOf("2019-2019").isEmpty());
        assertTrue(Periods.kindsOf("soon").isEmpty());
    }

    @Test
    void sortsByTime() {
        List<Period> quarters = new ArrayList<>(List.of(parse("2020-Q1", Kind.QUARTER), parse("2019-Q4", Kind.QUARTER),
                parse("2019 Q2", Kind.QUARTER), parse("2019-Q3", Kind.QUARTER)));
        Collections.sort(quarters);
        assertEquals(List.of("2019 Q2", "2019-Q3", "2019-Q4", "2020-Q1"), quarters.stream().map(Period::label).toList());

        List<Period> months = new ArrayList<>(List.of(parse("2019-10", Kind.MONTH), parse("2019-02", Kind.MONTH),
                parse("2018-12", Kind.MONTH)));
        Collections.sort(months);
        assertEquals(List.of("2018-12", "2019-02", "2019-10"), months.stream().map(Period::label).toList());

        List<Period> years = new ArrayList<>(List.of(parse("2021", Kind.YEAR), parse("2009", Kind.YEAR),
                parse("2015", Kind.YEAR)));
        Collections.sort(years);
        assertEquals(List.of("2009", "2015", "2021"), years.stream().map(Period::label).toList());

        List<Period> schoolYears = new ArrayList<>(List.of(parse("2020-21", Kind.SCHOOL_YEAR),
                parse("2018/2019", Kind.SCHOOL_YEAR), parse("2019/20", Kind.SCHOOL_YEAR)));
        Collections.sort(schoolYears);
        assertEquals(List.of("2018/2019", "2019/20", "2020-21"), schoolYears.stream().map(Period::label).toList());
    }

    @Test
    void samePeriodAcrossLabels() {
        Period slash = parse("2019/20", Kind.SCHOOL_YEAR);
        Period dash = parse("2019-20", Kind.SCHOOL_YEAR);
        Period full = parse("2019/2020", Kind.SCHOOL_YEAR);
        assertTrue(slash.samePeriod(dash));
        assertTrue(dash.samePeriod(full));
        assertEquals(0, slash.compareTo(dash));
        assertNotEquals(slash, dash); // the label is kept as written
        assertTrue(parse("2019-Q3", Kind.QUARTER).samePeriod(parse("2019 Q3", Kind.QUARTER)));
        // not the same: another kind with the same year, or another year
        assertFalse(slash.samePeriod(parse("2019", Kind.YEAR)));
        assertFalse(slash.samePeriod(parse("2020-21", Kind.SCHOOL_YEAR)));
        // 2019-Q3 and 2019-07 share a time (2019.5) but are different kinds of period
        assertFalse(parse("2019-Q3", Kind.QUARTER).samePeriod(parse("2019-07", Kind.MONTH)));
    }
}
