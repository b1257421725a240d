package io.impactsite.pages;

import io.impactsite.model.Asset;
import io.impactsite.model.Message;
import java.util.Set;

/** A file of the content's assets/ folder, copied as it is to the same address. */
public record AssetPage(Asset asset) implements Page {

    @Override public Kind kind() {
        return Kind.ASSET;
    }

    @Override public Address address() {
        return Address.file(asset.path());
    }

    @Override public Message title() {
        return Message.text(asset.path());
    }

    @Override public Address parent() {
        return null;
    }

    @Override public Set<String> sources() {
        return Set.of(asset.path());
    }

    /** The file to copy, relative to the content folder. */
    @Override public String view(ViewContext c) {
        return asset.path();
    }
}
