package dev.archway.app.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last ten files opened or saved, newest first, kept in the user's preferences. */
public final class RecentFiles {
    private static final int MAX = 10;
    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put("recent." + i, files.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }
}
