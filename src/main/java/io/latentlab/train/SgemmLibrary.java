package io.latentlab.train;

import io.latentlab.nd4j.Nd4jRuntime;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

import java.util.Locale;

/**
 * A library whose single-precision matrix product ({@code sgemm}) the lean paths call: the
 * OpenBLAS that ND4J ships, or oneDNN's. Both compute {@code c = op(a)·op(b) + beta·c} on
 * row-major float matrices; they differ only in their kernels (and so in the last bits of a sum).
 * The convolutional path ({@link ConvStack}: DCGAN, cGAN) uses {@link #chosen()}; the dense
 * networks ({@link DenseStack}) keep OpenBLAS.
 *
 * <p>Why oneDNN: ND4J's OpenBLAS 0.3.19 predates AMD's AVX-512 CPUs and runs its AVX2 (or, told
 * {@code OPENBLAS_CORETYPE=SkylakeX}, its older AVX-512) kernels there; oneDNN picks its kernels
 * by the CPU's instruction sets at run time, as PyTorch's convolutions do.
 *
 * <p>{@link #chosen()} is read once per process from the system property
 * {@code latentlab.sgemm}: {@code onednn} (the default) or {@code openblas}. oneDNN falls back to
 * OpenBLAS where its native library does not load (its natives are bundled for Linux x86-64 only).
 * Each call runs on the calling thread alone (oneDNN's OpenMP team is set to one thread on each
 * thread that calls it), and {@link StepThreads} shares products out by rows as before.
 */
public enum SgemmLibrary {

    OPENBLAS {
        @Override
        void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, FloatPointer a, int lda,
                      FloatPointer b, int ldb, float beta, FloatPointer c, int ldc) {
            openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                    transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                    transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                    m, n, k, 1f, a, lda, b, ldb, beta, c, ldc);
        }
    },

    ONEDNN {
        @Override
        void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, FloatPointer a, int lda,
                      FloatPointer b, int ldb, float beta, FloatPointer c, int ldc) {
            if (!ONE_OPENMP_THREAD.get()) {
                Nd4jRuntime.oneOpenMpThreadHere();
                ONE_OPENMP_THREAD.set(true);
            }
            int status = org.bytedeco.dnnl.global.dnnl.dnnl_sgemm((byte) (transposeA ? 'T' : 'N'), (byte) (transposeB ? 'T' : 'N'),
                    m, n, k, 1f, a, lda, b, ldb, beta, c, ldc);
            if (status != org.bytedeco.dnnl.global.dnnl.dnnl_success) {
                throw new IllegalStateException("oneDNN's sgemm failed with status " + status + " on " + m + "x" + k
                        + " by " + k + "x" + n + "; run with -D" + PROPERTY + "=openblas to use OpenBLAS");
            }
        }
    };

    /** Whether this thread's OpenMP team size is set to one (see {@link Nd4jRuntime#oneOpenMpThreadHere()}). */
    private static final ThreadLocal<Boolean> ONE_OPENMP_THREAD = ThreadLocal.withInitial(() -> false);

    /** The system property that chooses the library. */
    static final String PROPERTY = "latentlab.sgemm";

    /** {@code c = op(a)·op(b) + beta·c} with row-major leading dimensions. */
    abstract void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, FloatPointer a, int lda,
                           FloatPointer b, int ldb, float beta, FloatPointer c, int ldc);

    private static volatile SgemmLibrary chosen;

    /** The library asked for by {@value #PROPERTY} (oneDNN unless it says {@code openblas}), read on the first call. */
    public static SgemmLibrary chosen() {
        SgemmLibrary library = chosen;
        if (library == null) {
            synchronized (SgemmLibrary.class) {
                if (chosen == null) {
                    chosen = choose(System.getProperty(PROPERTY, "onednn"));
                }
                library = chosen;
            }
        }
        return library;
    }

    private static SgemmLibrary choose(String name) {
        SgemmLibrary asked = switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "onednn", "dnnl" -> ONEDNN;
            case "openblas" -> OPENBLAS;
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be onednn or openblas, got " + name);
        };
        return asked == ONEDNN && !Nd4jRuntime.oneDnnLoaded() ? OPENBLAS : asked;
    }

    /** The library chosen, in words, for {@code bench}. */
    public static String describe() {
        SgemmLibrary library = chosen();
        return library == ONEDNN ? "oneDNN " + DNNL_VERSION + " (AVX-512 kernels where the CPU has them)"
                : "OpenBLAS (ND4J's; kernels from OPENBLAS_CORETYPE=" + System.getenv().getOrDefault("OPENBLAS_CORETYPE", "unset")
                + ")" + (Nd4jRuntime.oneDnnLoaded() ? "" : ", oneDNN did not load here");
    }

    private static final String DNNL_VERSION = "2.5.2";
}
