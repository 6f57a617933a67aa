package org.qunfang.access.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The files holding first administrators' one-time passwords in the data directory (readable by the
 * server's user only; {@code deploy/up} prints them). A file lives only while its password is
 * valid: it goes when the administrator chooses their own, so nobody is shown a dead password.
 */
@ApplicationScoped
public class InitialPasswords {

  private static final Logger LOG = Logger.getLogger(InitialPasswords.class.getName());

  static final String FILE = "initial-admin-password";

  @Inject DataDirectory dataDirectory;

  public Path write(String username, String password) {
    try {
      Path file = fileOf(username);
      Files.createDirectories(file.getParent());
      Files.writeString(file, username + "\n" + password + "\n", StandardCharsets.UTF_8);
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the initial administrator's password", e);
    }
  }

  /** The one-time password is spent: its file goes. */
  public void forget(String username) {
    try {
      Files.deleteIfExists(fileOf(username));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot remove the spent one-time password of " + username, e);
    }
  }

  private Path fileOf(String username) {
    return dataDirectory.path().resolve(username.equals("admin") ? FILE : FILE + "-" + username);
  }
}
