package community.hub.web;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The deployment every integration test uses: the hub's own WAR exactly as Maven built it. */
final class HubDeployment {

    private HubDeployment() {
    }

    static WebArchive war() {
        return ShrinkWrap.create(ExplodedImporter.class, "hub.war")
                .importDirectory(new File(System.getProperty("hub.webapp", "target/hub-web")))
                .as(WebArchive.class);
    }
}
