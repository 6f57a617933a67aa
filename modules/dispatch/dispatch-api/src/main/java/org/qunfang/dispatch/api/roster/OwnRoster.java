package org.qunfang.dispatch.api.roster;

import java.util.List;

/**
 * What someone on the roster sees of it: their own shifts and what they were told. Anyone signed in
 * whose account is tied to a registered person; for anyone else both are empty.
 */
public interface OwnRoster {

  /** Their shifts from now for {@value #DAYS_AHEAD} days, soonest first. */
  List<OwnShift> upcoming();

  int DAYS_AHEAD = 14;

  /** The latest 50 things they were told, newest first. */
  List<NoticeView> notices();
}
