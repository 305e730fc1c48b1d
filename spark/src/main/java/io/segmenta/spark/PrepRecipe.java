package io.segmenta.spark;

import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.FittedCategorical;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedNumeric;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.ImputeMethod;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.OutlierRule;
import io.segmenta.core.prep.Scaling;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A {@link FittedPreparation} as plain serializable values, so Spark can ship it to the executors,
 * where {@link #fitted()} rebuilds the core object once per JVM and the core prepares every row.
 * It holds exactly what the core's records hold (inputs, used features, centre and scale, the
 * outlier fences); nothing is computed here.
 */
final class PrepRecipe implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One fitted input: a numeric column or a category. */
    record Input(boolean numeric, String column, String feature, DerivationKind derivation, LocalDateTime referenceDate,
                 int referenceYear, String datePattern, ImputeMethod missing, double fill, boolean log1p,
                 LinkedHashMap<String, String> mapping, ArrayList<String> indicators, String fillLevel)
            implements Serializable {
        FittedInput fitted() {
            return numeric
                    ? new FittedNumeric(column, feature, derivation, referenceDate, referenceYear, datePattern, missing,
                    fill, log1p)
                    : new FittedCategorical(column, mapping, indicators, missing, fillLevel);
        }

        static Input of(FittedInput in) {
            if (in instanceof FittedNumeric n) {
                return new Input(true, n.column(), n.feature(), n.derivation(), n.referenceDate(), n.referenceYear(),
                        n.datePattern(), n.missing(), n.fill(), n.log1p(), null, null, null);
            }
            FittedCategorical c = (FittedCategorical) in;
            return new Input(false, c.column(), null, null, null, 0, null, c.missing(), Double.NaN, false,
                    new LinkedHashMap<>(c.mapping()), new ArrayList<>(c.indicators()), c.fill());
        }
    }

    private final ArrayList<Input> inputs;
    private final int[] used;
    private final Scaling scaling;
    private final double[] center;
    private final double[] scale;
    private final OutlierAction action;
    /** Fences: method, parameter, seed, checked raw features and their names, bounds, means and sds; null when off. */
    private final OutlierMethod fenceMethod;
    private final double fenceParameter;
    private final long fenceSeed;
    private final int[] fenceFeatures;
    private final ArrayList<String> fenceNames;
    private final double[] lower;
    private final double[] upper;
    private final double[] mean;
    private final double[] std;
    private transient FittedPreparation fitted;

    PrepRecipe(FittedPreparation p) {
        inputs = new ArrayList<>();
        p.inputs().forEach(in -> inputs.add(Input.of(in)));
        used = p.used();
        scaling = p.scaling();
        center = p.center();
        scale = p.scale();
        action = p.outlierAction();
        if (p.outlierRule() instanceof OutlierRule.Fences f) {
            fenceMethod = f.policy().method();
            fenceParameter = f.policy().parameter();
            fenceSeed = f.policy().seed();
            fenceFeatures = f.features().clone();
            fenceNames = new ArrayList<>(f.names());
            lower = f.lower().clone();
            upper = f.upper().clone();
            mean = f.mean() == null ? null : f.mean().clone();
            std = f.std() == null ? null : f.std().clone();
        } else if (p.outlierRule() instanceof OutlierRule.None) {
            fenceMethod = null;
            fenceParameter = Double.NaN;
            fenceSeed = 0;
            fenceFeatures = null;
            fenceNames = null;
            lower = null;
            upper = null;
            mean = null;
            std = null;
        } else {
            throw new IllegalArgumentException("only fences or no outlier rule run on Spark");
        }
        fitted = p;
    }

    /** The core's preparation (built once per JVM from the shipped values). */
    synchronized FittedPreparation fitted() {
        if (fitted == null) {
            List<FittedInput> in = new ArrayList<>();
            inputs.forEach(i -> in.add(i.fitted()));
            OutlierRule rule = fenceMethod == null ? new OutlierRule.None()
                    : new OutlierRule.Fences(new OutlierPolicy(fenceMethod, fenceParameter, action, fenceSeed),
                    fenceFeatures, fenceNames, lower, upper, mean, std);
            fitted = new FittedPreparation(in, used, scaling, center, scale, rule, action);
        }
        return fitted;
    }
}
