package dev.archway.model.validation;

import dev.archway.model.Design;
import dev.archway.model.DesignListener;
import dev.archway.model.Element;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.DesignRule;
import dev.archway.model.rule.ElementRule;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps the findings of a design current as it is edited, re-running only the checks an edit can affect. Each check
 * records what it read through a {@link RecordingDesignReads} (elements, referrers of an element by type, all elements
 * of a type); a change re-runs the checks that read a changed element, a referrer set the change entered or left, or the
 * changed type, plus the checks of the changed elements themselves. {@link #findings()} always equals a full
 * {@link Validator#validate} of the design, except while costly checks wait for a deferred {@link #settle()}.
 */
public final class IncrementalValidator implements DesignListener, AutoCloseable {
    private final Design design;
    private final List<Rule> rules;
    private final RecordingDesignReads reads;
    private final Topology index;
    private final Map<Class<?>, List<Integer>> rulesBySubjectType = new HashMap<>();
    private final TreeMap<CheckKey, List<Finding>> results = new TreeMap<>();
    private final Map<CheckKey, Set<String>> readsOf = new HashMap<>();
    private final Map<String, Set<CheckKey>> readers = new HashMap<>();
    private final Map<String, Element> known = new HashMap<>();
    private final Map<String, Map<String, Object>> knownExtras = new HashMap<>();
    private final List<Consumer<List<Finding>>> listeners = new CopyOnWriteArrayList<>();
    private final Set<CheckKey> unsettled = new LinkedHashSet<>();
    private Consumer<Runnable> costlyScheduler;
    private int lastRecheckCount;

    /** Which check: a rule (by registry position) on one subject element ("" for a whole-design rule). */
    private record CheckKey(int rule, String subjectId) implements Comparable<CheckKey> {
        private static final Comparator<CheckKey> ORDER =
                Comparator.comparingInt(CheckKey::rule).thenComparing(CheckKey::subjectId);

        @Override
        public int compareTo(CheckKey o) {
            return ORDER.compare(this, o);
        }
    }

    public IncrementalValidator(Design design) {
        this(design, Rules.all());
    }

    public IncrementalValidator(Design design, List<Rule> rules) {
        this.design = design;
        this.rules = List.copyOf(rules);
        this.reads = new RecordingDesignReads(design);
        this.index = new Topology(reads);
        for (int i = 0; i < this.rules.size(); i++) {
            if (this.rules.get(i) instanceof ElementRule<?> r) {
                for (Class<?> type : r.subjectTypes()) {
                    rulesBySubjectType.computeIfAbsent(type, k -> new ArrayList<>()).add(i);
                }
            } else {
                check(new CheckKey(i, ""));
            }
        }
        for (Element e : design.elements()) {
            known.put(e.id(), e);
            knownExtras.put(e.id(), design.cfnExtras(e.id()));
            rulesBySubjectType.getOrDefault(e.getClass(), List.of()).forEach(i -> check(new CheckKey(i, e.id())));
        }
        design.addListener(this);
    }

    /**
     * From now on, an edit does not run the costly whole-design checks ({@link DesignRule#costly()}) itself: it hands
     * {@link #settle()} to {@code scheduler} once, and those checks' findings stay as they were until it runs. An
     * editor passes a debounce, so dragging on a large design stays smooth and the costly findings follow a pause.
     */
    public void deferCostlyChecks(Consumer<Runnable> scheduler) {
        this.costlyScheduler = scheduler;
    }

    /** Runs the costly checks that edits deferred, and tells the listeners when their findings changed. */
    public void settle() {
        if (unsettled.isEmpty()) {
            return;
        }
        List<CheckKey> toRun = new ArrayList<>(unsettled);
        unsettled.clear();
        List<List<Finding>> before = toRun.stream().map(k -> results.getOrDefault(k, List.of())).toList();
        toRun.forEach(this::check);
        if (!before.equals(toRun.stream().map(k -> results.getOrDefault(k, List.of())).toList())) {
            notifyListeners();
        }
    }

    /** True when no deferred check waits: {@link #findings()} equals a full validation. */
    public boolean settled() {
        return unsettled.isEmpty();
    }

    /** The current findings, in the same order as {@link Validator#validate}. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        results.values().forEach(all::addAll);
        return all;
    }

    /** Told after every re-check, with the new findings (on the thread that changed the design). */
    public void addListener(Consumer<List<Finding>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<Finding>> listener) {
        listeners.remove(listener);
    }

    /** How many checks the last change re-ran (what the incremental benchmark and tests watch). */
    public int lastRecheckCount() {
        return lastRecheckCount;
    }

    @Override
    public void close() {
        design.removeListener(this);
    }

    @Override
    public void designChanged(Design changedDesign, Set<String> changedIds) {
        Set<String> invalid = new HashSet<>();
        Set<CheckKey> toRun = new LinkedHashSet<>();
        for (String id : changedIds) {
            Element old = known.get(id);
            Element now = design.get(id);
            extrasChanged(id, invalid);
            if (old == now) {
                continue; // only the layout moved, or the extras changed
            }
            reads.update(old, now);
            if (now == null) {
                known.remove(id);
            } else {
                known.put(id, now);
            }
            invalidationKeys(id, old, now, invalid);
            if (old != null) {
                rulesBySubjectType.getOrDefault(old.getClass(), List.of()).forEach(i -> toRun.add(new CheckKey(i, id)));
            }
            if (now != null) {
                rulesBySubjectType.getOrDefault(now.getClass(), List.of()).forEach(i -> toRun.add(new CheckKey(i, id)));
            }
        }
        for (String key : invalid) {
            toRun.addAll(readers.getOrDefault(key, Set.of()));
        }
        deferCostly(toRun);
        if (toRun.isEmpty()) {
            return;
        }
        toRun.forEach(this::check);
        lastRecheckCount = toRun.size();
        notifyListeners();
    }

    private void extrasChanged(String id, Set<String> keys) {
        Map<String, Object> extras = design.contains(id) ? design.cfnExtras(id) : Map.of();
        if (!extras.equals(knownExtras.getOrDefault(id, Map.of()))) {
            keys.add(RecordingDesignReads.extrasKey(id));
            keys.add(RecordingDesignReads.allExtrasKey());
        }
        if (extras.isEmpty()) {
            knownExtras.remove(id);
        } else {
            knownExtras.put(id, extras);
        }
    }

    private void deferCostly(Set<CheckKey> toRun) {
        if (costlyScheduler == null) {
            return;
        }
        boolean wasSettled = unsettled.isEmpty();
        for (CheckKey key : toRun) {
            if (key.subjectId().isEmpty() && ((DesignRule) rules.get(key.rule())).costly()) {
                unsettled.add(key);
            }
        }
        toRun.removeAll(unsettled);
        if (wasSettled && !unsettled.isEmpty()) {
            costlyScheduler.accept(this::settle);
        }
    }

    private void notifyListeners() {
        List<Finding> current = findings();
        listeners.forEach(l -> l.accept(current));
    }

    private static void invalidationKeys(String id, Element old, Element now, Set<String> keys) {
        keys.add(RecordingDesignReads.elementKey(id));
        for (Element version : new Element[] {old, now}) {
            if (version != null) {
                keys.add(RecordingDesignReads.typeKey(version.getClass()));
                Class<?> type = version.getClass();
                version.references().forEach(ref -> keys.add(RecordingDesignReads.referrersKey(ref, type)));
            }
        }
    }

    private void check(CheckKey key) {
        forget(key);
        Rule rule = rules.get(key.rule());
        Element subject = key.subjectId().isEmpty() ? null : design.get(key.subjectId());
        boolean applies = key.subjectId().isEmpty()
                || (subject != null && ((ElementRule<?>) rule).subjectTypes().contains(subject.getClass()));
        if (!applies) {
            return;
        }
        Set<String> readLog = new HashSet<>();
        reads.recordInto(readLog);
        List<Finding> findings;
        try {
            findings = CheckRunner.run(rule, subject, index);
        } finally {
            reads.recordInto(null);
        }
        if (!findings.isEmpty()) {
            results.put(key, findings);
        }
        readsOf.put(key, readLog);
        readLog.forEach(r -> readers.computeIfAbsent(r, k -> new HashSet<>()).add(key));
    }

    private void forget(CheckKey key) {
        results.remove(key);
        Set<String> reads = readsOf.remove(key);
        if (reads != null) {
            for (String r : reads) {
                Set<CheckKey> keys = readers.get(r);
                if (keys != null) {
                    keys.remove(key);
                    if (keys.isEmpty()) {
                        readers.remove(r);
                    }
                }
            }
        }
    }
}
