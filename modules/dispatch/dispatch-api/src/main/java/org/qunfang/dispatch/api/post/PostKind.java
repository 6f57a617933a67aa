package org.qunfang.dispatch.api.post;

/** Where people serve. A checkpoint post stands for a checkpoint of grid's register. */
public enum PostKind {
  CHECKPOINT,
  SWEEP_TEAM,
  PHONE_DESK,
  LOGISTICS,
  TESTING_SITE,
  OTHER
}
