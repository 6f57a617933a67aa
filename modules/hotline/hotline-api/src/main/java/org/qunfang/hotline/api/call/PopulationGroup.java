package org.qunfang.hotline.api.call;

/** The population group the caller belongs to. */
public enum PopulationGroup {
  /** 学生 */
  STUDENT,
  /** 老年人 */
  ELDERLY,
  /** 居家观察或健康监测人员 */
  UNDER_OBSERVATION,
  /** 医务人员 */
  MEDICAL_WORKER,
  /** 一线工作人员 */
  FRONTLINE_WORKER,
  /** 其他 */
  OTHER
}
