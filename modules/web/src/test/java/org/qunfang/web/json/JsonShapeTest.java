package org.qunfang.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qunfang.kernel.problem.InvalidInput;

class JsonShapeTest {

  enum Kind {
    BIG,
    SMALL
  }

  record Item(@Size(max = 60) String name, int count) {}

  record Request(
      @Size(max = 60) String name,
      @Size(max = 2000) String notes,
      Kind kind,
      Integer size,
      long total,
      double temperature,
      boolean enabled,
      UUID id,
      LocalDate day,
      Set<Kind> kinds,
      List<Item> items) {}

  private static JsonValue check(String json, Type type) {
    return JsonShape.check(JsonTree.parse(json.getBytes(StandardCharsets.UTF_8)), type);
  }

  private static String refusal(String json) {
    try {
      check(json, Request.class);
    } catch (InvalidInput refused) {
      return refused.field().orElse("") + ": " + refused.messageIn(Locale.ENGLISH);
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void acceptsAWellFormedBodyAndCleansItsTexts() {
    JsonObject clean =
        check(
                """
                {"name":"  张三 ","notes":"第一行\\n第二行","kind":"BIG","size":3,"total":1e2,
                 "temperature":36.6,"enabled":true,"id":"0190a1b2-0000-7000-8000-000000000001",
                 "day":"2026-01-31","kinds":["SMALL"],"items":[{"name":"甲","count":2}]}""",
                Request.class)
            .asJsonObject();
    assertThat(clean.getString("name")).isEqualTo("张三");
    assertThat(clean.getString("notes")).isEqualTo("第一行\n第二行");
    assertThat(clean.getJsonNumber("total").longValueExact()).isEqualTo(100);
  }

  @Test
  void refusesDuplicateKeysAndTrailingContent() {
    assertThat(refusal("{\"name\":\"a\",\"name\":\"b\"}"))
        .startsWith("name: ")
        .contains("more than once");
    assertThat(refusal("{\"name\":\"a\"} garbage")).contains("JSON");
    assertThat(refusal("{\"name\":\"a\"}{}")).contains("JSON");
    assertThat(refusal("{\"name\":")).contains("not valid JSON");
    assertThat(refusal("")).contains("empty");
    assertThat(refusal("[".repeat(5000) + "]".repeat(5000))).contains("nested too deeply");
  }

  @Test
  void numbersAreNeverCoerced() {
    assertThat(refusal("{\"size\":1.5}")).startsWith("size: ").contains("whole number");
    assertThat(refusal("{\"size\":9223372036854775808}")).startsWith("size: ").contains("range");
    assertThat(refusal("{\"size\":2147483648}")).startsWith("size: ").contains("range");
    assertThat(refusal("{\"total\":1e308}")).startsWith("total: ").contains("range");
    assertThat(refusal("{\"temperature\":1e400}")).startsWith("temperature: ").contains("range");
    assertThat(refusal("{\"size\":\"3\"}")).startsWith("size: ").contains("a number");
    assertThat(refusal("{\"total\":null}")).startsWith("total: ");
  }

  @Test
  void typesAreNamedByFieldWithoutJavaNames() {
    assertThat(refusal("{\"name\":12}")).startsWith("name: ").contains("a text");
    assertThat(refusal("{\"kind\":\"FOO\"}"))
        .startsWith("kind: ")
        .contains("BIG, SMALL")
        .doesNotContain("org.qunfang");
    assertThat(refusal("{\"enabled\":\"yes\"}")).startsWith("enabled: ");
    assertThat(refusal("{\"id\":\"nope\"}")).startsWith("id: ");
    assertThat(refusal("{\"day\":\"-999999999-01-01\"}")).startsWith("day: ");
    assertThat(refusal("{\"day\":\"+999999999-12-31\"}")).startsWith("day: ");
    assertThat(refusal("{\"items\":[{\"count\":1.5}]}")).startsWith("items[0].count: ");
    assertThat(refusal("{\"items\":{}}")).startsWith("items: ");
    assertThat(refusal("[1,2]")).startsWith("body: ").doesNotContain("org.qunfang");
    assertThat(refusal("{\"nickname\":\"x\"}")).startsWith("nickname: ");
  }

  @Test
  void refusesControlAndBidiCharactersInShortTexts() {
    assertThat(refusal("{\"name\":\"a\\u0000b\"}")).startsWith("name: ");
    assertThat(refusal("{\"name\":\"a\\u202Eb\"}")).startsWith("name: ");
    assertThat(refusal("{\"name\":\"a\\uD800\"}")).startsWith("name: ");
    assertThat(refusal("{\"name\":\"a\\nb\"}")).startsWith("name: ");
    assertThat(
            check("{\"name\":\"\\u200B\\u200B\"}", Request.class).asJsonObject().getString("name"))
        .isEmpty();
  }
}
