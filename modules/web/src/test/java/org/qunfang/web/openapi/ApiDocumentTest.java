package org.qunfang.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build wrote (target/openapi/openapi.json, served as /openapi) is one a
 * client can be generated from: every body described, every answer's schema known, the errors
 * problem+json, the spreadsheets and PDFs bytes, every operation summarised in Chinese and English.
 */
class ApiDocumentTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private static JsonObject document;

  @BeforeAll
  static void read() throws IOException {
    try (Reader file = Files.newBufferedReader(Path.of("target/openapi/openapi.json"));
        JsonReader reader = Json.createReader(file)) {
      document = reader.readObject();
    }
  }

  @Test
  void everyOperationIsThere() {
    List<String> operations = new ArrayList<>();
    eachOperation((name, operation) -> operations.add(name));
    assertThat(operations).hasSizeGreaterThanOrEqualTo(101);
  }

  @Test
  void noBodyIsABareObject() {
    List<String> empty = new ArrayList<>();
    eachOperation(
        (name, operation) -> {
          if (operation.containsKey("requestBody")) {
            JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
            content.forEach(
                (type, media) -> {
                  if (!described(media.asJsonObject())) {
                    empty.add(name + " request " + type);
                  }
                });
          }
          operation
              .getJsonObject("responses")
              .forEach(
                  (status, response) -> {
                    JsonObject content = response.asJsonObject().getJsonObject("content");
                    if (content == null && status.startsWith("2") && !status.equals("204")) {
                      empty.add(name + " " + status + " without content");
                    }
                    if (content != null) {
                      content.forEach(
                          (type, media) -> {
                            if (!described(media.asJsonObject())) {
                              empty.add(name + " " + status + " " + type);
                            }
                          });
                    }
                  });
        });
    assertThat(empty).as("operations whose body schema is empty").isEmpty();
  }

  @Test
  void recordsCarryTheirFieldsConstraintsAndEnums() {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject account = schemas.getJsonObject("NewAccount");
    assertThat(account.getJsonArray("required").toString()).contains("username");
    assertThat(account.getJsonObject("properties").getJsonObject("username").toString())
        .contains("maxLength");
    assertThat(schemas.getJsonObject("Role").getJsonArray("enum").toString())
        .contains("GRID_MEMBER", "HOTLINE_COUNSELLOR");
    assertThat(schemas.getJsonObject("Problem").getJsonObject("properties").keySet())
        .contains("type", "title", "status", "detail", "violations");
  }

  @Test
  void everyOperationAnswersErrorsAsProblemJson() {
    List<String> without = new ArrayList<>();
    eachOperation(
        (name, operation) -> {
          JsonObject bad = operation.getJsonObject("responses").getJsonObject("403");
          if (bad == null
              || !bad.getJsonObject("content").containsKey("application/problem+json")) {
            without.add(name);
          }
        });
    assertThat(without).isEmpty();
  }

  @Test
  void spreadsheetsAndPdfsAreBytes() {
    List<String> notBytes = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    eachOperation(
        (name, operation) ->
            operation
                .getJsonObject("responses")
                .forEach(
                    (status, response) -> {
                      JsonObject content = response.asJsonObject().getJsonObject("content");
                      if (content == null) {
                        return;
                      }
                      content.forEach(
                          (type, media) -> {
                            if (type.contains("spreadsheetml") || type.equals("application/pdf")) {
                              seen.add(name);
                              String schema =
                                  media.asJsonObject().getJsonObject("schema").toString();
                              if (!schema.contains("\"binary\"")) {
                                notBytes.add(name + " " + type);
                              }
                            }
                          });
                    }));
    assertThat(seen).hasSizeGreaterThan(10);
    assertThat(notBytes).isEmpty();
  }

  @Test
  void everyOperationIsSummarisedInChineseAndEnglish() {
    List<String> missing = new ArrayList<>();
    eachOperation(
        (name, operation) -> {
          String summary = operation.getString("summary", "");
          String[] parts = summary.split(" · ", 2);
          if (parts.length < 2
              || !parts[0]
                  .codePoints()
                  .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
              || !parts[1].matches(".*[A-Za-z]{3}.*")) {
            missing.add(name + ": " + summary);
          }
        });
    assertThat(missing).isEmpty();
  }

  /** A schema is described when it names a type, a reference, or a composition. */
  private static boolean described(JsonObject media) {
    JsonObject schema = media.getJsonObject("schema");
    if (schema == null) {
      return false;
    }
    if (schema.containsKey("$ref")
        || schema.containsKey("items")
        || schema.containsKey("format")
        || schema.containsKey("oneOf")
        || schema.containsKey("allOf")) {
      return true;
    }
    String type = schema.getString("type", "");
    return !type.isEmpty()
        && !(type.equals("object")
            && !schema.containsKey("properties")
            && !schema.containsKey("additionalProperties"));
  }

  private static void eachOperation(BiConsumer<String, JsonObject> visit) {
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      path.getValue()
          .asJsonObject()
          .forEach(
              (method, operation) -> {
                if (METHODS.contains(method)) {
                  visit.accept(
                      method.toUpperCase() + " " + path.getKey(), operation.asJsonObject());
                }
              });
    }
  }
}
