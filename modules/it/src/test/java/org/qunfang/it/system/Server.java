package org.qunfang.it.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The test server's life: crashed as a power cut would, then brought up again by deploy/up. */
final class Server {

  private static final Path SERVER = Path.of(System.getProperty("it.serverDir", "target/server"));
  private static final String DOMAIN = System.getProperty("it.domain", "qunfang-it");

  private Server() {}

  /** Kills the domain's JVM without a chance to finish anything. */
  static void crash() throws Exception {
    Path pid = SERVER.resolve("payara6/glassfish/domains/" + DOMAIN + "/config/pid");
    ProcessHandle server =
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
            .orElseThrow(() -> new IllegalStateException("no server process " + pid));
    server.destroyForcibly();
    server.onExit().get(60, TimeUnit.SECONDS);
  }

  /** deploy/up with the settings the build started the server with. */
  static void up() throws IOException, InterruptedException {
    Path log = Path.of("target/server-restart.log");
    ProcessBuilder up =
        new ProcessBuilder(Path.of("../../deploy/up").toAbsolutePath().normalize().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = up.environment();
    env.put("QUNFANG_DATA_DIR", System.getProperty("it.dataDir"));
    env.put("QUNFANG_SERVER_DIR", SERVER.toString());
    env.put("QUNFANG_DOMAIN", DOMAIN);
    env.put("QUNFANG_PORT_BASE", System.getProperty("it.portBase"));
    env.put("QUNFANG_EAR", System.getProperty("it.ear"));
    Process process = up.start();
    if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)
        || process.exitValue() != 0) {
      throw new IllegalStateException("deploy/up failed; see " + log.toAbsolutePath());
    }
  }
}
