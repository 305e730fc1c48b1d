package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.TreeInputs.TreeFeature;
import io.segmenta.core.text.Texts;
import io.segmenta.core.work.CancellationToken;
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
            int[] pick = new SplittableRandom(result.spec().seed()).ints(0, n).distinct().limit(MAX_TRAINING_ROWS)
                    .sorted().toArray();
            train = new double[in.columns().length][pick.length];
            trainClasses = new int[pick.length];
            for (int i = 0; i < pick.length; i++) {
                for (int f = 0; f < train.length; f++) {
                    train[f][i] = in.columns()[f][pick[i]];
                }
                trainClasses[i] = in.classes()[pick[i]];
            }
        }
        DecisionTree.Node root = DecisionTree.fit(train, trainClasses, result.k(), depth, cancel);
        // how many customers reach each leaf and how many of them are in its segment, over all customers
        Map<DecisionTree.Node, int[]> tally = new IdentityHashMap<>(); // a Node's own hashCode walks its subtree
        collectLeaves(root, tally);
        double[] values = new double[in.columns().length];
        int correct = 0;
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < values.length; f++) {
                values[f] = in.columns()[f][i];
            }
            DecisionTree.Node leaf = DecisionTree.leaf(root, values);
            int[] t = tally.get(leaf);
            t[0]++;
            if (leaf.majority() == in.classes()[i]) {
                t[1]++;
                correct++;
            }
        }
        List<SegmentRule> rules = new ArrayList<>();
        walk(root, new ArrayList<>(), in.features(), tally, rules);
        rules.sort(Comparator.comparingInt(SegmentRule::segment).thenComparing(Comparator
                .comparingInt(SegmentRule::correct).reversed()));
        String note = sampled ? "The tree was grown on a random sample of " + Texts.count(MAX_TRAINING_ROWS,
                "customer", "customers") + " and checked on all of them." : "";
        return new RuleSet(depth, rules, n, correct, splits(root, in.features()), note);
    }

    private static void collectLeaves(DecisionTree.Node node, Map<DecisionTree.Node, int[]> tally) {
        if (node.isLeaf()) {
            tally.put(node, new int[2]);
        } else {
            collectLeaves(node.left(), tally);
            collectLeaves(node.right(), tally);
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
