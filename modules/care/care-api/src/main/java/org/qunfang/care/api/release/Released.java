package org.qunfang.care.api.release;

import java.util.UUID;
import org.qunfang.care.api.observation.ObservationView;

/** A release done: the ended observation and the 解除通知单 issued for it (an archived report). */
public record Released(ObservationView observation, UUID notice) {}
