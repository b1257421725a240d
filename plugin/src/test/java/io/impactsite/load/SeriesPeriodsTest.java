package io.impactsite.load;

import io.impactsite.problem.Problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.impactsite.problem.Problem;
import io.impactsite.model.Period;
import io.impactsite.model.Period.Kind;
import io.impactsite.model.Periods;
import java.util.EnumSet;
import java.util.List;
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
        return new ObservationReader().read(csv, "indicators/x.csv", "%", problems);
    }

    private static List<Period> periods(String csv) {
        Problems problems = new Problems();
        ObservationReader.Data data = read(csv, problems);
        assertEquals(List.of(), problems.errors());
        return data.series().get(0).observations().stream().map(o -> o.period()).toList();
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', value = {
        "2019      | YEAR        | 2019 | 0",
        "2019-20   | SCHOOL_YEAR | 2019 | 0",
        "2019/20   | SCHOOL_YEAR | 2019 | 0",
        "2019/2020 | SCHOOL_YEAR | 2019 | 0",
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
        assertEquals(Kind.SCHOOL_YEAR, periods("period,value\n2010-11,1\n2011-12,2\n").get(1).kind());
    }

    @Test
    void inASeriesOfMonthsItIsDecember() {
        Period december = periods("period,value\n2011-11,1\n2011-12,2\n").get(1);
        assertEquals(List.of(Kind.MONTH, 12), List.of(december.kind(), december.sub()));
    }

    @Test
    void onItsOwnItIsASchoolYear() {
        assertEquals(Kind.SCHOOL_YEAR, periods("period,value\n2011-12,1\n").get(0).kind());
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
    @ValueSource(strings = {"Spring 2020", "2019-21", "2019-Q5", "2019-13", "19"})
    void anythingElseIsReportedWithItsRowAndColumn(String label) {
        Problems problems = new Problems();
        read("period,value\n2018,1\n" + label + ",2\n", problems);
        assertEquals(List.of("indicators/x.csv:3:1"), problems.errors().stream().map(Problem::location).toList());
    }
}
