package io.latentlab.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.bytedeco.javacpp.BooleanPointer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.CharPointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Sets ND4J up once per process, in code: one OpenMP thread and one BLAS thread, float32.
 *
 * <p>Launchers made by jpackage set no environment variables, so this is the only place the
 * thread pools are fixed. On 2 cores one thread was 2 to 2.7 times faster than two for the
 * small networks of this app, and leaving the pools unset was slower still.
 */
public final class Nd4jRuntime {

    private static volatile boolean ready;
    private static volatile boolean oneDnn;
    /** JavaCPP's pointer classes ND4J and DL4J use, each loaded through JavaCPP's native loader on first use. */
    private static final Class<?>[] POINTERS = {BytePointer.class, ShortPointer.class, IntPointer.class, LongPointer.class,
        FloatPointer.class, DoublePointer.class, CharPointer.class, BooleanPointer.class, PointerPointer.class, SizeTPointer.class};

    private Nd4jRuntime() {
    }

    /**
     * Loads the backend and every native library the app uses through JavaCPP (the first call
     * unpacks them) and fixes the thread pools. JavaCPP's loading walks the loaded libraries with
     * {@code dl_iterate_phdr} and calls {@code dlsym} inside, which deadlocks in glibc against a
     * {@code dlopen} on another thread (seen against JavaFX loading its font library): the app
     * calls this before JavaFX starts.
     */
    public static void init() {
        if (ready) {
            return;
        }
        synchronized (Nd4jRuntime.class) {
            if (ready) {
                return;
            }
            Nd4j.getBackend(); // must come first: the calls below throw before the backend is loaded
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
            Nd4j.getEnvironment().setMaxMasterThreads(1);
            Nd4j.factory().blas().setMaxThreads(1);
            Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
            // the BLAS bindings the lean trainers call directly: loaded here with the rest, not on a first step
            Loader.load(openblas_nolapack.class);
            for (Class<?> pointer : POINTERS) {
                Loader.load(pointer); // each loads through JavaCPP when first used: do it now, before JavaFX
            }
            oneDnn = loadOneDnn();
            ready = true;
        }
    }

    /**
     * oneDNN, whose {@code sgemm} the convolutional GANs' lean path calls (its natives are bundled
     * for Linux x86-64 only; elsewhere it keeps ND4J's OpenBLAS). Loaded here, before JavaFX, for
     * the reason above.
     */
    private static boolean loadOneDnn() {
        try {
            Loader.load(org.bytedeco.dnnl.global.dnnl.class);
            return true;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }

    /**
     * Sets the calling thread's OpenMP team size to one. OpenMP keeps it per thread: a thread
     * that never set it gets the number of cores, so a library built on OpenMP (oneDNN) would
     * start a team of its own for each product, on cores the step's other thread is using.
     */
    public static void oneOpenMpThreadHere() {
        init();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
    }

    /** Whether oneDNN's native library loaded on this machine. */
    public static boolean oneDnnLoaded() {
        init();
        return oneDnn;
    }

    /** A one-line description of the backend for "About" and {@code bench}. */
    public static String describe() {
        init();
        return Nd4j.getBackend().getClass().getSimpleName()
                + ", OpenMP threads " + NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads()
                + ", BLAS threads " + Nd4j.factory().blas().getMaxThreads();
    }
}
