package dev.archway.app.ui.account;

import dev.archway.account.AccountResult;
import dev.archway.app.ui.file.FileActions;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * File > Import from AWS account… (the account opens as a new, unsaved design, as an imported template does) and
 * File > Compare with AWS account… (the drift shows in the Drift tab and on the canvas).
 */
public final class AccountActions {
    private final Window owner;
    private final FileActions files;
    private final DriftPanel drift;
    private final Consumer<String> status;
    private final Runnable showDrift;
    private AccountDialog open;

    public AccountActions(Window owner, FileActions files, DriftPanel drift, Consumer<String> status,
            Runnable showDrift) {
        this.owner = owner;
        this.files = files;
        this.drift = drift;
        this.status = status;
        this.showDrift = showDrift;
    }

    public void importAccount() {
        show(new AccountDialog(owner, AccountDialog.Purpose.IMPORT, this::imported));
    }

    public void compare() {
        show(new AccountDialog(owner, AccountDialog.Purpose.COMPARE, this::compared));
    }

    /** The dialog last opened (the GUI tests drive it). */
    public AccountDialog dialog() {
        return open;
    }

    private void show(AccountDialog dialog) {
        open = dialog;
        dialog.show();
    }

    private void imported(AccountResult result) {
        if (files.newDesign(result.design())) {
            status.accept("Imported " + result.design().size() + " elements from the account" + timing(result));
        }
    }

    private void compared(AccountResult result) {
        drift.show(result.design(), result.deployedBy());
        showDrift.run();
        status.accept("Compared with the account" + timing(result));
    }

    private static String timing(AccountResult result) {
        return String.format(java.util.Locale.ROOT, " in %.1f s (%.1f s waiting on AWS)",
                result.totalTime().toMillis() / 1000.0, result.apiTime().toMillis() / 1000.0);
    }
}
