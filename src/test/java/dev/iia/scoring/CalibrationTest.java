package dev.iia.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The verdicts iia gives the example assessments agree with the headlines the Internet Society
 * published for the same proposals (catalogue: docs/scoring.md, "Calibration"). Each example is
 * scored on iwn 2.0, migrated in memory when its file is still on 1.0, so this keeps holding once
 * the files are migrated for real.
 */
class CalibrationTest {
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");

    private static AssessmentScore verdictOf(String example) {
        LoadedAssessment loaded = new AssessmentLoader(RubricCatalog.shared()).load(Path.of("assessments", example + ".yaml"));
        var assessment = loaded.rubric().equals(IWN) ? loaded.assessment()
                : Migration.of(loaded.rubric(), IWN, loaded.assessment(), IWN.reference()).after();
        return Scorer.score(IWN, assessment);
    }

    private static List<String> undermined(AssessmentScore score) {
        return score.properties().stream().filter(p -> Levels.direction(score.rubric(), p.level()) < 0)
                .map(p -> p.criterion().id()).toList();
    }

    private static List<String> harmedGoals(AssessmentScore score) {
        return score.goals().stream().filter(g -> Levels.direction(score.rubric(), g.level()) < 0).map(g -> g.goal().id()).toList();
    }

    private static List<String> harmedEnablers(AssessmentScore score) {
        return score.goals().stream().flatMap(g -> g.enablers().stream())
                .filter(e -> Levels.direction(score.rubric(), e.level()) < 0).map(e -> e.criterion().id()).toList();
    }

    @Test
    void everyExampleHasACalibrationHeadline() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("assessments"))) {
            List<String> examples = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            assertThat(examples).containsExactlyInAnyOrder("brazil-content-moderation-bill", "cambodia-national-internet-gateway",
                    "community-networks-licensing", "eu-csam-message-scanning", "nigeria-social-media-bill",
                    "russia-transit-disconnection", "south-korea-sender-pays", "uk-online-safety-bill-encryption",
                    "ukraine-request-revoke-russian-identifiers");
        }
    }

    /** "Undermines three of five critical properties and harms all four goals" (ISOC, 18 February 2022). */
    @Test
    void cambodiaNationalInternetGateway() {
        AssessmentScore score = verdictOf("cambodia-national-internet-gateway");

        assertThat(score.verdict().text()).startsWith("Undermines 3 of 5 critical properties and harms 4 of 4 goals");
        assertThat(undermined(score)).contains("accessible-infrastructure", "decentralized-management");
        assertThat(harmedEnablers(score)).contains("unrestricted-reachability", "collaborative-governance", "privacy");
    }

    /**
     * The rules bring unnecessary costs, bottlenecks and market concentration and "pose a direct
     * threat to the networking model itself" (ISOC, 11 May 2022): costs and barriers to connect, and
     * voluntary interconnection replaced by regulation; access, capacity and resilience suffer.
     */
    @Test
    void southKoreaSenderPays() {
        AssessmentScore score = verdictOf("south-korea-sender-pays");

        assertThat(undermined(score)).contains("accessible-infrastructure", "decentralized-management");
        assertThat(harmedEnablers(score)).contains("easy-access", "available-capacity", "reliability");
    }

    /** Weakening encryption moves the Internet further from being open, globally connected, secure and trustworthy (ISOC, 19 August 2022). */
    @Test
    void euChildSexualAbuseRegulation() {
        AssessmentScore score = verdictOf("eu-csam-message-scanning");

        assertThat(harmedGoals(score)).containsExactly("open", "globally-connected", "secure", "trustworthy");
        assertThat(harmedEnablers(score)).contains("data-confidentiality", "privacy");
    }

    /** Significant harm to an open, globally connected, secure and trustworthy Internet; common global identifiers at stake (ISOC, 18 March 2022). */
    @Test
    void ukraineRequestToRevokeRussianIdentifiers() {
        AssessmentScore score = verdictOf("ukraine-request-revoke-russian-identifiers");

        assertThat(harmedGoals(score)).hasSize(4);
        assertThat(undermined(score)).contains("global-identifiers");
        assertThat(harmedEnablers(score)).contains("collaborative-governance");
    }

    /** Refusing Russian networks harms both what the Internet needs to exist and what it needs to thrive (ISOC, 18 March 2022). */
    @Test
    void russiaTransitDisconnection() {
        AssessmentScore score = verdictOf("russia-transit-disconnection");

        assertThat(undermined(score)).contains("decentralized-management");
        assertThat(harmedEnablers(score)).contains("unrestricted-reachability", "reliability");
    }

    /** Not an ISOC brief: the example's own finding, a measure that lowers barriers and harms nothing. */
    @Test
    void kenyaCommunityNetworksLicence() {
        AssessmentScore score = verdictOf("community-networks-licensing");

        assertThat(score.verdict().undermined()).isZero();
        assertThat(score.verdict().harmed()).isZero();
        assertThat(score.verdict().supported()).isPositive();
        assertThat(score.level()).isEqualTo("positive");
    }

    /** The enablers Collaborative development, management and governance, and Accountability are undermined; no property (ISOC Brazil, July 2022). */
    @Test
    void brazilContentModerationBill() {
        AssessmentScore score = verdictOf("brazil-content-moderation-bill");

        assertThat(score.verdict().text()).startsWith("Undermines 0 of 5 critical properties and harms 2 of 4 goals");
        assertThat(harmedEnablers(score)).containsExactly("collaborative-governance", "accountability");
    }

    /** Limits on end-to-end encryption pull the Internet away from being open, globally connected, secure and trustworthy (ISOC, 5 January 2022). */
    @Test
    void ukOnlineSafetyBillEncryption() {
        AssessmentScore score = verdictOf("uk-online-safety-bill-encryption");

        assertThat(harmedGoals(score)).containsExactly("open", "globally-connected", "secure", "trustworthy");
        assertThat(harmedEnablers(score)).contains("data-confidentiality", "privacy");
    }

    /**
     * It would hurt the Internet's performance, resilience, trustworthiness and security, with
     * "significant impact on the Critical Properties", and could cut Nigerians off from global
     * information (ISOC, 21 February 2022).
     */
    @Test
    void nigeriaSocialMediaBill() {
        AssessmentScore score = verdictOf("nigeria-social-media-bill");

        assertThat(undermined(score)).isNotEmpty().contains("decentralized-management");
        assertThat(harmedGoals(score)).contains("globally-connected", "secure", "trustworthy");
        assertThat(harmedEnablers(score)).contains("unrestricted-reachability", "available-capacity", "reliability", "accountability");
    }
}
