package io.latentlab.scratch;

import io.latentlab.nd4j.Nd4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class GemmBench {
    static void g(String name, INDArray a, INDArray b, INDArray c, boolean ta, boolean tb) {
        for (int i = 0; i < 2000; i++) Nd4j.gemm(a, b, c, ta, tb, 1, 0);
        long s = System.nanoTime();
        for (int i = 0; i < 5000; i++) Nd4j.gemm(a, b, c, ta, tb, 1, 0);
        System.out.printf("%-40s %8.2f us%n", name, (System.nanoTime() - s) / 1e3 / 5000);
    }
    static INDArray c(long r, long k) { return Nd4j.rand(DataType.FLOAT, r, k); }
    static INDArray f(long r, long k) { return Nd4j.rand(DataType.FLOAT, r, k).dup('f'); }
    public static void main(String[] x) {
        Nd4jRuntime.init();
        g("fwd 512x2 * 2x64f", c(512,2), f(2,64), c(512,64), false, false);
        g("fwd 512x64 * 64x1f", c(512,64), f(64,1), c(512,1), false, false);
        g("fwd 256x64 * 64x2f", c(256,64), f(64,2), c(256,2), false, false);
        g("wg 512x64T * 512x1 -> 64x1f", c(512,64), c(512,1), f(64,1), true, false);
        g("wg 512x2T * 512x64 -> 2x64f", c(512,2), c(512,64), f(2,64), true, false);
        g("dl 512x1 * (64x1f)T -> 512x64", c(512,1), f(64,1), c(512,64), false, true);
        g("dl 256x64 * (2x64f)T -> 256x2", c(256,64), f(2,64), c(256,2), false, true);
        g("fwd 256x64 * 64x64f", c(256,64), f(64,64), c(256,64), false, false);
        g("tiny 4x4*4x4", c(4,4), f(4,4), c(4,4), false, false);
    }
}
