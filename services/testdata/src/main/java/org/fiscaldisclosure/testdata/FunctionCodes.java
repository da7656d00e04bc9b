package org.fiscaldisclosure.testdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The 支出功能分类 款 and 项 a large department's tables draw on ({@code func-kuan.txt}: 类 of 3 digits, 款 of 5, 项 of
 * 7, each 项 under its 款 and each 款 under its 类), names from the year's catalogue wherever it holds the code.
 * {@link #tree} picks a given number of 项 from them and builds the 类/款/项 tree with amounts on the 项.
 */
final class FunctionCodes {

    /** A 款 and its 项. */
    record Kuan(Catalogue.Code code, List<Catalogue.Code> items) {
    }

    private final Catalogue catalogue;
    private final List<Kuan> kuan = new ArrayList<>();

    FunctionCodes(Catalogue catalogue) {
        this.catalogue = catalogue;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FunctionCodes.class.getResourceAsStream("func-kuan.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    kuan.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many 项 there are to pick from. */
    int available() {
        return kuan.stream().mapToInt(k -> k.items().size()).sum();
    }

    private Kuan parse(String line) {
        String[] halves = line.split("\\|");
        String[] head = halves[0].trim().split(" ", 2);
        String code = head[0];
        Catalogue.Code k = code("款", code, head[1].trim(), code.substring(0, 3));
        List<Catalogue.Code> items = new ArrayList<>();
        for (String item : halves[1].trim().split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (item.equals("std")) {
                items.add(code("项", code + "01", "行政运行", code));
                items.add(code("项", code + "02", "一般行政管理事务", code));
                items.add(code("项", code + "03", "机关服务", code));
                items.add(code("项", code + "50", "事业运行", code));
                items.add(code("项", code + "99", "其他" + k.name() + "支出", code));
            } else {
                items.add(code("项", code + item.substring(0, 2), item.substring(2), code));
            }
        }
        items.sort((a, b) -> a.code().compareTo(b.code()));
        return new Kuan(k, items);
    }

    private Catalogue.Code code(String level, String code, String name, String parent) {
        return catalogue.find("func", code).orElse(new Catalogue.Code("func", code, name, level, parent));
    }

    /**
     * {@code rows} 项 chosen at random (every 款 of the list keeps its 行政运行 or first 项 while there is room), in
     * code order under their 款 and 类, each 项 with its amounts ({@link FinalAccountsFactory#assignAmounts}).
     */
    ClassifiedTree tree(Random r, int rows) {
        if (rows > available()) {
            throw new IllegalArgumentException(rows + " 项 rows asked, " + available() + " in the list");
        }
        List<Catalogue.Code> all = new ArrayList<>();
        List<Catalogue.Code> firsts = new ArrayList<>();
        for (Kuan k : kuan) {
            firsts.add(k.items().get(0));
            all.addAll(k.items().subList(1, k.items().size()));
        }
        Collections.shuffle(firsts, r);
        Collections.shuffle(all, r);
        List<Catalogue.Code> chosen = new ArrayList<>(firsts.subList(0, Math.min(rows, firsts.size())));
        chosen.addAll(all.subList(0, rows - chosen.size()));
        chosen.sort((a, b) -> a.code().compareTo(b.code()));

        ClassifiedTree tree = new ClassifiedTree();
        Map<String, ClassifiedTree.Node> classes = new LinkedHashMap<>();
        Map<String, ClassifiedTree.Node> kuans = new LinkedHashMap<>();
        for (Catalogue.Code item : chosen) {
            String k = item.parent();
            ClassifiedTree.Node kuanNode = kuans.computeIfAbsent(k, code -> {
                ClassifiedTree.Node cls = classes.computeIfAbsent(code.substring(0, 3), c -> {
                    ClassifiedTree.Node n = new ClassifiedTree.Node(catalogue.get("func", c));
                    tree.roots.add(n);
                    return n;
                });
                return cls.add(kuanOf(code));
            });
            FinalAccountsFactory.assignAmounts(r, kuanNode.add(item));
        }
        return tree;
    }

    private Catalogue.Code kuanOf(String code) {
        return kuan.stream().map(Kuan::code).filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }
}
