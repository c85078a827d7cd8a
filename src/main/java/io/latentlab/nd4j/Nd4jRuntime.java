package io.latentlab.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Sets ND4J up once per process, in code: one OpenMP thread and one BLAS thread, float32.
 *
 * <p>Launchers made by jpackage set no environment variables, so this is the only place the
 * thread pools are fixed. On 2 cores one thread was 2 to 2.7 times faster than two for the
 * small networks of this app, and leaving the pools unset was slower still.
 */
public final class Nd4jRuntime {

    private static volatile boolean ready;

    private Nd4jRuntime() {
    }

    /** Loads the backend (the first call unpacks the native libraries) and fixes the thread pools. */
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
            ready = true;
        }
    }

    /** A one-line description of the backend for "About" and {@code bench}. */
    public static String describe() {
        init();
        return Nd4j.getBackend().getClass().getSimpleName()
                + ", OpenMP threads " + NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads()
                + ", BLAS threads " + Nd4j.factory().blas().getMaxThreads();
    }
}
