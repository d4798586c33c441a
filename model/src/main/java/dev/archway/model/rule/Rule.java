package dev.archway.model.rule;

/** One check of a design, with a stable id. Either an {@link ElementRule} or a {@link DesignRule}. */
public interface Rule {
    RuleInfo info();
}
