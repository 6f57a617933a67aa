package org.qunfang.reports.archive.boundary;

import static org.qunfang.kernel.json.Jsons.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.Forbidden;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.reports.api.FormalReports;
import org.qunfang.reports.api.IssuedReport;
import org.qunfang.reports.api.ReportKindView;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.archive.control.ArchiveCorrupt;
import org.qunfang.reports.archive.control.IssuingOrgan;
import org.qunfang.reports.archive.control.Progress;
import org.qunfang.reports.archive.control.ReportTexts;
import org.qunfang.reports.archive.entity.ArchivedReport;
import org.qunfang.reports.archive.entity.DocumentSequence;
import org.qunfang.reports.engine.boundary.ReportEngine;
import org.qunfang.reports.engine.control.OfficialDocument;
import org.qunfang.reports.engine.control.TemplateFailure;

/** Preview, issue and the archive, within the caller's area. */
@Stateless
@LocalBean // for the background jobs' progress-reporting variants
@Local(FormalReports.class)
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER,
  Role.Names.HOTLINE_SUPERVISOR,
  Role.Names.DISPATCHER,
  Role.Names.AUDITOR
})
public class Reports implements FormalReports {

  /** Dates of writing and document years are China's. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "reports")
  EntityManager em;

  @Inject ReportEngine engine;

  @Inject IssuingOrgan organ;

  @Inject SequenceRows sequenceRows;

  @Inject @Any Instance<ReportKind> reportKinds;

  @Inject CurrentCaller caller;

  @Inject DivisionDirectory divisions;

  @Override
  public List<ReportKindView> kinds() {
    return StreamSupport.stream(reportKinds.spliterator(), false)
        .filter(this::makes)
        .map(k -> new ReportKindView(k.kind(), k.title(), k.aboutOneRecord()))
        .sorted(Comparator.comparing(ReportKindView::kind))
        .toList();
  }

  @Override
  @RolesAllowed({
    Role.Names.REPORT_OFFICER,
    Role.Names.HOTLINE_SUPERVISOR,
    Role.Names.DISPATCHER,
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public ReportPdf preview(ReportRequest request) {
    return preview(request, Progress.NONE);
  }

  /** A preview that reports its progress (for background jobs). */
  @RolesAllowed({
    Role.Names.REPORT_OFFICER,
    Role.Names.HOTLINE_SUPERVISOR,
    Role.Names.DISPATCHER,
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public ReportPdf preview(ReportRequest request, Progress progress) {
    ReportKind kind = kindOf(request);
    ReportContent content = kind.content(request);
    byte[] pdf = render(kind, content, request, "", true, progress);
    return new ReportPdf("草稿-" + content.title() + ".pdf", pdf);
  }

  /** Refuses now what would fail later: an unknown kind, an area out of reach or unknown. */
  @RolesAllowed({
    Role.Names.REPORT_OFFICER,
    Role.Names.HOTLINE_SUPERVISOR,
    Role.Names.DISPATCHER,
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public void check(ReportRequest request) {
    kindOf(request);
  }

  @Override
  @RolesAllowed({
    Role.Names.REPORT_OFFICER,
    Role.Names.HOTLINE_SUPERVISOR,
    Role.Names.DISPATCHER,
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public IssuedReport issue(ReportRequest request) {
    return issue(request, Progress.NONE);
  }

  /** Issuing that reports its progress (for background jobs). */
  @RolesAllowed({
    Role.Names.REPORT_OFFICER,
    Role.Names.HOTLINE_SUPERVISOR,
    Role.Names.DISPATCHER,
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public IssuedReport issue(ReportRequest request, Progress progress) {
    ReportKind kind = kindOf(request);
    Instant dataAsOf = Instant.now();
    ReportContent content = kind.content(request);
    int year = LocalDate.now(CHINA).getYear();
    String number = organ.documentNumber(year, nextNumber(year));
    byte[] pdf = render(kind, content, request, number, false, progress);
    ArchivedReport archived =
        new ArchivedReport(
            kind.kind(),
            number,
            content.title(),
            request.area(),
            parameters(request),
            dataAsOf,
            pdf);
    em.persist(archived);
    em.flush();
    return view(archived);
  }

  @Override
  public List<IssuedReport> archive(String kind, String documentNumber, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ArchivedReport> query = cb.createQuery(ArchivedReport.class);
    Root<ArchivedReport> report = query.from(ArchivedReport.class);
    List<Predicate> filters = new ArrayList<>();
    filters.add(cb.like(report.get("areaCode"), caller.scope().likePattern()));
    List<String> hidden = hiddenKinds();
    if (!hidden.isEmpty()) {
      filters.add(cb.not(report.get("kind").in(hidden)));
    }
    if (kind != null && !kind.isBlank()) {
      filters.add(cb.equal(report.get("kind"), kind.strip()));
    }
    if (documentNumber != null && !documentNumber.isBlank()) {
      filters.add(cb.equal(report.get("documentNumber"), documentNumber.strip()));
    }
    query.where(filters.toArray(Predicate[]::new)).orderBy(cb.desc(report.get("createdAt")));
    return em.createQuery(query)
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultStream()
        .map(Reports::view)
        .toList();
  }

  @Override
  public IssuedReport get(UUID id) {
    return view(inScope(id));
  }

  @Override
  public ReportPdf download(UUID id) {
    ArchivedReport report = inScope(id);
    if (!report.intact()) {
      throw new ArchiveCorrupt(report.getDocumentNumber());
    }
    return new ReportPdf(
        report.getDocumentNumber() + " " + report.getTitle() + ".pdf", report.pdf());
  }

  /**
   * The next number of this kind this year, under a row lock held until the issue commits: no two
   * issues share a number, and a failed issue gives its number back.
   */
  /**
   * The organ's next number this year. A 发文字号 counts every document the organ issues in a year,
   * whatever its kind: numbering per kind gave two kinds the same number, which the archive's
   * unique key then refused for every kind but the first.
   */
  private int nextNumber(int year) {
    String kind = DocumentSequence.ALL_KINDS;
    try {
      sequenceRows.create(organ.prefix(), year, kind);
    } catch (EJBException anotherIssueCreatedItFirst) {
      // the row exists now either way
    }
    DocumentSequence sequence =
        em.find(
            DocumentSequence.class,
            DocumentSequence.keyOf(organ.prefix(), year, kind),
            LockModeType.PESSIMISTIC_WRITE);
    if (sequence == null) {
      throw new IllegalStateException("No document sequence for " + year);
    }
    return sequence.next();
  }

  private ReportKind kindOf(ReportRequest request) {
    caller.scope().require(request.area());
    if (!divisions.exists(request.area())) {
      throw new InvalidInput(ReportTexts.of("report.areaNotFound", request.area()), "area");
    }
    return StreamSupport.stream(reportKinds.spliterator(), false)
        .filter(k -> k.kind().equals(request.kind()))
        .findFirst()
        .map(
            k -> {
              if (!makes(k)) {
                throw new Forbidden(ReportTexts.of("report.kindNotYours", k.title()));
              }
              return k;
            })
        .orElseThrow(
            () -> new InvalidInput(ReportTexts.of("report.unknownKind", request.kind()), "kind"));
  }

  /** Whether the caller may make this kind of report: one of its readers' roles. */
  private boolean makes(ReportKind kind) {
    return kind.readers().stream().anyMatch(caller.profile()::has);
  }

  /**
   * Kinds whose readers exclude report officers are confidential: their issued copies are for those
   * readers only. Everything else is for anyone the archive serves.
   */
  private List<String> hiddenKinds() {
    return StreamSupport.stream(reportKinds.spliterator(), false)
        .filter(k -> !k.readers().contains(Role.REPORT_OFFICER) && !makes(k))
        .map(ReportKind::kind)
        .toList();
  }

  private byte[] render(
      ReportKind kind,
      ReportContent content,
      ReportRequest request,
      String number,
      boolean draft,
      Progress progress) {
    OfficialDocument document =
        new OfficialDocument(
            organ.name(),
            number,
            content.title(),
            request.addressee(),
            content.introduction(),
            LocalDate.now(CHINA),
            draft);
    try {
      progress.total(
          content.body().rows().size()
              + content.attachment().map(a -> a.body().rows().size()).orElse(0));
      return engine
          .renderer()
          .render(document, content.body(), content.attachment(), progress::done, kind::template);
    } catch (TemplateFailure failed) {
      throw new InvalidInput(ReportTexts.of("report.templateFailed", failed.template()), "kind");
    }
  }

  private ArchivedReport inScope(UUID id) {
    ArchivedReport report = em.find(ArchivedReport.class, id);
    if (report == null
        || !caller.scope().covers(report.getAreaCode())
        || hiddenKinds().contains(report.getKind())) {
      throw new NotFound(ReportTexts.of("report.notFound"));
    }
    return report;
  }

  private static String parameters(ReportRequest request) {
    var json = JSON.createObjectBuilder().add("kind", request.kind()).add("area", request.area());
    if (request.addressee() != null) {
      json.add("addressee", request.addressee());
    }
    if (request.month() != null) {
      json.add("month", request.month());
    }
    if (request.from() != null) {
      json.add("from", request.from().toString());
    }
    if (request.subject() != null) {
      json.add("subject", request.subject().toString());
    }
    return json.build().toString();
  }

  private static IssuedReport view(ArchivedReport r) {
    return new IssuedReport(
        r.getId(),
        r.getDocumentNumber(),
        r.getKind(),
        r.getTitle(),
        r.getAreaCode(),
        r.getParameters(),
        r.getDataAsOf(),
        r.getCreatedBy(),
        r.getCreatedAt(),
        r.getSha256(),
        r.getSize());
  }
}
