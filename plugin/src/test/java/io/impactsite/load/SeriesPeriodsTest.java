package io.impactsite.load;

import io.impactsite.problem.Problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.impactsite.problem.Problem;
import io.impactsite.model.Period;
import io.impactsite.model.Period.Kind;
import io.impactsite.model.Periods;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Periods as an indicator's CSV gives them: every format of docs/content-reference.md, and how the
 * series as a whole settles a label that could be two kinds. (The parsing rules themselves are
 * tested in io.impactsite.model.PeriodsTest.)
 */
class SeriesPeriodsTest {

    private static ObservationReader.Data read(String csv, Problems problems) {
        return new ObservationReader().read(csv, "indicators/x.csv", ObservationReader.Reading.of("%"), problems)
                .orElse(new ObservationReader.Data(List.of(), List.of()));
    }

    private static List<Period> periods(String csv) {
        return periods(csv, Optional.empty());
    }

    /** The periods of the file's first series, read as an indicator that declares {@code periods} reads them. */
    private static List<Period> periods(String csv, Optional<Kind> declared) {
        Problems problems = new Problems();
        ObservationReader.Data data = new ObservationReader().read(csv, "indicators/x.csv",
                new ObservationReader.Reading("indicators/x.yml", "%", declared, false, List.of()), problems).orElseThrow(
                        () -> new AssertionError(problems.errors()));
        assertEquals(List.of(), problems.errors());
        return data.series().get(0).observations().stream().map(o -> o.period()).toList();
    }

