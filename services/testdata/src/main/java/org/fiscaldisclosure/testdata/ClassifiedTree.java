package org.fiscaldisclosure.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A classification subtree of a unit (类 → 款 → 项), amounts on the leaves and every parent the exact sum of its
 * children, so tables built from it satisfy the hierarchy rules (ST-HIER-001/002) by construction.
 */
final class ClassifiedTree {

    /** One row: a code with its basic and project amounts in 分 (parents: sums). */
    static final class Node {
        final Catalogue.Code code;
        final List<Node> children = new ArrayList<>();
        long basic;
        long project;

        Node(Catalogue.Code code) {
            this.code = code;
        }

        long total() {
            return basic + project;
        }

        boolean leaf() {
            return children.isEmpty();
        }

        Node add(Catalogue.Code child) {
            Node n = new Node(child);
            children.add(n);
            return n;
        }

        /** Sets every parent to the sum of its children, bottom up. */
        void sumUp() {
            if (leaf()) {
                return;
            }
            basic = 0;
            project = 0;
            for (Node c : children) {
                c.sumUp();
                basic += c.basic;
                project += c.project;
            }
        }

        /** Depth first, parent before children: the order the tables print. */
        void forEach(Consumer<Node> action) {
            action.accept(this);
            children.forEach(c -> c.forEach(action));
        }

        int size() {
            int n = 1;
            for (Node c : children) {
                n += c.size();
            }
            return n;
        }
    }

    final List<Node> roots = new ArrayList<>();

    int size() {
        return roots.stream().mapToInt(Node::size).sum();
    }

    void sumUp() {
        roots.forEach(Node::sumUp);
    }

    void forEach(Consumer<Node> action) {
        roots.forEach(r -> r.forEach(action));
    }

    List<Node> leaves() {
        List<Node> out = new ArrayList<>();
        forEach(n -> {
            if (n.leaf()) {
                out.add(n);
            }
        });
        return out;
    }

    long basic() {
        return roots.stream().mapToLong(n -> n.basic).sum();
    }

    long project() {
        return roots.stream().mapToLong(n -> n.project).sum();
    }

    long total() {
        return basic() + project();
    }
}
