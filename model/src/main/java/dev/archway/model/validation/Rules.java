package dev.archway.model.validation;

import dev.archway.model.rule.Rule;
import dev.archway.model.validation.rules.db.AuroraFailoverTierRule;
import dev.archway.model.validation.rules.db.AuroraReplicaLimitRule;
import dev.archway.model.validation.rules.db.DbClusterPubliclyAccessibleRule;
import dev.archway.model.validation.rules.db.DbEngineRetiredRule;
import dev.archway.model.validation.rules.db.DbEngineVersionSupportRule;
import dev.archway.model.validation.rules.db.DbInstanceNoClusterRule;
import dev.archway.model.validation.rules.db.DbNoReaderRule;
import dev.archway.model.validation.rules.db.RdsSingleAzRule;
import dev.archway.model.validation.rules.db.DbPrivateSubnetRule;
import dev.archway.model.validation.rules.db.DbReaderAzRule;
import dev.archway.model.validation.rules.db.DbSgFromAppRule;
import dev.archway.model.validation.rules.db.DbSubnetGroupAzRule;
import dev.archway.model.validation.rules.db.DjangoAliasEndpointsRule;
import dev.archway.model.validation.rules.deploy.CfnResourceLimitRule;
import dev.archway.model.validation.rules.deploy.ConditionUnknownRule;
import dev.archway.model.validation.rules.deploy.NameControlCharsRule;
import dev.archway.model.validation.rules.lb.AlbEipNotAllowedRule;
import dev.archway.model.validation.rules.lb.AlbSubnetSizeRule;
import dev.archway.model.validation.rules.lb.LbNoSecurityGroupRule;
import dev.archway.model.validation.rules.lb.LbOneSubnetPerAzRule;
import dev.archway.model.validation.rules.lb.LbPublicSubnetRule;
import dev.archway.model.validation.rules.lb.LbSgNoListenerPortRule;
import dev.archway.model.validation.rules.lb.LbTwoAzRule;
import dev.archway.model.validation.rules.lb.NlbAzWithoutHealthyTargetRule;
import dev.archway.model.validation.rules.lb.NlbSingleAzRule;
import dev.archway.model.validation.rules.listener.AuthActionHttpsOnlyRule;
import dev.archway.model.validation.rules.listener.CertHostMismatchRule;
import dev.archway.model.validation.rules.listener.ForwardWeightsRule;
import dev.archway.model.validation.rules.listener.HttpNotRedirectedRule;
import dev.archway.model.validation.rules.listener.HttpsNoCertRule;
import dev.archway.model.validation.rules.listener.ListenerDuplicatePortRule;
import dev.archway.model.validation.rules.listener.ListenerProtocolRule;
import dev.archway.model.validation.rules.listener.RedirectNoHttpsDowngradeRule;
import dev.archway.model.validation.rules.listener.RedirectNoLoopRule;
import dev.archway.model.validation.rules.listener.RuleDuplicatePriorityRule;
import dev.archway.model.validation.rules.listener.RuleHasConditionRule;
import dev.archway.model.validation.rules.listener.RuleLimitsRule;
import dev.archway.model.validation.rules.listener.RulePriorityRangeRule;
import dev.archway.model.validation.rules.listener.RuleShadowedRule;
import dev.archway.model.validation.rules.listener.RuleTerminalActionRule;
import dev.archway.model.validation.rules.listener.RuleTransformsRule;
import dev.archway.model.validation.rules.listener.WeightedStickinessRule;
import dev.archway.model.validation.rules.network.NatGwPerAzRule;
import dev.archway.model.validation.rules.network.NatPublicSubnetRule;
import dev.archway.model.validation.rules.network.R53AliasToLbRule;
import dev.archway.model.validation.rules.network.SgLbAllTrafficRule;
import dev.archway.model.validation.rules.network.SgOpenAdminRule;
import dev.archway.model.validation.rules.network.SubnetCidrRule;
import dev.archway.model.validation.rules.target.AlbEmptyAzCrossZoneOffRule;
import dev.archway.model.validation.rules.target.HealthcheckSettingsValidRule;
import dev.archway.model.validation.rules.target.LbSgEgressToTargetsRule;
import dev.archway.model.validation.rules.target.NaclAllowsFlowRule;
import dev.archway.model.validation.rules.target.StickyCrossZoneOffRule;
import dev.archway.model.validation.rules.target.TargetAzNotEnabledRule;
import dev.archway.model.validation.rules.target.TargetPrivateSubnetRule;
import dev.archway.model.validation.rules.target.TargetSgBlocksLbRule;
import dev.archway.model.validation.rules.target.TargetSgFromLbRule;
import dev.archway.model.validation.rules.target.TgEmptyRule;
import dev.archway.model.validation.rules.target.AsgCapacityRule;
import dev.archway.model.validation.rules.target.AsgSingleAzRule;
import dev.archway.model.validation.rules.target.TgProtocolRule;
import dev.archway.model.validation.rules.target.TgSingleLbRule;
import dev.archway.model.validation.rules.target.TgTargetTypeRule;
import java.util.List;
import java.util.Optional;

