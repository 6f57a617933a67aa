package org.qunfang.web.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Run when the OpenAPI document is written at build time: every operation gets the problem+json
 * answers it can give (RFC 9457, in the caller's language), and the spreadsheet and file
 * alternatives are described as the bytes they are, not as the JSON they replace.
 */
public class DocumentedErrors implements OASFilter {

  static final String PROBLEM = "application/problem+json";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final List<String> BINARY =
      List.of(XLSX, "application/octet-stream", "application/pdf");

  /** Status, and what it means, in Chinese and English. */
  private static final Map<String, String> ERRORS =
      Map.of(
          "400", "输入有误：字段、格式或取值不合规则 · Invalid input: fields, format or values break a rule",
          "401", "未登录或密码错误 · Not signed in, or a wrong password",
          "403", "角色或辖区不允许 · Refused by role or area",
          "404", "不存在，或不在您的辖区内 · Not found, or not in your area",
          "409", "与他人的修改或已有记录冲突 · Conflicts with another's change or an existing record",
          "413", "请求体过大 · The body is too large");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.getComponents().addSchema("Problem", problem());
    openAPI.getPaths().getPathItems().forEach((path, item) -> describe(path, item));
  }

  private static void describe(String path, PathItem item) {
    item.getOperations()
        .forEach(
            (method, operation) -> {
              binaryAlternatives(operation);
              dropGuessedSuccess(operation);
              boolean writes = method != PathItem.HttpMethod.GET;
              error(operation, "400");
              error(operation, "401");
              error(operation, "403");
              if (path.contains("{")) {
                error(operation, "404");
              }
              if (writes) {
                error(operation, "409");
              }
              if (operation.getRequestBody() != null) {
                error(operation, "413");
              }
            });
  }

  private static void error(Operation operation, String status) {
    if (operation.getResponses().hasAPIResponse(status)) {
      return;
    }
    operation
        .getResponses()
        .addAPIResponse(
            status,
            OASFactory.createAPIResponse()
                .description(ERRORS.get(status))
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            PROBLEM,
                            OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")))));
  }

  /**
   * A resource answering a {@code Response} declares its success (201, 202, 204) itself; the
   * scanner's bare "200 OK" guess beside it would promise an answer that never comes.
   */
  private static void dropGuessedSuccess(Operation operation) {
    Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
    APIResponse guess = responses.get("200");
    boolean declared =
        responses.containsKey("201")
            || responses.containsKey("202")
            || responses.containsKey("204");
    if (declared && guess != null && guess.getContent() == null) {
      operation.getResponses().removeAPIResponse("200");
    }
  }

  /** A spreadsheet or PDF is bytes: whatever the JSON alternative carries, not its schema. */
  private static void binaryAlternatives(Operation operation) {
    if (operation.getRequestBody() != null) {
      asBytes(operation.getRequestBody().getContent());
    }
    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
      asBytes(response.getContent());
    }
  }

  private static void asBytes(Content content) {
    if (content == null) {
      return;
    }
    for (Map.Entry<String, MediaType> entry : content.getMediaTypes().entrySet()) {
      if (BINARY.contains(entry.getKey()) || entry.getKey().startsWith("text/")) {
        entry
            .getValue()
            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
      }
    }
  }

  private static Schema problem() {
    Schema violation =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .addProperty("field", text("出错的字段 · The field at fault"))
            .addProperty("message", text("该字段的错误说明 · What is wrong with it"));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description(
            "RFC 9457 问题详情，语言随 Accept-Language（zh、en） · An RFC 9457 problem, in the"
                + " language of Accept-Language (zh, en)")
        .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
        .addProperty("title", text("问题的简述 · What went wrong, in short"))
        .addProperty(
            "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
        .addProperty("detail", text("具体说明 · What went wrong here"))
        .addProperty("instance", text("出错的请求 · The request it concerns"))
        .addProperty(
            "violations", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(violation))
        .required(List.of("title", "status"));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }
}
