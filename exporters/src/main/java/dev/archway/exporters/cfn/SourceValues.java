package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a typed element's resources said in the template it came from, where that differs from what export writes
 * for the element (see {@code docs/decisions/006-symbolic-values.md}). Kept in the element's CloudFormation extras
 * under {@link #KEY}: per logical id, per property (and attribute), the value as read and the value export wrote for
 * the imported element. Export writes the read value back wherever the element still renders what it rendered at
 * import (the user has not edited it), down to the map key and list item; an edited part is written from the model.
 */
final class SourceValues {
    static final String KEY = "Archway::Source";
    private static final String READ = "Read";
    private static final String WRITTEN = "Written";
    private static final String PROPERTIES = "Properties";

    private SourceValues() {
    }

    /** Records, for each element of a freshly imported design, where its export differs from the template. */
    static void record(Design design, Map<String, Object> template) {
        CfnTemplateExporter.Written written = new CfnTemplateExporter().write(design);
        Map<String, Object> original = Cfn.orEmpty(template.get("Resources"));
        Map<String, Map<String, Object>> byElement = new LinkedHashMap<>();
        Cfn.orEmpty(written.template().get("Resources")).forEach((lid, exported) -> {
            String owner = written.ownerOf().get(lid);
            Map<String, Object> read = Cfn.asMap(original.get(lid));
            if (owner == null || read == null || design.get(owner) instanceof dev.archway.model.OpaqueResource
                    || !Objects.equals(read.get("Type"), Cfn.asMap(exported).get("Type"))) {
                return;
            }
            Map<String, Object> differences = differences(read, Cfn.asMap(exported));
            if (!differences.isEmpty()) {
                byElement.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(lid, differences);
            }
        });
        byElement.forEach((id, sources) -> {
            Map<String, Object> extras = new LinkedHashMap<>(design.cfnExtras(id));
            extras.put(KEY, sources);
            design.setCfnExtras(id, extras);
        });
    }

    /** Per attribute, and per property under {@code Properties}: {Read, Written}, a side left out when absent. */
    private static Map<String, Object> differences(Map<String, Object> read, Map<String, Object> written) {
        Map<String, Object> out = new LinkedHashMap<>(keyDifferences(attributes(read), attributes(written)));
        Map<String, Object> props = keyDifferences(Cfn.orEmpty(read.get(PROPERTIES)),
                Cfn.orEmpty(written.get(PROPERTIES)));
        if (!props.isEmpty()) {
            out.put(PROPERTIES, props);
        }
        return out;
    }

    private static Map<String, Object> keyDifferences(Map<String, Object> read, Map<String, Object> written) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(read.keySet());
        written.keySet().stream().filter(k -> !read.containsKey(k)).forEach(keys::add);
        for (String key : keys) {
            if (!Objects.equals(read.get(key), written.get(key)) || read.containsKey(key) != written.containsKey(key)) {
                Map<String, Object> pair = new LinkedHashMap<>();
                if (read.containsKey(key)) {
                    pair.put(READ, Cfn.copy(read.get(key)));
                }
                if (written.containsKey(key)) {
                    pair.put(WRITTEN, Cfn.copy(written.get(key)));
                }
                out.put(key, pair);
            }
        }
        return out;
    }

    private static Map<String, Object> attributes(Map<String, Object> resource) {
        Map<String, Object> out = new LinkedHashMap<>();
        resource.forEach((k, v) -> {
            if (Cfn.ATTRIBUTES.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Writes back, in each exported resource of an element, what was read wherever the export is as it was. */
    static void restore(Design design, Map<String, Object> resources, Map<String, String> ownerOf) {
        resources.replaceAll((lid, resource) -> {
            String owner = ownerOf.get(lid);
            Map<String, Object> sources = owner == null ? null : Cfn.asMap(design.cfnExtras(owner).get(KEY));
            Map<String, Object> source = sources == null ? null : Cfn.asMap(sources.get(lid));
            return source == null ? resource : restored(Cfn.asMap(resource), source);
        });
    }

    private static Map<String, Object> restored(Map<String, Object> resource, Map<String, Object> source) {
        Map<String, Object> out = new LinkedHashMap<>(resource);
        Map<String, Object> attributes = new LinkedHashMap<>(source);
        Map<String, Object> props = Cfn.asMap(attributes.remove(PROPERTIES));
        restoreKeys(out, attributes);
        if (props != null) {
            Map<String, Object> p = new LinkedHashMap<>(Cfn.orEmpty(out.get(PROPERTIES)));
            restoreKeys(p, props);
            out.remove(PROPERTIES);
            if (!p.isEmpty()) {
                out.put(PROPERTIES, p);
            }
        }
        return out;
    }

    private static void restoreKeys(Map<String, Object> target, Map<String, Object> pairs) {
        pairs.forEach((key, p) -> {
            Map<String, Object> pair = Cfn.orEmpty(p);
            boolean wasWritten = pair.containsKey(WRITTEN);
            boolean isWritten = target.containsKey(key);
            if (wasWritten != isWritten) {
                return;
            }
            Object value = isWritten ? merge(target.get(key), pair.get(WRITTEN), pair.get(READ),
                    pair.containsKey(READ)) : pair.get(READ);
            if (value == ABSENT || (!isWritten && !pair.containsKey(READ))) {
                target.remove(key);
            } else {
                target.put(key, Cfn.copy(value));
            }
        });
    }

    private static final Object ABSENT = new Object();

    /**
     * What to write for a value that export now writes as {@code now}, wrote as {@code then} at import, and the
     * template said as {@code read}: the read value where nothing changed, else the parts that did not change.
     */
    private static Object merge(Object now, Object then, Object read, boolean wasRead) {
        if (Objects.equals(now, then)) {
            return wasRead ? read : ABSENT;
        }
        if (!wasRead || Cfn.intrinsicName(read) != null || Cfn.intrinsicName(now) != null) {
            return now;
        }
        if (now instanceof Map<?, ?> && then instanceof Map<?, ?> && read instanceof Map<?, ?>) {
            Map<String, Object> out = new LinkedHashMap<>(Cfn.asMap(now));
            Map<String, Object> pairs = keyDifferences(Cfn.asMap(read), Cfn.asMap(then));
            restoreKeys(out, pairs);
            return out;
        }
        if (now instanceof List<?> n && then instanceof List<?> t && read instanceof List<?> r
                && n.size() == t.size() && t.size() == r.size()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                Object item = merge(n.get(i), t.get(i), r.get(i), true);
                out.add(item);
            }
            return out;
        }
        return now;
    }
}
