package org.qunfang.hotline.api.setup;

/** What a counsellor is qualified as. */
public enum Qualification {
  /** 心理咨询师 */
  PSYCHOLOGICAL_COUNSELLOR,
  /** 社会工作者 */
  SOCIAL_WORKER,
  /** 精神科医师 */
  PSYCHIATRIST,
  /** 心理治疗师 */
  PSYCHOTHERAPIST,
  /** 志愿者 */
  VOLUNTEER
}
