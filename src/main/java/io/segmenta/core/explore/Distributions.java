package io.segmenta.core.explore;

/**
 * Tail probabilities of the distributions the tests need: Student's t (with fractional degrees of
 * freedom, for Welch's test), F, chi-square and the standard normal.
 *
 * <p>Smile 3.1.1's {@code TDistribution}, {@code FDistribution} and {@code ChiSquareDistribution}
 * take whole degrees of freedom only and compute upper tails as {@code 1 - cdf}, and its
 * regularized incomplete gamma function was measured up to 1.3e-7 relative off scipy (and 0 instead
 * of 7.7e-23 for chi-square 120 on 7 degrees of freedom). So the tails are computed here from the
 * regularized incomplete beta and gamma functions directly (continued fractions by the modified
 * Lentz method, series for the lower gamma), which agree with scipy to 1e-12 relative or better (1e-9 for a million degrees of freedom)
 * (see {@code DistributionsTest}).
 */
public final class Distributions {
    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 10_000;

    private Distributions() {
    }

    /** Two-sided p-value P(|T| >= |t|) of Student's t with {@code df} (> 0, may be fractional) degrees of freedom. */
    public static double tTwoSided(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return Math.min(1, regularizedBeta(df / (df + t * t), df / 2, 0.5));
    }

    /** Upper tail P(T >= t) of Student's t with {@code df} degrees of freedom. */
    public static double tUpper(double t, double df) {
        double two = tTwoSided(t, df);
        if (Double.isNaN(two)) {
            return Double.NaN;
        }
        return t >= 0 ? two / 2 : 1 - two / 2;
    }

    /** Upper tail P(F >= f) of the F distribution with {@code d1} and {@code d2} degrees of freedom. */
    public static double fUpper(double f, double d1, double d2) {
        if (Double.isNaN(f) || !(d1 > 0) || !(d2 > 0)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1;
        }
        if (Double.isInfinite(f)) {
            return 0;
        }
        return regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    /** Upper tail P(X >= x) of the chi-square distribution with {@code k} degrees of freedom. */
    public static double chiSquareUpper(double x, double k) {
        if (Double.isNaN(x) || !(k > 0)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        return regularizedGammaQ(k / 2, x / 2);
    }

    /** Upper tail P(Z >= z) of the standard normal distribution. */
    public static double normalUpper(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return z >= 0 ? 0.5 * erfc(z / Math.sqrt(2)) : 1 - 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** Two-sided p-value P(|Z| >= |z|) of the standard normal distribution. */
    public static double normalTwoSided(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Math.min(1, erfc(Math.abs(z) / Math.sqrt(2)));
    }

    /** Complementary error function for x >= 0, as Q(1/2, x^2). */
    static double erfc(double x) {
        if (x <= 0) {
            return x == 0 ? 1 : 2 - erfc(-x);
        }
        return regularizedGammaQ(0.5, x * x);
    }

    /** Natural logarithm of the gamma function for x > 0 (Lanczos, g = 7, 9 terms; about 1e-15 relative). */
    static double logGamma(double x) {
        if (x < 0.5) {
            // reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x)
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        double z = x - 1;
        double a = c[0];
        double t = z + 7.5;
        for (int i = 1; i < 9; i++) {
            a += c[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** Regularized incomplete beta I_x(a, b). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        // the continued fraction converges fast for x < (a + 1) / (a + b + 2); otherwise use symmetry
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * betaFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * betaFraction(1 - x, b, a) / b;
    }

    /** Continued fraction for the incomplete beta (modified Lentz). */
    private static double betaFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                return h;
            }
        }
        return h;
    }

    /** Regularized upper incomplete gamma Q(a, x) = 1 - P(a, x). */
    static double regularizedGammaQ(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < a + 1) {
            return 1 - gammaSeries(a, x);
        }
        return gammaFraction(a, x);
    }

    /** Lower regularized gamma P(a, x) by its series (for x < a + 1). */
    private static double gammaSeries(double a, double x) {
        double ap = a;
        double sum = 1 / a;
        double del = sum;
        for (int n = 1; n <= MAX_ITERATIONS; n++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    /** Upper regularized gamma Q(a, x) by its continued fraction (for x >= a + 1, modified Lentz). */
    private static double gammaFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }
}
