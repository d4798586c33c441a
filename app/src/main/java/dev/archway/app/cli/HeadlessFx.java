package dev.archway.app.cli;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/** Runs work on a JavaFX toolkit with no display: Monocle's headless platform and the software renderer. */
final class HeadlessFx {
    /** Kept: a logger only referenced weakly would lose its level. */
    private static final java.util.logging.Logger JAVAFX = java.util.logging.Logger.getLogger("javafx");
    /** Work on the FX thread that may fail writing a file. */
    interface Work<T> {
        T call() throws IOException;
    }

    private HeadlessFx() {
    }

    static <T> T call(Work<T> work) throws IOException {
        start();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    private static void start() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        // the jar loads JavaFX from the class path, which JavaFX warns about on stderr: noise for a CLI command
        JAVAFX.setLevel(java.util.logging.Level.SEVERE);
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
            Platform.setImplicitExit(false);
            up.join();
        } catch (IllegalStateException alreadyRunning) {
            // started before (the designer, or a test): use it as it is
        }
    }
}
