package dev.archway.app.cli.output;

import dev.archway.model.rule.Finding;
import java.io.PrintWriter;
import java.util.List;

/** Writes the findings of one validated file in one output format. */
public interface FindingsWriter {

    void write(String file, List<Finding> findings, PrintWriter out);

    /** The writer for {@code text}, {@code json} or {@code sarif}. */
    static FindingsWriter forFormat(String format, boolean colour) {
        switch (format) {
            case "text":
                return new TextFindingsWriter(colour);
            case "json":
                return new JsonFindingsWriter();
            case "sarif":
                return new SarifFindingsWriter();
            default:
                throw new IllegalArgumentException("unknown format: " + format);
        }
    }
}
