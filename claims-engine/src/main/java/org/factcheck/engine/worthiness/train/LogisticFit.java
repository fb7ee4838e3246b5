package org.factcheck.engine.worthiness.train;

import java.util.List;

/**
 * L2-regularised logistic regression on a few dense features by Newton's method: deterministic, no library. The
 * first feature is the bias and is not regularised; features outside {@code used} keep weight 0.
 */
final class LogisticFit {

    private static final int ITERATIONS = 50;

    private LogisticFit() {
    }

    /** One row: feature values and the gold label. */
    record Row(double[] x, boolean y) {
    }

    static double[] fit(List<Row> rows, boolean[] used, double l2) {
        int d = used.length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Row row : rows) {
                double p = probability(w, row.x());
                double r = p - (row.y() ? 1 : 0);
                double v = p * (1 - p);
                for (int i = 0; i < d; i++) {
                    if (!used[i]) {
                        continue;
                    }
                    gradient[i] += r * row.x()[i];
                    for (int j = 0; j < d; j++) {
                        if (used[j]) {
                            hessian[i][j] += v * row.x()[i] * row.x()[j];
                        }
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                if (used[i]) {
                    gradient[i] += l2 * w[i];
                    hessian[i][i] += l2;
                }
            }
            for (int i = 0; i < d; i++) {
                if (!used[i]) {
                    hessian[i][i] = 1; // keeps the system solvable; the gradient there is 0
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-10) {
                break;
            }
        }
        return w;
    }

    static double probability(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting; {@code a} is overwritten. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[] x = b.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] rowSwap = a[col];
            a[col] = a[pivot];
            a[pivot] = rowSwap;
            double swap = x[col];
            x[col] = x[pivot];
            x[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
                x[r] -= factor * x[col];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double sum = x[r];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }
}
