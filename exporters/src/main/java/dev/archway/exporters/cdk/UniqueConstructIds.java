package dev.archway.exporters.cdk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the ids of constructs created directly in the stack unique: an id derived from one element's name
 * ({@code NatEip}) may equal another element's name, and CDK refuses two children with one id.
 */
final class UniqueConstructIds {
    private final Set<String> taken = new HashSet<>();

    List<CdkStatement> apply(List<CdkStatement> statements) {
        List<CdkStatement> out = new ArrayList<>();
        for (CdkStatement s : statements) {
            if (s instanceof CdkStatement.Declare d) {
                out.add(new CdkStatement.Declare(d.name(), d.type(), rewrite(d.value())));
            } else if (s instanceof CdkStatement.Evaluate e) {
                out.add(new CdkStatement.Evaluate(rewrite(e.value())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Only a top-level construct expression is renamed; nested ones are scoped under their parent. */
    private CdkExpr rewrite(CdkExpr e) {
        if (!(e instanceof CdkExpr.Construct c)) {
            return e;
        }
        String id = c.id();
        for (int n = 2; !taken.add(id); n++) {
            id = c.id() + n;
        }
        return id.equals(c.id()) ? c : new CdkExpr.Construct(c.type(), id, new LinkedHashMap<>(c.props()));
    }

}
