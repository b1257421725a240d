package io.impactsite.load;

import io.impactsite.load.Documents.DictionaryDoc;
import io.impactsite.model.DataDictionary;
import io.impactsite.model.PartialDate;
import io.impactsite.model.Series;
import java.util.List;

/** An indicator's data dictionary: dates as a year, month or day, a break at a period the data use. */
final class DictionaryReader {
    private DictionaryReader() {}

    static DataDictionary read(DictionaryDoc doc, List<Series> series, YamlReader.Lines lines, Fields f) {
        if (doc == null) return DataDictionary.NONE;
        PartialDate updated = ContributionReader.date(doc.updated(), lines.of(doc, "updated"), "dictionary.updated", f);
        PartialDate next = ContributionReader.date(doc.nextRelease(), lines.of(doc, "nextRelease"), "dictionary.nextRelease", f);
        if (updated != null && next != null && next.last().isBefore(updated.first())) {
            f.error(lines.of(doc, "nextRelease"), "`dictionary.nextRelease` is " + next + ", before `dictionary.updated` ("
                    + updated + "). The next release comes after the last update: check both dates.");
        }
        List<DataDictionary.ComparabilityBreak> breaks = Fields.list(doc.breaks()).stream().map(b -> {
            int at = lines.of(b);
            String period = f.required(b.period(), at, "dictionary.breaks.period",
                    "Name the first period counted the new way: `period: 2020-21`.");
            IndicatorLoader.checkPeriod(period, series, "", lines.of(b, "period"), "dictionary.breaks.period", f);
            return new DataDictionary.ComparabilityBreak(period, f.required(b.note(), at, "dictionary.breaks.note",
                    "Say what changed, so that readers know what not to compare: `note: The assessment changed.`"));
        }).toList();
        return new DataDictionary(updated, next, Fields.optional(doc.steward()), Fields.optional(doc.suppression()), breaks);
    }
}
