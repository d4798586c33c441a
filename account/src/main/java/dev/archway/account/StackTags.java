package dev.archway.account;

import dev.archway.model.diff.StackResource;
import java.util.Collection;
import java.util.function.Function;

/**
 * The stack resource an AWS resource was deployed as, from the tags CloudFormation puts on it (each API has a tag
 * class of its own).
 */
final class StackTags {
    static final String STACK_NAME = "aws:cloudformation:stack-name";
    static final String LOGICAL_ID = "aws:cloudformation:logical-id";

    private StackTags() {
    }

    /** Null when the resource has no logical id tag (not deployed by CloudFormation). */
    static <T> StackResource of(Collection<T> tags, Function<T, String> key, Function<T, String> value) {
        String stack = null;
        String logicalId = null;
        for (T t : tags) {
            if (STACK_NAME.equals(key.apply(t))) {
                stack = value.apply(t);
            } else if (LOGICAL_ID.equals(key.apply(t))) {
                logicalId = value.apply(t);
            }
        }
        return logicalId == null || logicalId.isEmpty() ? null : new StackResource(stack, logicalId);
    }

    /** From EC2's tags. */
    static StackResource ec2(Collection<software.amazon.awssdk.services.ec2.model.Tag> tags) {
        return of(tags, t -> t.key(), t -> t.value());
    }
}
