package org.qunfang.it.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The malformed and hostile values the walk sends, by where they go. */
final class Hostile {

  private Hostile() {}

  /** Path segments, already encoded (some of them deliberately not valid UTF-8). */
  static final List<String> PATH_VALUES =
      List.of(
          "00000000-0000-0000-0000-000000000000",
          "01a20bb1-8d09-7c4c-8e20-248c89fc329d",
          "not-a-uuid",
          "-1",
          "9999999999999999999999",
          "%00",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "%27%20OR%20%271%27%3D%271",
          "%E2%80%AE",
          "%C0%AE",
          "%FF",
          "A".repeat(500));

  /** Query values, written plainly; {@link #query} encodes them. */
  static final List<String> QUERY_VALUES =
      List.of(
          "",
          "-1",
          "-2147483649",
          "2147483648",
          "9223372036854775808",
          "1e308",
          "NaN",
          "+999999999-12-31",
          "-999999999-01-01",
          "0001-01-01",
          "9999-12-31",
          "2026-02-30",
          "1999-12-31T16:00:00Z",
          "FOO",
          "999999999999",
          "\u0000",
          "' OR '1'='1",
          "<script>alert(1)</script>",
          "\u202Eevil",
          "x".repeat(5000));

  /** Whole bodies for operations that take JSON. */
  static List<String> bodies() {
    List<String> bodies = new ArrayList<>();
    bodies.addAll(
        List.of(
            "",
            " ",
            "{",
            "}",
            "[]",
            "null",
            "0",
            "\"text\"",
            "{}",
            "{\"a\":1}",
            "{\"a\":1} {\"b\":2}",
            "{\"name\":\"a\",\"name\":\"b\"}",
            "{\"name\":\"\\u0000\\u202E\"}",
            "{\"name\":\"\\uD800\"}",
            "{\"version\":1.5}",
            "{\"version\":1e308}",
            "{\"page\":-2147483649}",
            "{\"name\":\"" + "x".repeat(2_100_000) + "\"}"));
    bodies.add("[".repeat(5000) + "]".repeat(5000));
    bodies.add("{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
    return bodies;
  }

  /** Fields many request records have, each sent alone with each hostile JSON value. */
  static final List<String> FIELDS =
      List.of(
          "name",
          "divisionCode",
          "kind",
          "version",
          "startDate",
          "endDate",
          "gridId",
          "householdId",
          "idNumber",
          "phone",
          "temperature",
          "passedAt",
          "startedAt",
          "roles",
          "homeDivision",
          "page",
          "size",
          "area",
          "month",
          "hotlineId");

  static final List<String> JSON_VALUES =
      List.of(
          "123456789012345678901234567890",
          "-1",
          "1.5",
          "1e308",
          "\"-999999999-01-01\"",
          "\"+999999999-12-31\"",
          "\"999999999999\"",
          "\"\\u0000\"",
          "\"\\u200B\\u200B\"",
          "true",
          "[]",
          "{}",
          "\"FOO\"",
          "\"" + "x".repeat(10_000) + "\"");

  static List<String> fieldBodies() {
    List<String> bodies = new ArrayList<>();
    for (String field : FIELDS) {
      for (String value : JSON_VALUES) {
        bodies.add("{\"" + field + "\":" + value + "}");
      }
    }
    return bodies;
  }

  /** Bodies of the types an HTML form sends, where JSON is expected. */
  static final Map<String, String> FORM_BODIES = new LinkedHashMap<>();

  static {
    FORM_BODIES.put("text/plain", "{\"name\":\"x\"}");
    FORM_BODIES.put("application/x-www-form-urlencoded", "name=x&divisionCode=350923");
    FORM_BODIES.put(
        "multipart/form-data; boundary=b",
        "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n");
  }

  static String query(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
