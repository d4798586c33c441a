package dev.archway.model.rule;

import dev.archway.model.Element;
import dev.archway.model.query.Topology;
import java.util.List;

/**
 * A rule checked once per element of its subject types. It may look at other elements only through the
 * {@link Topology}, which is how the incremental validator knows what a check depends on.
 */
public interface ElementRule<T extends Element> extends Rule {

    /** The element types this rule checks; the engine skips all others. */
    List<Class<? extends T>> subjectTypes();

    List<Finding> check(T subject, Topology index);
}
