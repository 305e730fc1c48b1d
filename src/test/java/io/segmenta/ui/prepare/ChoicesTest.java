package io.segmenta.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.prep.Derivation;
import io.segmenta.core.prep.ImputeMethod;
import io.segmenta.core.prep.OutlierMethod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Prepare step's per-column and per-feature choices, without a table. */
class ChoicesTest {
    @Test
    void aCategoryTakesNoMeanOrMedian() {
        MissingChoice c = new MissingChoice("Gender", ColumnType.CATEGORICAL, 2, 500);
        assertEquals(List.of(FillChoice.DEFAULT, FillChoice.DROP, FillChoice.MOST_FREQUENT, FillChoice.CONSTANT),
                c.options());
        c.choiceProperty().set(FillChoice.MEDIAN);
        assertEquals(FillChoice.DEFAULT, c.choice(), "refused, the old choice kept");
        c.choiceProperty().set(null);
        assertEquals(FillChoice.DEFAULT, c.choice());
        assertEquals("Gender: 2 missing (0.4%)", c.label());
        MissingChoice n = new MissingChoice("Age", ColumnType.NUMERIC, 3, 500);
        assertEquals(List.of(FillChoice.values()), n.options());
    }

    @Test
    void fillChoicesMapToTheCoresMethods() {
        for (ImputeMethod m : ImputeMethod.values()) {
            assertEquals(m, FillChoice.of(m).method());
        }
        assertEquals(null, FillChoice.DEFAULT.method());
        assertEquals(true, FillChoice.MEDIAN.numericOnly());
        assertEquals(false, FillChoice.MOST_FREQUENT.numericOnly());
    }

    @Test
    void aDerivedFeatureKeepsTheTablesReferenceUntilAnotherIsTyped() {
        DerivedChoice tenure = new DerivedChoice(Derivation.tenure("Joined"), "2014-06-29", "the latest date in Joined");
        assertEquals("Joined tenure (days)", tenure.featureName());
        assertEquals("days to", tenure.referenceLabel());
        assertEquals("2014-06-29", tenure.referenceProperty().get(), "shown, and editable");
        assertSame(tenure.suggestion(), tenure.derivation(), "unchanged: the reference stays the data's");
        tenure.referenceProperty().set(" ");
        assertSame(tenure.suggestion(), tenure.derivation());
        tenure.referenceProperty().set("2015-01-31");
        assertEquals(Derivation.tenure("Joined", LocalDate.of(2015, 1, 31)), tenure.derivation());
        tenure.referenceProperty().set("2015-02-30");
        SegmentaException e = assertThrows(SegmentaException.class, tenure::derivation);
        assertEquals("The reference date \"2015-02-30\" of Joined tenure (days) is not a date. Write it as yyyy-MM-dd, "
                + "e.g. 2014-06-29.", e.getMessage());

        DerivedChoice age = new DerivedChoice(Derivation.age("Born", 2026), "2026", "this year: the table has no dates");
        assertEquals("age in", age.referenceLabel());
        assertEquals(Derivation.age("Born", 2026), age.derivation());
        age.referenceProperty().set("1990");
        assertEquals(Derivation.age("Born", 1990), age.derivation());
        age.referenceProperty().set("twenty");
        assertThrows(SegmentaException.class, age::derivation);
    }

    @Test
    void eachOutlierMethodStartsWithItsUsualParameter() {
        assertEquals("", OutlierChoice.defaultParameterText(OutlierMethod.NONE));
        assertEquals("1.5", OutlierChoice.defaultParameterText(OutlierMethod.IQR));
        assertEquals("3", OutlierChoice.defaultParameterText(OutlierMethod.ZSCORE));
        assertEquals("5%", OutlierChoice.defaultParameterText(OutlierMethod.ISOLATION_FOREST));
    }

    @Test
    void reportNumbersReadAsTheyAre() {
        assertEquals("132.75", ReportTables.number(132.75));
        assertEquals("-13,587.75", ReportTables.number(-13587.75));
        assertEquals("666,666", ReportTables.number(666666));
        assertEquals("", ReportTables.number(Double.NaN));
    }

    @Test
    void isolationForestReasonsShowTheMostUnusualFeatureFirst() {
        assertEquals("Most unusual: Income = 666666 (z = 24.55)", ReportTables.shortReason("anomaly score 0.61 above the "
                + "threshold 0.452 (the 5% most isolated customers); most unusual: Income = 666666 (z = 24.55)"));
        assertEquals("Income = 666666 above the upper fence 117416.25",
                ReportTables.shortReason("Income = 666666 above the upper fence 117416.25"));
    }
}
