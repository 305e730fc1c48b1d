package io.segmenta.ui.explore;

import io.segmenta.core.explore.Verdict;
import java.util.Locale;

/**
 * What the Hypotheses tab's verdict card says about a tested hypothesis (or before any): its icon,
 * the outcome, the hypothesis in quotes, the finding in plain words, the figures, and the style class
 * that colours the card.
 */
record VerdictCard(String icon, String outcome, String statement, String finding, String figures, String style) {

    static VerdictCard of(TestedHypothesis t) {
        if (t == null) {
            return new VerdictCard("mdi2f-flask-outline", "No hypothesis tested yet", "", "Choose a template and "
                    + "columns above, then press Test hypothesis. Segmenta tests it and says in plain words whether "
                    + "the data support it, contradict it or say nothing either way.", "", "verdict-is-none");
        }
        Verdict v = t.verdict();
        String icon = switch (v.outcome()) {
            case SUPPORTED -> "mdi2c-check-circle-outline";
            case CONTRADICTED -> "mdi2c-close-circle-outline";
            case NOT_SUPPORTED -> "mdi2m-minus-circle-outline";
            case UNDECIDABLE -> "mdi2h-help-circle-outline";
        };
        return new VerdictCard(icon, v.outcome().label(), "“" + t.statement() + "”", v.finding(),
                t.figures() + " · " + t.table(),
                "verdict-is-" + v.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
