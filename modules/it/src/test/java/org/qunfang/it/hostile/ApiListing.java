package org.qunfang.it.hostile;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qunfang.it.system.Qunfang;

/**
 * Every operation the server describes at {@code /openapi}: the hostile walk and the access matrix
 * are generated from it, so an endpoint added tomorrow is covered without anyone remembering it.
 */
record ApiListing(List<Operation> operations) {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  /** One operation: its method, path template, query parameters and request body types. */
  record Operation(String method, String path, List<String> query, List<String> bodyTypes) {

    boolean takesJson() {
      return bodyTypes.contains("application/json");
    }

    boolean changes() {
      return !method.equals("GET");
    }

    boolean hasPathParameters() {
      return path.contains("{");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @SuppressWarnings("unchecked")
  static ApiListing read() {
    JsonPath openApi =
        Qunfang.asOps()
            .accept("application/json")
            .get(Qunfang.SECURE_SERVER + "/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Operation> operations = new ArrayList<>();
    Map<String, Map<String, Object>> paths = openApi.getMap("paths");
    paths.forEach(
        (path, methods) ->
            methods.forEach(
                (method, description) -> {
                  if (!METHODS.contains(method)) {
                    return;
                  }
                  Map<String, Object> operation = (Map<String, Object>) description;
                  List<String> query = new ArrayList<>();
                  for (Map<String, Object> parameter :
                      (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                    if ("query".equals(parameter.get("in"))) {
                      query.add((String) parameter.get("name"));
                    }
                  }
                  Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                  List<String> types =
                      body == null
                          ? List.of()
                          : List.copyOf(((Map<String, Object>) body.get("content")).keySet());
                  operations.add(
                      new Operation(method.toUpperCase(), path, List.copyOf(query), types));
                }));
    operations.sort(
        java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
    return new ApiListing(List.copyOf(operations));
  }
}
