package io.latentlab.train;

import io.latentlab.nd4j.Nd4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.FloatBuffer;

/** Not a test: alternatives for the element-wise parts of an image-VAE step. */
public final class ElementwiseProfile {
    public static void main(String[] args) {
        Nd4jRuntime.init();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int n = 413_000;
        INDArray params = Nd4j.rand(DataType.FLOAT, n);
        INDArray grads = Nd4j.rand(DataType.FLOAT, n);
        float[] m = new float[n], v = new float[n], p = new float[n], g = new float[n];
        AdamStep adam = new AdamStep(n, 1e-3, 0.9, 0.999, 1e-8);
        ImageVaeProfile.time(bean, "adam buffer", () -> adam.apply(params, grads));
        ImageVaeProfile.time(bean, "adam arrays+copies", () -> {
            FloatBuffer pb = params.data().asNioFloat();
            FloatBuffer gb = grads.data().asNioFloat();
            pb.get(0, p);
            gb.get(0, g);
            float b1 = 0.9f, b2 = 0.999f, alpha = 1e-3f, eps = 1e-8f;
            for (int k = 0; k < n; k++) {
                float gk = g[k];
                float mk = b1 * m[k] + (1 - b1) * gk;
                float vk = b2 * v[k] + (1 - b2) * gk * gk;
                m[k] = mk;
                v[k] = vk;
                p[k] = p[k] - alpha * mk / ((float) Math.sqrt(vk) + eps);
            }
            pb.put(0, p);
        });
        int e = 128 * 784;
        INDArray logits = Nd4j.randn(DataType.FLOAT, 128, 784);
        INDArray out = Nd4j.create(DataType.FLOAT, 128, 784);
        float[] x = new float[e], l = new float[e], d = new float[e];
        logits.data().asNioFloat().get(0, l);
        ImageVaeProfile.time(bean, "bce java", () -> BernoulliLikelihood.lossAndDelta(x, l, 128, 784, d));
        ImageVaeProfile.time(bean, "nd4j sigmoid", () -> Transforms.sigmoid(logits, true));
        ImageVaeProfile.time(bean, "nd4j softplus", () -> Transforms.softPlus(logits, true));
        ImageVaeProfile.time(bean, "nd4j exp", () -> Transforms.exp(logits, true));
        ImageVaeProfile.time(bean, "java exp only", () -> { for (int k = 0; k < e; k++) d[k] = (float) Math.exp(l[k]); });
        ImageVaeProfile.time(bean, "java log only", () -> { for (int k = 0; k < e; k++) d[k] = (float) Math.log(1 + x[k]); });
    }
}
