package org.qunfang.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.access.api.AccountAdministration;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.PasswordChange;

/** The caller's own profile and password. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me 本人")
public class MeResource {

  @Inject CurrentCaller caller;

  @Inject AccountAdministration accounts;

  @GET
  @Operation(
      summary = "我是谁：角色、辖区、是否须修改密码 · Who I am: roles, area, whether I must change my password")
  public CallerProfile me() {
    return caller.profile();
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "修改本人密码（使用一次性密码登录后必须修改） · Change my password (required after a one-time password)")
  public void changePassword(@Valid @NotNull PasswordChange change) {
    accounts.changeOwnPassword(change);
  }
}
