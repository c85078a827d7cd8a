package io.latentlab.train;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A float32 matrix in ND4J's native memory as BLAS sees it: a pointer and a row-major shape.
 * {@link #multiply} calls an {@code sgemm} directly: the OpenBLAS that ND4J ships, or for the
 * convolutional path's maps the {@link SgemmLibrary} chosen (oneDNN by default).
 *
 * <p>Why not {@code Nd4j.gemm}: for these small matrices it builds a custom-op context per call
 * (maps, boxed arguments, a registration with ND4J's deallocator), about 10 µs and several
 * kilobytes of garbage a product; at 14 products a step that was most of the time left and
 * young-generation pauses long enough to drop frames in the window. A direct {@code sgemm} is
 * the same arithmetic in the same library, without the bookkeeping.
 */
final class BlasMatrix {

    private final INDArray array;
    private final FloatPointer pointer;
    private final int rows;
    private final int cols;
    /** Whose {@code sgemm} computes products into this matrix. */
    private final SgemmLibrary library;

    private BlasMatrix(INDArray array, int rows, int cols, SgemmLibrary library) {
        if (array.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("BLAS matrices here are float32, got " + array.dataType());
        }
        this.array = array; // keeps the native memory alive as long as this matrix
        // pointer() is the start of the underlying allocation (addressPointer() of a view's buffer
        // is already moved by the view's offset), so add the array's offset once, as the tests check
        this.pointer = new FloatPointer(array.data().pointer());
        this.pointer.position(array.offset());
        this.rows = rows;
        this.cols = cols;
        this.library = library;
    }

    /** A c-order matrix, as it is; products into it use ND4J's OpenBLAS (the dense networks' path). */
    static BlasMatrix of(INDArray array) {
        return of(array, SgemmLibrary.OPENBLAS);
    }

    /**
     * A c-order matrix whose products are computed by {@code library}'s {@code sgemm}: the
     * convolutional path's maps use {@link SgemmLibrary#chosen()}, while the dense networks (toy
     * GANs, VAEs) keep OpenBLAS, whose rounding their tests and pretrained files were made with.
     */
    static BlasMatrix of(INDArray array, SgemmLibrary library) {
        requireContiguous(array, 'c');
        return new BlasMatrix(array, (int) array.size(0), (int) array.size(1), library);
    }

    /** An f-order {@code [r, c]} matrix, which is the row-major {@code [c, r]} matrix of its transpose. */
    static BlasMatrix transposeOf(INDArray array) {
        return transposeOf(array, SgemmLibrary.OPENBLAS);
    }

    /** {@link #transposeOf(INDArray)} whose products are computed by {@code library}'s {@code sgemm}. */
    static BlasMatrix transposeOf(INDArray array, SgemmLibrary library) {
        requireContiguous(array, 'f');
        return new BlasMatrix(array, (int) array.size(1), (int) array.size(0), library);
    }

    private static void requireContiguous(INDArray array, char order) {
        if (array.rank() != 2 || array.ordering() != order) {
            throw new IllegalArgumentException("expected a rank-2 " + order + "-order matrix, got " + array.shapeInfoToString());
        }
        long[] stride = array.stride();
        // a single row (c) or column (f) is contiguous whatever ND4J reports as its outer stride
        boolean contiguous = order == 'c'
                ? (stride[1] == 1 || array.size(1) == 1) && (stride[0] == array.size(1) || array.size(0) == 1)
                : (stride[0] == 1 || array.size(0) == 1) && (stride[1] == array.size(0) || array.size(1) == 1);
        if (!contiguous) {
            throw new IllegalArgumentException("expected a contiguous matrix, got " + array.shapeInfoToString());
        }
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    INDArray array() {
        return array;
    }

    /** {@code c = op(a) · op(b)}, where op transposes when asked. */
    static void multiply(BlasMatrix a, boolean transposeA, BlasMatrix b, boolean transposeB, BlasMatrix c) {
        product(a, transposeA, b, transposeB, c, 0f);
    }

    /** Below this many multiply-adds a product is not worth handing to another thread. */
    private static final long SPLIT_WORK = 1L << 21;

    /**
     * {@code c = op(a) · op(b)} with the rows of {@code c} shared out over {@code threads}, each
     * share one single-threaded {@code sgemm} on its own rows of {@code op(a)} and {@code c}.
     */
    static void multiply(BlasMatrix a, boolean transposeA, BlasMatrix b, boolean transposeB, BlasMatrix c, StepThreads threads) {
        int m = transposeA ? a.cols : a.rows;
        int k = transposeA ? a.rows : a.cols;
        int n = transposeB ? b.rows : b.cols;
        if (threads.threads() == 1 || (long) m * n * k < SPLIT_WORK || m < 16) {
            product(a, transposeA, b, transposeB, c, 0f);
            return;
        }
        int kb = transposeB ? b.cols : b.rows;
        if (k != kb || c.rows != m || c.cols != n) {
            throw new IllegalArgumentException("cannot multiply " + m + "x" + k + " by " + kb + "x" + n
                    + " into " + c.rows + "x" + c.cols);
        }
        threads.split(m, 8, (from, to) -> multiplyRows(a, transposeA, b, transposeB, c, from, to));
    }

    /** Rows {@code [from, to)} of {@code c = op(a) · op(b)}: one {@code sgemm} on those rows of {@code op(a)} and {@code c}. */
    static void multiplyRows(BlasMatrix a, boolean transposeA, BlasMatrix b, boolean transposeB, BlasMatrix c, int from, int to) {
        int m = transposeA ? a.cols : a.rows;
        int k = transposeA ? a.rows : a.cols;
        int n = transposeB ? b.rows : b.cols;
        if (k != (transposeB ? b.cols : b.rows) || c.cols != n || c.rows != m || from < 0 || to > m || from > to) {
            throw new IllegalArgumentException("cannot multiply rows " + from + ".." + to + " of " + m + "x" + k + " by "
                    + (transposeB ? b.cols : b.rows) + "x" + n + " into " + c.rows + "x" + c.cols);
        }
        // row r of op(a) starts at r·lda when a is as stored, at column r when it is transposed
        FloatPointer pa = new FloatPointer(a.pointer);
        pa.position(a.pointer.position() + (transposeA ? from : (long) from * a.cols));
        FloatPointer pc = new FloatPointer(c.pointer);
        pc.position(c.pointer.position() + (long) from * c.cols);
        c.library.multiply(transposeA, transposeB, to - from, n, k, pa, a.cols, b.pointer, b.cols, 0f, pc, c.cols);
    }

    /** {@code c += op(a) · op(b)}. */
    static void multiplyAdd(BlasMatrix a, boolean transposeA, BlasMatrix b, boolean transposeB, BlasMatrix c) {
        product(a, transposeA, b, transposeB, c, 1f);
    }

    private static void product(BlasMatrix a, boolean transposeA, BlasMatrix b, boolean transposeB, BlasMatrix c,
                                float beta) {
        int m = transposeA ? a.cols : a.rows;
        int k = transposeA ? a.rows : a.cols;
        int kb = transposeB ? b.cols : b.rows;
        int n = transposeB ? b.rows : b.cols;
        if (k != kb || c.rows != m || c.cols != n) {
            throw new IllegalArgumentException("cannot multiply " + m + "x" + k + " by " + kb + "x" + n
                    + " into " + c.rows + "x" + c.cols);
        }
        c.library.multiply(transposeA, transposeB, m, n, k, a.pointer, a.cols, b.pointer, b.cols, beta, c.pointer, c.cols);
    }
}
