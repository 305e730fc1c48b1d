package io.segmenta.ui.charts;

import javafx.geometry.Point3D;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;

/**
 * The view onto a {@link Scatter3DView}'s world: its two rotations, the perspective camera
 * (distance and pan), and the projection of world points to the screen that labels and picking use
 * (computed directly, not through the SubScene, so picking stays fast at any number of points).
 */
final class Scatter3DCamera {
    private static final double PICK_RADIUS = 8;
    static final double FOV = 30;
    private static final double DISTANCE = 980;

    final Rotate rotateX = new Rotate(-22, Rotate.X_AXIS);
    final Rotate rotateY = new Rotate(-35, Rotate.Y_AXIS);
    final PerspectiveCamera camera;

    /** @param create3d false makes no camera (JavaFX warns about 3D objects where 3D is unsupported) */
    Scatter3DCamera(boolean create3d) {
        if (create3d) {
            camera = new PerspectiveCamera(true);
            camera.setFieldOfView(FOV);
            camera.setNearClip(1);
            camera.setFarClip(20_000);
            camera.setTranslateZ(-DISTANCE);
        } else {
            camera = null;
        }
    }

    void rotate(double aroundX, double aroundY) {
        rotateX.setAngle(aroundX);
        rotateY.setAngle(aroundY);
    }

    /** Back to the starting angle, distance and position. */
    void reset() {
        rotate(-22, -35);
        camera.setTranslateX(0);
        camera.setTranslateY(0);
        camera.setTranslateZ(-DISTANCE);
    }

    /** Moves the camera closer (factor above 1) or further away. */
    void zoom(double factor) {
        double z = camera.getTranslateZ() / factor;
        camera.setTranslateZ(Math.max(-6_000, Math.min(-Scatter3DView.HALF * 0.6, z)));
    }

    /** Focal length in pixels for a view {@code h} pixels high. */
    static double focal(double h) {
        return (h / 2) / Math.tan(Math.toRadians(FOV / 2));
    }

    /** Screen (overlay) coordinates of a world point under the current view: {x, y, depth}. */
    double[] project(Transform toScene, double wx, double wy, double wz, double w, double h, double f) {
        Point3D q = toScene.transform(wx, wy, wz);
        double cx = q.getX() - camera.getTranslateX();
        double cy = q.getY() - camera.getTranslateY();
        double cz = q.getZ() - camera.getTranslateZ();
        return new double[] {w / 2 + cx * f / cz, h / 2 + cy * f / cz, cz};
    }

    /**
     * The row of the drawn point nearest to the view point (x, y) within a few pixels, or -1;
     * of points about equally near, the one closest to the camera.
     *
     * @param t the world's local-to-scene transform
     * @param positions world coordinates of the drawn points, 3 per point
     * @param rows dataset row of each drawn point
     */
    int nearest(Transform t, float[] positions, int[] rows, double w, double h, double x, double y) {
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
        for (int p = 0; p < rows.length; p++) {
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
                found = rows[p];
            }
        }
        return found;
    }
}
