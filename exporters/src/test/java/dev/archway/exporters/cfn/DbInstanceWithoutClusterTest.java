package dev.archway.exporters.cfn;

import dev.archway.model.catalog.ElementTypes;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.command.CommandStack;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.Edit;
import dev.archway.model.edit.ElementFactory;
import dev.archway.model.network.Subnet;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.Validator;
import org.junit.jupiter.api.Test;

/** Bug: a DB instance without a cluster validated clean and the export failed with "no logical id for element null". */
class DbInstanceWithoutClusterTest {

    private static Design withLooseDbInstance() {
        CommandStack stack = new CommandStack(new Design("loose"));
        stack.execute(DesignEdits.create(stack.design(), ElementKind.VPC, 400, 300).command());
        Element vpc = stack.design().all(ElementTypes.of(ElementKind.VPC)).get(0);
        var b = stack.design().bounds(vpc.id());
        stack.execute(DesignEdits.create(stack.design(), ElementKind.AVAILABILITY_ZONE, b.centerX(), b.y() + 60)
                .command());
        var az = stack.design().bounds(stack.design().all(ElementTypes.of(ElementKind.AVAILABILITY_ZONE)).get(0).id());
        Edit subnet = DesignEdits.create(stack.design(), ElementKind.SUBNET, az.centerX(), az.centerY());
        stack.execute(subnet.command());
        Subnet s = stack.design().get(subnet.subjects().get(0), Subnet.class);
        stack.design().put(ElementFactory.create(stack.design(), ElementKind.DB_INSTANCE, s));
        return stack.design();
    }

    @Test
    void validationReportsWhatTheExportWouldRefuse() {
        assertTrue(new Validator().validate(withLooseDbInstance()).stream().anyMatch(f -> f.severity()
                == Severity.ERROR && f.ruleId().equals("DB-INSTANCE-NO-CLUSTER")));
    }

    @Test
    void theExportNamesTheInstanceAndTheRule() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new CfnTemplateExporter().export(withLooseDbInstance()));
        assertTrue(e.getMessage().contains("db-instance") && e.getMessage().contains("DB-INSTANCE-NO-CLUSTER"),
                e.getMessage());
    }
}
