package dev.archway.exporters;

import dev.archway.model.Design;

/**
 * One export format. {@link #id()} is what {@code archway export --to} takes. Rendering is pure (no I/O), so the GUI
 * can preview it; {@link ExportWriter} puts the result on disk.
 */
public interface Exporter {

    /** The {@code --to} value: {@code cfn-json}, {@code cfn-yaml}, {@code cdk-java}, {@code django}, ... */
    String id();

    /** What the GUI's export menu shows. */
    String displayName();

    ExportOutput render(Design design);
}
