package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole hub on a real Payara Micro with its real embedded Derby database, started once for the suite and
 * called from outside as its users call it: over HTTP and in headless Chromium. Each capability adds a
 * {@link Nested} class here (see {@link RoomsApi}, {@link BookingsApi}, {@link RotaApi}), not a new server start.
 */
@ExtendWith(ArquillianExtension.class)
class HubIT {

    static final HubClient HUB = HubClient.local();

    /** The SMTP server the test server sends its emails to, running for the whole suite (see {@link Mail}). */
    static final TestMailServer MAIL = TestMailServer.onReservedPort();

    @BeforeAll
    static void startMailServer() {
        MAIL.start();
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.stop();
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubDeployment.war();
    }

    @Test
    void theHealthCheckSaysTheDatabaseIsReady() {
        HttpResponse<String> ready = HUB.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject health = HubClient.object(ready);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class)).anySatisfy(check -> {
            assertThat(check.getString("name")).isEqualTo("database");
            assertThat(check.getString("status")).isEqualTo("UP");
        });
    }

    @Nested
    class RoomsApi extends RoomsApiChecks {}

    @Nested
    class Languages extends LanguageChecks {}

    @Nested
    class AdminPages extends AdminPageChecks {}

    @Nested
    class BookingsApi extends BookingsApiChecks {}

    @Nested
    class BookingPages extends BookingPageChecks {}

    @Nested
    class Feeds extends FeedChecks {}

    @Nested
    class WhatsOnPages extends WhatsOnPageChecks {}

    @Nested
    class AvailabilityApi extends AvailabilityApiChecks {}

    @Nested
    class Snags extends SnagChecks {}

    @Nested
    class RotaApi extends RotaApiChecks {}

    @Nested
    class RotaPages extends RotaPageChecks {}

    @Nested
    class Charges extends ChargesChecks {}

    @Nested
    class TenantPages extends TenantPageChecks {}

    @Nested
    class Isolation extends IsolationChecks {}

    @Nested
    class Mail extends MailChecks {}

    @Nested
    class SeriesChanges extends SeriesChangeChecks {}

    @Nested
    class SeriesChangePages extends SeriesChangePageChecks {}

    @Nested
    class PlannerPage extends PlannerChecks {}

    @Nested
    class RotaDelivery extends RotaDeliveryChecks {}

    @Nested
    class IndexStatistics extends IndexStatisticsChecks {}

    @Nested
    class AccountStore extends AccountStoreChecks {}

    @Nested
    class Settings extends SettingsChecks {}

    @Nested
    class Accounts extends AccountChecks {}

    @Nested
    class Backups extends BackupChecks {}

    @Nested
    class Reports extends ReportChecks {}

    @Nested
    class ChangeLog extends ChangeLogChecks {}

    @Nested
    class Protocol extends ProtocolChecks {}

    @Nested
    class StrictInput extends StrictInputChecks {}

    @Nested
    class BadInputSweep extends BadInputSweepChecks {}

    @Nested
    class Suggestions extends SuggestionChecks {}

    @Nested
    class OpenApiContract extends OpenApiContractChecks {}

    @Nested
    class FeedClients extends FeedClientChecks {}

    @Nested
    class ForwardedLinks extends ForwardedLinkChecks {}

    @Nested
    class Metrics extends MetricsChecks {}

    @Nested
    class EveryPageOnAPhone extends EveryPageOnAPhoneChecks {}

    @Nested
    class PageAddresses extends PageAddressChecks {}

    @Nested
    class PageParameterSweep extends PageParameterSweepChecks {}
}
