package io.latentlab.app;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --headless} sets JavaFX's Monocle platform up, on a screen larger than the window; without
 * the flag nothing is set. The properties are put back afterwards: the UI tests share this JVM.
 */
class HeadlessWindowTest {

    private static final List<String> PROPERTIES = List.of("glass.platform", "monocle.platform", "prism.order",
            "prism.text", "java.awt.headless", "headless.geometry");

    @Test
    void theFlagSetsMonocleUpOnAScreenLargerThanTheWindow() {
        Map<String, String> before = saved();
        try {
            System.clearProperty("headless.geometry");
            HeadlessWindow.configure(List.of("--startup-report", "--headless"));

            assertEquals("Monocle", System.getProperty("glass.platform"));
            assertEquals("Headless", System.getProperty("monocle.platform"));
            assertEquals("sw", System.getProperty("prism.order"));
            assertEquals("true", System.getProperty("java.awt.headless"));
            String[] screen = System.getProperty("headless.geometry").split("[x-]");
            assertTrue(Integer.parseInt(screen[0]) >= 1360 && Integer.parseInt(screen[1]) >= 860,
                    "the window is 1360x860; the screen is " + System.getProperty("headless.geometry"));
            assertEquals("32", screen[2]);
        } finally {
            restore(before);
        }
    }

    @Test
    void withoutTheFlagNothingIsSet() {
        Map<String, String> before = saved();
        try {
            System.clearProperty("headless.geometry");
            HeadlessWindow.configure(List.of("--startup-report"));

            assertNull(System.getProperty("headless.geometry"));
        } finally {
            restore(before);
        }
    }

    @Test
    void monocleIsFoundWhereItIsOnTheClassPath() {
        assertTrue(HeadlessWindow.monoclePresent(), "the tests run on Monocle, so its jar is on their class path");
    }

    private static Map<String, String> saved() {
        Map<String, String> values = new HashMap<>();
        PROPERTIES.forEach(p -> values.put(p, System.getProperty(p)));
        return values;
    }

    private static void restore(Map<String, String> values) {
        values.forEach((p, v) -> {
            if (v == null) {
                System.clearProperty(p);
            } else {
                System.setProperty(p, v);
            }
        });
    }
}
