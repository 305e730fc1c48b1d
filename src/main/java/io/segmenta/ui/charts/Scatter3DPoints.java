package io.segmenta.ui.charts;

import io.segmenta.core.chart.ScatterMapping;
import io.segmenta.core.chart.SegmentPalette;
import java.util.Arrays;
import java.util.Set;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The customers of a {@link Scatter3DView} as meshes: all drawn points in one {@link TriangleMesh}
 * (a small tetrahedron per customer) and, above {@link Scatter3DView#PREVIEW_POINTS}, a second mesh
 * with a random sample that stands in while the view moves. Both share one material whose texture
 * is the segment palette, so a point's colour is a texture coordinate. Also keeps, per drawn point,
 * its world position and dataset row, which picking reads. Created only where 3D is supported
 * (JavaFX warns about 3D objects elsewhere).
 */
final class Scatter3DPoints {
    private static final int TEXEL = 4;

    final TriangleMesh mesh = new TriangleMesh();
    final MeshView cloud = new MeshView(mesh);
    final TriangleMesh previewMesh = new TriangleMesh();
    final MeshView preview = new MeshView(previewMesh);
    private final PhongMaterial material = new PhongMaterial(Color.WHITE);
    /** Positions (in the drawn arrays) of the preview sample; null when all points are few enough. */
    int[] previewPoints;
    /** World coordinates of the drawn points, 3 per point. */
    float[] positions = new float[0];
    /** Dataset row of each drawn point. */
    int[] drawnRows = new int[0];
    private int[] drawnGroup = new int[0];
    private int paletteColumns = 1;

    Scatter3DPoints() {
        cloud.setMaterial(material);
        cloud.setCullFace(CullFace.BACK);
        cloud.setMouseTransparent(true);
        preview.setMaterial(material);
        preview.setCullFace(CullFace.BACK);
        preview.setMouseTransparent(true);
        preview.setVisible(false);
    }

    /** No data: empty meshes, nothing drawn. */
    void clear() {
        mesh.getPoints().clear();
        mesh.getFaces().clear();
        mesh.getTexCoords().clear();
        previewMesh.getPoints().clear();
        previewMesh.getFaces().clear();
        previewPoints = null;
        positions = new float[0];
        drawnRows = new int[0];
        drawnGroup = new int[0];
    }

    /** Faces in the shared mesh (4 per drawn customer). */
    int faceCount() {
        return mesh.getFaces().size() / mesh.getFaceElementSize();
    }

    /** The rows with all three coordinates in a segment that is not hidden, ascending. */
    static int[] visibleRows(Scatter3DData d, Set<Integer> hidden) {
        // one pass into an array, hidden segments looked up in a table: a BitSet streamed to an array, and a
        // boxed look-up per row, took 0.09-0.16 s of 10,000,000 customers on the JavaFX thread
        int n = d.size();
        double[] x = d.x();
        double[] y = d.y();
        double[] z = d.z();
        int[] group = d.group();
        int k = d.segments();
        boolean[] hiddenSegment = new boolean[k];
        boolean hiddenNoise = false;
        for (int s : hidden) {
            if (s >= 0 && s < k) {
                hiddenSegment[s] = true;
            } else {
                hiddenNoise = true; // noise or any other label outside the segments
            }
        }
        int[] out = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int s = group[i];
            boolean off = s >= 0 && s < k ? hiddenSegment[s] : hiddenNoise && hidden.contains(s);
            if (!off && !Double.isNaN(x[i]) && !Double.isNaN(y[i]) && !Double.isNaN(z[i])) {
                out[m++] = i;
            }
        }
        return m == n ? out : Arrays.copyOf(out, m);
    }

    /**
     * Builds the meshes from the given rows of the data, placed with the axis scales {centre,
     * factor}, coloured for the selection.
     */
    void place(Scatter3DData d, int[] rows, double[] sx, double[] sy, double[] sz, RowSet sel) {
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
        fill(mesh, all, r, sel);
        previewPoints = m > Scatter3DView.PREVIEW_POINTS ? sample(all, Scatter3DView.PREVIEW_POINTS) : null;
        if (previewPoints != null) {
            fill(previewMesh, previewPoints, (float) 1.8, sel);
        } else {
            previewMesh.getPoints().clear();
            previewMesh.getFaces().clear();
        }
    }

    /** New face colours for a new selection; positions stay. */
    void recolour(RowSet sel) {
        if (drawnRows.length == 0) {
            return;
        }
        int[] all = new int[drawnRows.length];
        for (int p = 0; p < all.length; p++) {
            all[p] = p;
        }
        mesh.getFaces().setAll(faces(all, sel));
        if (previewPoints != null) {
            previewMesh.getFaces().setAll(faces(previewPoints, sel));
        }
    }

    /** {centre, factor}: maps the finite values of an axis onto -HALF..HALF. */
    static double[] scale(double[] v) {
        double[] range = ScatterMapping.rangeOf(v); // kept per array: the run's job has the components' already
        double lo = range[0];
        double hi = range[1];
        if (!(hi > lo)) {
            return new double[] {Double.isFinite(lo) ? lo : 0, 1};
        }
        return new double[] {(lo + hi) / 2, 2 * Scatter3DView.HALF / (hi - lo)};
    }

    /** A fixed random {@code m} of the rows, ascending. */
    static int[] sample(int[] rows, int m) {
        // the places of the shuffle's first m, without a shuffled copy of every row: the same rows
        int[] places = SeededShuffle.prefix(rows.length, m);
        int[] out = new int[places.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = rows[places[j]];
        }
        Arrays.sort(out);
        return out;
    }

    /** Puts the listed drawn points into {@code target} as tetrahedra of half-size {@code r}. */
    private void fill(TriangleMesh target, int[] which, float r, RowSet sel) {
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
        target.getFaces().setAll(faces(which, sel));
    }

    /**
     * Faces of the listed drawn points' tetrahedra (outward winding), each face's texture the
     * point's segment colour, faded when other customers are selected.
     */
    private int[] faces(int[] which, RowSet sel) {
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

    /** The palette as a texture: row 0 the segment colours (column 0: no segment), row 1 the same faded. */
    private static WritableImage palette(int columns) {
        WritableImage img = new WritableImage(columns * TEXEL, 2 * TEXEL);
        PixelWriter w = img.getPixelWriter();
        for (int c = 0; c < columns; c++) {
            Color base = FxColors.fx(SegmentPalette.color(c - 1));
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
}
