package io.latentlab.explore;

import io.latentlab.model.LatentImages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The symmetric eigen solver and PCA on known covariances; coordinates map back to the same z. */
class PrincipalDirectionsTest {

    @Test
    void eigenOfAKnownSymmetricMatrix() {
        // [[2,1,0],[1,2,0],[0,0,5]]: eigenvalues 5, 3 (along (1,1,0)/√2), 1 (along (1,−1,0)/√2)
        SymmetricEigen e = SymmetricEigen.of(new double[][] {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}});
        assertArrayEquals(new double[] {5, 3, 1}, e.values(), 1e-12);
        assertEquals(1, Math.abs(e.vectors()[0][2]), 1e-12);
        assertEquals(1 / Math.sqrt(2), Math.abs(e.vectors()[1][0]), 1e-12);
        assertEquals(e.vectors()[1][0], e.vectors()[1][1], 1e-12);
        assertEquals(-e.vectors()[2][0], e.vectors()[2][1], 1e-12);
    }

    @Test
    void pcaFindsTheAxesOfAKnownGaussian() {
        // points A·x, x ~ N(0, I) in 3-D, A rotating by 30° in the (0, 1) plane after scaling by (3, 1, 0.5):
        // covariance eigenvalues 9, 1, 0.25, the first along (cos 30°, sin 30°, 0)
        int n = 20_000;
        float[] x = LatentImages.priorDraws(n, 3, 7);
        float[] points = new float[n * 3];
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        for (int i = 0; i < n; i++) {
            double a = 3 * x[i * 3];
            double b = x[i * 3 + 1];
            points[i * 3] = (float) (c * a - s * b + 1);
            points[i * 3 + 1] = (float) (s * a + c * b);
            points[i * 3 + 2] = (float) (0.5 * x[i * 3 + 2] - 2);
        }
        PrincipalDirections pca = PrincipalDirections.ofPoints(points, n, 3);
        assertEquals(9, pca.variances()[0], 0.25);
        assertEquals(1, pca.variances()[1], 0.05);
        assertEquals(0.25, pca.variances()[2], 0.02);
        assertEquals(9 / 10.25, pca.share(0), 0.01);
        assertEquals(c, Math.abs(pca.directions()[0][0]), 0.01);
        assertEquals(s, Math.abs(pca.directions()[0][1]), 0.01);
        assertEquals(1, pca.centre()[0], 0.05);
        assertEquals(-2, pca.centre()[2], 0.02);
        float[] z = {0.3f, -1.2f, 2.5f};
        assertArrayEquals(z, pca.toLatent(pca.coordinates(z)), 1e-5f);
        float[] coords = pca.coordinates(points, n);
        double sq = 0;
        for (int i = 0; i < n; i++) {
            sq += coords[i * 3] * coords[i * 3];
        }
        assertEquals(1, sq / n, 0.01, "a coordinate counts standard deviations");
    }

    @Test
    void aLinearMapsDirectionsAreItsRightSingularVectors() {
        // W = diag(2, 0.5) then a copy: h = zW spreads z₁ by 2·√2 and z₂ by 0.5·√2
        float[] w = {2, 0, 2, 0, 0, 0.5f, 0, 0.5f};
        PrincipalDirections pd = PrincipalDirections.ofLinearMap(w, 2, 4);
        assertArrayEquals(new double[] {8, 0.5}, pd.variances(), 1e-9);
        assertEquals(1, Math.abs(pd.directions()[0][0]), 1e-12);
        assertTrue(pd.share(0) > pd.share(1));
        assertArrayEquals(new double[] {1, 1}, pd.scales(), 0);
    }
}