    private static List<String> errors(String csv, Optional<Kind> declared) {
        Problems problems = new Problems();
        new ObservationReader().read(csv, "indicators/x.csv",
                new ObservationReader.Reading("indicators/x.yml", "%", declared, false, List.of()), problems);
        return problems.errors().stream().map(Problem::toString).toList();
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', value = {
        "2019      | YEAR        | 2019 | 0",
        "2019-20   | SCHOOL_YEAR | 2019 | 0",
        "2019/20   | SCHOOL_YEAR | 2019 | 0",
        "2019/2020 | SCHOOL_YEAR | 2019 | 0",
        "2017-19   | RANGE       | 2017 | 2",
        "2017/19   | RANGE       | 2017 | 2",
        "2010-2015 | RANGE       | 2010 | 5",
        "2019-Q3   | QUARTER     | 2019 | 3",
        "2019 Q3   | QUARTER     | 2019 | 3",
        "2019-07   | MONTH       | 2019 | 7",
    })
    void everyFormatOfTheSchemaIsRead(String label, Kind kind, int year, int sub) {
        assertEquals(List.of(new Period(kind, year, sub, label)), periods("period,value\n" + label + ",1\n"));
    }

    @Test
    void twentyElevenDashTwelveCouldBeASchoolYearOrAMonth() {
        assertEquals(EnumSet.of(Kind.SCHOOL_YEAR, Kind.MONTH), Periods.kindsOf("2011-12"));
    }

    @Test
    void inASeriesOfSchoolYearsItIsASchoolYear() {
        // 2012-13 cannot be a month, so no period of the series is one
        assertEquals(Kind.SCHOOL_YEAR, periods("period,value\n2011-12,1\n2012-13,2\n").get(0).kind());
    }

    @Test
    void inASeriesOfMonthsItIsDecember() {
        Period december = periods("period,value\n2011-11,1\n2011-12,2\n").get(1);
        assertEquals(List.of(Kind.MONTH, 12), List.of(december.kind(), december.sub()));
    }

    @Test
    void onItsOwnItIsNeverGuessedButAsked() {
        assertEquals(List.of("indicators/x.csv:2:1: `2011-12` could be a school or fiscal year or a month, and so "
                + "could every period of this series. Say which the indicator means: add `periods: school-years` or "
                + "`periods: months` to indicators/x.yml."), errors("period,value\n2011-12,1\n", Optional.empty()));
    }

    @Test
    void aSeriesThatCouldBeEitherThroughoutIsAskedAboutWhicheverRowComesFirst() {
        // 2010-11 and 2011-12: school years, or November and December
        assertEquals(List.of("indicators/x.csv:2:1: `2010-11` could be a school or fiscal year or a month, and so "
                + "could every period of this series. Say which the indicator means: add `periods: school-years` or "
                + "`periods: months` to indicators/x.yml."), errors("period,value\n2010-11,1\n2011-12,2\n", Optional.empty()));
    }

    @ParameterizedTest(name = "declared {0}")
    @CsvSource({"SCHOOL_YEAR, 2010, 0, 2011, 0", "MONTH, 2010, 11, 2011, 12"})
    void whatTheIndicatorDeclaresDecidesASeriesThatCouldBeEither(Kind declared, int year1, int sub1, int year2, int sub2) {
        List<Period> read = periods("period,value\n2010-11,1\n2011-12,2\n", Optional.of(declared));
        assertEquals(List.of(declared, year1, sub1, declared, year2, sub2), List.of(read.get(0).kind(), read.get(0).year(),
                read.get(0).sub(), read.get(1).kind(), read.get(1).year(), read.get(1).sub()));
    }

    @Test
    void multiYearRangesWithMonthlyLookingLabelsAreAskedAbout() {
        // 2003-05 and 2005-07: three-year ranges, or May 2003 and July 2005
        assertEquals(List.of("indicators/x.csv:2:1: `2003-05` could be a range of years or a month, and so could every "
                + "period of this series. Say which the indicator means: add `periods: ranges` or `periods: months` "
                + "to indicators/x.yml."), errors("period,value\n2003-05,1\n2005-07,2\n", Optional.empty()));
        List<Period> ranges = periods("period,value\n2003-05,1\n2005-07,2\n", Optional.of(Kind.RANGE));
        assertEquals(List.of(2004.0, 2006.0), ranges.stream().map(Period::time).toList());
    }

    @Test
    void aSeriesInWhichAnyPeriodCannotBeAMonthIsNotReadAsMonths() {
        // 2015-17 can only be the years 2015 to 2017, so 2003-05 is too
        assertEquals(List.of(Kind.RANGE, Kind.RANGE),
                periods("period,value\n2003-05,1\n2015-17,2\n").stream().map(Period::kind).toList());
    }

    @Test
    void aDeclarationThatSomePeriodCannotBeIsAnErrorAtThatRow() {
        assertEquals(List.of("indicators/x.csv:3:1: `2012-13` cannot be a month, but indicators/x.yml says "
                + "`periods: months`. Check the period, and what `periods` says."),
                errors("period,value\n2011-12,1\n2012-13,2\n", Optional.of(Kind.MONTH)));
    }

    @Test
    void aDeclarationDoesNotTouchSeriesOfYearsOrQuarters() {
        assertEquals(Kind.YEAR, periods("period,value\n2011,1\n2012,2\n", Optional.of(Kind.MONTH)).get(0).kind());
        assertEquals(Kind.QUARTER, periods("period,value\n2011-Q1,1\n", Optional.of(Kind.SCHOOL_YEAR)).get(0).kind());
    }

    @Test
    void theSeriesDecidesWhicheverRowComesFirst() {
        assertEquals(Kind.MONTH, periods("period,value\n2011-12,1\n2012-01,2\n").get(0).kind());
    }

    @Test
    void spellingsOfSchoolYearsMixInOneSeries() {
        assertEquals(List.of(2018, 2019, 2020),
                periods("period,value\n2018-19,1\n2019/20,2\n2020/2021,3\n").stream().map(Period::year).toList());
    }

    @ParameterizedTest(name = "{0} is not a period")
    @ValueSource(strings = {"Spring 2020", "2019-Q5", "2019-1", "19", "2019-2019", "2019-2200"})
    void anythingElseIsReportedWithItsRowAndColumn(String label) {
        Problems problems = new Problems();
        read("period,value\n2018,1\n" + label + ",2\n", problems);
        assertEquals(List.of("indicators/x.csv:3:1"), problems.errors().stream().map(Problem::location).toList());
    }
}
