package io.segmenta.ui.charts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * A 3D scatter of customers coloured by segment, in a {@link SubScene}. All points are one
 * {@code TriangleMesh} (a small tetrahedron per customer) with one material whose texture is the
 * segment palette: a point's colour is a texture coordinate, so a hundred thousand customers are
 * one node and one draw call. Segment centres are spheres; a grey box with three labelled axes
 * frames the data (each axis scaled to the box).
 *
 * <p>Mouse: drag to rotate, right-drag or Shift-drag to pan, wheel to zoom, double click to reset;
 * hovering names the customer under the pointer and a click selects it (Shift adds). Picking
 * projects the points with the current view rather than intersecting the mesh, so it stays fast
 * at any size. Above {@value #MAX_POINTS} customers a fixed random sample of that size is drawn,
 * and the view says so.
 *
 * <p>Where the platform has no 3D ({@code ConditionalFeature.SCENE3D}, e.g. a software renderer or
 * a headless test), the view shows the first two axes as a 2D {@link ScatterCanvas} with a message.
 *
 * <p>The parts: {@link Scatter3DPoints} builds the point meshes from the data, {@link Scatter3DFrame}
 * the box, axes and segment centres, {@link Scatter3DCamera} holds the view and projects and picks,
 * {@link Scatter3DMouse} turns mouse and wheel into view changes (measuring frame rates with
 * {@link FrameRate}). This class ties them together and keeps the fallback.
 */
public final class Scatter3DView extends StackPane {
    /** At most this many customers are drawn in 3D; more are sampled. */
    public static final int MAX_POINTS = 200_000;
    /** Half the side of the box the data is scaled into, in world units. */
    static final double HALF = 150;
    /** While the view moves on a slow renderer, a random sample of this many customers stands in for all. */
    public static final int PREVIEW_POINTS = 25_000;

    private final boolean supported;
    private final ObjectProperty<Scatter3DData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<RowSet> selection = new SimpleObjectProperty<>(this, "selection", RowSet.EMPTY);
    private final ObjectProperty<Set<Integer>> hiddenSegments =
            new SimpleObjectProperty<>(this, "hiddenSegments", Set.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private IntFunction<String> rowDescriber;

    // 3D
    private final Scatter3DCamera cam;
    private final Group world = new Group();
    private final Group frame = new Group();
    private final Group centres = new Group();
    // created only where 3D is supported (JavaFX warns about 3D objects elsewhere)
    private Scatter3DPoints points;
    private boolean previewWhileMoving;
    private boolean moving;
    private String restingNote = "";
    private final Pane overlay = new Pane();
    private final Label[] axisLabels = {new Label(), new Label(), new Label()};
    private final Label hover = new Label();
    private SubScene subScene;

    // fallback
    private ScatterCanvas flat;

    public Scatter3DView() {
        this(Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /** @param use3d false shows the 2D fallback even where 3D works (tests, screenshots) */
    public Scatter3DView(boolean use3d) {
        this.supported = use3d;
        this.cam = new Scatter3DCamera(use3d);
        getStyleClass().add("scatter-3d");
        setMinSize(200, 160);
        setPrefSize(640, 420);
        if (supported) {
            build3d();
        } else {
            buildFallback();
        }
        data.addListener((o, a, b) -> rebuild());
        hiddenSegments.addListener((o, a, b) -> rebuild());
        selection.addListener((o, a, b) -> recolour());
    }

    /** True when this view draws in 3D; false when it shows the 2D fallback. */
    public boolean is3d() {
        return supported;
    }

    public ObjectProperty<Scatter3DData> dataProperty() {
        return data;
    }

    public ObjectProperty<RowSet> selectionProperty() {
        return selection;
    }

    public ObjectProperty<Set<Integer>> hiddenSegmentsProperty() {
        return hiddenSegments;
    }

    /** What the view says about sampling, "" when all customers are drawn. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public void setRowDescriber(IntFunction<String> describer) {
        this.rowDescriber = describer;
        if (flat != null) {
            flat.setRowDescriber(describer);
        }
    }

    /** Number of customers in the mesh (or drawn by the fallback). */
    public int pointsDrawn() {
        return supported ? points.drawnRows.length : flat.pointsDrawn();
    }

    /** The 2D fallback chart, or null when 3D is on. */
    public ScatterCanvas fallback() {
        return flat;
    }

    /** The dataset row of the first customer in the mesh, -1 when none (for checks). */
    int firstDrawnRow() {
        int[] drawnRows = supported ? points.drawnRows : new int[0];
        return drawnRows.length == 0 ? -1 : drawnRows[0];
    }

    /** Faces in the shared mesh (4 per drawn customer). */
    public int faceCount() {
        return points == null ? 0 : points.faceCount();
    }

    // ---- fallback ------------------------------------------------------------------------------

    private void buildFallback() {
        Label message = new Label("3D is not available on this display (the graphics system offers no 3D "
                + "support), so the first two axes are shown in 2D. Choose other axes above, or use the Segments 2D "
                + "tab.");
        message.getStyleClass().add("fallback-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Label.USE_PREF_SIZE);
        flat = new ScatterCanvas();
        flat.selectionProperty().bindBidirectional(selection);
        flat.hiddenSegmentsProperty().bind(hiddenSegments);
        flat.emptyTextProperty().set("Choose three axes.");
        VBox.setVgrow(flat, Priority.ALWAYS);
        VBox box = new VBox(8, message, flat);
        getChildren().add(box);
    }

    // ---- 3D ------------------------------------------------------------------------------------

    private void build3d() {
        points = new Scatter3DPoints();
        world.getTransforms().addAll(cam.rotateX, cam.rotateY);
        world.getChildren().addAll(frame, points.cloud, points.preview, centres);
        AmbientLight ambient = new AmbientLight(Color.gray(0.72));
        PointLight key = new PointLight(Color.gray(0.42));
        key.setTranslateX(-400);
        key.setTranslateY(-500);
        key.setTranslateZ(-900);
        Group root = new Group(world, ambient, key);
        subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.DISABLED);
        subScene.setFill(Color.WHITE);
        subScene.setCamera(cam.camera);
        subScene.setManaged(false);
        Pane holder = new Pane(subScene);
        holder.setMinSize(0, 0);
        subScene.widthProperty().bind(holder.widthProperty());
        subScene.heightProperty().bind(holder.heightProperty());
        overlay.setMouseTransparent(true);
        overlay.setMinSize(0, 0);
        for (Label l : axisLabels) {
            l.getStyleClass().add("axis-3d-label");
            l.setManaged(false);
            overlay.getChildren().add(l);
        }
        hover.getStyleClass().add("chart-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setWrapText(true);
        hover.setMaxWidth(360);
        overlay.getChildren().add(hover);
        getChildren().addAll(holder, overlay);
        Scatter3DFrame.build(frame);
        cam.rotateX.angleProperty().addListener((o, a, b) -> placeLabels());
        cam.rotateY.angleProperty().addListener((o, a, b) -> placeLabels());
        cam.camera.translateXProperty().addListener((o, a, b) -> placeLabels());
        cam.camera.translateYProperty().addListener((o, a, b) -> placeLabels());
        cam.camera.translateZProperty().addListener((o, a, b) -> placeLabels());
        holder.widthProperty().addListener((o, a, b) -> placeLabels());
        holder.heightProperty().addListener((o, a, b) -> placeLabels());
        Scatter3DMouse.install(this, cam, holder);
    }

    /** Rebuilds the mesh from the data: the visible customers (sampled above MAX_POINTS) as tetrahedra. */
    private void rebuild() {
        Scatter3DData d = data.get();
        if (!supported) {
            flat.setData(d == null ? null : d.toPlane());
            note.set("");
            return;
        }
        hover.setVisible(false);
        if (d == null) {
            points.clear();
            centres.getChildren().clear();
            note.set("");
            for (Label l : axisLabels) {
                l.setText("");
            }
            return;
        }
        Set<Integer> hidden = hiddenSegments.get();
        int[] rows = Scatter3DPoints.visibleRows(d, hidden);
        int count = rows.length;
        if (count > MAX_POINTS) {
            rows = Scatter3DPoints.sample(rows, MAX_POINTS);
            note.set(String.format(Locale.ROOT, "3D shows a random %,d of %,d customers", MAX_POINTS, count));
        } else {
            note.set("");
        }
        double[] sx = Scatter3DPoints.scale(d.x());
        double[] sy = Scatter3DPoints.scale(d.y());
        double[] sz = Scatter3DPoints.scale(d.z());
        points.place(d, rows, sx, sy, sz, selection.get());
        restingNote = note.get();
        setMoving(moving);
        Scatter3DFrame.buildCentres(centres, d, sx, sy, sz, hidden);
        for (int a = 0; a < 3; a++) {
            axisLabels[a].setText(a == 0 ? d.xLabel() : a == 1 ? d.yLabel() : d.zLabel());
        }
        placeLabels();
    }

    /**
     * Whether the view is moving: while it moves on a slow renderer (fewer than
     * {@value Scatter3DMouse#SLOW_FPS} frames per second were rendered during a drag), the preview
     * sample stands in for all customers.
     */
    public void setMoving(boolean value) {
        moving = value;
        if (!supported) {
            return;
        }
        boolean showPreview = value && previewWhileMoving && points.previewPoints != null;
        points.cloud.setVisible(!showPreview);
        points.preview.setVisible(showPreview);
        note.set(showPreview ? String.format(Locale.ROOT, "Moving: a random %,d of %,d customers",
                points.previewPoints.length, points.drawnRows.length) : restingNote);
    }

    /** Use the preview sample whenever the view moves (the view also switches this on by itself when frames are slow). */
    public void setPreviewWhileMoving(boolean value) {
        previewWhileMoving = value;
        setMoving(moving);
    }

    public boolean isPreviewWhileMoving() {
        return previewWhileMoving;
    }

    /** True when a preview sample exists (more customers drawn than {@link #PREVIEW_POINTS}). */
    boolean hasPreview() {
        return points.previewPoints != null;
    }

    private void recolour() {
        if (!supported) {
            return;
        }
        points.recolour(selection.get());
    }

    // ---- view and picking ----------------------------------------------------------------------

    /** Rotation about the horizontal and vertical axes, in degrees. */
    public void rotate(double aroundX, double aroundY) {
        cam.rotate(aroundX, aroundY);
    }

    public double angleX() {
        return cam.rotateX.getAngle();
    }

    public double angleY() {
        return cam.rotateY.getAngle();
    }

    /** Back to the starting angle, distance and position. */
    public void resetView() {
        if (!supported) {
            flat.resetView();
            return;
        }
        cam.reset();
    }

    /** Moves the camera closer (factor above 1) or further away. */
    public void zoom(double factor) {
        if (!supported) {
            flat.zoom(factor);
            return;
        }
        cam.zoom(factor);
    }

    /** Height of the 3D view in pixels. */
    double viewHeight() {
        return subScene.getHeight();
    }

    private void placeLabels() {
        if (!supported || subScene == null) {
            return;
        }
        double w = subScene.getWidth();
        double h = subScene.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Transform t = world.getLocalToSceneTransform();
        double f = Scatter3DCamera.focal(h);
        double e = HALF * 1.12;
        double[][] ends = {{e, HALF, -HALF}, {-HALF, -e, -HALF}, {-HALF, HALF, e}};
        for (int a = 0; a < 3; a++) {
            double[] s = cam.project(t, ends[a][0], ends[a][1], ends[a][2], w, h, f);
            Label l = axisLabels[a];
            l.autosize();
            l.relocate(s[0] - l.getWidth() / 2, s[1] - l.getHeight() / 2);
            l.setVisible(s[2] > 0 && !l.getText().isEmpty());
        }
    }

    /** The drawn customer nearest to the view point (x, y) within a few pixels, or -1. */
    public int nearest(double x, double y) {
        if (!supported) {
            return flat.nearest(x, y);
        }
        return cam.nearest(world.getLocalToSceneTransform(), points.positions, points.drawnRows,
                subScene.getWidth(), subScene.getHeight(), x, y);
    }

    /** Where a customer is drawn on screen (view coordinates), or null when it is not drawn. */
    public double[] screenPosition(int row) {
        if (!supported) {
            return null;
        }
        int p = Arrays.binarySearch(points.drawnRows, row);
        if (p < 0) {
            return null;
        }
        float[] positions = points.positions;
        return cam.project(world.getLocalToSceneTransform(), positions[3 * p], positions[3 * p + 1],
                positions[3 * p + 2], subScene.getWidth(), subScene.getHeight(),
                Scatter3DCamera.focal(subScene.getHeight()));
    }

    /** For checks: where JavaFX itself puts the customer (through the SubScene), or null. */
    public Point2D javafxScreenPosition(int row) {
        if (!supported) {
            return null;
        }
        int p = Arrays.binarySearch(points.drawnRows, row);
        if (p < 0) {
            return null;
        }
        float[] positions = points.positions;
        Point3D s = world.localToScene(new Point3D(positions[3 * p], positions[3 * p + 1], positions[3 * p + 2]), true);
        return subScene.sceneToLocal(s.getX(), s.getY());
    }

    /** Selects the customer at the view point, as a click does. */
    public void clickAt(double x, double y, boolean add) {
        if (!supported) {
            flat.clickAt(x, y, add, false);
            return;
        }
        int row = nearest(x, y);
        if (row < 0) {
            if (!add) {
                selection.set(RowSet.EMPTY);
            }
            return;
        }
        RowSet one = RowSet.of(row);
        selection.set(add ? selection.get().union(one) : one);
        showHover(row, x, y);
    }

    boolean hasRowDescriber() {
        return rowDescriber != null;
    }

    void showHover(int row, double x, double y) {
        if (rowDescriber == null) {
            return;
        }
        hover.setText(rowDescriber.apply(row));
        hover.setVisible(true);
        hover.autosize();
        double w = subScene.getWidth();
        double h = subScene.getHeight();
        double hx = x + 14 + hover.getWidth() > w ? x - 14 - hover.getWidth() : x + 14;
        double hy = y + 14 + hover.getHeight() > h ? y - 14 - hover.getHeight() : y + 14;
        hover.relocate(Math.max(0, hx), Math.max(0, hy));
    }

    void hideHover() {
        hover.setVisible(false);
    }

    /** The hover text on show, or null. */
    public String hoverText() {
        if (!supported) {
            return flat.hoverText();
        }
        return hover.isVisible() ? hover.getText() : null;
    }
}
