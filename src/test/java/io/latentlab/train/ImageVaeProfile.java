package io.latentlab.train;

import io.latentlab.data.ImageSet;
import io.latentlab.data.SyntheticImages;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.nd4j.Nd4jRuntime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Not a test: where an image-VAE step spends its CPU time (thread CPU time, robust to a busy machine). */
public final class ImageVaeProfile {
    public static void main(String[] args) {
        Nd4jRuntime.init();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        ImageSet set = SyntheticImages.of(1280, 28, 28, 1);
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, 28, 28, 20, 1);
        ImageAutoencoderTrainer t = new ImageAutoencoderTrainer(vae, ImageTrainingSettings.defaults(1));
        float[] batch = java.util.Arrays.copyOf(set.pixelsView(), 128 * 784);
        for (int i = 0; i < 30; i++) t.step(batch, 128);
        int n = 100;
        long c0 = bean.getCurrentThreadCpuTime(); long w0 = System.nanoTime();
        for (int i = 0; i < n; i++) t.step(batch, 128);
        long c1 = bean.getCurrentThreadCpuTime(); long w1 = System.nanoTime();
        System.out.printf("step: cpu %.2f ms, wall %.2f ms -> %.1f steps/s cpu%n", (c1 - c0) / 1e6 / n, (w1 - w0) / 1e6 / n, n * 1e9 / (c1 - c0));
        // components
        DenseStack enc = new DenseStack(vae.encoder());
        DenseStack dec = new DenseStack(vae.decoder());
        DenseStack.Pass ep = enc.pass(128), dp = dec.pass(128);
        AdamStep a = new AdamStep(vae.decoder().numParams(), 1e-3, 0.9, 0.999, 1e-8);
        float[] logits = new float[128 * 784], delta = new float[128 * 784];
        time(bean, "enc.forward", () -> enc.forward(ep));
        time(bean, "dec.forward", () -> dec.forward(dp));
        time(bean, "dec.backward(params,input)", () -> dec.backward(dp, true, true));
        time(bean, "enc.backward(params)", () -> enc.backward(ep, true, false));
        time(bean, "bce lossAndDelta", () -> BernoulliLikelihood.lossAndDelta(batch, logits, 128, 784, delta));
        time(bean, "adam decoder", () -> a.apply(dec.params(), dec.gradients()));
        time(bean, "put 100k", () -> dp.output().data().asNioFloat().put(0, logits));
        time(bean, "get 100k", () -> dp.output().data().asNioFloat().get(0, logits));
    }

    static void time(ThreadMXBean bean, String what, Runnable r) {
        for (int i = 0; i < 20; i++) r.run();
        int n = 100;
        long c0 = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) r.run();
        System.out.printf("%-28s %.3f ms cpu%n", what, (bean.getCurrentThreadCpuTime() - c0) / 1e6 / n);
    }
}
