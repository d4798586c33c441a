package dev.archway.model.rule;

import dev.archway.model.Element;
import java.util.List;

/** An {@link ElementRule} whose info and subject types are given once, when it is made: the rule is then only its check. */
public abstract class KindRule<T extends Element> implements ElementRule<T> {
    private final RuleInfo info;
    private final List<Class<? extends T>> subjectTypes;

    protected KindRule(RuleInfo info, List<Class<? extends T>> subjectTypes) {
        this.info = info;
        this.subjectTypes = List.copyOf(subjectTypes);
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final List<Class<? extends T>> subjectTypes() {
        return subjectTypes;
    }
}
