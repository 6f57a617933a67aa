package org.qunfang.dispatch.mobilisation.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.mobilisation.Mobilisations;
import org.qunfang.dispatch.api.mobilisation.NewOrder;
import org.qunfang.dispatch.api.mobilisation.OrderView;
import org.qunfang.dispatch.api.mobilisation.ReportIn;
import org.qunfang.dispatch.api.mobilisation.UnitAsk;
import org.qunfang.dispatch.api.mobilisation.UnitFigure;
import org.qunfang.dispatch.mobilisation.entity.MobilisationOrder;
import org.qunfang.dispatch.mobilisation.entity.OrderReport;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.validation.Inputs;

/** Mobilisation orders: dispatchers issue them and record who reports in; officers read them. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISPATCHER,
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class Orders implements Mobilisations {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject Validator validator;

  @Inject AreaReach reach;

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public OrderView issue(NewOrder request) {
    Inputs.valid(validator, request);
    DivisionCode area = reach.area(request.area());
    if (area.value().length() > 9) {
      throw new InvalidInput(new Message(TEXTS, "order.fromDistrictOrTownship"), "area");
    }
    if (request.until().isBefore(request.from())) {
      throw new InvalidInput(new Message(TEXTS, "order.untilBeforeFrom"), "until");
    }
    Set<String> units = new HashSet<>();
    for (int i = 0; i < request.units().size(); i++) {
      if (!units.add(request.units().get(i).unit().strip())) {
        throw new InvalidInput(
            new Message(TEXTS, "order.unitTwice", request.units().get(i).unit()),
            "units[" + i + "].unit");
      }
    }
    String number = request.number().strip();
    if (!em.createNamedQuery(MobilisationOrder.BY_NUMBER, MobilisationOrder.class)
        .setParameter("number", number)
        .getResultList()
        .isEmpty()) {
      throw new Conflict(new Message(TEXTS, "order.numberTaken", number), "number");
    }
    MobilisationOrder order =
        new MobilisationOrder(
            new NewOrder(
                number,
                request.title(),
                area.value(),
                request.issuedOn(),
                request.from(),
                request.until(),
                request.units().stream()
                    .map(u -> new UnitAsk(u.unit().strip(), u.people()))
                    .toList(),
                request.posts()));
    em.persist(order);
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw new Conflict(new Message(TEXTS, "order.numberTaken", number), "number");
    }
    return views(List.of(order)).get(0);
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public OrderView reportIn(UUID orderId, ReportIn report) {
    Inputs.valid(validator, report);
    MobilisationOrder order = find(orderId);
    Person person = reach.person(report.personId());
    String unit = report.unit().strip();
    if (!order.asks(unit)) {
      throw new InvalidInput(
          new Message(TEXTS, "order.unitNotAsked", unit, order.getNumber()), "unit");
    }
    if (!em.createNamedQuery(OrderReport.OF_PERSON, OrderReport.class)
        .setParameter("order", order.getId())
        .setParameter("person", person.getId())
        .getResultList()
        .isEmpty()) {
      throw new Conflict(new Message(TEXTS, "order.reportedTwice", person.getName()), "personId");
    }
    em.persist(
        new OrderReport(order, person.getId(), person.getDivisionCode(), unit, Instant.now()));
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw new Conflict(new Message(TEXTS, "order.reportedTwice", person.getName()), "personId");
    }
    return views(List.of(order)).get(0);
  }

  @Override
  public OrderView order(UUID id) {
    return views(List.of(find(id))).get(0);
  }

  @Override
  public List<OrderView> list(String area) {
    DivisionCode within = reach.area(area);
    return views(
        em.createNamedQuery(MobilisationOrder.IN_AREA, MobilisationOrder.class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setMaxResults(200)
            .getResultList());
  }

  private MobilisationOrder find(UUID id) {
    MobilisationOrder order = id == null ? null : em.find(MobilisationOrder.class, id);
    if (order == null || !reach.covers(order.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "order.notFound"));
    }
    return order;
  }

  /** Orders with their figures, the reports counted by unit in one query. */
  private List<OrderView> views(List<MobilisationOrder> orders) {
    if (orders.isEmpty()) {
      return List.of();
    }
    Map<UUID, Map<String, Long>> reported = new HashMap<>();
    em.createNamedQuery(OrderReport.BY_UNIT, Object[].class)
        .setParameter("orders", orders.stream().map(MobilisationOrder::getId).toList())
        .getResultStream()
        .forEach(
            row ->
                reported
                    .computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                    .put((String) row[1], (Long) row[2]));
    List<OrderView> views = new ArrayList<>();
    for (MobilisationOrder o : orders) {
      Map<String, Long> byUnit = reported.getOrDefault(o.getId(), Map.of());
      List<UnitFigure> units =
          o.getUnits().stream()
              .map(u -> new UnitFigure(u.unit(), u.people(), byUnit.getOrDefault(u.unit(), 0L)))
              .toList();
      views.add(
          new OrderView(
              o.getId(),
              o.getNumber(),
              o.getTitle(),
              o.getDivisionCode(),
              o.getIssuedOn(),
              o.getFrom(),
              o.getUntil(),
              o.getPosts(),
              units,
              units.stream().mapToLong(UnitFigure::asked).sum(),
              units.stream().mapToLong(UnitFigure::reported).sum()));
    }
    return views;
  }
}
