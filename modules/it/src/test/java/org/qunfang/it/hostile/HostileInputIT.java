package org.qunfang.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/**
 * Walks every operation in {@code /openapi} as a district administrator with malformed and hostile
 * paths, query values and bodies. No answer may be a 5xx or carry a Java name or stack frame, and
 * an operation that refused everything sent to it must have left every collection as it was.
 */
class HostileInputIT {

  /**
   * Lists that change by themselves (the trail records the refusals) are not collections. The trail
   * is also not checked for leaks: it reflects what callers sent, hostile paths included.
   */
  private static final List<String> NOT_COLLECTIONS = List.of("/audit", "/me", "/reports/jobs");

  private final Raw raw =
      new Raw(Qunfang.SERVER + "/qunfang", Qunfang.admin().username(), Qunfang.admin().password());

  private final List<String> failures = new ArrayList<>();

  @Test
  void everyOperationRefusesHostileInputCleanly() throws Exception {
    ApiListing api = ApiListing.read();
    assertThat(api.operations()).hasSizeGreaterThan(80);
    List<ApiListing.Operation> collections =
        api.operations().stream()
            .filter(o -> o.method().equals("GET") && !o.hasPathParameters())
            .filter(o -> NOT_COLLECTIONS.stream().noneMatch(o.path()::endsWith))
            .toList();
    int untouchedChecks = 0;
    for (ApiListing.Operation operation : api.operations()) {
      Map<String, String> before = operation.changes() ? snapshot(collections) : Map.of();
      boolean accepted = false;
      for (Request request : requests(operation)) {
        Raw.Answer answer =
            raw.send(request.method(), request.target(), request.type(), request.body());
        check(operation, request, answer);
        accepted |= answer.status() < 300;
      }
      if (operation.changes() && !accepted) {
        untouchedChecks++;
        Map<String, String> after = snapshot(collections);
        if (!after.equals(before)) {
          failures.add(operation + " changed a collection although it refused everything");
        }
      }
    }
    String summary =
        "hostile walk: "
            + api.operations().size()
            + " operations, "
            + raw.requests()
            + " requests, statuses "
            + raw.statuses()
            + ", "
            + untouchedChecks
            + " refused writes checked against "
            + collections.size()
            + " collections";
    System.out.println(summary);
    Files.writeString(
        Path.of("target", "hostile-walk.txt"), summary + "\n", StandardCharsets.UTF_8);
    assertThat(failures).isEmpty();
  }

  private record Request(String method, String target, String type, byte[] body) {}

  private static List<Request> requests(ApiListing.Operation operation) {
    List<Request> requests = new ArrayList<>();
    String method = operation.method();
    String plain = fill(operation.path(), UUID.randomUUID().toString());
    String jsonType = operation.takesJson() ? "application/json" : null;
    byte[] empty = operation.takesJson() ? "{}".getBytes(StandardCharsets.UTF_8) : null;
    for (String value : Hostile.PATH_VALUES) {
      if (operation.hasPathParameters()) {
        requests.add(new Request(method, fill(operation.path(), value), jsonType, empty));
      }
    }
    for (String parameter : operation.query()) {
      for (String value : Hostile.QUERY_VALUES) {
        requests.add(
            new Request(method, plain + "?" + Hostile.query(parameter, value), jsonType, empty));
      }
    }
    if (operation.takesJson()) {
      List<String> bodies = new ArrayList<>(Hostile.bodies());
      bodies.addAll(Hostile.fieldBodies());
      for (String body : bodies) {
        requests.add(new Request(method, plain, "application/json", utf8(body)));
      }
      requests.add(
          new Request(
              method,
              plain,
              "application/json",
              new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', '}'}));
      Hostile.FORM_BODIES.forEach(
          (type, body) -> requests.add(new Request(method, plain, type, utf8(body))));
    } else if (!operation.bodyTypes().isEmpty()) {
      for (String type : operation.bodyTypes()) {
        requests.add(new Request(method, plain, type, new byte[0]));
        requests.add(new Request(method, plain, type, garbage()));
      }
    } else if (operation.changes()) {
      Hostile.FORM_BODIES.forEach(
          (type, body) -> requests.add(new Request(method, plain, type, utf8(body))));
    }
    if (requests.isEmpty()) {
      requests.add(new Request(method, plain, null, null));
    }
    return requests;
  }

  private void check(ApiListing.Operation operation, Request request, Raw.Answer answer) {
    String what = operation + " ← " + abbreviated(request);
    if (answer.status() >= 500) {
      failures.add(what + " answered " + answer.status() + ": " + abbreviated(answer.body()));
    }
    java.util.regex.Matcher leak = Raw.LEAK.matcher(answer.body());
    if (!operation.path().endsWith("/audit") && leak.find()) {
      int from = Math.max(0, leak.start() - 80);
      String around =
          answer.body().substring(from, Math.min(answer.body().length(), leak.end() + 40));
      failures.add(what + " leaked «" + leak.group() + "» in: " + around);
    }
    answer
        .response()
        .headers()
        .firstValue("Server")
        .filter(server -> server.matches(".*\\d.*"))
        .ifPresent(server -> failures.add(what + " named the server: " + server));
    if (answer.response().headers().firstValue("X-Powered-By").isPresent()) {
      failures.add(what + " sent X-Powered-By");
    }
  }

  private Map<String, String> snapshot(List<ApiListing.Operation> collections) {
    Map<String, String> sizes = new LinkedHashMap<>();
    for (ApiListing.Operation list : collections) {
      Raw.Answer answer = raw.send("GET", list.path(), null, (byte[]) null);
      sizes.put(list.path(), answer.status() + ":" + answer.body().hashCode());
    }
    return sizes;
  }

  private static String fill(String template, String value) {
    return template.replaceAll("\\{[^}/]+}", java.util.regex.Matcher.quoteReplacement(value));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] garbage() {
    byte[] bytes = new byte[4096];
    new java.util.Random(11).nextBytes(bytes);
    return bytes;
  }

  private static String abbreviated(Request request) {
    String body = request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
    return abbreviated(
        request.target() + " " + (request.type() == null ? "" : request.type()) + " " + body);
  }

  private static String abbreviated(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
