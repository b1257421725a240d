package io.impactsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.model.Observation;
import io.impactsite.model.Series;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the CSV reader makes of a file's columns and cells (the messages are in the bad-input corpus). */
class ObservationReaderTest {
    private static final String FILE = "indicators/x.csv";

    private record Read(Optional<ObservationReader.Data> data, Problems problems) {
        Series only() {
            assertEquals(List.of(), problems.errors());
            assertEquals(1, data.orElseThrow().series().size());
            return data.get().series().get(0);
        }

        List<String> errors() {
            return problems.errors().stream().map(Problem::toString).toList();
        }
    }

    private static Read read(String csv, List<String> siteAttributes) {
        Problems problems = new Problems();
        Optional<ObservationReader.Data> data = new ObservationReader().read(csv, FILE,
                new ObservationReader.Reading("indicators/x.yml", "%", Optional.empty(), false, siteAttributes), problems);
        return new Read(data, problems);
    }

    private static Read read(String csv) {
        return read(csv, List.of());
    }

    @Test
    void numberedCommentColumnsAreNotesOnAValueNeverGroups() {
        Series s = read("Year,Age,COMMENT_OBS,COMMENT_OBS_0,COMMENT_OBS_12,Value\n"
                + "2019,,a,b,c,1\n2019,3,,,,2\n").only();
        assertEquals(List.of("Age"), s.dimensions());
        assertEquals(Map.of("COMMENT_OBS", "a", "COMMENT_OBS_0", "b", "COMMENT_OBS_12", "c"),
                s.observations().get(0).attributes());
        assertEquals(1, s.headline().size());
    }

    @Test
    void columnsTheSiteListsAreNotesInBothLayoutsAndSoAreTheirNumberedFamilies() {
        Series open = read("Year,Age,Source note,Source note_1,Value\n2019,,x,y,1\n2019,3,,,2\n",
                List.of("Source note")).only();
        assertEquals(List.of("Age"), open.dimensions());
        assertEquals(Map.of("Source note", "x", "Source note_1", "y"), open.observations().get(0).attributes());
        Series tidy = read("period,value,race,Source note\n2019,1,,x\n2019,2,Black,\n", List.of("Source note")).only();
        assertEquals(List.of("race"), tidy.dimensions());
        assertEquals(Map.of("Source note", "x"), tidy.observations().get(0).attributes());
    }

    @Test
    void aColumnTheSiteDoesNotListIsAGroupAsBefore() {
        Series s = read("Year,Age,Source note,Value\n2019,,,1\n2019,3,x,2\n").only();
        assertEquals(Map.of("Age", "3", "Source note", "x"), s.observations().get(1).dimensions());
        assertEquals(Map.of(), s.observations().get(1).attributes());
    }

    @Test
    void spacesAroundValuesAndGroupsAreNotPartOfThem() {
        Read r = read("period,value,race\n 2019 , 40.5 ,\n2019,35.0,  Black \n2020,\t36.0\t,\"Black\"\n");
        Series s = r.only();
        assertEquals(List.of(new BigDecimal("40.5"), new BigDecimal("35.0"), new BigDecimal("36.0")),
                s.observations().stream().map(Observation::value).toList());
        assertEquals(List.of("2019", "2020"), s.groups().get(0).observations().stream().map(o -> o.period().label()).toList());
        assertEquals(List.of("indicators/x.csv:2:1", "indicators/x.csv:2:2", "indicators/x.csv:3:3"),
                r.problems().warnings().stream().map(Problem::location).toList());
    }

    @Test
    void rowsThatRepeatGroupsShareOneMapOfThem() {
        Series s = read("period,value,race\n2019,1,Black\n2020,2,Black\n").only();
        assertSame(s.observations().get(0).dimensions(), s.observations().get(1).dimensions());
    }

    @ParameterizedTest(name = "{0} is read as it is written")
    @ValueSource(strings = {"1.7976931348623157E308", "-1e308", "4.9e-324", "0", "0.000", "-0.5", "1234567890.123456789"})
    void everyNumberADoubleCanHoldIsRead(String value) {
        BigDecimal read = read("period,value\n2019," + value + "\n").only().observations().get(0).value();
        assertEquals(new BigDecimal(value), read);
        assertTrue(Double.isFinite(read.doubleValue()));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"1e309", "-1e309", "1e-400", "Infinity", "-Infinity", "inf", "1e99999999999"})
    void noValueThatWouldBeInfinityOrZeroByMistakePasses(String value) {
        Read r = read("period,value\n2019,1\n2020," + value + "\n");
        assertTrue(r.data().isEmpty());
        assertEquals(List.of("indicators/x.csv:3:2"), r.problems().errors().stream().map(Problem::location).toList());
    }

    @Test
    void nanIsAMissingValueMarkerNeverANumber() {
        assertFalse(read("period,value\n2019,NaN\n").only().observations().get(0).hasValue());
    }

    @Test
    void aLineOfSpacesIsABlankLine() {
        Series s = read("period,value\n2019,1\n   \n2020,2\n").only();
        assertEquals(List.of(2, 4), s.observations().stream().map(Observation::row).toList());
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineThatOpensIt() {
        assertEquals(List.of("indicators/x.csv:4: a quote (\") opens a value on this line and is never closed. Close it "
                + "after the value, or remove it."), read("period,value,race\n2019,1,\"A\nB\"\n2020,2,\"Black\n2021,3,\n")
                .errors());
    }
}
