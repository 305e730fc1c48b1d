package io.segmenta.ui.charts;

import io.segmenta.core.chart.SegmentPalette;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.Sphere;

/**
 * The fixed 3D furniture of a {@link Scatter3DView}: the box around the data with its three axes,
 * and the spheres at the segment centres. World coordinates run -HALF..HALF on each axis, y down.
 */
final class Scatter3DFrame {
    private static final double HALF = Scatter3DView.HALF;

    private Scatter3DFrame() {
    }

    /** The box around the data: light edges, and three darker axes from the data minimum. */
    static void build(Group frame) {
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

    /** One sphere per visible segment centre, placed with the axis scales {centre, factor}. */
    static void buildCentres(Group centres, Scatter3DData d, double[] sx, double[] sy, double[] sz,
            Set<Integer> hidden) {
        centres.getChildren().clear();
        for (int s = 0; s < d.segments(); s++) {
            double x = d.centres()[3 * s];
            double y = d.centres()[3 * s + 1];
            double z = d.centres()[3 * s + 2];
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(z) || hidden.contains(s)) {
                continue;
            }
            Sphere ball = new Sphere(6.5, 24);
            PhongMaterial m = new PhongMaterial(FxColors.fx(SegmentPalette.color(s)));
            m.setSpecularColor(Color.gray(0.6));
            ball.setMaterial(m);
            ball.setTranslateX((x - sx[0]) * sx[1]);
            ball.setTranslateY(-(y - sy[0]) * sy[1]);
            ball.setTranslateZ((z - sz[0]) * sz[1]);
            ball.setMouseTransparent(true);
            centres.getChildren().add(ball);
        }
    }
}
