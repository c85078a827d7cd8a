package io.latentlab.app;

import io.latentlab.data.BadInputException;
import io.latentlab.model.AutoencoderFile;
import io.latentlab.ui.PretrainedStart;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code --exit-after-start} says and the status it exits with, for each way the start can end. */
class StartCheckTest {

    @Test
    void aPretrainedModelOpenedIsNamedWithItsKindAndFolderAndExitsZero() {
        Path file = Path.of("pretrained", "mnist-vae-20.lab.zip").toAbsolutePath();
        var opened = new PretrainedStart.StartModel(AutoencoderFile.load(file), file, null, null);

        StartCheck.Outcome outcome = StartCheck.outcome(CompletableFuture.completedFuture(Optional.of(opened)));

        assertEquals("showing mnist-vae-20.lab.zip (vae, 20 latents) from " + file.getParent(), outcome.line());
        assertEquals(0, outcome.status());
    }

    @Test
    void noPretrainedFolderExitsOneSayingWhereToPointIt() {
        StartCheck.Outcome outcome = StartCheck.outcome(CompletableFuture.completedFuture(Optional.empty()));

        assertEquals(1, outcome.status());
        assertTrue(outcome.line().startsWith("no pretrained model was opened: none was found"), outcome.line());
        assertTrue(outcome.line().contains("-Dlatentlab.pretrained=FOLDER"), outcome.line());
    }

    @Test
    void aModelThatFailedToOpenExitsOneWithItsOneLineReason() {
        CompletableFuture<Optional<PretrainedStart.StartModel>> failed = new CompletableFuture<>();
        failed.completeExceptionally(new BadInputException("mnist-vae-20.lab.zip is damaged; download it again"));

        StartCheck.Outcome outcome = StartCheck.outcome(failed);

        assertEquals(1, outcome.status());
        assertEquals("no pretrained model was opened: mnist-vae-20.lab.zip is damaged; download it again", outcome.line());
    }

    @Test
    void aModelStillBeingReadIsNotCountedAsOpened() {
        StartCheck.Outcome outcome = StartCheck.outcome(new CompletableFuture<>());

        assertEquals(1, outcome.status());
        assertTrue(outcome.line().contains("still being read"), outcome.line());
    }

    @Test
    void theFlagIsAskedForByName() {
        assertTrue(StartCheck.requested(List.of("--startup-report", "--exit-after-start")));
        assertFalse(StartCheck.requested(List.of("--startup-report")));
    }
}
