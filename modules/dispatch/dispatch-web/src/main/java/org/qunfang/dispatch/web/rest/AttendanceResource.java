package org.qunfang.dispatch.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.dispatch.api.attendance.Attendance;
import org.qunfang.dispatch.api.attendance.BackEntry;
import org.qunfang.dispatch.api.attendance.PlaceOnDuty;
import org.qunfang.dispatch.api.attendance.SelfSignIn;
import org.qunfang.dispatch.api.attendance.ShiftOnDuty;

/** Signing in and out at the post. */
@RequestScoped
@Path("dispatch/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch attendance 签到")
public class AttendanceResource {

  @Inject Attendance attendance;

  @GET
  @Operation(
      summary =
          "本人辖区内进行中和今后若干小时的班次及人员签到情况 · Shifts of my area under way or due within some hours, with who has signed in")
  public List<ShiftOnDuty> onDuty(@QueryParam("hours") @DefaultValue("12") int hours) {
    return attendance.onDuty(hours);
  }

  @POST
  @Path("slots/{id}/sign-in")
  @Operation(summary = "带班负责人为人员签到 · The shift leader signs someone in")
  public PlaceOnDuty signIn(@PathParam("id") UUID id) {
    return attendance.signIn(id);
  }

  @POST
  @Path("slots/{id}/sign-out")
  @Operation(summary = "带班负责人为人员签退 · The shift leader signs someone out")
  public PlaceOnDuty signOut(@PathParam("id") UUID id) {
    return attendance.signOut(id);
  }

  @POST
  @Path("code")
  @Operation(summary = "本人凭班次签到码签到 · Sign myself in with the shift's code")
  public PlaceOnDuty signInWithCode(@Valid @NotNull SelfSignIn code) {
    return attendance.signInWithCode(code);
  }

  @PUT
  @Path("slots/{id}")
  @Operation(
      summary =
          "调度员补录签到签退时间（须写明理由，不超过班次时长） · A dispatcher enters times afterwards, with a reason, never longer than the shift")
  public PlaceOnDuty backEnter(@PathParam("id") UUID id, @Valid @NotNull BackEntry entry) {
    return attendance.backEnter(id, entry);
  }
}
