package org.qunfang.care.api.type;

/** The symptoms the national guides name: any one of those a type lists makes a check abnormal. */
public enum Symptom {
  FEVER,
  DRY_COUGH,
  FATIGUE,
  SORE_THROAT,
  SMELL_OR_TASTE_LOSS,
  DIARRHOEA,
  SHORTNESS_OF_BREATH,
  CONJUNCTIVITIS,
  MUSCLE_ACHE
}
