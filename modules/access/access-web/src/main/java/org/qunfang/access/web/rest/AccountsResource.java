package org.qunfang.access.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.access.api.AccountAdministration;
import org.qunfang.access.api.AccountChange;
import org.qunfang.access.api.AccountView;
import org.qunfang.access.api.NewAccount;
import org.qunfang.access.api.OneTimePassword;

/** Account administration for district administrators, within their area. */
@RequestScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts 用户")
public class AccountsResource {

  @Inject AccountAdministration accounts;

  @GET
  @Operation(summary = "辖区内的账号 · Accounts whose area lies within the caller's")
  public List<AccountView> list() {
    return accounts.list();
  }

  @GET
  @Operation(summary = "查看一个账号 · One account")
  @Path("{id}")
  public AccountView get(@PathParam("id") UUID id) {
    return accounts.get(id);
  }

  @POST
  @Operation(summary = "开设账号，应答附一次性密码 · Open an account; the answer carries its one-time password")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountAdministration.Created.class)))
  public Response create(@Valid @NotNull NewAccount account, @Context UriInfo uri) {
    AccountAdministration.Created created = accounts.create(account);
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.account().id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "修改姓名、角色、辖区或启用状态；他人已先修改则 409 · Change name, roles, area or enabled; refused if changed meanwhile (409)")
  public AccountView change(@PathParam("id") UUID id, @Valid @NotNull AccountChange change) {
    return accounts.change(id, change);
  }

  @POST
  @Path("{id}/password-reset")
  @Operation(summary = "重置为新的一次性密码，并解除锁定 · A new one-time password; lifts a lock-out")
  public OneTimePassword resetPassword(@PathParam("id") UUID id) {
    return accounts.resetPassword(id);
  }
}
