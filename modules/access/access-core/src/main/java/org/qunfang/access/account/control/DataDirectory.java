package org.qunfang.access.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Qunfang keeps files beside its database ({@code QUNFANG_DATA_DIR}); without it, a folder in
 * the server's domain.
 */
@ApplicationScoped
public class DataDirectory {

  @Inject
  @ConfigProperty(name = "qunfang.data-dir")
  Optional<String> configured;

  public Path path() {
    return configured
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "qunfang"));
  }
}
