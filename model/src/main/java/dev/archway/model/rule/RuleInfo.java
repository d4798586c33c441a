package dev.archway.model.rule;

/**
 * What a rule is: a stable id ({@code LB-TWO-AZ}), its severity, a title stating the healthy condition, an
 * explanation of why it matters, and the AWS documentation it rests on.
 */
public record RuleInfo(String id, Severity severity, String title, String explanation, String docUrl) {
}
