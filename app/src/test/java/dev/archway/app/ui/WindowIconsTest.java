package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowIconsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowIcons.set(stage);
    }

    @Test
    void theWindowCarriesTheApplicationIconAtEverySize() {
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0),
                stage.getIcons().stream().map(icon -> icon.getWidth()).toList());
    }
}
