package io.latentlab.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The toy distributions by the names the command line and model cards use. 2-D: {@code ring8},
 * {@code grid25}, {@code line}, {@code moons}, {@code spiral}, {@code regions3}, {@code square};
 * 1-D: {@code mix2}, {@code uniform} (Uniform[0, 1]), {@code lognormal} (μ 0, σ 0.5) and the
 * pushforwards of Uniform[0, 1] {@code push-identity}, {@code push-square}, {@code push-normal}.
 */
public final class ToyDistributions {

    private static final Map<String, Supplier<ToyDistribution>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("ring8", GaussianRing::ring8);
        BY_NAME.put("grid25", GaussianGrid::grid25);
        BY_NAME.put("line", NoisySegment::line);
        BY_NAME.put("moons", TwoMoons::moons);
        BY_NAME.put("spiral", SwissRoll::spiral);
        BY_NAME.put("regions3", ThreeDiscs::new);
        BY_NAME.put("square", UniformSquare::square);
        BY_NAME.put("mix2", NormalMixture::mix2);
        BY_NAME.put("uniform", () -> new UniformPushforward("uniform", UniformPushforward.Transform.IDENTITY));
        BY_NAME.put("lognormal", LogNormal::lognormal);
        BY_NAME.put("push-identity", () -> new UniformPushforward("push-identity", UniformPushforward.Transform.IDENTITY));
        BY_NAME.put("push-square", () -> new UniformPushforward("push-square", UniformPushforward.Transform.SQUARE));
        BY_NAME.put("push-normal", () -> new UniformPushforward("push-normal", UniformPushforward.Transform.NORMAL_QUANTILE));
    }

    private ToyDistributions() {
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** @throws BadInputException naming the known distributions when {@code name} is not one of them */
    public static ToyDistribution byName(String name) {
        Supplier<ToyDistribution> maker = BY_NAME.get(name);
        if (maker == null) {
            throw new BadInputException("unknown data '" + name + "': choose one of " + String.join(", ", names()));
        }
        return maker.get();
    }
}
