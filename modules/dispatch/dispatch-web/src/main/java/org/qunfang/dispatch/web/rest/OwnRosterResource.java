package org.qunfang.dispatch.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.dispatch.api.DispatchTexts;
import org.qunfang.dispatch.api.roster.OwnRoster;
import org.qunfang.dispatch.api.roster.OwnShift;
import org.qunfang.kernel.problem.Message;
import org.qunfang.web.api.Languages;

/** The caller's own shifts and what they were told. */
@RequestScoped
@Path("me/dispatch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch roster 排班")
public class OwnRosterResource {

  @Inject OwnRoster own;

  @Context HttpHeaders headers;

  /** A notice in the reader's language. */
  public record Notice(UUID id, String text, Instant createdAt, boolean read) {}

  @GET
  @Path("shifts")
  @Operation(summary = "本人今后 14 天的班次 · My shifts in the next 14 days")
  public List<OwnShift> shifts() {
    return own.upcoming();
  }

  @GET
  @Path("notices")
  @Operation(summary = "给本人的通知（如班次取消），最新在前 · What I was told (a shift cancelled …), newest first")
  public List<Notice> notices() {
    Locale locale = Languages.pick(headers.getAcceptableLanguages());
    return own.notices().stream()
        .map(
            n ->
                new Notice(
                    n.id(),
                    new Message(DispatchTexts.TEXTS, n.key(), n.arguments().toArray()).in(locale),
                    n.createdAt(),
                    n.read()))
        .toList();
  }
}
