package dev.archway.exporters.cdk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stack a generated app defines: its class name, the region it deploys to (null: environment-agnostic), a
 * description, and the statements of its constructor. Both renderers print the same statements.
 */
public record CdkStack(String className, String region, String description, List<CdkStatement> statements) {

    public CdkStack {
        statements = List.copyOf(statements);
    }

    /** Every aws-cdk-lib class the statements mention, in order of first use. */
    public Set<CdkType> types() {
        Set<CdkType> types = new LinkedHashSet<>();
        for (CdkStatement s : statements) {
            if (s instanceof CdkStatement.Declare d) {
                if (d.type() != null) {
                    types.add(d.type());
                }
                collectTypes(d.value(), types);
            } else {
                expressionsOf(s).forEach(e -> collectTypes(e, types));
            }
        }
        return types;
    }

    /** The same stack with declarations nobody reads turned into plain statements (no unused variables). */
    public CdkStack withoutUnusedVariables() {
        return withoutUnusedVariables(Set.of());
    }

    /** The same, keeping the declarations of {@code kept} (a nested stack's exports, read by other stacks). */
    public CdkStack withoutUnusedVariables(Set<String> kept) {
        Set<String> used = new HashSet<>(kept);
        for (CdkStatement s : statements) {
            expressionsOf(s).forEach(e -> collectVariables(e, used));
        }
        List<CdkStatement> out = new ArrayList<>();
        for (CdkStatement s : statements) {
            if (s instanceof CdkStatement.Declare d && !used.contains(d.name())) {
                out.add(new CdkStatement.Evaluate(d.value()));
            } else {
                out.add(s);
            }
        }
        return new CdkStack(className, region, description, out);
    }

    /** The expressions a statement evaluates. */
    static List<CdkExpr> expressionsOf(CdkStatement s) {
        if (s instanceof CdkStatement.Declare d) {
            return List.of(d.value());
        }
        if (s instanceof CdkStatement.Evaluate e) {
            return List.of(e.value());
        }
        if (s instanceof CdkStatement.Put p) {
            return List.of(p.key(), p.value());
        }
        if (s instanceof CdkStatement.Append a) {
            return List.of(a.value());
        }
        if (s instanceof CdkStatement.Assign a) {
            return List.of(a.target(), a.value());
        }
        return List.of();
    }

    private static void collectTypes(CdkExpr e, Set<CdkType> types) {
        forEachChild(e, child -> collectTypes(child, types));
        if (e instanceof CdkExpr.Construct c) {
            types.add(c.type());
        } else if (e instanceof CdkExpr.Struct s) {
            types.add(s.type());
        } else if (e instanceof CdkExpr.StaticCall s) {
            types.add(s.type());
        } else if (e instanceof CdkExpr.EnumValue v) {
            types.add(v.type());
        } else if (e instanceof CdkExpr.Cast c) {
            types.add(c.type());
        } else if (e instanceof CdkExpr.NewObject n) {
            types.add(n.type());
        }
    }

    static void collectVariables(CdkExpr e, Set<String> names) {
        if (e instanceof CdkExpr.Variable v) {
            names.add(v.name());
        }
        forEachChild(e, child -> collectVariables(child, names));
    }

    static void forEachChild(CdkExpr e, java.util.function.Consumer<CdkExpr> action) {
        if (e instanceof CdkExpr.Construct c) {
            c.props().values().forEach(action);
        } else if (e instanceof CdkExpr.Struct s) {
            s.props().values().forEach(action);
        } else if (e instanceof CdkExpr.StaticCall s) {
            s.args().forEach(action);
        } else if (e instanceof CdkExpr.NewObject n) {
            n.args().forEach(action);
        } else if (e instanceof CdkExpr.Call c) {
            action.accept(c.target());
            c.args().forEach(action);
        } else if (e instanceof CdkExpr.Get g) {
            action.accept(g.target());
        } else if (e instanceof CdkExpr.ListOf l) {
            l.items().forEach(action);
        } else if (e instanceof CdkExpr.MapOf m) {
            m.entries().values().forEach(action);
        } else if (e instanceof CdkExpr.Cast c) {
            action.accept(c.value());
        } else if (e instanceof CdkExpr.Entries m) {
            m.entries().forEach(entry -> {
                action.accept(entry.getKey());
                action.accept(entry.getValue());
            });
        }
    }
}
