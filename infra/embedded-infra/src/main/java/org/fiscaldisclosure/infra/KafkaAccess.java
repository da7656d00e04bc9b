package org.fiscaldisclosure.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.event.Topics;

/**
 * Who may do what on the suite's Kafka broker (docs/security.md): a SCRAM principal per service and per budget
 * platform, and the ACLs that bind each to its topics. The embedded broker creates exactly these; the deployment's
 * Kafka setup script ({@code deploy/k8s/kafka/setup-kafka.sh}) creates the same for compose and Kubernetes.
 *
 * <ul>
 *   <li>a producer ({@code statements-service}, {@code procurement-service}, {@code performance-service}) writes its
 *       part topic and the replies topic, reads every platform's inbound topic with its group
 *       {@code <service>-inbound};</li>
 *   <li>the {@code disclosure-service} reads the three part topics with its group {@code disclosure-service} and
 *       writes {@code fiscal.disclosures.v1};</li>
 *   <li>a platform writes its own inbound topic {@code fiscal.inbound.<platform>.v1} only, and reads the replies topic
 *       with groups named {@code <platform>.<anything>};</li>
 *   <li>the {@value #ADMIN} principal is the broker's own and a super user (topics, users, ACLs).</li>
 * </ul>
 * Each service may also create the topics it uses (CREATE on those topics alone), so a service started before the
 * deployment's topic job finds its topics. {@link #forTests()} adds a {@value #TEST_CLIENT} principal that the tests
 * use to read every topic and to write forged part events on purpose; production has no such principal.
 */
public final class KafkaAccess {

    public static final String ADMIN = "admin";
    public static final String STATEMENTS = "statements-service";
    public static final String PROCUREMENT = "procurement-service";
    public static final String PERFORMANCE = "performance-service";
    public static final String DISCLOSURE = "disclosure-service";
    /** The tests' principal (never in a deployment): reads every topic, writes the part topics and test topics. */
    public static final String TEST_CLIENT = "test-client";
    /** Topics only tests create (any principal of the tests may use them). */
    public static final String TEST_TOPIC_PREFIX = "fiscal.test.";

    /** The producing services and the part each one writes. */
    public static final Map<String, PartKind> PRODUCERS = Map.of(
            STATEMENTS, PartKind.STATEMENTS, PROCUREMENT, PartKind.PROCUREMENT, PERFORMANCE, PartKind.PERFORMANCE);
    public static final List<String> SERVICES = List.of(STATEMENTS, PROCUREMENT, PERFORMANCE, DISCLOSURE);

    /** The platform the local run and the tests grant the sample's district 西城区 (110102). */
    public static final String BUDGET_PLATFORM = "budget-platform";
    /** A second platform in the tests, granted 东城区 (110101) only. */
    public static final String OTHER_PLATFORM = "other-platform";

    private static final Pattern PLATFORM_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Map<String, List<String>> platforms;
    private final boolean tests;

    private KafkaAccess(Map<String, List<String>> platforms, boolean tests) {
        platforms.keySet().forEach(KafkaAccess::checkPlatformName);
        this.platforms = Map.copyOf(platforms);
        this.tests = tests;
    }

    /** The suite with the given platforms (name → the unit patterns it is granted, e.g. {@code 110102-*}). */
    public static KafkaAccess suite(Map<String, List<String>> platforms) {
        return new KafkaAccess(platforms, false);
    }

    /** The local run: one platform, {@value #BUDGET_PLATFORM}, granted the sample's district 110102. */
    public static KafkaAccess local() {
        return suite(Map.of(BUDGET_PLATFORM, List.of("110102-*")));
    }

    /** The tests: two platforms (110102-* and 110101-*) and the {@value #TEST_CLIENT} principal. */
    public static KafkaAccess forTests() {
        return new KafkaAccess(Map.of(BUDGET_PLATFORM, List.of("110102-*"), OTHER_PLATFORM, List.of("110101-*")), true);
    }

    static void checkPlatformName(String name) {
        if (!PLATFORM_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a platform name is 1-63 lower-case letters, digits and '-': " + name);
        }
    }

