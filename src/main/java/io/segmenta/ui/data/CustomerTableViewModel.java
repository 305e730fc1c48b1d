package io.segmenta.ui.data;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.rfm.CustomerTable;
import io.segmenta.core.rfm.CustomerTables;
import io.segmenta.core.rfm.RfmColumns;
import io.segmenta.core.rfm.RfmOptions;
import io.segmenta.core.rfm.RfmRoles;
import io.segmenta.core.rfm.RfmSegment;
import io.segmenta.core.rfm.RfmSummary;
import io.segmenta.ui.task.JobKind;
import io.segmenta.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Make a customer table" in the Data step: offered when the open table looks like a transaction
 * log ({@link RfmRoles#looksLikeLog}); holds the column roles (guessed, editable), the reference day,
 * a preview of the customer table made in the background ({@link #PREVIEW}: a newer preview replaces
 * it), and on {@link #accept()} hands the table to the Data step as the working table.
 */
public final class CustomerTableViewModel {
    /** The kind of the preview jobs. */
    public static final JobKind PREVIEW = JobKind.replacing("Previewing the customer table");
    /** Customers the preview shows. */
    public static final int PREVIEW_ROWS = 12;

    private final TaskRunner runner;
    private final DataViewModel data;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered", false);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> customer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<String> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<String> time = new SimpleObjectProperty<>(this, "time");
    private final ObjectProperty<String> invoice = new SimpleObjectProperty<>(this, "invoice");
    private final ObjectProperty<String> amount = new SimpleObjectProperty<>(this, "amount");
    private final ObjectProperty<String> quantity = new SimpleObjectProperty<>(this, "quantity");
    private final ObjectProperty<String> price = new SimpleObjectProperty<>(this, "price");
    private final ObjectProperty<String> product = new SimpleObjectProperty<>(this, "product");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<LocalDate> referenceDay = new SimpleObjectProperty<>(this, "referenceDay");
    private final ReadOnlyObjectWrapper<CustomerTable> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Dataset log;
    private int request;

    CustomerTableViewModel(TaskRunner runner, DataViewModel data) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.data = Objects.requireNonNull(data, "data");
        data.datasetProperty().subscribe(d -> offered.set(d != null && RfmRoles.looksLikeLog(d)));
        for (ObjectProperty<?> p : List.of(customer, date, time, invoice, amount, quantity, price, product, category,
                referenceDay)) {
            p.addListener((o, was, now) -> {
                if (log != null) {
                    refresh();
                }
            });
        }
    }

    /** True when the open table looks like a transaction log. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** The definitions, one per line, as the dialog shows them. */
    public static String definitions() {
        List<String> lines = new ArrayList<>();
        RfmColumns.DEFINITIONS.forEach(d -> lines.add("• " + d)); // the wording, as the README and --help
        lines.add("Behaviour features:");
        RfmColumns.FEATURES.forEach(d -> lines.add("• " + capital(d)));
        return String.join("\n", lines);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Starts on the open table: every role guessed from the column names, then a preview. */
    public void start() {
        Dataset d = data.dataset();
        log = null;
        columns.setAll(d == null ? List.of() : d.columns().stream().map(Column::name).toList());
        RfmRoles g = d == null ? new RfmRoles(null, null, null, null, null, null, null, null) : RfmRoles.guess(d);
        customer.set(g.customer());
        date.set(g.date());
        time.set(g.time());
        invoice.set(g.invoice());
        amount.set(g.amount());
        quantity.set(g.quantity());
        price.set(g.price());
        product.set(g.product());
        category.set(g.category());
        referenceDay.set(null);
        log = d;
        refresh();
    }

    /** The roles as chosen. */
    public RfmRoles roles() {
        return new RfmRoles(customer.get(), date.get(), time.get(), invoice.get(), amount.get(),
                amount.get() == null ? quantity.get() : null, amount.get() == null ? price.get() : null, product.get(),
                category.get());
    }

    /** Makes the preview of the current roles in the background. */
    private void refresh() {
        Dataset d = log;
        RfmRoles roles = roles();
        RfmOptions options = new RfmOptions(referenceDay.get());
        int mine = ++request;
        preview.set(null);
        status.set("Making the customer table…");
        runner.submit(PREVIEW, "Previewing the customer table of " + d.name(),
                (progress, cancel) -> CustomerTables.make(d, roles, options, progress, cancel), t -> {
                    if (mine == request) {
                        preview.set(t);
                        status.set(summary(t.summary()));
                    }
                }, message -> {
                    if (mine == request) {
                        status.set(message);
                    }
                });
    }

    /** "20,000 rows · 5,078 without a customer · 342 returns · 3,017 customers (32 with returns only left out) ...". */
    static String summary(RfmSummary s) {
        String text = String.format(Locale.ROOT, "%,d rows · %,d without a customer · %,d returns", s.rows(),
                s.rowsWithoutCustomer(), s.returnRows());
        if (s.rowsIncomplete() > 0) {
            text += String.format(Locale.ROOT, " · %,d incomplete", s.rowsIncomplete());
        }
        text += String.format(Locale.ROOT, " → %,d customers (%,d with returns only left out) · reference day %s",
                s.customers(), s.customersReturnsOnly(), s.referenceDay());
        RfmSegment top = RfmSegment.HIBERNATING;
        for (RfmSegment seg : RfmSegment.values()) {
            if (s.count(seg) > s.count(top)) {
                top = seg;
            }
        }
        return text + String.format(Locale.ROOT, " · largest RFM segment: %s (%,d)", top.label(), s.count(top));
    }

    /**
     * Makes the customer table the working table: the preview when it is of the current roles, else
     * made now (the dialog's OK).
     */
    public void accept() {
        Dataset d = log;
        CustomerTable ready = preview.get();
        String from = d.name();
        RfmRoles roles = roles();
        RfmOptions options = new RfmOptions(referenceDay.get());
        if (ready != null) {
            data.showCustomerTable(ready, from, roles, options);
            return;
        }
        runner.run("Making the customer table of " + from,
                (progress, cancel) -> CustomerTables.make(d, roles, options, progress, cancel),
                t -> data.showCustomerTable(t, from, roles, options), data::showError);
    }

    /** The columns of the log, for the role choices. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> customerProperty() {
        return customer;
    }

    public ObjectProperty<String> dateProperty() {
        return date;
    }

    /** The time-of-day column beside a date column of days, or null. */
    public ObjectProperty<String> timeProperty() {
        return time;
    }

    public ObjectProperty<String> invoiceProperty() {
        return invoice;
    }

    public ObjectProperty<String> amountProperty() {
        return amount;
    }

    public ObjectProperty<String> quantityProperty() {
        return quantity;
    }

    public ObjectProperty<String> priceProperty() {
        return price;
    }

    public ObjectProperty<String> productProperty() {
        return product;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    /** The day Recency counts to; null for the day after the latest date. */
    public ObjectProperty<LocalDate> referenceDayProperty() {
        return referenceDay;
    }

    /** The customer table of the current roles, or null while it is made or when they do not fit. */
    public ReadOnlyObjectProperty<CustomerTable> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the preview counted, or why the roles do not fit. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
