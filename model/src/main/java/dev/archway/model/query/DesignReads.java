package dev.archway.model.query;

import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.List;
import java.util.Map;

/**
 * The three primitive reads every {@link Topology} answer is built from. The validator supplies a reader that records
 * what each check read, so that an edit re-runs only the checks that depended on it.
 */
public interface DesignReads {

    /** The whole design: a recording reader counts this as a read of every element type. */
    Design design();

    Element get(String id);

    /** The elements of a type that refer to {@code id}, ordered by id. */
    <T extends Element> List<T> referrers(String id, Class<T> type);

    /** The CloudFormation properties an element keeps without modelling them (what an import could not interpret). */
    Map<String, Object> cfnExtras(String id);

    /** Every element of a type, in design order. */
    <T extends Element> List<T> all(Class<T> type);
}
