package org.qunfang.kernel.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Open-model load for the modules' benchmarks: requests start at a fixed rate whatever the server
 * does, spread over one client thread per user, and each latency is measured from when the request
 * was due, not when a thread got to it (so a slow server cannot hide its queue).
 *
 * <p>Modes: {@code save} sends the module's request at the rate; {@code health} probes the health
 * endpoint at the rate; {@code mixed} sends saves at the rate and, in between, one health probe for
 * every ten saves, and reports the two apart: both then meet the same load.
 */
public final class OpenLoad {

  private OpenLoad() {}

  /**
   * Runs one mode and prints its percentiles; {@code save} builds the n-th save for a user's {@code
   * user:password}.
   */
  public static void run(
      String mode,
      String health,
      List<String> users,
      int rate,
      int seconds,
      BiFunction<Integer, String, HttpRequest> save)
      throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    ExecutorService clients = Executors.newFixedThreadPool(users.size());
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
      String who = users.get(n % users.size());
      clients.execute(
          () -> {
            try {
              HttpRequest request =
                  probe[n]
                      ? HttpRequest.newBuilder(URI.create(health)).GET().build()
                      : save.apply(n, who);
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

  /** A JSON POST with Basic credentials, as an API client sends it. */
  public static HttpRequest post(String url, String credentials, String json) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static double millis(long[] sorted, double quantile) {
    return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
  }
}
