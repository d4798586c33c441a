package dev.archway.app.ui;

import dev.archway.account.AccountImport;
import dev.archway.account.ImportProgress;
import dev.archway.app.emulator.EmulatedAccount;
import dev.archway.app.emulator.SmallShop;
import dev.archway.model.Design;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Pictures of the account dialog and the drift view at 1280x800, against moto's emulated account (a developer tool:
 * run under Xvfb like scripts/screenshots.sh, with the folder to write to as the argument). The account drifts from
 * the design by one changed rule and one added rule.
 */
public final class AccountScreenshots {
    private static DesignerWindow window;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/account-shots");
        Files.createDirectories(out);
        System.setProperty("archway.recovery.dir", Files.createTempDirectory("archway-shots").toString());
        try (EmulatedAccount account = EmulatedAccount.start()) {
            SmallShop shop = SmallShop.populate(account);
            Design design = AccountImport.read(account.request(), ImportProgress.NONE).design();
            try (var elb = account.elb()) {
                elb.modifyRule(r -> r.ruleArn(shop.adminRule).conditions(c -> c.field("host-header")
                        .hostHeaderConfig(h -> h.values("staff.shop.example"))));
                elb.createRule(r -> r.listenerArn(shop.listener).priority(30).conditions(SmallShop.path("/health"))
                        .actions(a -> a.type("fixed-response").fixedResponseConfig(f -> f.statusCode("200"))));
            }
            Platform.startup(() -> { });
            onFx(() -> open(design));
            run(() -> window.account().compare());
            Stage dialog = onFx(() -> dialog());
            onFx(() -> fill(dialog.getScene(), account.endpoint().toString()));
            shoot(dialog.getScene(), out, "account-dialog-form");
            run(() -> ((Button) dialog.getScene().lookup("#account-start")).fire());
            for (int i = 0; i < 120 && onFx(() -> window.driftPanel().drift() == null); i++) {
                Thread.sleep(500);
            }
            shoot(dialog.getScene(), out, "account-dialog-done");
            run(dialog::close);
            run(() -> window.diagram().paintNow());
            shoot(window.stage().getScene(), out, "drift-view");
            System.out.println("waiting for the root window shot");
            Thread.sleep(Long.getLong("archway.shots.linger", 0));
            Platform.exit();
        }
    }

    private static Void open(Design design) {
        Stage stage = new Stage();
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("dev/archway/designer-shots");
        window = new DesignerWindow(stage, prefs, dev.archway.app.ui.file.Autosave.defaultFile());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        window.open(design, null);
        stage.show();
        return null;
    }

    private static Stage dialog() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Compare with AWS account".equals(s.getTitle())).findFirst().orElseThrow();
    }

    private static Void fill(Scene scene, String endpoint) {
        ((TextField) scene.lookup("#account-endpoint")).setText(endpoint);
        @SuppressWarnings("unchecked")
        var region = (javafx.scene.control.ComboBox<String>) scene.lookup("#account-region");
        region.getEditor().setText(EmulatedAccount.REGION);
        return null;
    }

    private static void shoot(Scene scene, Path out, String name) throws Exception {
        File file = out.resolve(name + ".png").toFile();
        var image = onFx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        System.out.println(file);
    }

    private static void run(Runnable action) throws InterruptedException {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFx(Supplier<T> action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[1];
        Platform.runLater(() -> {
            try {
                result[0] = action.get();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Thread.sleep(300);
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
