package org.qunfang.care.api.release;

import java.time.LocalDate;

/** One reason against release: how many (alerts, tests, checks) and the day it concerns. */
public record ReleaseHold(Hold hold, long count, LocalDate day) {}
