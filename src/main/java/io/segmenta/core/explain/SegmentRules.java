package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.TreeInputs.TreeFeature;
import io.segmenta.core.text.Texts;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.Parallel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plain rules that tell the segments apart: a shallow {@link DecisionTree} trained to predict each
 * customer's segment from the original columns, one rule per leaf, e.g. "Annual Income (k$) > 69.5
 * and Spending Score (1-100) > 60.5", with how many customers the rule covers and how many of them
 * are in its segment.
 */
public final class SegmentRules {
    /** The tree's default depth: at most eight rules, each of at most three conditions. */
    public static final int DEFAULT_DEPTH = 3;
    /** Above this many customers the tree is grown on a seeded sample of this size (and checked on all). */
    static final int MAX_TRAINING_ROWS = 100_000;

    private SegmentRules() {
    }

    /** The rules of a tree of {@link #DEFAULT_DEPTH}. */
    public static RuleSet of(Dataset data, SegmentationResult result, CancellationToken cancel) {
        return of(data, result, DEFAULT_DEPTH, cancel);
    }

    /** The rules of a tree of {@code depth} levels of splits. */
    public static RuleSet of(Dataset data, SegmentationResult result, int depth, CancellationToken cancel) {
        return of(TreeInputs.of(data, result), result, depth, cancel);
    }

    static RuleSet of(TreeInputs in, SegmentationResult result, int depth, CancellationToken cancel) {
        int n = in.classes().length;
        double[][] train = in.columns();
        int[] trainClasses = in.classes();
        boolean sampled = n > MAX_TRAINING_ROWS;
        if (sampled) {
            int[] pick = sample(result.spec().seed(), n, MAX_TRAINING_ROWS);
            double[][] all = in.columns();
            train = new double[all.length][];
            for (int f = 0; f < train.length; f++) {
                double[] column = all[f];
                double[] picked = new double[pick.length];
                for (int i = 0; i < pick.length; i++) {
                    picked[i] = column[pick[i]];
                }
                train[f] = picked;
            }
            trainClasses = new int[pick.length];
            for (int i = 0; i < pick.length; i++) {
                trainClasses[i] = in.classes()[pick[i]];
            }
        }
        DecisionTree.Node root = DecisionTree.fit(train, trainClasses, result.k(), depth, cancel);
        // how many customers reach each leaf and how many of them are in its segment, over all customers
        Map<DecisionTree.Node, int[]> tally = new IdentityHashMap<>(); // a Node's own hashCode walks its subtree
        List<DecisionTree.Node> leaves = new ArrayList<>();
        collectLeaves(root, leaves);
        int[][] counts = tally(root, leaves, in.columns(), in.classes());
        int correct = 0;
        for (int l = 0; l < leaves.size(); l++) {
            tally.put(leaves.get(l), counts[l]);
            correct += counts[l][1];
        }
        List<SegmentRule> rules = new ArrayList<>();
        walk(root, new ArrayList<>(), in.features(), tally, rules);
        rules.sort(Comparator.comparingInt(SegmentRule::segment).thenComparing(Comparator
                .comparingInt(SegmentRule::correct).reversed()));
        List<String> note = new ArrayList<>();
        String without = withoutRule(in.classes(), result.k(), rules);
        if (!without.isEmpty()) {
            note.add(without);
        }
        if (sampled) {
            note.add("The tree was grown on a random sample of " + Texts.count(MAX_TRAINING_ROWS, "customer",
                    "customers") + " and checked on all of them.");
        }
        return new RuleSet(depth, rules, n, correct, splits(root, in.features()), String.join(" ", note));
    }

