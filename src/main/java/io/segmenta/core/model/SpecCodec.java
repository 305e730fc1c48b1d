package io.segmenta.core.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.AlgorithmSpec;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.prep.CategoricalPolicy;
import io.segmenta.core.prep.Derivation;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.Imputation;
import io.segmenta.core.prep.MissingPolicy;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.RareLevels;
import io.segmenta.core.prep.Scaling;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link SegmentationSpec} as JSON and back, with the words the command line uses ("standard",
 * "median", "iqr", "kmeans"...), so a model file records every choice of its segmentation.
 */
final class SpecCodec {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SpecCodec() {
    }

    static ObjectNode write(SegmentationSpec spec) {
        ObjectNode o = F.objectNode();
        o.set("prep", writePrep(spec.prep()));
        o.set("algorithm", writeAlgorithm(spec.algorithm()));
        o.put("seed", spec.seed());
        return o;
    }

    static ObjectNode writePrep(PrepSpec p) {
        ObjectNode o = F.objectNode();
        ArrayNode features = o.putArray("features");
        p.features().forEach(features::add);
        o.put("scaling", p.scaling().label());
        ObjectNode missing = o.putObject("missing");
        missing.put("default", p.missing().byDefault().label());
        ObjectNode per = missing.putObject("per_feature");
        p.missing().perFeature().forEach((k, v) -> per.put(k, v.label()));
        ObjectNode cat = o.putObject("categorical");
        cat.put("drop_first", p.categorical().dropFirst());
        cat.put("rare_min_count", p.categorical().rare().minCount());
        cat.put("rare_min_share", p.categorical().rare().minShare());
        ArrayNode derived = o.putArray("derived");
        for (Derivation d : p.derived()) {
            ObjectNode dn = derived.addObject();
            dn.put("column", d.column());
            dn.put("kind", d.kind().label());
            if (d.referenceDate() != null) {
                dn.put("reference_date", d.referenceDate().toString());
            }
            if (d.referenceYear() != null) {
                dn.put("reference_year", d.referenceYear());
            }
        }
        ObjectNode out = o.putObject("outliers");
        OutlierPolicy op = p.outliers();
        out.put("method", op.method().label());
        if (!op.isOff()) {
            out.put("parameter", op.parameter());
        }
        out.put("action", op.action().label());
        out.put("seed", op.seed());
        if (!p.outlierChoices().isEmpty()) {
            // the analyst's choice for single flagged customers, by 0-based table row
            ObjectNode choices = out.putObject("choices");
            p.outlierChoices().forEach((row, action) -> choices.put(Integer.toString(row), action.label()));
        }
        if (!p.logged().isEmpty()) {
            ArrayNode logged = o.putArray("log");
            p.logged().forEach(logged::add);
            if (p.logLeaveOut()) {
                // customers below -1 in a logged feature were left out of the segmentation, by the analyst's choice
                o.put("log_below_minus_one", "leave out");
            }
        }
        return o;
    }

    static ObjectNode writeAlgorithm(AlgorithmSpec a) {
        ObjectNode o = F.objectNode();
        o.put("method", a.algorithm().key());
        if (a instanceof KMeansSpec km) {
            o.put("k", km.k());
            o.put("starts", km.starts());
        } else if (a instanceof HierarchicalSpec h) {
            o.put("linkage", h.linkage().name().toLowerCase(Locale.ROOT));
            o.put("k", h.k());
            if (!Double.isNaN(h.height())) { // NaN: cut at k (JSON has no NaN)
                o.put("height", h.height());
            }
        } else if (a instanceof DbscanSpec db) {
            o.put("eps", db.eps());
            o.put("min_samples", db.minSamples());
        } else if (a instanceof GmmSpec g) {
            o.put("k", g.k());
            o.put("covariance", g.covariance().label());
            o.put("starts", g.starts());
        }
        return o;
    }

    static SegmentationSpec read(JsonIn in) {
        PrepSpec prep = readPrep(in.get("prep"));
        AlgorithmSpec algorithm = readAlgorithm(in.get("algorithm"));
        long seed = in.get("seed").longValue();
        return in.build(() -> new SegmentationSpec(prep, algorithm, seed));
    }

