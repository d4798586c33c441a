package dev.archway.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * The service clients of one import, all alike: credentials from the named profile or the SDK's default chain, one
 * region, the endpoint override if any, the URL-connection HTTP client, the standard retry mode (exponential
 * back-off with jitter on throttling and 5xx) and a timeout on every call.
 */
final class AwsClients implements AutoCloseable {
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

    private final AccountRequest request;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final ApiClock clock = new ApiClock();
    private final List<SdkClient> open = new ArrayList<>();

    private AwsClients(AccountRequest request, Region region, AwsCredentialsProvider credentials,
            SdkHttpClient.Builder<?> httpBuilder) {
        this.request = request;
        this.region = region;
        this.credentials = credentials;
        this.http = httpBuilder.build();
    }

    /** Resolves region and credentials up front, so that a missing one is one clear message before any call. */
    static AwsClients open(AccountRequest request) throws AccountException {
        return open(request, UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(ATTEMPT_TIMEOUT));
    }

    /** With another HTTP client: the recorded-response tests pass one that answers from files. */
    static AwsClients open(AccountRequest request, SdkHttpClient.Builder<?> http) throws AccountException {
        Region region = region(request);
        AwsCredentialsProvider credentials = request.profile().<AwsCredentialsProvider>map(
                p -> ProfileCredentialsProvider.builder().profileName(p).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        try {
            credentials.resolveCredentials();
        } catch (SdkClientException | IllegalArgumentException e) {
            throw new AccountException(request.profile().map(p -> "no AWS credentials for profile '" + p + "'")
                    .orElse("no AWS credentials found (environment, profile, SSO or instance role)")
                    + "; see docs/aws-account.md");
        }
        return new AwsClients(request, region, credentials, http);
    }

    private static Region region(AccountRequest request) throws AccountException {
        if (request.region().isPresent()) {
            return Region.of(request.region().get());
        }
        var fromProfile = request.profile().flatMap(AccountProfiles::defaultRegion);
        if (fromProfile.isPresent()) {
            return Region.of(fromProfile.get());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            throw new AccountException("no AWS region: pass --region, set AWS_REGION or give the profile a region");
        }
    }

    String region() {
        return region.id();
    }

    ApiClock clock() {
        return clock;
    }

    Ec2Client ec2() {
        return build(Ec2Client::builder);
    }

    ElasticLoadBalancingV2Client elb() {
        return build(ElasticLoadBalancingV2Client::builder);
    }

    AutoScalingClient autoScaling() {
        return build(AutoScalingClient::builder);
    }

    EcsClient ecs() {
        return build(EcsClient::builder);
    }

    RdsClient rds() {
        return build(RdsClient::builder);
    }

    Route53Client route53() {
        return build(Route53Client::builder);
    }

    AcmClient acm() {
        return build(AcmClient::builder);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C build(Supplier<B> builder) {
        B b = builder.get().region(region).credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD)
                        .apiCallTimeout(CALL_TIMEOUT).apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .addExecutionInterceptor(clock).build());
        request.endpoint().ifPresent(b::endpointOverride);
        C client = b.build();
        open.add(client);
        return client;
    }

    @Override
    public void close() {
        open.forEach(SdkClient::close);
        http.close();
    }
}