    public Map<String, List<String>> platforms() {
        return platforms;
    }

    /** Every principal with a SCRAM credential: the admin, the four services, the platforms (and the tests' one). */
    public List<String> principals() {
        List<String> all = new ArrayList<>();
        all.add(ADMIN);
        all.addAll(SERVICES);
        all.addAll(platforms.keySet().stream().sorted().toList());
        if (tests) {
            all.add(TEST_CLIENT);
        }
        return all;
    }

    /** What a producing service is told about the platforms: {@code fiscal.inbound.platforms.<name>.units}. */
    public Map<String, String> platformSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        platforms.forEach((name, units) -> settings.put("fiscal.inbound.platforms." + name + ".units", String.join(",", units)));
        return settings;
    }

    /** The ACLs, as the embedded broker creates them. */
    public List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        PRODUCERS.forEach((service, part) -> {
            topic(acls, service, part.topic(), AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE);
            topic(acls, service, Topics.INBOUND_REPLIES, AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE);
            for (String platform : platforms.keySet()) {
                topic(acls, service, Topics.inbound(platform), AclOperation.READ, AclOperation.DESCRIBE, AclOperation.CREATE);
            }
            acls.add(allow(service, ResourceType.GROUP, service + "-inbound", PatternType.LITERAL, AclOperation.READ));
        });
        // the statements-service reads the classification catalogues the budget platforms publish
        topic(acls, STATEMENTS, Topics.CATALOGUES, AclOperation.READ, AclOperation.DESCRIBE, AclOperation.CREATE);
        acls.add(allow(STATEMENTS, ResourceType.GROUP, STATEMENTS + "-catalogues", PatternType.LITERAL, AclOperation.READ));
        for (PartKind part : PartKind.values()) {
            topic(acls, DISCLOSURE, part.topic(), AclOperation.READ, AclOperation.DESCRIBE, AclOperation.CREATE);
        }
        topic(acls, DISCLOSURE, Topics.DISCLOSURES, AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE);
        acls.add(allow(DISCLOSURE, ResourceType.GROUP, DISCLOSURE, PatternType.LITERAL, AclOperation.READ));
        for (String platform : platforms.keySet()) {
            topic(acls, platform, Topics.inbound(platform), AclOperation.WRITE, AclOperation.DESCRIBE);
            topic(acls, platform, Topics.INBOUND_REPLIES, AclOperation.READ, AclOperation.DESCRIBE);
            topic(acls, platform, Topics.CATALOGUES, AclOperation.WRITE, AclOperation.DESCRIBE);
            acls.add(allow(platform, ResourceType.GROUP, platform + ".", PatternType.PREFIXED, AclOperation.READ));
        }
        if (tests) {
            acls.add(allow(TEST_CLIENT, ResourceType.TOPIC, "fiscal.", PatternType.PREFIXED, AclOperation.READ));
            acls.add(allow(TEST_CLIENT, ResourceType.TOPIC, "fiscal.", PatternType.PREFIXED, AclOperation.DESCRIBE));
            for (PartKind part : PartKind.values()) {
                acls.add(allow(TEST_CLIENT, ResourceType.TOPIC, part.topic(), PatternType.LITERAL, AclOperation.WRITE));
            }
            acls.add(allow(TEST_CLIENT, ResourceType.TOPIC, Topics.CATALOGUES, PatternType.LITERAL, AclOperation.WRITE));
            acls.add(allow(TEST_CLIENT, ResourceType.GROUP, "*", PatternType.LITERAL, AclOperation.READ));
            for (String principal : List.of(TEST_CLIENT, STATEMENTS, PROCUREMENT, PERFORMANCE, DISCLOSURE)) {
                acls.add(allow(principal, ResourceType.TOPIC, TEST_TOPIC_PREFIX, PatternType.PREFIXED, AclOperation.ALL));
            }
        }
        return acls;
    }

    private static void topic(List<AclBinding> acls, String principal, String topic, AclOperation... operations) {
        for (AclOperation op : operations) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, op));
        }
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", op, AclPermissionType.ALLOW));
    }
}
