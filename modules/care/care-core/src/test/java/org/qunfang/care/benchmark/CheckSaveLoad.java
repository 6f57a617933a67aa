package org.qunfang.care.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.qunfang.kernel.benchmark.OpenLoad;

/**
 * The care benchmark's load: officers saving a check of someone observed, a different person each
 * time, through the REST API (see {@link OpenLoad}).
 *
 * <p>Usage: {@code CheckSaveLoad <save|health|mixed> <api base> <health url> <credentials file>
 * <observations file> <rate per s> <seconds>}: one {@code user:password} per line, one observation
 * id per line.
 */
public final class CheckSaveLoad {

  public static void main(String[] args) throws Exception {
    String api = args[1];
    List<String> observations = Files.readAllLines(Path.of(args[4]));
    OpenLoad.run(
        args[0],
        args[2],
        Files.readAllLines(Path.of(args[3])),
        Integer.parseInt(args[5]),
        Integer.parseInt(args[6]),
        (n, who) ->
            OpenLoad.post(
                api + "/care/observations/" + observations.get(n % observations.size()) + "/checks",
                who,
                "{\"temperature\":36.6,\"symptoms\":[],\"measuredBy\":\"TEAM\",\"status\":\"SEEN\"}"));
  }
}
