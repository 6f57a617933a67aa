package org.qunfang.hotline.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Open-model load for the hotline benchmark: requests start at a fixed rate whatever the server
 * does, spread over one client thread per counsellor, and each latency is measured from when the
 * request was due, not when a thread got to it (so a slow server cannot hide its queue).
 *
 * <p>Usage: {@code CallSaveLoad <save|health|mixed> <api base> <health url> <credentials file>
 * <hotline id> <rate per s> <seconds>}. The credentials file has one {@code user:password} per
 * counsellor. {@code mixed} sends saves at the rate and, in between, one health probe for every ten
 * saves, and reports the two apart: both then meet the same load.
 */
public final class CallSaveLoad {

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String api = args[1];
    String health = args[2];
    List<String> counsellors = Files.readAllLines(Path.of(args[3]));
    String hotline = args[4];
    int rate = Integer.parseInt(args[5]);
    int seconds = Integer.parseInt(args[6]);

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    ExecutorService clients = Executors.newFixedThreadPool(counsellors.size());
    boolean mixed = mode.equals("mixed");
    int total = (mixed ? rate + rate / 10 : rate) * seconds;
    long[] latencies = new long[total];
    boolean[] probe = new boolean[total];
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime() + 100_000_000L;
    long interval = 1_000_000_000L * seconds / total;
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int n = i;
      probe[n] = mode.equals("health") || (mixed && n % 11 == 10);
      String who = counsellors.get(n % counsellors.size());
      clients.execute(
          () -> {
            try {
              HttpRequest request =
                  probe[n]
                      ? HttpRequest.newBuilder(URI.create(health)).GET().build()
                      : save(api, who, hotline);
              HttpResponse<Void> response =
                  http.send(request, HttpResponse.BodyHandlers.discarding());
              if (response.statusCode() >= 300) {
                errors.incrementAndGet();
              }
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            latencies[n] = System.nanoTime() - due;
          });
    }
    clients.shutdown();
    clients.awaitTermination(2, TimeUnit.MINUTES);
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (boolean probes : new boolean[] {false, true}) {
      long[] these =
          IntStream.range(0, total)
              .filter(i -> probe[i] == probes)
              .mapToLong(i -> latencies[i])
              .sorted()
              .toArray();
      if (these.length > 0) {
        System.out.printf(
            "%-6s %-7s %5d req  %5.1f req/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms%n",
            mode,
            probes ? "health" : "save",
            these.length,
            these.length / elapsed,
            millis(these, 0.50),
            millis(these, 0.90),
            millis(these, 0.99),
            these[these.length - 1] / 1e6);
      }
    }
    System.out.printf("%-6s errors  %d%n", mode, errors.get());
  }

  private static double millis(long[] sorted, double quantile) {
    return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
  }

  /** A ten-minute phone call that just ended, as the call screen sends it. */
  private static HttpRequest save(String api, String credentials, String hotline) {
    Instant end = Instant.now();
    String body =
        "{\"hotlineId\":\""
            + hotline
            + "\",\"startedAt\":\""
            + end.minus(Duration.ofMinutes(10))
            + "\",\"endedAt\":\""
            + end
            + "\",\"channel\":\"PHONE\",\"ageBand\":\"FROM_18_TO_34\",\"sex\":\"FEMALE\","
            + "\"group\":\"STUDENT\",\"forSelf\":true,\"categories\":[\"ANXIETY\",\"SLEEP\"],"
            + "\"summary\":\"隔离期间失眠，担心考试。\",\"risk\":{\"suicidalIdeation\":false,"
            + "\"plan\":false,\"means\":false,\"pastAttempts\":false,\"selfHarm\":false,"
            + "\"harmToOthers\":false,\"protectiveFactors\":true}}";
    return HttpRequest.newBuilder(URI.create(api + "/calls"))
        .header("Content-Type", "application/json")
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