    static PrepSpec readPrep(JsonIn in) {
        List<String> features = in.texts("features");
        JsonIn scalingNode = in.get("scaling");
        Scaling scaling = scalingNode.build(() -> Scaling.parse(scalingNode.text()));
        JsonIn m = in.get("missing");
        JsonIn def = m.get("default");
        Imputation byDefault = def.build(() -> Imputation.parse(def.text()));
        Map<String, Imputation> per = new LinkedHashMap<>();
        JsonIn perNode = m.optional("per_feature");
        if (perNode != null) {
            for (String f : perNode.fieldNames()) {
                JsonIn v = perNode.get(f);
                per.put(f, v.build(() -> Imputation.parse(v.text())));
            }
        }
        JsonIn c = in.get("categorical");
        boolean dropFirst = c.bool("drop_first");
        int minCount = c.integer("rare_min_count", 0);
        double minShare = c.number("rare_min_share");
        RareLevels rare = c.build(() -> new RareLevels(minCount, minShare));
        List<Derivation> derived = new ArrayList<>();
        for (JsonIn d : in.list("derived")) {
            String column = d.get("column").name();
            JsonIn kindNode = d.get("kind");
            DerivationKind kind = derivationKind(kindNode);
            JsonIn date = d.optional("reference_date");
            LocalDate ref = null;
            if (date != null) {
                try {
                    ref = LocalDate.parse(date.text());
                } catch (DateTimeParseException e) {
                    throw date.fail("must be a date written yyyy-MM-dd, but it is \"" + date.text() + "\"");
                }
            }
            JsonIn year = d.optional("reference_year");
            Integer refYear = year == null ? null : year.integer();
            LocalDate finalRef = ref;
            derived.add(d.build(() -> new Derivation(column, kind, finalRef, refYear)));
        }
        JsonIn outNode = in.get("outliers");
        OutlierPolicy outliers = readOutlierPolicy(outNode);
        Map<Integer, OutlierAction> choices = new TreeMap<>();
        JsonIn choicesNode = outNode.optional("choices");
        if (choicesNode != null) {
            choicesNode.textMap().forEach((row, action) -> {
                int r;
                try {
                    r = Integer.parseInt(row);
                } catch (NumberFormatException e) {
                    r = -1;
                }
                if (r < 0) {
                    throw choicesNode.fail("must name table rows by number from 0, but it names \"" + row + "\"");
                }
                choices.put(r, choicesNode.build(() -> OutlierAction.parse(action)));
            });
        }
        List<String> logged = in.has("log") ? in.texts("log") : List.of();
        boolean leaveOut = false;
        if (in.has("log_below_minus_one")) {
            JsonIn below = in.get("log_below_minus_one");
            String choice = below.text();
            if (!choice.equals("leave out") && !choice.equals("refuse")) {
                throw below.fail("must be \"leave out\" or \"refuse\", but it is \"" + choice + "\"");
            }
            leaveOut = choice.equals("leave out");
        }
        boolean logLeaveOut = leaveOut;
        return in.build(() -> new PrepSpec(features, scaling, new MissingPolicy(byDefault, per),
                new CategoricalPolicy(dropFirst, rare), derived, outliers, choices, logged, logLeaveOut));
    }

    static DerivationKind derivationKind(JsonIn node) {
        String t = node.text();
        for (DerivationKind k : DerivationKind.values()) {
            if (k.label().equals(t)) {
                return k;
            }
        }
        throw node.fail("must be \"tenure\" or \"age\", but it is \"" + t + "\"");
    }

    static OutlierPolicy readOutlierPolicy(JsonIn o) {
        JsonIn methodNode = o.get("method");
        OutlierMethod method = null;
        for (OutlierMethod m : OutlierMethod.values()) {
            if (m.label().equals(methodNode.text())) {
                method = m;
            }
        }
        if (method == null) {
            throw methodNode.fail("must be none, iqr, zscore or iforest, but it is \"" + methodNode.text() + "\"");
        }
        double parameter = method == OutlierMethod.NONE ? Double.NaN : o.number("parameter");
        JsonIn actionNode = o.get("action");
        OutlierAction action = actionNode.build(() -> OutlierAction.parse(actionNode.text()));
        long seed = o.get("seed").longValue();
        OutlierMethod finalMethod = method;
        return o.build(() -> new OutlierPolicy(finalMethod, parameter, action, seed));
    }

    static AlgorithmSpec readAlgorithm(JsonIn in) {
        JsonIn methodNode = in.get("method");
        Algorithm algorithm = methodNode.build(() -> Algorithm.parse(methodNode.text()));
        return switch (algorithm) {
            case KMEANS -> {
                int k = in.integer("k");
                int starts = in.integer("starts");
                yield in.build(() -> new KMeansSpec(k, starts));
            }
            case HIERARCHICAL -> {
                JsonIn l = in.get("linkage");
                Linkage linkage = l.build(() -> Linkage.parse(l.text()));
                int k = in.integer("k");
                double height = in.has("height") ? in.number("height") : Double.NaN;
                yield in.build(() -> new HierarchicalSpec(linkage, k, height));
            }
            case DBSCAN -> {
                double eps = in.number("eps");
                int minSamples = in.integer("min_samples");
                yield in.build(() -> new DbscanSpec(eps, minSamples));
            }
            case GMM -> {
                int k = in.integer("k");
                JsonIn cov = in.get("covariance");
                Covariance covariance = cov.build(() -> Covariance.parse(cov.text()));
                int starts = in.integer("starts");
                yield in.build(() -> new GmmSpec(k, covariance, starts));
            }
        };
    }
}
