package org.qunfang.hotline.benchmark;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.qunfang.kernel.benchmark.OpenLoad;

/**
 * The hotline benchmark's load: counsellors saving calls through the REST API (see {@link
 * OpenLoad}).
 *
 * <p>Usage: {@code CallSaveLoad <save|health|mixed> <api base> <health url> <credentials file>
 * <hotline id> <rate per s> <seconds>}. The credentials file has one {@code user:password} per
 * counsellor.
 */
public final class CallSaveLoad {

  public static void main(String[] args) throws Exception {
    String api = args[1];
    String hotline = args[4];
    OpenLoad.run(
        args[0],
        args[2],
        Files.readAllLines(Path.of(args[3])),
        Integer.parseInt(args[5]),
        Integer.parseInt(args[6]),
        (n, who) -> save(api, who, hotline));
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
    return OpenLoad.post(api + "/calls", credentials, body);
  }
}