/** The registry: every rule, explicitly, in the order findings and docs/rules.md list them. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new LbPublicSubnetRule(),
            new LbTwoAzRule(),
            new LbNoSecurityGroupRule(),
            new LbOneSubnetPerAzRule(),
            new NlbSingleAzRule(),
            new ListenerProtocolRule(),
            new ListenerDuplicatePortRule(),
            new HttpsNoCertRule(),
            new CertHostMismatchRule(),
            new HttpNotRedirectedRule(),
            new RuleDuplicatePriorityRule(),
            new RuleShadowedRule(),
            new RuleLimitsRule(),
            new RuleTransformsRule(),
            new TargetPrivateSubnetRule(),
            new TargetAzNotEnabledRule(),
            new TargetSgFromLbRule(),
            new TargetSgBlocksLbRule(),
            new LbSgNoListenerPortRule(),
            new TgEmptyRule(),
            new TgTargetTypeRule(),
            new AsgSingleAzRule(),
            new AsgCapacityRule(),
            new DbPrivateSubnetRule(),
            new DbSgFromAppRule(),
            new DbSubnetGroupAzRule(),
            new DbReaderAzRule(),
            new DbNoReaderRule(),
            new RdsSingleAzRule(),
            new DbInstanceNoClusterRule(),
            new SubnetCidrRule(),
            new NatPublicSubnetRule(),
            new SgOpenAdminRule(),
            new SgLbAllTrafficRule(),
            new RulePriorityRangeRule(),
            new RuleHasConditionRule(),
            new RedirectNoLoopRule(),
            new RedirectNoHttpsDowngradeRule(),
            new ForwardWeightsRule(),
            new TgSingleLbRule(),
            new StickyCrossZoneOffRule(),
            new HealthcheckSettingsValidRule(),
            new NatGwPerAzRule(),
            new AuroraReplicaLimitRule(),
            new LbSgEgressToTargetsRule(),
            new NaclAllowsFlowRule(),
            new AuthActionHttpsOnlyRule(),
            new RuleTerminalActionRule(),
            new WeightedStickinessRule(),
            new TgProtocolRule(),
            new AlbSubnetSizeRule(),
            new AlbEipNotAllowedRule(),
            new NlbAzWithoutHealthyTargetRule(),
            new AlbEmptyAzCrossZoneOffRule(),
            new AuroraFailoverTierRule(),
            new DbEngineRetiredRule(),
            new DbEngineVersionSupportRule(),
            new DbClusterPubliclyAccessibleRule(),
            new DjangoAliasEndpointsRule(),
            new R53AliasToLbRule(),
            new CfnResourceLimitRule(),
            new NameControlCharsRule(),
            new ConditionUnknownRule());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.info().id().equals(id)).findFirst();
    }
}
