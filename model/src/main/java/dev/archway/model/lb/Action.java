package dev.archway.model.lb;

import dev.archway.model.Lists;
import java.util.List;
import java.util.Map;

/**
 * A listener or rule action. Exactly one of {@code forward}, {@code redirect}, {@code fixedResponse} is set,
 * matching {@code type}; authenticate actions keep their configuration in {@code config} as given.
 */
public record Action(ActionType type, Integer order, List<WeightedTargetGroup> forward, Boolean stickiness,
        Integer stickinessSeconds, RedirectConfig redirect, FixedResponseConfig fixedResponse, Map<String, Object> config) {

    public Action {
        forward = Lists.copy(forward);
        config = Lists.copyOrdered(config);
    }

    public static Action forward(String targetGroupId) {
        return new Action(ActionType.FORWARD, null, List.of(new WeightedTargetGroup(targetGroupId, null)), null, null,
                null, null, null);
    }

    public static Action forwardWeighted(List<WeightedTargetGroup> groups) {
        return new Action(ActionType.FORWARD, null, groups, null, null, null, null, null);
    }

    public static Action redirect(RedirectConfig redirect) {
        return new Action(ActionType.REDIRECT, null, List.of(), null, null, redirect, null, null);
    }

    public static Action fixedResponse(String statusCode, String contentType, String body) {
        return new Action(ActionType.FIXED_RESPONSE, null, List.of(), null, null, null,
                new FixedResponseConfig(statusCode, contentType, body), null);
    }

    public List<String> targetGroupIds() {
        return forward.stream().map(WeightedTargetGroup::targetGroupId).toList();
    }
}
