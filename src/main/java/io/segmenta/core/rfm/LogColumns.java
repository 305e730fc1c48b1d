package io.segmenta.core.rfm;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancellationToken;

/**
 * The columns of a log resolved and checked for their roles, with a message naming the column and
 * what was found when one does not fit (no customer column, a date column of text, an amount of text).
 */
final class LogColumns {
    final Column customer;
    final DateColumn date;
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
        invoice = roles.invoice() == null ? null : ColumnCodes.of(column(log, roles.invoice(), "invoice"), cancel);
        product = roles.product() == null ? null : ColumnCodes.of(column(log, roles.product(), "product"), cancel);
        categoryName = roles.category() == null ? null : column(log, roles.category(), "category").name();
        category = categoryName == null ? null : ColumnCodes.of(log.column(categoryName), cancel);
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

    /** The row's amount: the amount column, or quantity x unit price; NaN when a cell is missing. */
    double amount(int row) {
        return amount != null ? amount.get(row) : quantity.get(row) * price.get(row);
    }
}
