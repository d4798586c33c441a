package dev.archway.model;

import java.util.Set;

/** Told once per change (one command, one batch) which element ids were added, replaced, removed or moved. */
@FunctionalInterface
public interface DesignListener {
    void designChanged(Design design, Set<String> changedIds);
}
