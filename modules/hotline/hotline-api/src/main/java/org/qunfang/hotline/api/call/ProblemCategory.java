package org.qunfang.hotline.api.call;

/** What the call was about; a call may have several. */
public enum ProblemCategory {
  /** 疫情相关恐慌担忧 */
  EPIDEMIC_WORRY,
  /** 焦虑 */
  ANXIETY,
  /** 抑郁情绪 */
  LOW_MOOD,
  /** 睡眠问题 */
  SLEEP,
  /** 家庭关系 */
  FAMILY,
  /** 学习与工作 */
  STUDY_OR_WORK,
  /** 隔离与居家压力 */
  ISOLATION_STRESS,
  /** 丧失与哀伤 */
  GRIEF,
  /** 躯体健康担忧 */
  PHYSICAL_HEALTH,
  /** 自杀危机 */
  SUICIDAL_CRISIS,
  /** 咨询信息 */
  INFORMATION,
  /** 其他 */
  OTHER
}
