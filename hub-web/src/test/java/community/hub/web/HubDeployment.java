package community.hub.web;

import community.hub.web.clock.PinnableClock;
import java.io.File;
import java.net.URISyntaxException;
import org.apache.derby.drda.NetworkServerControl;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the hub's own WAR exactly as Maven built it, plus Derby's network server
 * library. With {@code derby.drda.startNetworkServer} set (the failsafe settings set it for the test server only), the
 * hub's embedded Derby also answers on a reserved port on localhost, so tests can read what the hub really stored (see
 * {@link AccountStoreChecks}) without a second server start. The hub itself never uses it. The test server's clock can be
 * pinned by a test ({@link ServerClock}); that part is added here and is never in the hub's own WAR.
 */
final class HubDeployment {

    private HubDeployment() {}

    static WebArchive war() {
        return ShrinkWrap.create(ExplodedImporter.class, "hub.war")
                .importDirectory(new File(System.getProperty("hub.webapp", "target/hub-web")))
                .as(WebArchive.class)
                .addAsLibrary(jarOf(NetworkServerControl.class))
                .addPackage(PinnableClock.class.getPackage());
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
