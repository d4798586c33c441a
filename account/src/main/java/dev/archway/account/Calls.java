package dev.archway.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * How every reader calls AWS: through an {@link ApiCall}, so that a call the credentials may not make becomes one
 * warning naming the missing permission (and the import goes on without that part), any other service error a
 * warning too, and a network failure or timeout one {@link AccountException} for the whole import. Items are handed
 * on one at a time as the SDK's paginators fetch page after page, and cancelling is checked before each.
 */
final class Calls {
    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
            "UnauthorizedAccess", "AuthorizationError", "AuthFailure");

    private final ImportProgress progress;
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Set<ApiCall> denied = java.util.EnumSet.noneOf(ApiCall.class);

    Calls(ImportProgress progress) {
        this.progress = progress;
    }

    /** One call; empty when it was refused or failed (the warning says so). */
    <T> Optional<T> one(ApiCall call, Supplier<T> request) {
        checkCancelled();
        if (denied.contains(call)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(request.get());
        } catch (AwsServiceException e) {
            refused(call, e);
            return Optional.empty();
        } catch (SdkClientException e) {
            throw unreachable(call, e);
        }
    }

    /** Every item of a paginated call, page by page. */
    <T> void each(ApiCall call, Supplier<? extends Iterable<T>> items, Consumer<T> sink) {
        checkCancelled();
        if (denied.contains(call)) {
            return;
        }
        try {
            for (T item : items.get()) {
                checkCancelled();
                sink.accept(item);
            }
        } catch (AwsServiceException e) {
            refused(call, e);
        } catch (SdkClientException e) {
            throw unreachable(call, e);
        }
    }

    void warn(String message) {
        if (warnings.add(message)) {
            progress.warning(message);
        }
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    ImportProgress progress() {
        return progress;
    }

    void checkCancelled() {
        if (progress.cancelled()) {
            throw new Stop("import cancelled");
        }
    }

    private void refused(ApiCall call, AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        if ((code != null && DENIED.contains(code)) || e.statusCode() == 403) {
            denied.add(call);
            warn("no permission " + call.permission() + ": what it reads is missing from the design");
        } else {
            warn(call.permission() + " failed (" + (code == null ? "HTTP " + e.statusCode() : code)
                    + "): what it reads is missing from the design");
        }
    }

    private static Stop unreachable(ApiCall call, SdkClientException e) {
        if (e instanceof ApiCallTimeoutException) {
            return new Stop(call.permission() + " timed out after " + AwsClients.CALL_TIMEOUT.toSeconds() + " s");
        }
        return new Stop("cannot reach the AWS endpoint for " + call.service() + ": " + firstLine(rootMessage(e)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Ends the whole import; {@link AccountImport} turns it into an {@link AccountException}. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(String message) {
            super(message, null, false, false);
        }
    }
}
