package dev.archway.app.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Damage done to a design or a template: structure-aware (on the parsed tree: keys dropped, duplicated, retyped,
 * references left dangling, intrinsic functions in odd places, conditions and dependency cycles, deep nesting, long
 * text) or byte-level (flips, truncation, insertions, a slice repeated).
 */
final class Mutations {
    enum Tree { DROP_KEY, RENAME_KEY, RETYPE, DANGLING_REF, ODD_INTRINSIC, BAD_CONDITION, DEPENDENCY_CYCLE, DEEP,
        LONG_TEXT, NULL_VALUE, EMPTY_CONTAINER, SWAP_VALUES }

    enum Bytes { FLIP, TRUNCATE, INSERT, REPEAT_SLICE, CONTROL_CHARS }

    private static final List<Object> ODD_VALUES = List.of(Map.of("Ref", "Nope"), Map.of("Fn::GetAtt", List.of("Nope",
            "Arn")), Map.of("Fn::Sub", "${Nope}-${AWS::Region}"), Map.of("Fn::If", List.of("C", 1, "x")),
            Map.of("Fn::Select", List.of(9, List.of())), Map.of("Fn::Join", List.of("", Map.of("Ref", "Nope"))),
            Map.of("Condition", "Missing"), Map.of("Fn::ImportValue", "x"), Map.of("Fn::GetAZs", ""),
            Map.of("Fn::FindInMap", List.of("M", "k", "v")), -1, 1e308, "", "0.0.0.0/0", true, "!Ref");

    private Mutations() {
    }

    static Arbitrary<Tree> treeMutation() {
        return Arbitraries.of(Tree.class);
    }

    static Arbitrary<Bytes> byteMutation() {
        return Arbitraries.of(Bytes.class);
    }

    /** Applies one tree mutation at a random place of {@code root} (a map of maps and lists). */
    @SuppressWarnings("unchecked")
    static void apply(Tree mutation, Object root, Random random) {
        List<Object> containers = new ArrayList<>();
        collect(root, containers, 0);
        Object target = containers.get(random.nextInt(containers.size()));
        if (target instanceof Map<?, ?> m && !m.isEmpty()) {
            Map<String, Object> map = (Map<String, Object>) m;
            List<String> keys = new ArrayList<>(map.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            mutateMap(mutation, map, key, keys, random);
        } else if (target instanceof List<?> l && !l.isEmpty()) {
            List<Object> list = (List<Object>) l;
            int i = random.nextInt(list.size());
            list.set(i, replacement(mutation, list.get(i), random));
        } else if (target instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put("Injected", replacement(mutation, null, random));
        }
    }

    private static void mutateMap(Tree mutation, Map<String, Object> map, String key, List<String> keys,
            Random random) {
        switch (mutation) {
            case DROP_KEY -> map.remove(key);
            case RENAME_KEY -> map.put(key + (random.nextBoolean() ? "X" : ""), map.remove(key));
            case DEPENDENCY_CYCLE -> {
                map.put("DependsOn", List.of(key));
                if (map.get(key) instanceof Map<?, ?> inner) {
                    cast(inner).put("DependsOn", keys);
                }
            }
            case BAD_CONDITION -> {
                map.put("Condition", random.nextBoolean() ? "Missing" : key);
                map.put("Conditions", Map.of(key, Map.of("Fn::Equals", List.of(Map.of("Condition", key), "x"))));
            }
            case SWAP_VALUES -> {
                String other = keys.get(random.nextInt(keys.size()));
                Object value = map.get(key);
                map.put(key, map.get(other));
                map.put(other, value);
            }
            default -> map.put(key, replacement(mutation, map.get(key), random));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Object replacement(Tree mutation, Object old, Random random) {
        return switch (mutation) {
            case RETYPE -> old instanceof String ? (Object) (random.nextInt(70000) - 1) : old instanceof Map<?, ?>
                    ? new ArrayList<>(List.of(old)) : "not-a-" + (old == null ? "null" : old.getClass().getSimpleName());
            case DANGLING_REF -> random.nextBoolean() ? "nope-" + random.nextInt(9) : Map.of("Ref", "Nope");
            case ODD_INTRINSIC -> ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
            case DEEP -> {
                Object deep = old;
                for (int i = 0; i < 20 + random.nextInt(40); i++) {
                    deep = new ArrayList<>(List.of(deep == null ? "x" : deep));
                }
                yield deep;
            }
            case LONG_TEXT -> "x\u0000\u202e\n\"'\\".repeat(1 + random.nextInt(3000));
            case EMPTY_CONTAINER -> random.nextBoolean() ? new LinkedHashMap<>() : new ArrayList<>();
            default -> null;
        };
    }

    /** A deep copy made of mutable maps and lists, so the next mutation can change anything in it. */
    static Object mutableCopy(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), mutableCopy(v)));
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(mutableCopy(v)));
            return out;
        }
        return node;
    }

    private static void collect(Object node, List<Object> out, int depth) {
        if (depth > 40 || out.size() > 5000) {
            return;
        }
        if (node instanceof Map<?, ?> m) {
            out.add(m);
            m.values().forEach(v -> collect(v, out, depth + 1));
        } else if (node instanceof List<?> l) {
            out.add(l);
            l.forEach(v -> collect(v, out, depth + 1));
        }
    }

    /** Applies one byte-level mutation. */
    static byte[] apply(Bytes mutation, byte[] in, Random random) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(in.length);
        return switch (mutation) {
            case FLIP -> {
                byte[] out = in.clone();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield out;
            }
            case TRUNCATE -> java.util.Arrays.copyOf(in, at);
            case INSERT -> splice(in, at, randomBytes(random, 1 + random.nextInt(16)));
            case REPEAT_SLICE -> splice(in, at, java.util.Arrays.copyOfRange(in, at,
                    Math.min(in.length, at + 1 + random.nextInt(200))));
            case CONTROL_CHARS -> splice(in, at, new byte[] {0, 0x1b, (byte) 0xc2, (byte) 0x85, '\r', '\t', 0x7f});
        };
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] splice(byte[] in, int at, byte[] insert) {
        byte[] out = new byte[in.length + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at, out, at + insert.length, in.length - at);
        return out;
    }
}
