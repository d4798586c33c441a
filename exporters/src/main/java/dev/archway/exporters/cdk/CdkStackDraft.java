package dev.archway.exporters.cdk;

import dev.archway.model.Design;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack under construction while a design is translated: the statements so far and the variable that holds each
 * element's construct. Keys are element ids, or {@code role:id} for a second construct of one element (the L1
 * {@code CfnSubnet} behind the imported {@code ISubnet}, an internet gateway's attachment).
 */
final class CdkStackDraft {
    final Design design;
    final Topology topology;
    private final CdkNames names = new CdkNames();
    private final List<CdkStatement> statements = new ArrayList<>();
    private final Map<String, CdkExpr> variables = new HashMap<>();
    private final Map<String, CdkType> types = new HashMap<>();
    private final List<String> outputs = new ArrayList<>();
    private final List<String> outputOwners = new ArrayList<>();
    private final List<String> owners = new ArrayList<>();
    private String owner;

    CdkStackDraft(Design design) {
        this.design = design;
        this.topology = new Topology(design);
    }

    /**
     * The element (or {@code part:<name>} for a nested stack's own statements) that the statements added from now
     * on belong to: a split app puts each statement in the nested stack of its owner.
     */
    void about(String ownerId) {
        owner = ownerId;
    }

    CdkExpr declare(String key, String nameHint, CdkType type, CdkExpr value) {
        String name = names.variable(nameHint);
        add(new CdkStatement.Declare(name, type, value));
        CdkExpr variable = CdkExpr.var(name);
        variables.put(key, variable);
        types.put(key, type);
        return variable;
    }

    void run(CdkExpr value) {
        add(new CdkStatement.Evaluate(value));
    }

    void add(CdkStatement statement) {
        statements.add(statement);
        owners.add(owner);
    }

    /** A fresh variable name, for collections the plan builds statement by statement. */
    String freshName(String hint) {
        return names.variable(hint);
    }

    void comment(String text) {
        add(new CdkStatement.Comment(text));
    }

    /** The variable holding the element's construct, or null when the element has none. */
    CdkExpr ref(String key) {
        return key == null ? null : variables.get(key);
    }

    /** The declared type of the variable under that key, or null. */
    CdkType typeOf(String key) {
        return types.get(key);
    }

    boolean has(String key) {
        return key != null && variables.containsKey(key);
    }

    /** The variables of those keys that exist, in order. */
    List<CdkExpr> refs(List<String> keys) {
        return keys.stream().map(this::ref).filter(v -> v != null).toList();
    }

    /** A stack output; its construct id is also its logical id (it sits at the top of the stack). */
    void output(String id, CdkExpr value) {
        String logicalId = id.replaceAll("[^A-Za-z0-9]", "");
        outputs.add(logicalId);
        outputOwners.add(owner);
        run(new CdkExpr.Construct(CdkType.core("CfnOutput"), logicalId, CdkProps.of().put("value", value).map()));
    }

    List<String> outputs() {
        return outputs;
    }

    /** The outputs added while {@code ownerIds} owned the statements. */
    List<String> outputsOf(java.util.Set<String> ownerIds) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            if (ownerIds.contains(outputOwners.get(i))) {
                out.add(outputs.get(i));
            }
        }
        return out;
    }

    /** The owner of each statement, index for index (null: a section comment, owned by what follows it). */
    List<String> owners() {
        return owners;
    }

    List<CdkStatement> statements() {
        return statements;
    }

    static String cfn(String id) {
        return "cfn:" + id;
    }
}
