package dev.archway.account;

/**
 * Hears an import as it goes, service by service (names as in IAM: {@code ec2}, {@code elasticloadbalancing}, ...),
 * and may cancel it. Called on the importing thread.
 */
public interface ImportProgress {
    void started(String service);

    /** {@code items}: how many elements the service added to the design. */
    void finished(String service, int items);

    void warning(String message);

    /** Polled between pages; when true the import stops with an {@link AccountException}. */
    boolean cancelled();

    /** Hears nothing, never cancels. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void started(String service) {
        }

        @Override
        public void finished(String service, int items) {
        }

        @Override
        public void warning(String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
