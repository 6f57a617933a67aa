package org.qunfang.it.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Requests exactly as written: paths and queries already encoded (or deliberately not), any body
 * bytes, any content type. Every answer is checked for what must never leave the server, and its
 * status tallied for the README.
 */
final class Raw {

  /** What would betray the server's insides: Java names, stack frames, the server's make. */
  static final Pattern LEAK =
      Pattern.compile(
          "org\\.qunfang|java\\.[a-z]|jakarta\\.(?!faces\\.resource)[a-z]|javax\\.|org\\.eclipse|org\\.postgresql"
              + "|org\\.h2|Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|Payara|GlassFish|EclipseLink"
              + "|SQLState|stack ?trace",
          Pattern.CASE_INSENSITIVE);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String base;
  private final String authorization;
  private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

  Raw(String base, String username, String password) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  record Answer(int status, String body, HttpResponse<String> response) {}

  Answer send(String method, String pathAndQuery, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Accept", "application/json");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      statuses.merge(response.statusCode(), 1, Integer::sum);
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + pathAndQuery, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer send(String method, String pathAndQuery, String contentType, String body) {
    return send(
        method,
        pathAndQuery,
        contentType,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  Map<Integer, Integer> statuses() {
    return new TreeMap<>(statuses);
  }

  int requests() {
    return statuses.values().stream().mapToInt(Integer::intValue).sum();
  }
}
