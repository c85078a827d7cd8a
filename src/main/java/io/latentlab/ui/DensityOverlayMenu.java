package io.latentlab.ui;

import io.latentlab.density.DensityEstimator;
import io.latentlab.density.GaussianMixture;
import io.latentlab.density.Kernel;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * View ▸ Density overlay: the real data's and the generated samples' density on or off, the
 * overlay style (contours or heatmap, for 2-D data; 1-D data always gets curves), and the
 * estimator: KDE with its kernel and bandwidth rule, or a GMM with k components or k by BIC.
 * The radio items follow {@link DensityOverlayModel#estimatorProperty()}, so they stay right
 * however the estimator is changed.
 */
final class DensityOverlayMenu extends Menu {

    /** The GMM sizes offered besides "auto". */
    static final int[] COMPONENTS = {1, 2, 3, 4, 5, 6, 8, GaussianMixture.AUTO_MAX_K};

    private final DensityOverlayModel densities;

    DensityOverlayMenu(DensityOverlayModel densities) {
        super("Density overlay");
        setId("densityOverlayMenu");
        this.densities = densities;
        CheckMenuItem real = check("showRealDensity", "Real data density", densities.showRealProperty());
        CheckMenuItem generated = check("showGeneratedDensity", "Generated density", densities.showGeneratedProperty());

        Menu style = new Menu("Overlay style");
        ToggleGroup styles = new ToggleGroup();
        for (OverlayStyle s : OverlayStyle.values()) {
            RadioMenuItem item = new RadioMenuItem(s.label());
            item.setId("overlay" + s.label());
            item.setToggleGroup(styles);
            item.setSelected(densities.styleProperty().get() == s);
            item.setOnAction(e -> densities.styleProperty().set(s));
            densities.styleProperty().addListener((o, was, is) -> item.setSelected(is == s));
            style.getItems().add(item);
        }

        Menu estimator = new Menu("Estimator");
        ToggleGroup methods = new ToggleGroup();
        ToggleGroup kernels = new ToggleGroup();
        ToggleGroup rules = new ToggleGroup();
        estimator.getItems().addAll(
                radio(methods, "estimatorKde", "Kernel density (KDE)",
                        e -> e.method() == DensityEstimator.Method.KDE, e -> e.withMethod(DensityEstimator.Method.KDE)),
                radio(methods, "estimatorGmm", "Gaussian mixture (GMM)",
                        e -> e.method() == DensityEstimator.Method.GMM, e -> e.withMethod(DensityEstimator.Method.GMM)),
                new SeparatorMenuItem(),
                radio(kernels, "kernelGaussian", "KDE kernel: Gaussian",
                        e -> e.kernel() == Kernel.GAUSSIAN, e -> e.withKernel(Kernel.GAUSSIAN)),
                radio(kernels, "kernelEpanechnikov", "KDE kernel: Epanechnikov",
                        e -> e.kernel() == Kernel.EPANECHNIKOV, e -> e.withKernel(Kernel.EPANECHNIKOV)),
                new SeparatorMenuItem(),
                radio(rules, "bandwidthScott", "KDE bandwidth: Scott",
                        e -> e.bandwidth().equals("scott"), e -> e.withBandwidth("scott")),
                radio(rules, "bandwidthSilverman", "KDE bandwidth: Silverman",
                        e -> e.bandwidth().equals("silverman"), e -> e.withBandwidth("silverman")));

        Menu components = new Menu("GMM components");
        ToggleGroup ks = new ToggleGroup();
        components.getItems().add(radio(ks, "componentsAuto", "Auto (lowest BIC)",
                e -> e.components() == DensityEstimator.AUTO, e -> e.withComponents(DensityEstimator.AUTO)));
        for (int k : COMPONENTS) {
            components.getItems().add(radio(ks, "components" + k, Integer.toString(k),
                    e -> e.components() == k, e -> e.withComponents(k)));
        }
        estimator.getItems().addAll(new SeparatorMenuItem(), components);
        getItems().addAll(real, generated, new SeparatorMenuItem(), style, estimator);
    }

    private static CheckMenuItem check(String id, String text, BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    /** A radio item selected while {@code selected} holds, applying {@code change} when chosen. */
    private RadioMenuItem radio(ToggleGroup group, String id, String text, Predicate<DensityEstimator> selected,
                                UnaryOperator<DensityEstimator> change) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(selected.test(densities.estimatorProperty().get()));
        item.setOnAction(e -> densities.estimatorProperty().set(change.apply(densities.estimatorProperty().get())));
        densities.estimatorProperty().addListener((o, was, is) -> item.setSelected(selected.test(is)));
        return item;
    }

    /** The item with {@code id} in this menu or its submenus, or null; for tests. */
    MenuItem find(String id) {
        return find(this, id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu sub) {
                MenuItem found = find(sub, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
