package dev.archway.app.emulator;

import dev.archway.account.AccountException;
import dev.archway.account.MotoAccount;
import dev.archway.account.MotoServer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * The account module's shop in moto's emulated account, as the app's tests use it: the server, what was created
 * (ARNs and ids), and an operator's load-balancing client to change the account behind Archway's back.
 */
public record EmulatedShop(MotoServer moto, MotoAccount account) {

    public static EmulatedShop populate(MotoServer moto) throws AccountException {
        return new EmulatedShop(moto, MotoAccount.populate(moto));
    }

    /** Credentials are the emulator's, which MotoServer set for the default chain. */
    public ElasticLoadBalancingV2Client elb() {
        return ElasticLoadBalancingV2Client.builder().endpointOverride(moto.endpoint())
                .region(Region.of(MotoServer.REGION)).build();
    }
}
