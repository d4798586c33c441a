package dev.archway.model.db;

import dev.archway.model.Lists;
import java.util.List;

/** An Aurora custom endpoint: {@code type} READER or ANY, over the listed instance ids. */
public record CustomEndpoint(String name, String type, List<String> memberIds) {

    public CustomEndpoint {
        memberIds = Lists.copy(memberIds);
    }
}
