package io.latentlab.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningRateTextTest {

    @Test
    void showsPlainDecimalsWithThreeSignificantDigits() {
        assertEquals("0.001", LearningRateText.format(1e-3));
        assertEquals("0.000316", LearningRateText.format(Math.pow(10, -3.5)));
        assertEquals("0.00001", LearningRateText.format(1e-5));
        assertEquals("0.1", LearningRateText.format(0.1));
    }

    @Test
    void acceptsDecimalsAndENotationInRange() {
        assertEquals(2e-4, LearningRateText.parse(" 2e-4 ").getAsDouble());
        assertEquals(0.001, LearningRateText.parse("0,001").getAsDouble());
        assertEquals(1.0, LearningRateText.parse("1").getAsDouble());
    }

    @Test
    void rejectsWordsZeroAndOutOfRange() {
        for (String bad : new String[] {"", "fast", "0", "-0.001", "2", "1e-7", "NaN", "Infinity", "0x1p-3", null}) {
            assertFalse(LearningRateText.parse(bad).isPresent(), String.valueOf(bad));
        }
        assertTrue(LearningRateText.invalid("generator learning rate", " fast ", 1e-3)
                .startsWith("\"fast\" is not a valid generator learning rate"));
    }
}
