package io.impactsite.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 of what an edition's output depends on: strings, files, folders, the code that renders it. */
public final class Digest {
    private final MessageDigest sha;

    public Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public Digest add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
        return this;
    }

    /** Every file under a folder (none if it is absent): its path relative to the folder and its bytes. */
    public Digest addFolder(Path folder) {
        if (!Files.isDirectory(folder)) return add("none");
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                add(folder.relativize(f).toString().replace('\\', '/'));
                add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Where code or resources come from, as the class loader found them: a jar (its bytes) or a
     * folder of classes (its files), so that a rebuilt SNAPSHOT counts as a change too.
     */
    public Digest addLocation(URL location) {
        if (location == null) return add("unknown");
        try {
            String url = location.toString();
            if (url.startsWith("jar:")) url = url.substring(4, url.indexOf("!/"));
            Path p = Path.of(new URL(url).toURI());
            return Files.isDirectory(p) ? addFolder(p) : add(Files.readAllBytes(p));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return add(location.toString());   // not a file: its address is the best there is
        }
    }

    private Digest add(byte[] bytes) {
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
