package org.qunfang.dispatch.roster.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import java.time.Duration;
import java.time.Instant;
import org.qunfang.dispatch.api.attendance.Presence;
import org.qunfang.dispatch.planning.control.Span;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * When someone may sign in and out of a shift, what a dispatcher may enter afterwards, and where
 * they stand. Signing in opens an hour before the shift; hours are sign-in to sign-out, so the way
 * there is not counted; entered times never add up to more than the shift.
 */
public final class AttendanceRules {

  /** How early before its start a shift opens for signing in. */
  public static final Duration EARLY = Duration.ofHours(1);

  private AttendanceRules() {}

  public static void requireSignIn(Span shift, Instant signedIn, Instant now) {
    if (signedIn != null) {
      throw new InvalidInput(new Message(TEXTS, "attendance.alreadyIn"), "slotId");
    }
    if (now.isBefore(shift.start().minus(EARLY))) {
      throw new InvalidInput(new Message(TEXTS, "attendance.tooEarly"), "slotId");
    }
    if (!now.isBefore(shift.end())) {
      throw new InvalidInput(new Message(TEXTS, "attendance.over"), "slotId");
    }
  }

  public static void requireSignOut(Instant signedIn, Instant signedOut) {
    if (signedIn == null) {
      throw new InvalidInput(new Message(TEXTS, "attendance.notIn"), "slotId");
    }
    if (signedOut != null) {
      throw new InvalidInput(new Message(TEXTS, "attendance.alreadyOut"), "slotId");
    }
  }

  public static void requireBackEntry(Span shift, Instant in, Instant out, Instant now) {
    if (!out.isAfter(in)) {
      throw new InvalidInput(new Message(TEXTS, "attendance.outBeforeIn"), "signedOutAt");
    }
    if (in.isBefore(shift.start().minus(EARLY)) || out.isAfter(shift.end().plus(EARLY))) {
      throw new InvalidInput(new Message(TEXTS, "attendance.outsideShift"), "signedInAt");
    }
    if (Duration.between(in, out).compareTo(shift.length()) > 0) {
      throw new InvalidInput(
          new Message(TEXTS, "attendance.longerThanShift", shift.length().toMinutes() / 60.0),
          "signedOutAt");
    }
    if (out.isAfter(now)) {
      throw new InvalidInput(new Message(TEXTS, "attendance.future"), "signedOutAt");
    }
  }

  public static Presence presence(
      Span shift, Instant signedIn, Instant signedOut, Instant now, Duration grace) {
    if (signedOut != null) {
      return Presence.SIGNED_OUT;
    }
    if (signedIn != null) {
      return Presence.SIGNED_IN;
    }
    if (now.isBefore(shift.start())) {
      return Presence.UPCOMING;
    }
    return now.isBefore(shift.start().plus(grace)) ? Presence.WAITING : Presence.NO_SHOW;
  }

  /** Hours served: sign-in to sign-out, in minutes; none until both are there. */
  public static long minutes(Instant signedIn, Instant signedOut) {
    return signedIn == null || signedOut == null
        ? 0
        : Duration.between(signedIn, signedOut).toMinutes();
  }
}
