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
 * ({@code services/statements-service/src/main/resources/classifications/shipped.csv}): scheme, code, name, status,
 * source; a code's level and parent follow from its length (类 3 digits, 款 5, 项 7). Codes marked {@code unverified}
 * are left out, so the synthetic units use checked codes only.
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
                String[] f = line.split(",", 5);
                if (f.length < 4 || !f[3].strip().equals("verified")) {
                    continue;
                }
                String digits = f[1].strip();
                String level = switch (digits.length()) {
                    case 3 -> "类";
                    case 5 -> "款";
                    default -> "项";
                };
                String parent = digits.length() > 3 ? digits.substring(0, digits.length() - 2) : "";
                Code code = new Code(f[0].strip(), digits, f[2].strip(), level, parent);
                c.byKey.put(code.scheme() + ":" + code.code(), code);
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
