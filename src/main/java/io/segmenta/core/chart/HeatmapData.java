package io.segmenta.core.chart;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * What the heat map chart draws, whatever the cells mean (segment differences, correlations): a
 * matrix of values with its row and column labels, the diverging colour scale (range and centre)
 * the cells are coloured on, how a value is written in its cell and what hovering over a cell says.
 *
 * @param rowLabels    one label per row
 * @param rowColours   a swatch colour per row (rows that name segments), or null for none
 * @param columnLabels one label per column
 * @param values       values[row][column]; NaN where undefined
 * @param scale        the colour scale of the cells and of the legend
 * @param scaleTitle   the legend's title
 * @param square       square cells (a matrix of variables against themselves) or cells as wide as fits
 * @param cellText     the text written in a cell for its value (null to leave the cell blank)
 * @param hover        the tooltip of cell (row, column), or null for none
 */
public record HeatmapData(List<String> rowLabels, List<Color> rowColours, List<String> columnLabels,
                          double[][] values, DivergingScale scale, String scaleTitle, boolean square,
                          DoubleFunction<String> cellText, CellHover hover) {
    /** The tooltip of a cell. */
    @FunctionalInterface
    public interface CellHover {
        String text(int row, int column);
    }

    public HeatmapData {
        rowLabels = List.copyOf(rowLabels);
        rowColours = rowColours == null ? null : List.copyOf(rowColours);
        columnLabels = List.copyOf(columnLabels);
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(cellText, "cellText");
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + rowLabels.size() + " labels");
        }
        if (rowColours != null && rowColours.size() != rowLabels.size()) {
            throw new IllegalArgumentException("one colour per row needed");
        }
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != columnLabels.size()) {
                throw new IllegalArgumentException("row " + i + " has " + values[i].length + " values for "
                        + columnLabels.size() + " columns");
            }
            copy[i] = values[i].clone();
        }
        values = copy;
    }

    /** The value of cell (row, column). */
    public double value(int row, int column) {
        return values[row][column];
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
