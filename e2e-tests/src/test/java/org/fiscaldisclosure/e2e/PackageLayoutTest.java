package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code's layout, read from the sources: no two packages of a module depend on each other (directly or through
 * others), every class name is used once across the services, and the three producers share one package layout.
 */
class PackageLayoutTest {

    static final Path ROOT = DeploymentFilesTest.ROOT;
    static final List<String> PRODUCERS = List.of("statements-service", "procurement-service", "performance-service");
    /** The packages every producer has: its API, its rules, its published form, its storage, its part's definition. */
    static final Set<String> PRODUCER_PACKAGES = Set.of("rest", "rules", "document", "repository", "service");

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.fiscaldisclosure(?:\\.[a-z_][a-z0-9_]*)+)\\.[A-Z]");

    @Test
    void noModuleHasACycleBetweenItsPackages() {
        Map<String, List<List<String>>> found = new TreeMap<>();
        for (Path module : modules()) {
            List<List<String>> cycles = cycles(packageDependencies(module.resolve("src/main/java")));
            if (!cycles.isEmpty()) {
                found.put(ROOT.relativize(module).toString(), cycles);
            }
        }
        assertEquals(Map.of(), found, "packages that depend on each other");
    }

    @Test
    void everyClassNameIsUsedOnceAcrossTheServices() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Path module : modules()) {
            for (Path file : javaFiles(module.resolve("src/main/java"))) {
                String name = file.getFileName().toString().replace(".java", "");
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(ROOT.relativize(file).toString());
            }
        }
        Map<String, List<String>> twice = new TreeMap<>();
        byName.forEach((name, files) -> {
            if (files.size() > 1 && !name.equals("package-info")) {
                twice.put(name, files);
            }
        });
        assertEquals(Map.of(), twice, "class names used more than once");
    }

    @Test
    void theThreeProducersShareOneLayout() {
        for (String producer : PRODUCERS) {
            Path base = ROOT.resolve("services").resolve(producer).resolve("src/main/java/org/fiscaldisclosure")
                    .resolve(producer.replace("-service", ""));
            Set<String> packages = new TreeSet<>();
            try (Stream<Path> dirs = Files.list(base)) {
                dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertTrue(packages.containsAll(PRODUCER_PACKAGES), producer + " has " + packages + ", not all of " + PRODUCER_PACKAGES);
            for (Path file : javaFiles(base)) {
                String name = file.getFileName().toString();
                String pkg = base.relativize(file.getParent()).toString();
                if (name.endsWith("Rules.java")) {
                    assertEquals("rules", pkg, producer + ": a rule class outside rules/: " + name);
                }
                if (name.endsWith("Resource.java")) {
                    assertEquals("rest", pkg, producer + ": a resource outside rest/: " + name);
                }
            }
        }
    }

    /** Every module with Java sources: services/*, infra/*. */
    static List<Path> modules() {
        List<Path> out = new ArrayList<>();
        for (String group : List.of("services", "infra")) {
            try (Stream<Path> dirs = Files.list(ROOT.resolve(group))) {
                dirs.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(out.size() >= 8, "modules found under " + ROOT + ": " + out);
        return out;
    }

    static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Package → the packages of this source tree it names (imports and qualified names). */
    static Map<String, Set<String>> packageDependencies(Path sources) {
        Map<String, Set<String>> uses = new TreeMap<>();
        List<Path> files = javaFiles(sources);
        Set<String> own = new TreeSet<>();
        Map<Path, String> packageOf = new HashMap<>();
        for (Path f : files) {
            Matcher m = PACKAGE.matcher(read(f));
            if (m.find()) {
                own.add(m.group(1));
                packageOf.put(f, m.group(1));
            }
        }
        for (Path f : files) {
            String pkg = packageOf.get(f);
            if (pkg == null) {
                continue;
            }
            Set<String> targets = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(read(f).replaceFirst("(?m)^package [\\w.]+;", ""));
            while (m.find()) {
                String target = m.group(1);
                if (own.contains(target) && !target.equals(pkg)) {
                    targets.add(target);
                }
            }
        }
        return uses;
    }

    /** The strongly connected components of more than one package (Tarjan). */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
