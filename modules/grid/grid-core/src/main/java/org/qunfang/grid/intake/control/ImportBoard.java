package org.qunfang.grid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.qunfang.grid.api.ImportJob;
import org.qunfang.kernel.problem.Message;

/** The imports of this server, by id, each with its owner; finished ones go after an hour. */
@ApplicationScoped
public class ImportBoard {

  static final Duration KEPT = Duration.ofHours(1);
  static final int ERRORS_SHOWN = 1000;

  private final Map<UUID, Entry> imports = new ConcurrentHashMap<>();

  public Entry open(String owner, String fileName, Locale language) {
    Instant cutoff = Instant.now().minus(KEPT);
    imports.values().removeIf(e -> e.finishedAt != null && e.finishedAt.isBefore(cutoff));
    Entry entry = new Entry(UUID.randomUUID(), owner, fileName, language);
    imports.put(entry.id, entry);
    return entry;
  }

  public Optional<Entry> find(UUID id, String owner) {
    return Optional.ofNullable(imports.get(id)).filter(e -> e.owner.equals(owner));
  }

  /** One import; a worker thread moves it along, so its fields are volatile. */
  public static final class Entry {
    private final UUID id;
    private final String owner;
    private final String fileName;
    private final Locale language;
    private final Instant startedAt = Instant.now();
    private volatile ImportJob.State state = ImportJob.State.READING;
    private volatile int done;
    private volatile int total;
    private volatile List<ImportJob.RowError> errors = List.of();
    private volatile int errorCount;
    private volatile int households;
    private volatile int residents;
    private volatile Instant finishedAt;

    Entry(UUID id, String owner, String fileName, Locale language) {
      this.id = id;
      this.owner = owner;
      this.fileName = fileName;
      this.language = language;
    }

    public UUID id() {
      return id;
    }

    public String fileName() {
      return fileName;
    }

    public void read(int rows) {
      done = rows;
    }

    public void checking(int rows) {
      total = rows;
      done = rows;
      state = ImportJob.State.CHECKING;
    }

    public void writing() {
      done = 0;
      state = ImportJob.State.WRITING;
    }

    public void written(int rows) {
      done = rows;
    }

    public void refused(List<RowError> found) {
      errorCount = found.size();
      errors =
          found.stream()
              .limit(ERRORS_SHOWN)
              .map(
                  e ->
                      new ImportJob.RowError(e.row(), e.column().header(), e.reason().in(language)))
              .toList();
      finish(ImportJob.State.REFUSED);
    }

    public void done(int households, int residents) {
      this.households = households;
      this.residents = residents;
      finish(ImportJob.State.DONE);
    }

    public void failed(Message why) {
      errors = List.of(new ImportJob.RowError(0, "", why.in(language)));
      errorCount = 1;
      finish(ImportJob.State.FAILED);
    }

    private void finish(ImportJob.State end) {
      finishedAt = Instant.now();
      state = end;
    }

    public ImportJob view() {
      Instant end = finishedAt == null ? Instant.now() : finishedAt;
      return new ImportJob(
          id,
          fileName,
          state,
          done,
          total,
          errors,
          errorCount,
          households,
          residents,
          Duration.between(startedAt, end).toMillis());
    }
  }
}
