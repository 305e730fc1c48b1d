package io.segmenta.ui.charts;

import java.util.Arrays;
import java.util.BitSet;
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
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;

/**
 * A 3D scatter of customers coloured by segment, in a {@link SubScene}. All points are one
 * {@link TriangleMesh} (a small tetrahedron per customer) with one material whose texture is the
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
 */
public final class Scatter3DView extends StackPane {
    /** At most this many customers are drawn in 3D; more are sampled. */
    public static final int MAX_POINTS = 200_000;
    private static final double HALF = 150;
    private static final double PICK_RADIUS = 8;
    private static final double FOV = 30;
    private static final double DISTANCE = 980;
    /** While the view moves on a slow renderer, a random sample of this many customers stands in for all. */
    public static final int PREVIEW_POINTS = 25_000;
    /** Fewer rendered frames per second than this while moving switch on the moving preview. */
    private static final double SLOW_FPS = 22;
    private static final int TEXEL = 4;

    private final boolean supported;
    private final ObjectProperty<Scatter3DData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<RowSet> selection = new SimpleObjectProperty<>(this, "selection", RowSet.EMPTY);
    private final ObjectProperty<Set<Integer>> hiddenSegments =
            new SimpleObjectProperty<>(this, "hiddenSegments", Set.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private IntFunction<String> rowDescriber;

    // 3D
    private final Rotate rotateX = new Rotate(-22, Rotate.X_AXIS);
    private final Rotate rotateY = new Rotate(-35, Rotate.Y_AXIS);
    private final Group world = new Group();
    private final Group frame = new Group();
    private final Group centres = new Group();
    // created only where 3D is supported (JavaFX warns about 3D objects elsewhere)
    private TriangleMesh mesh;
    private MeshView cloud;
    private TriangleMesh previewMesh;
    private MeshView preview;
    private PhongMaterial material;
    private PerspectiveCamera camera;
    /** Positions (in the drawn arrays) of the preview sample; null when all points are few enough. */
    private int[] previewPoints;
    private boolean previewWhileMoving;
    private boolean moving;
    private String restingNote = "";
    /** Measures the frames actually rendered while the view moves (null when not measuring). */
    private FrameRate frameRate;
    private final Pane overlay = new Pane();
    private final Label[] axisLabels = {new Label(), new Label(), new Label()};
    private final Label hover = new Label();
    private SubScene subScene;
    /** World coordinates of the drawn points, 3 per point. */
    private float[] positions = new float[0];
    /** Dataset row of each drawn point. */
    private int[] drawnRows = new int[0];
    private int[] drawnGroup = new int[0];
    private double pressX;
    private double pressY;
    private double pressAngleX;
    private double pressAngleY;
    private double pressPanX;
    private double pressPanY;
    private boolean dragged;

    // fallback
    private ScatterCanvas flat;

    public Scatter3DView() {
        this(Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /** @param use3d false shows the 2D fallback even where 3D works (tests, screenshots) */
    public Scatter3DView(boolean use3d) {
        this.supported = use3d;
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
        return supported ? drawnRows.length : flat.pointsDrawn();
    }

    /** The 2D fallback chart, or null when 3D is on. */
    public ScatterCanvas fallback() {
        return flat;
    }

    /** The dataset row of the first customer in the mesh, -1 when none (for checks). */
    int firstDrawnRow() {
        return drawnRows.length == 0 ? -1 : drawnRows[0];
    }

    /** Faces in the shared mesh (4 per drawn customer). */
    public int faceCount() {
        return mesh == null ? 0 : mesh.getFaces().size() / mesh.getFaceElementSize();
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
        mesh = new TriangleMesh();
        cloud = new MeshView(mesh);
        previewMesh = new TriangleMesh();
        preview = new MeshView(previewMesh);
        material = new PhongMaterial(Color.WHITE);
        camera = new PerspectiveCamera(true);
        cloud.setMaterial(material);
        cloud.setCullFace(CullFace.BACK);
        cloud.setMouseTransparent(true);
        preview.setMaterial(material);
        preview.setCullFace(CullFace.BACK);
        preview.setMouseTransparent(true);
        preview.setVisible(false);
        world.getTransforms().addAll(rotateX, rotateY);
        world.getChildren().addAll(frame, cloud, preview, centres);
        AmbientLight ambient = new AmbientLight(Color.gray(0.72));
        PointLight key = new PointLight(Color.gray(0.42));
        key.setTranslateX(-400);
        key.setTranslateY(-500);
        key.setTranslateZ(-900);
        Group root = new Group(world, ambient, key);
        camera.setFieldOfView(FOV);
        camera.setNearClip(1);
        camera.setFarClip(20_000);
        camera.setTranslateZ(-DISTANCE);
        subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.DISABLED);
        subScene.setFill(Color.WHITE);
        subScene.setCamera(camera);
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
        buildFrame();
        rotateX.angleProperty().addListener((o, a, b) -> placeLabels());
        rotateY.angleProperty().addListener((o, a, b) -> placeLabels());
        camera.translateXProperty().addListener((o, a, b) -> placeLabels());
        camera.translateYProperty().addListener((o, a, b) -> placeLabels());
        camera.translateZProperty().addListener((o, a, b) -> placeLabels());
        holder.widthProperty().addListener((o, a, b) -> placeLabels());
        holder.heightProperty().addListener((o, a, b) -> placeLabels());
        installMouse(holder);
    }

    /** The box around the data: light edges, and three darker axes from the data minimum. */
    private void buildFrame() {
        PhongMaterial edge = new PhongMaterial(Color.web("#C9D1D9"));
        PhongMaterial axis = new PhongMaterial(Color.web("#3D444D"));
        axis.setSpecularColor(Color.BLACK);
        double h = HALF;
        // world y points down: the data minimum on the vertical axis is at world +h
        frame.getChildren().addAll(
                bar(0, h, -h, 0, axis), bar(-h, 0, -h, 1, axis), bar(-h, h, 0, 2, axis),
                bar(0, -h, -h, 0, edge), bar(0, h, h, 0, edge), bar(0, -h, h, 0, edge),
                bar(h, 0, -h, 1, edge), bar(-h, 0, h, 1, edge), bar(h, 0, h, 1, edge),
                bar(h, h, 0, 2, edge), bar(-h, -h, 0, 2, edge), bar(h, -h, 0, 2, edge));
        frame.setMouseTransparent(true);
    }

    /** A thin box through (x, y, z) spanning the frame along axis 0 (x), 1 (y) or 2 (z). */
    private static Box bar(double x, double y, double z, int along, PhongMaterial m) {
        double t = m.getDiffuseColor().getBrightness() < 0.5 ? 1.8 : 1.0;
        double length = 2 * HALF + t;
        Box b = new Box(along == 0 ? length : t, along == 1 ? length : t, along == 2 ? length : t);
        b.setTranslateX(x);
        b.setTranslateY(y);
        b.setTranslateZ(z);
        b.setMaterial(m);
        return b;
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
            mesh.getPoints().clear();
            mesh.getFaces().clear();
            mesh.getTexCoords().clear();
            previewMesh.getPoints().clear();
            previewMesh.getFaces().clear();
            previewPoints = null;
            centres.getChildren().clear();
            positions = new float[0];
            drawnRows = new int[0];
            drawnGroup = new int[0];
            note.set("");
            for (Label l : axisLabels) {
                l.setText("");
            }
            return;
        }
        Set<Integer> hidden = hiddenSegments.get();
        int n = d.size();
        BitSet visible = new BitSet(n);
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(d.x()[i]) && !Double.isNaN(d.y()[i]) && !Double.isNaN(d.z()[i])
                    && !hidden.contains(d.group()[i])) {
                visible.set(i);
                count++;
            }
        }
        int[] rows = visible.stream().toArray();
        if (count > MAX_POINTS) {
            rows = sample(rows, MAX_POINTS);
            note.set(String.format(Locale.ROOT, "3D shows a random %,d of %,d customers", MAX_POINTS, count));
        } else {
            note.set("");
        }
        double[] sx = scale(d.x());
        double[] sy = scale(d.y());
        double[] sz = scale(d.z());
        int m = rows.length;
        positions = new float[m * 3];
        drawnRows = rows;
        drawnGroup = new int[m];
        for (int p = 0; p < m; p++) {
            int i = rows[p];
            positions[3 * p] = (float) ((d.x()[i] - sx[0]) * sx[1]);
            positions[3 * p + 1] = (float) -((d.y()[i] - sy[0]) * sy[1]);
            positions[3 * p + 2] = (float) ((d.z()[i] - sz[0]) * sz[1]);
            drawnGroup[p] = d.group()[i];
        }
        int k = d.segments();
        paletteColumns = Math.max(k, maxGroup(drawnGroup) + 1) + 1;
        material.setDiffuseMap(palette(paletteColumns));
        float r = (float) (m <= 2_000 ? 3.2 : m <= 20_000 ? 2.2 : m <= 100_000 ? 1.5 : 1.1);
        int[] all = new int[m];
        for (int p = 0; p < m; p++) {
            all[p] = p;
        }
        fill(mesh, all, r);
        previewPoints = m > PREVIEW_POINTS ? sample(all, PREVIEW_POINTS) : null;
        if (previewPoints != null) {
            fill(previewMesh, previewPoints, (float) 1.8);
        } else {
            previewMesh.getPoints().clear();
            previewMesh.getFaces().clear();
        }
        restingNote = note.get();
        setMoving(moving);
        buildCentres(d, sx, sy, sz, hidden);
        for (int a = 0; a < 3; a++) {
            axisLabels[a].setText(a == 0 ? d.xLabel() : a == 1 ? d.yLabel() : d.zLabel());
        }
        placeLabels();
    }

    private int paletteColumns = 1;

    /** Puts the listed drawn points into {@code target} as tetrahedra of half-size {@code r}. */
    private void fill(TriangleMesh target, int[] which, float r) {
        float[] pts = new float[which.length * 12];
        for (int q = 0; q < which.length; q++) {
            int p = which[q];
            float x = positions[3 * p];
            float y = positions[3 * p + 1];
            float z = positions[3 * p + 2];
            int b = q * 12;
            pts[b] = x + r;
            pts[b + 1] = y + r;
            pts[b + 2] = z + r;
            pts[b + 3] = x + r;
            pts[b + 4] = y - r;
            pts[b + 5] = z - r;
            pts[b + 6] = x - r;
            pts[b + 7] = y + r;
            pts[b + 8] = z - r;
            pts[b + 9] = x - r;
            pts[b + 10] = y - r;
            pts[b + 11] = z + r;
        }
        float[] tex = new float[paletteColumns * 2 * 2];
        for (int row = 0; row < 2; row++) {
            for (int c = 0; c < paletteColumns; c++) {
                int t = row * paletteColumns + c;
                tex[2 * t] = (float) ((c * TEXEL + TEXEL / 2.0) / (paletteColumns * TEXEL));
                tex[2 * t + 1] = (float) ((row * TEXEL + TEXEL / 2.0) / (2 * TEXEL));
            }
        }
        target.getPoints().setAll(pts);
        target.getTexCoords().setAll(tex);
        target.getFaces().setAll(faces(which));
    }

    /**
     * Faces of the listed drawn points' tetrahedra (outward winding), each face's texture the
     * point's segment colour, faded when other customers are selected.
     */
    private int[] faces(int[] which) {
        RowSet sel = selection.get();
        boolean any = !sel.isEmpty();
        int[] f = new int[which.length * 24];
        int[][] tri = {{0, 1, 2}, {0, 3, 1}, {0, 2, 3}, {1, 3, 2}};
        for (int q = 0; q < which.length; q++) {
            int p = which[q];
            int col = Math.max(0, drawnGroup[p] + 1); // column 0: in no segment (also DBSCAN's noise)
            int t = (any && !sel.contains(drawnRows[p]) ? paletteColumns : 0) + col;
            int v = q * 4;
            int b = q * 24;
            for (int[] face : tri) {
                f[b] = v + face[0];
                f[b + 1] = t;
                f[b + 2] = v + face[1];
                f[b + 3] = t;
                f[b + 4] = v + face[2];
                f[b + 5] = t;
                b += 6;
            }
        }
        return f;
    }

    /**
     * Whether the view is moving: while it moves on a slow renderer (fewer than {@value #SLOW_FPS}
     * frames per second were rendered during a drag), the preview sample stands in for all customers.
     */
    public void setMoving(boolean value) {
        moving = value;
        if (!supported) {
            return;
        }
        boolean showPreview = value && previewWhileMoving && previewPoints != null;
        cloud.setVisible(!showPreview);
        preview.setVisible(showPreview);
        note.set(showPreview ? String.format(Locale.ROOT, "Moving: a random %,d of %,d customers", previewPoints.length,
                drawnRows.length) : restingNote);
    }

    /** Use the preview sample whenever the view moves (the view also switches this on by itself when frames are slow). */
    public void setPreviewWhileMoving(boolean value) {
        previewWhileMoving = value;
        setMoving(moving);
    }

    public boolean isPreviewWhileMoving() {
        return previewWhileMoving;
    }

    private void recolour() {
        if (!supported || drawnRows.length == 0) {
            return;
        }
        int[] all = new int[drawnRows.length];
        for (int p = 0; p < all.length; p++) {
            all[p] = p;
        }
        mesh.getFaces().setAll(faces(all));
        if (previewPoints != null) {
            previewMesh.getFaces().setAll(faces(previewPoints));
        }
    }

    /** The palette as a texture: row 0 the segment colours (column 0: no segment), row 1 the same faded. */
    private static WritableImage palette(int columns) {
        WritableImage img = new WritableImage(columns * TEXEL, 2 * TEXEL);
        PixelWriter w = img.getPixelWriter();
        for (int c = 0; c < columns; c++) {
            Color base = SegmentPalette.color(c - 1);
            Color faded = base.interpolate(Color.WHITE, 0.72);
            for (int y = 0; y < 2 * TEXEL; y++) {
                for (int x = 0; x < TEXEL; x++) {
                    w.setColor(c * TEXEL + x, y, y < TEXEL ? base : faded);
                }
            }
        }
        return img;
    }

    private static int maxGroup(int[] g) {
        int m = -1;
        for (int v : g) {
            m = Math.max(m, v);
        }
        return m;
    }

    private void buildCentres(Scatter3DData d, double[] sx, double[] sy, double[] sz, Set<Integer> hidden) {
        centres.getChildren().clear();
        for (int s = 0; s < d.segments(); s++) {
            double x = d.centres()[3 * s];
            double y = d.centres()[3 * s + 1];
            double z = d.centres()[3 * s + 2];
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(z) || hidden.contains(s)) {
                continue;
            }
            Sphere ball = new Sphere(6.5, 24);
            PhongMaterial m = new PhongMaterial(SegmentPalette.color(s));
            m.setSpecularColor(Color.gray(0.6));
            ball.setMaterial(m);
            ball.setTranslateX((x - sx[0]) * sx[1]);
            ball.setTranslateY(-(y - sy[0]) * sy[1]);
            ball.setTranslateZ((z - sz[0]) * sz[1]);
            ball.setMouseTransparent(true);
            centres.getChildren().add(ball);
        }
    }

    /** {centre, factor}: maps the finite values of an axis onto -HALF..HALF. */
    private static double[] scale(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (x < lo) {
                lo = x;
            }
            if (x > hi) {
                hi = x;
            }
        }
        if (!(hi > lo)) {
            return new double[] {Double.isFinite(lo) ? lo : 0, 1};
        }
        return new double[] {(lo + hi) / 2, 2 * HALF / (hi - lo)};
    }

    private static int[] sample(int[] rows, int m) {
        int[] a = rows.clone();
        SeededShuffle.shuffle(a, m);
        int[] out = Arrays.copyOf(a, m);
        Arrays.sort(out);
        return out;
    }

    // ---- view and picking ----------------------------------------------------------------------

    /** Rotation about the horizontal and vertical axes, in degrees. */
    public void rotate(double aroundX, double aroundY) {
        rotateX.setAngle(aroundX);
        rotateY.setAngle(aroundY);
    }

    public double angleX() {
        return rotateX.getAngle();
    }

    public double angleY() {
        return rotateY.getAngle();
    }

    /** Back to the starting angle, distance and position. */
    public void resetView() {
        if (!supported) {
            flat.resetView();
            return;
        }
        rotate(-22, -35);
        camera.setTranslateX(0);
        camera.setTranslateY(0);
        camera.setTranslateZ(-DISTANCE);
    }

    /** Moves the camera closer (factor above 1) or further away. */
    public void zoom(double factor) {
        if (!supported) {
            flat.zoom(factor);
            return;
        }
        double z = camera.getTranslateZ() / factor;
        camera.setTranslateZ(Math.max(-6_000, Math.min(-HALF * 0.6, z)));
    }

    /** Screen (overlay) coordinates of a world point under the current view: {x, y, depth}. */
    private double[] project(Transform toScene, double wx, double wy, double wz, double w, double h, double f) {
        Point3D q = toScene.transform(wx, wy, wz);
        double cx = q.getX() - camera.getTranslateX();
        double cy = q.getY() - camera.getTranslateY();
        double cz = q.getZ() - camera.getTranslateZ();
        return new double[] {w / 2 + cx * f / cz, h / 2 + cy * f / cz, cz};
    }

    private double focal(double h) {
        return (h / 2) / Math.tan(Math.toRadians(FOV / 2));
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
        double f = focal(h);
        double e = HALF * 1.12;
        double[][] ends = {{e, HALF, -HALF}, {-HALF, -e, -HALF}, {-HALF, HALF, e}};
        for (int a = 0; a < 3; a++) {
            double[] s = project(t, ends[a][0], ends[a][1], ends[a][2], w, h, f);
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
        double w = subScene.getWidth();
        double h = subScene.getHeight();
        Transform t = world.getLocalToSceneTransform();
        Affine a = new Affine(t);
        double f = focal(h);
        double camX = camera.getTranslateX();
        double camY = camera.getTranslateY();
        double camZ = camera.getTranslateZ();
        double best = PICK_RADIUS * PICK_RADIUS;
        double bestDepth = Double.POSITIVE_INFINITY;
        int found = -1;
        double mxx = a.getMxx();
        double mxy = a.getMxy();
        double mxz = a.getMxz();
        double tx = a.getTx();
        double myx = a.getMyx();
        double myy = a.getMyy();
        double myz = a.getMyz();
        double ty = a.getTy();
        double mzx = a.getMzx();
        double mzy = a.getMzy();
        double mzz = a.getMzz();
        double tz = a.getTz();
        for (int p = 0; p < drawnRows.length; p++) {
            double px = positions[3 * p];
            double py = positions[3 * p + 1];
            double pz = positions[3 * p + 2];
            double cz = mzx * px + mzy * py + mzz * pz + tz - camZ;
            if (cz <= 0) {
                continue;
            }
            double sx = w / 2 + (mxx * px + mxy * py + mxz * pz + tx - camX) * f / cz - x;
            double sy = h / 2 + (myx * px + myy * py + myz * pz + ty - camY) * f / cz - y;
            double dd = sx * sx + sy * sy;
            if (dd < best || (dd <= best + 4 && cz < bestDepth && dd <= PICK_RADIUS * PICK_RADIUS)) {
                best = Math.min(best, dd);
                bestDepth = cz;
                found = drawnRows[p];
            }
        }
        return found;
    }

    /** Where a customer is drawn on screen (view coordinates), or null when it is not drawn. */
    public double[] screenPosition(int row) {
        if (!supported) {
            return null;
        }
        int p = Arrays.binarySearch(drawnRows, row);
        if (p < 0) {
            return null;
        }
        return project(world.getLocalToSceneTransform(), positions[3 * p], positions[3 * p + 1], positions[3 * p + 2],
                subScene.getWidth(), subScene.getHeight(), focal(subScene.getHeight()));
    }

    /** For checks: where JavaFX itself puts the customer (through the SubScene), or null. */
    public Point2D javafxScreenPosition(int row) {
        int p = Arrays.binarySearch(drawnRows, row);
        if (!supported || p < 0) {
            return null;
        }
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

    private void showHover(int row, double x, double y) {
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

    /** The hover text on show, or null. */
    public String hoverText() {
        if (!supported) {
            return flat.hoverText();
        }
        return hover.isVisible() ? hover.getText() : null;
    }

    private void installMouse(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            pressAngleX = rotateX.getAngle();
            pressAngleY = rotateY.getAngle();
            pressPanX = camera.getTranslateX();
            pressPanY = camera.getTranslateY();
            dragged = false;
            hover.setVisible(false);
        });
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getX() - pressX;
            double dy = e.getY() - pressY;
            if (!dragged && Math.hypot(dx, dy) < 3) {
                return;
            }
            if (!dragged) {
                setMoving(true);
                if (!previewWhileMoving && previewPoints != null) {
                    frameRate = FrameRate.start(getScene());
                    if (frameRate == null) {
                        setPreviewWhileMoving(true);
                    }
                }
            } else if (frameRate != null && frameRate.seconds() > 0.5) {
                if (frameRate.fps() < SLOW_FPS) {
                    setPreviewWhileMoving(true);
                }
                frameRate.stop();
                frameRate = null;
            }
            dragged = true;
            if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) {
                double perPixel = -camera.getTranslateZ() / focal(subScene.getHeight());
                camera.setTranslateX(pressPanX - dx * perPixel);
                camera.setTranslateY(pressPanY - dy * perPixel);
            } else {
                rotateY.setAngle(pressAngleY - dx * 0.4);
                rotateX.setAngle(Math.max(-90, Math.min(90, pressAngleX + dy * 0.4)));
            }
        });
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragged) {
                if (frameRate != null) {
                    frameRate.stop();
                    frameRate = null;
                }
                setMoving(false);
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                resetView();
            } else {
                clickAt(e.getX(), e.getY(), e.isShiftDown());
            }
        });
        target.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int row = rowDescriber == null ? -1 : nearest(e.getX(), e.getY());
            if (row < 0) {
                hover.setVisible(false);
            } else {
                showHover(row, e.getX(), e.getY());
            }
        });
        target.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        target.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoom(ScatterCanvas.wheelFactor(e));
                e.consume();
            }
        });
    }

    /**
     * Rendered frames per second of a scene, from JavaFX's scene performance tracker (frames the
     * renderer finished, not pulses). That tracker is internal API: where it cannot be reached (e.g.
     * JavaFX on the module path without the package opened) {@link #start} returns null and the
     * view then always uses the moving preview.
     */
    private static final class FrameRate {
        private final Scene scene;
        private final com.sun.javafx.perf.PerformanceTracker tracker;
        private final long started = System.nanoTime();

        private FrameRate(Scene scene, com.sun.javafx.perf.PerformanceTracker tracker) {
            this.scene = scene;
            this.tracker = tracker;
        }

        static FrameRate start(Scene scene) {
            if (scene == null) {
                return null;
            }
            try {
                com.sun.javafx.perf.PerformanceTracker t = com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
                t.resetAverageFPS();
                return new FrameRate(scene, t);
            } catch (LinkageError | RuntimeException e) {
                return null;
            }
        }

        double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        double fps() {
            return tracker.getAverageFPS();
        }

        void stop() {
            try {
                com.sun.javafx.perf.PerformanceTracker.releaseSceneTracker(scene);
            } catch (LinkageError | RuntimeException ignored) {
                // the tracker only costs a counter per frame; nothing else to undo
            }
        }
    }
}
