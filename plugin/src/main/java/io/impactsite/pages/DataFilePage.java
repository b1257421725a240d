package io.impactsite.pages;

import io.impactsite.model.Indicator;
import io.impactsite.model.Message;
import java.util.Set;

/** data/<id>.csv: an indicator's observations file, byte for byte as the content holds it. */
public record DataFilePage(Indicator indicator) implements Page {

    public static Address at(Indicator i) {
        return Address.file("data/" + i.id() + ".csv");
    }

    @Override public Kind kind() {
        return Kind.DATA_FILE;
    }

    @Override public Address address() {
        return at(indicator);
    }

    @Override public Message title() {
        return Message.text(indicator.title());
    }

    @Override public Address parent() {
        return null;
    }

    @Override public Set<String> sources() {
        return Set.of(indicator.dataFile());
    }

    /** The file to copy, relative to the content folder. */
    @Override public String view(ViewContext c) {
        return indicator.dataFile();
    }
}
