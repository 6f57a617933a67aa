package org.qunfang.dispatch.api.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Signing in and out at the post. Shift leaders do it for the people of the posts in their area; a
 * person may sign themselves in with the shift's code; a dispatcher alone enters times after the
 * fact, with a reason. Hours are the time between sign-in and sign-out.
 */
public interface Attendance {

  /** The shifts of the caller's posts under way or starting within {@code hours} hours. */
  List<ShiftOnDuty> onDuty(int hours);

  PlaceOnDuty signIn(@NotNull UUID slotId);

  PlaceOnDuty signOut(@NotNull UUID slotId);

  /** The caller signs themselves in to their place on the shift whose code they give. */
  PlaceOnDuty signInWithCode(@Valid @NotNull SelfSignIn code);

  PlaceOnDuty backEnter(@NotNull UUID slotId, @Valid @NotNull BackEntry entry);
}
