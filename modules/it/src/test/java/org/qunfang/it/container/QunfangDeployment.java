package org.qunfang.it.container;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR, renamed so it can sit beside the system tests' deployment on the same server:
 * another application name and context root, the test classes in its lib.
 */
final class QunfangDeployment {

  static final String NAME = "qunfang-container-test";

  private QunfangDeployment() {}

  static EnterpriseArchive withTests(Class<?>... tests) {
    File built = new File(System.getProperty("it.ear", "../../ear/target/qunfang.ear"));
    EnterpriseArchive real = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
    EnterpriseArchive copy = ShrinkWrap.create(EnterpriseArchive.class, NAME + ".ear").merge(real);
    String descriptor =
        read(copy.get("META-INF/application.xml").getAsset().openStream())
            .replace(
                "<context-root>/qunfang</context-root>",
                "<context-root>/" + NAME + "</context-root>");
    copy.delete("META-INF/application.xml");
    copy.addAsManifestResource(new StringAsset(descriptor), "application.xml");
    // In the WAR, whose class loader sees the EJB modules (ear/lib does not).
    addToWeb(
        copy,
        ShrinkWrap.create(JavaArchive.class, "container-tests.jar")
            .addClasses(tests)
            .addClass(QunfangDeployment.class)
            .addAsManifestResource(
                new StringAsset("<beans bean-discovery-mode=\"all\"/>"), "beans.xml"));
    return copy;
  }

  /**
   * Adds the tests to the WAR and opens Arquillian's servlet there: everything else in the WAR
   * needs a login.
   */
  private static void addToWeb(EnterpriseArchive ear, JavaArchive tests) {
    WebArchive web = ear.getAsType(WebArchive.class, "web.war");
    web.addAsLibrary(tests);
    String webXml =
        read(web.get("WEB-INF/web.xml").getAsset().openStream())
            .replace(
                "<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern>"
                    + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
                    + "<url-pattern>/ArquillianServletRunner</url-pattern>");
    web.delete("WEB-INF/web.xml");
    web.setWebXML(new StringAsset(webXml));
    ear.delete("web.war");
    ear.addAsModule(web);
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
