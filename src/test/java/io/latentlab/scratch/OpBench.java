package io.latentlab.scratch;

import io.latentlab.nd4j.Nd4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class OpBench {
    static void time(String name, Runnable r) {
        for (int i = 0; i < 2000; i++) r.run();
        long s = System.nanoTime();
        int n = 5000;
        for (int i = 0; i < n; i++) r.run();
        System.out.printf("%-40s %8.2f us%n", name, (System.nanoTime() - s) / 1e3 / n);
    }
    public static void main(String[] a) {
        Nd4jRuntime.init();
        INDArray x = Nd4j.rand(DataType.FLOAT, 512, 64);
        INDArray wC = Nd4j.rand(DataType.FLOAT, 64, 64);
        INDArray wF = Nd4j.rand(DataType.FLOAT, 64, 64).dup('f');
        INDArray out = Nd4j.create(DataType.FLOAT, 512, 64);
        INDArray b = Nd4j.rand(DataType.FLOAT, 64);
        INDArray x2 = Nd4j.rand(DataType.FLOAT, 512, 2);
        INDArray w2 = Nd4j.rand(DataType.FLOAT, 2, 64).dup('f');
        INDArray gw = Nd4j.create(DataType.FLOAT, new long[]{64, 64}, 'f');
        INDArray gb = Nd4j.create(DataType.FLOAT, 64);
        INDArray ones = Nd4j.ones(DataType.FLOAT, 512, 1); INDArray b2 = b.reshape(1, 64);
        INDArray small = Nd4j.create(DataType.FLOAT, 4, 4);
        time("gemm 512x64 * 64x64 (c)", () -> Nd4j.gemm(x, wC, out, false, false, 1, 0));
        time("gemm 512x64 * 64x64 (f W)", () -> Nd4j.gemm(x, wF, out, false, false, 1, 0));
        time("gemm 512x2 * 2x64 (f W)", () -> Nd4j.gemm(x2, w2, out, false, false, 1, 0));
        time("gemm xT*d -> f 64x64", () -> Nd4j.gemm(x, out, gw, true, false, 1, 0));
        time("gemm d*WT -> 512x64", () -> Nd4j.gemm(out, wF, x, false, true, 1, 0));
        time("mmul x.mmul(w, out)", () -> x.mmuli(wC, out));
        time("addiRowVector", () -> out.addiRowVector(b));
        time("relu inplace", () -> Transforms.relu(out, false));
        time("relu_bp", () -> Nd4j.exec(new RectifiedLinearDerivative(x, out, out)));
        time("sum dim0 into", () -> out.sum(gb, 0));
        time("xw_plus_b", () -> Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.custom.XwPlusB(new INDArray[]{x, wF, b}, out)));
        time("bias_add", () -> Nd4j.exec(new org.nd4j.linalg.api.ops.impl.broadcast.BiasAdd(out, b, out, false)));
        time("broadcast add op", () -> Nd4j.exec(new org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp(out, b, out, 1)));
        time("addi broadcast", () -> out.addi(b));
        time("bias via gemm ones", () -> Nd4j.gemm(ones, b2, out, false, false, 1, 1));
        java.nio.FloatBuffer fo = out.data().asNioFloat(); java.nio.FloatBuffer fx = x.data().asNioFloat(); java.nio.FloatBuffer fb = b.data().asNioFloat();
        float[] ha = new float[512*64]; float[] hb = new float[64]; float[] hx = new float[512*64];
        time("java addRow FloatBuffer", () -> { for (int r = 0; r < 512; r++) for (int c = 0; c < 64; c++) { int k = r*64+c; fo.put(k, fo.get(k) + fb.get(c)); } });
        time("java reluBp FloatBuffer", () -> { for (int k = 0; k < 512*64; k++) { if (fx.get(k) <= 0) fo.put(k, 0f); } });
        time("java addRow heap", () -> { for (int r = 0; r < 512; r++) for (int c = 0; c < 64; c++) { ha[r*64+c] += hb[c]; } });
        time("java reluBp heap", () -> { for (int k = 0; k < 512*64; k++) { ha[k] = hx[k] > 0 ? ha[k] : 0f; } });
        time("copy heap->native 32k", () -> fo.put(0, ha));
        time("copy native->heap 32k", () -> fo.get(0, ha));
        time("assign small", () -> small.assign(small));
        time("subi 4417", () -> b.subi(b));
        time("addi scalar small", () -> small.addi(1.0));
    }
}
