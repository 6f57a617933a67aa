package org.qunfang.dispatch.api.mobilisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order with its figures: the units asked, the people asked and reported in (by unit, the last
 * line the total).
 */
public record OrderView(
    UUID id,
    String number,
    String title,
    String area,
    LocalDate issuedOn,
    LocalDate from,
    LocalDate until,
    List<PostAsk> posts,
    List<UnitFigure> units,
    long asked,
    long reported) {}