    /**
     * "Segment 5 has no rule: ..." for the segments with customers that no leaf of the tree points to
     * (a shallow tree has fewer leaves than there are segments, or spends two on one segment), else "".
     */
    static String withoutRule(int[] classes, int k, List<SegmentRule> rules) {
        boolean[] present = new boolean[k];
        for (int c : classes) {
            present[c] = true;
        }
        for (SegmentRule r : rules) {
            present[r.segment()] = false;
        }
        List<String> numbers = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            if (present[s]) {
                numbers.add(Integer.toString(s + 1));
            }
        }
        if (numbers.isEmpty()) {
            return "";
        }
        String which = numbers.size() == 1 ? "Segment " + numbers.get(0) + " has"
                : "Segments " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
                + numbers.get(numbers.size() - 1) + " have";
        return which + " no rule: no leaf of the tree has most of its customers in " + (numbers.size() == 1 ? "it"
                : "them") + " (a deeper tree may give " + (numbers.size() == 1 ? "it one" : "them one each") + ").";
    }

    /**
     * {@code size} distinct customers of {@code n}, in ascending order: the first distinct draws of
     * {@code new SplittableRandom(seed).nextInt(0, n)}, the same customers as
     * {@code ints(0, n).distinct().limit(size)} on that generator picks (without a boxed set).
     */
    static int[] sample(long seed, int n, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] taken = new boolean[n];
        for (int found = 0; found < size; ) {
            int r = random.nextInt(0, n);
            if (!taken[r]) {
                taken[r] = true;
                found++;
            }
        }
        int[] pick = new int[size];
        for (int r = 0, i = 0; i < size; r++) {
            if (taken[r]) {
                pick[i++] = r;
            }
        }
        return pick;
    }

    /**
     * Per leaf of {@code leaves} (all the tree's leaves), how many customers reach it and how many of
     * them are in its segment (its majority), counted over all the customers a block per core.
     */
    static int[][] tally(DecisionTree.Node root, List<DecisionTree.Node> leaves, double[][] columns, int[] classes) {
        // the tree as arrays: node i splits on feature[i] at threshold[i]; a child c >= 0 is a node,
        // c < 0 is leaf -c - 1
        List<DecisionTree.Node> splits = new ArrayList<>();
        collectSplits(root, splits);
        int[] feature = new int[splits.size()];
        double[] threshold = new double[splits.size()];
        int[] left = new int[splits.size()];
        int[] right = new int[splits.size()];
        for (int i = 0; i < splits.size(); i++) {
            DecisionTree.Node s = splits.get(i);
            feature[i] = s.feature();
            threshold[i] = s.threshold();
            left[i] = number(s.left(), leaves, splits);
            right[i] = number(s.right(), leaves, splits);
        }
        int top = number(root, leaves, splits);
        int[] majority = new int[leaves.size()];
        for (int l = 0; l < majority.length; l++) {
            majority[l] = leaves.get(l).majority();
        }
        int n = classes.length;
        int blocks = n < 50_000 ? 1 : Runtime.getRuntime().availableProcessors() * 4;
        int[][] perBlock = new int[blocks][2 * leaves.size()]; // reached, then right, per leaf
        Parallel.forEachBlock(n, blocks, blocks > 1, (b, from, to) -> {
            int[] c = perBlock[b];
            for (int i = from; i < to; i++) {
                int at = top;
                while (at >= 0) {
                    at = columns[feature[at]][i] <= threshold[at] ? left[at] : right[at];
                }
                int l = -at - 1;
                c[2 * l]++;
                if (majority[l] == classes[i]) {
                    c[2 * l + 1]++;
                }
            }
        });
        int[][] out = new int[leaves.size()][2];
        for (int l = 0; l < leaves.size(); l++) {
            for (int[] c : perBlock) {
                out[l][0] += c[2 * l];
                out[l][1] += c[2 * l + 1];
            }
        }
        return out;
    }

    /** The node's number in the array tree: its index in {@code splits}, or -(leaf + 1) for a leaf. */
    private static int number(DecisionTree.Node node, List<DecisionTree.Node> leaves, List<DecisionTree.Node> splits) {
        List<DecisionTree.Node> among = node.isLeaf() ? leaves : splits;
        for (int i = 0; i < among.size(); i++) {
            if (among.get(i) == node) {
                return node.isLeaf() ? -i - 1 : i;
            }
        }
        throw new IllegalStateException("a node outside the tree");
    }

    private static void collectSplits(DecisionTree.Node node, List<DecisionTree.Node> out) {
        if (!node.isLeaf()) {
            out.add(node);
            collectSplits(node.left(), out);
            collectSplits(node.right(), out);
        }
    }

    /** The tree's leaves, depth-first, left before right. */
    static void collectLeaves(DecisionTree.Node node, List<DecisionTree.Node> out) {
        if (node.isLeaf()) {
            out.add(node);
        } else {
            collectLeaves(node.left(), out);
            collectLeaves(node.right(), out);
        }
    }

    private record Step(TreeFeature feature, double threshold, boolean left) {
    }

    private static void walk(DecisionTree.Node node, List<Step> path, List<TreeFeature> features,
                             Map<DecisionTree.Node, int[]> tally, List<SegmentRule> out) {
        if (node.isLeaf()) {
            int[] t = tally.get(node);
            if (t[0] > 0) {
                out.add(new SegmentRule(node.majority(), conditions(path), t[0], t[1]));
            }
            return;
        }
        TreeFeature f = features.get(node.feature());
        path.add(new Step(f, node.threshold(), true));
        walk(node.left(), path, features, tally, out);
        path.set(path.size() - 1, new Step(f, node.threshold(), false));
        walk(node.right(), path, features, tally, out);
        path.remove(path.size() - 1);
    }

    /**
     * The conditions of one path, one per column, in the order the columns first appear: the tightest
     * bounds of a number ("30.5 < Age <= 45"), a level that is or is not the customer's.
     */
    static List<String> conditions(List<Step> path) {
        Map<String, double[]> bounds = new LinkedHashMap<>();
        Map<String, String> isLevel = new LinkedHashMap<>();
        Map<String, List<String>> notLevels = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (Step s : path) {
            String col = s.feature().column();
            if (!order.contains(col)) {
                order.add(col);
            }
            if (s.feature().level() == null) {
                double[] b = bounds.computeIfAbsent(col, c -> new double[] {Double.NEGATIVE_INFINITY,
                        Double.POSITIVE_INFINITY});
                if (s.left()) {
                    b[1] = Math.min(b[1], s.threshold());
                } else {
                    b[0] = Math.max(b[0], s.threshold());
                }
            } else if (s.left()) {
                notLevels.computeIfAbsent(col, c -> new ArrayList<>()).add(s.feature().level());
            } else {
                isLevel.put(col, s.feature().level());
            }
        }
        List<String> out = new ArrayList<>();
        for (String col : order) {
            if (bounds.containsKey(col)) {
                double[] b = bounds.get(col);
                if (b[0] > Double.NEGATIVE_INFINITY && b[1] < Double.POSITIVE_INFINITY) {
                    out.add(Texts.groupedNumber(b[0]) + " < " + col + " <= " + Texts.groupedNumber(b[1]));
                } else if (b[0] > Double.NEGATIVE_INFINITY) {
                    out.add(col + " > " + Texts.groupedNumber(b[0]));
                } else {
                    out.add(col + " <= " + Texts.groupedNumber(b[1]));
                }
            }
            if (isLevel.containsKey(col)) {
                out.add(col + " = " + isLevel.get(col));
            } else if (notLevels.containsKey(col)) {
                out.add(col + " is not " + String.join(" or ", notLevels.get(col)));
            }
        }
        return out;
    }

    /** The splits in depth-first order, left before right: "feature <= threshold" or "leaf". */
    private static List<String> splits(DecisionTree.Node node, List<TreeFeature> features) {
        List<String> out = new ArrayList<>();
        addSplits(node, features, out);
        return out;
    }

    private static void addSplits(DecisionTree.Node node, List<TreeFeature> features, List<String> out) {
        if (node.isLeaf()) {
            out.add("leaf");
            return;
        }
        TreeFeature f = features.get(node.feature());
        out.add(f.level() == null ? f.column() + " <= " + node.threshold() : f.column() + " = " + f.level());
        addSplits(node.left(), features, out);
        addSplits(node.right(), features, out);
    }
}
