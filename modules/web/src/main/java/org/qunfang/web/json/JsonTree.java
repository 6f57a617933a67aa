package org.qunfang.web.json;

import static org.qunfang.kernel.json.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * Reads a JSON document into a tree, refusing what JSON-B lets through: a key given twice in one
 * object (which value counts would be a guess) and anything after the document.
 */
final class JsonTree {

  /**
   * No request of the API nests deeper than a few levels; a deeper one is an attack on the stack.
   */
  static final int MAX_DEPTH = 32;

  private JsonTree() {}

  static JsonValue parse(byte[] body) {
    if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      throw new InvalidInput(Message.kernel("input.empty"));
    }
    try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
      JsonValue value = value(parser, parser.next(), "", 0);
      if (parser.hasNext()) {
        throw new InvalidInput(Message.kernel("input.trailing"));
      }
      return value;
    } catch (JsonParsingException bad) {
      throw malformed(bad.getLocation());
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException bad) {
      throw malformed(null);
    }
  }

  private static JsonValue value(
      JsonParser parser, JsonParser.Event event, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidInput(Message.kernel("input.tooDeep", MAX_DEPTH));
    }
    return switch (event) {
      case START_OBJECT -> object(parser, path, depth + 1);
      case START_ARRAY -> array(parser, path, depth + 1);
      case VALUE_STRING -> JSON.createValue(parser.getString());
      case VALUE_NUMBER -> JSON.createValue(parser.getBigDecimal());
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default -> throw malformed(parser.getLocation());
    };
  }

  private static JsonValue object(JsonParser parser, String path, int depth) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    Set<String> seen = new HashSet<>();
    JsonParser.Event event;
    while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
      String key = parser.getString();
      String field = JsonShape.join(path, key);
      if (!seen.add(key)) {
        throw new InvalidInput(Message.kernel("input.duplicateKey", field), field);
      }
      object.add(key, value(parser, parser.next(), field, depth));
    }
    return object.build();
  }

  private static JsonValue array(JsonParser parser, String path, int depth) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    JsonParser.Event event;
    int index = 0;
    while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
      array.add(value(parser, event, path + "[" + index++ + "]", depth));
    }
    return array.build();
  }

  private static InvalidInput malformed(JsonLocation where) {
    return where == null || where.getLineNumber() < 1
        ? new InvalidInput(Message.kernel("input.malformed"))
        : new InvalidInput(
            Message.kernel("input.malformedAt", where.getLineNumber(), where.getColumnNumber()));
  }
}
