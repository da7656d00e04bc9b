package org.fiscaldisclosure.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The year's classification catalogue as the statements-service ships it
 * ({@code services/statements-service/src/main/resources/classifications/2024.csv}): scheme, code, name, level,
 * parent, note. Codes the catalogue marks UNVERIFIED are left out, so the synthetic units use checked codes only.
 */
public final class Catalogue {

    /** One code of a scheme ({@code func} 功能分类, {@code econ_dept} 部门经济分类). */
    public record Code(String scheme, String code, String name, String level, String parent) {
    }

    private final Map<String, Code> byKey = new LinkedHashMap<>();

    private Catalogue() {
    }

    public static Catalogue read(Path csv) {
        Catalogue c = new Catalogue();
        try {
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", 6);
                if (f.length < 5 || (f.length == 6 && f[5].startsWith("UNVERIFIED"))) {
                    continue;
                }
                Code code = new Code(f[0], f[1], f[2], f[3], f[4]);
                c.byKey.put(f[0] + ":" + f[1], code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("classification catalogue " + csv, e);
        }
        return c;
    }

    public Optional<Code> find(String scheme, String code) {
        return Optional.ofNullable(byKey.get(scheme + ":" + code));
    }

    public Code get(String scheme, String code) {
        return find(scheme, code).orElseThrow(() -> new IllegalArgumentException("no " + scheme + " code " + code));
    }

    /** The codes whose parent is {@code parent}, in catalogue order. */
    public List<Code> children(String scheme, String parent) {
        List<Code> out = new ArrayList<>();
        for (Code c : byKey.values()) {
            if (c.scheme().equals(scheme) && c.parent().equals(parent)) {
                out.add(c);
            }
        }
        return out;
    }
}
