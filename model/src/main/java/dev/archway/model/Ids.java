package dev.archway.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Element ids: short, random, prefixed by kind so that a design file reads well. */
public final class Ids {
    private Ids() {
    }

    public static String newId(ElementKind kind) {
        String prefix = kind.name().toLowerCase().replace("_", "");
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The non-null ids among the given ones, in order: what {@link Element#references()} returns. */
    @SafeVarargs
    public static List<String> refs(Object... idsOrCollections) {
        List<String> out = new ArrayList<>();
        for (Object o : idsOrCollections) {
            if (o instanceof Collection<?> c) {
                c.stream().filter(Objects::nonNull).map(Object::toString).forEach(out::add);
            } else if (o != null) {
                out.add(o.toString());
            }
        }
        return out;
    }

}
