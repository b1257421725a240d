package io.impactsite.pages;

import io.impactsite.model.Message;

/**
 * A page of a past edition that the current site links to (its home, its report card, an
 * indicator it no longer reports). The edition's own build writes it; it is in the current tree so
 * that those links are checked like any other, and so that no page of the site can take its address.
 */
public record EditionPage(int year, Address address) implements Page {

    /** The edition's home: {@code 2024/}. */
    public static Address at(int year) {
        return Address.folder(Integer.toString(year));
    }

    /** A page of the edition, at its address in the edition ("indicators/x/"). */
    public static Address at(int year, Address inEdition) {
        return new Address(year + "/" + inEdition.path());
    }

    @Override public Kind kind() {
        return Kind.EDITION;
    }

    @Override public Message title() {
        return Message.text(Integer.toString(year));
    }

    @Override public Address parent() {
        return null;
    }

    /** Listed in initiative.yml: a page at the same address is reported there. */
    @Override public java.util.Set<String> sources() {
        return java.util.Set.of("initiative.yml");
    }

    @Override public Object view(ViewContext c) {
        throw new IllegalStateException("a past edition's page is written by its own build: " + address);
    }
}
