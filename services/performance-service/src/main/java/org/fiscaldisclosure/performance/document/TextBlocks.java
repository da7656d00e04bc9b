package org.fiscaldisclosure.performance.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.part.performance.Section;

/**
 * Entered text as published blocks. Text is final wording: it is split into paragraphs at its line breaks and never
 * rewritten; a section's heading, whose levels are joined by "/", opens each level once, where it changes.
 */
final class TextBlocks {

    private List<String> open = List.of();

    /** The paragraphs of an entered text, one per line, blank lines left out; none for a blank text. */
    static List<Block> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(Block::paragraph).toList();
    }

    /** The blocks of sections written one after another, each heading level once. */
    static List<Block> sections(List<Section> sections) {
        TextBlocks writer = new TextBlocks();
        List<Block> blocks = new ArrayList<>();
        for (Section s : sections == null ? List.<Section>of() : sections) {
            blocks.addAll(writer.section(s));
        }
        return blocks;
    }

    /** The headings this section opens (those its predecessor did not) and its paragraphs. */
    List<Block> section(Section s) {
        List<String> path = levels(s.heading());
        int same = 0;
        while (same < path.size() - 1 && same < open.size() && path.get(same).equals(open.get(same))) {
            same++;
        }
        List<Block> blocks = new ArrayList<>();
        path.subList(same, path.size()).forEach(h -> blocks.add(Block.heading(h)));
        blocks.addAll(paragraphs(s.text()));
        open = path;
        return blocks;
    }

    static List<String> levels(String heading) {
        return Arrays.stream(heading.split("/")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    }

    /** A heading and what stands under it, or nothing when nothing does. */
    static List<Block> headed(String heading, List<Block> content) {
        if (content.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>(content.size() + 1);
        blocks.add(Block.heading(heading));
        blocks.addAll(content);
        return blocks;
    }

    /** Several lists of blocks, one after another. */
    @SafeVarargs
    static List<Block> concat(List<Block>... parts) {
        List<Block> all = new ArrayList<>();
        for (List<Block> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
