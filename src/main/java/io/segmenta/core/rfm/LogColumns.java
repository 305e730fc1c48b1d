package io.segmenta.core.rfm;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancellationToken;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The columns of a log resolved and checked for their roles, with a message naming the column and
 * what was found when one does not fit (no customer column, a date column of text, an amount of text).
 */
final class LogColumns {
    final Column customer;
    final ColumnCodes customerCodes;
    final DateColumn date;
    /** Seconds into the day per row from the time column, or null without one. */
    final int[] time;
    final ColumnCodes invoice;
    final NumericColumn amount;
    final NumericColumn quantity;
    final NumericColumn price;
    final ColumnCodes product;
    final ColumnCodes category;
    final String categoryName;

    LogColumns(Dataset log, RfmRoles roles, CancellationToken cancel) {
        if (roles.customer() == null) {
            throw new SegmentaException("No customer column is chosen for " + log.name() + ", and none is named like "
                    + "one (CustomerID, Customer, Client...). Choose the column that names the customer of each row "
                    + "(--customer COL). Columns: " + String.join(", ", log.columnNames()) + ".");
        }
        customer = column(log, roles.customer(), "customer");
        if (roles.date() == null) {
            throw new SegmentaException("No date column is chosen for " + log.name() + ". Choose the column with the "
                    + "purchase date (--date COL). Columns: " + String.join(", ", log.columnNames()) + ".");
        }
        Column d = column(log, roles.date(), "date");
        if (!(d instanceof DateColumn dc)) {
            throw new SegmentaException("The date column \"" + d.name() + "\" of " + log.name() + " does not hold dates: it "
                    + "was read as " + d.type().label() + example(d) + ". Choose the column with the purchase dates "
                    + "(e.g. 2011-12-09, 09.12.2011 14:30 or 12/09/2011).");
        }
        date = dc;
        if (roles.amount() != null) {
            amount = numeric(log, roles.amount(), "amount");
            quantity = null;
            price = null;
        } else if (roles.quantity() != null && roles.price() != null) {
            amount = null;
            quantity = numeric(log, roles.quantity(), "quantity");
            price = numeric(log, roles.price(), "unit price");
        } else {
            throw new SegmentaException("No amount is chosen for " + log.name() + ": choose an amount column (--amount COL), "
                    + "or a quantity and a unit price column (--quantity COL --price COL). Columns: "
                    + String.join(", ", log.columnNames()) + ".");
        }
        time = roles.time() == null ? null : LogTimes.of(log, date, column(log, roles.time(), "time"));
        Column invoiceColumn = roles.invoice() == null ? null : column(log, roles.invoice(), "invoice");
        Column productColumn = roles.product() == null ? null : column(log, roles.product(), "product");
        Column categoryColumn = roles.category() == null ? null : column(log, roles.category(), "category");
        categoryName = categoryColumn == null ? null : categoryColumn.name();
        // the columns are coded side by side, one per core
        List<Column> coded = Arrays.asList(customer, invoiceColumn, productColumn, categoryColumn);
        ColumnCodes[] codes = new ColumnCodes[coded.size()];
        IntStream.range(0, coded.size()).parallel().forEach(i -> codes[i] = coded.get(i) == null ? null
                : ColumnCodes.of(coded.get(i), cancel));
        customerCodes = codes[0];
        invoice = codes[1];
        product = codes[2];
        category = codes[3];
    }

    private static Column column(Dataset log, String name, String role) {
        if (!log.hasColumn(name)) {
            throw new SegmentaException("There is no column \"" + name + "\" in " + log.name() + " for the " + role
                    + ". Columns: " + String.join(", ", log.columnNames()) + ".");
        }
        return log.column(name);
    }

    private static NumericColumn numeric(Dataset log, String name, String role) {
        Column c = column(log, name, role);
        if (c instanceof NumericColumn n) {
            return n;
        }
        String why = log.notNumeric(c.name()).map(w -> ": " + w).orElse(example(c));
        throw new SegmentaException("The " + role + " column \"" + c.name() + "\" of " + log.name() + " does not hold "
                + "numbers: it was read as " + c.type().label() + why + ". Choose a column of numbers for the " + role
                + " (a decimal comma works in semicolon-separated files).");
    }

    private static String example(Column c) {
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                return " (row " + (i + 1) + ": \"" + c.format(i) + "\")";
            }
        }
        return " (every cell is empty)";
    }

    /** Seconds into the day of the row's time cell; 0 without a time column or with an empty cell. */
    int timeOfDay(int row) {
        return time == null ? 0 : time[row];
    }

    /** The row's amount: the amount column, or quantity x unit price; NaN when a cell is missing. */
    double amount(int row) {
        return amount != null ? amount.get(row) : quantity.get(row) * price.get(row);
    }
}
