package io.latentlab.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The toy distributions by the names the command line and model cards use. */
public final class ToyDistributions {

    private static final Map<String, Supplier<ToyDistribution>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("ring8", GaussianRing::ring8);
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
