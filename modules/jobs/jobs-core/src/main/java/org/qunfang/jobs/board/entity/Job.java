package org.qunfang.jobs.board.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.qunfang.kernel.job.JobState;
import org.qunfang.kernel.job.JobStatus;

/**
 * One background job. It knows its own life: queued, running with progress, then done, failed or
 * interrupted; and when a node that stopped beating has left it for dead.
 */
@Entity
@Table(name = "job", schema = "jobs")
@NamedQuery(
    name = Job.UNFINISHED_ON,
    query = "select j from Job j where j.node = :node and j.state in :states")
@NamedQuery(name = Job.EXPIRED, query = "delete from Job j where j.expiresAt < :now")
@NamedQuery(
    name = Job.BEAT,
    query = "update Job j set j.heartbeatAt = :now where j.id in :ids and j.state in :states")
public class Job {

  public static final String UNFINISHED_ON = "Job.unfinishedOn";
  public static final String EXPIRED = "Job.expired";
  public static final String BEAT = "Job.beat";

  /** A finished job is kept this long for its starter to read. */
  public static final Duration KEPT = Duration.ofHours(1);

  /** An unfinished job whose node has not beaten for this long is dead. */
  public static final Duration SILENCE = Duration.ofSeconds(60);

  private static final Duration LONGEST = Duration.ofDays(1);

  @Id private UUID id;

  @Version private long version;

  private String kind;
  private String owner;
  private String subject;
  private String language;

  @Enumerated(EnumType.STRING)
  private JobState state;

  private String phase;

  @Column(name = "units_done")
  private int done;

  @Column(name = "units_total")
  private int total;

  private String failure;

  /** A preview's PDF can be megabytes: polls read the row without it (woven lazy loading). */
  @Basic(fetch = FetchType.LAZY)
  private byte[] result;

  private String node;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected Job() {}

  public Job(
      UUID id,
      String kind,
      String owner,
      String subject,
      Locale language,
      String node,
      Instant now) {
    this.id = id;
    this.kind = kind;
    this.owner = owner;
    this.subject = subject;
    this.language = language.toLanguageTag();
    this.node = node;
    this.state = JobState.QUEUED;
    this.startedAt = now;
    this.heartbeatAt = now;
    this.expiresAt = now.plus(LONGEST);
  }

  public void running(Instant now) {
    if (state == JobState.QUEUED) {
      state = JobState.RUNNING;
      heartbeatAt = now;
    }
  }

  /** Progress of a running job; a new phase starts counting again. */
  public void progress(String phase, int done, int total, Instant now) {
    if (state.finished()) {
      return;
    }
    this.phase = phase;
    this.done = done;
    this.total = total;
    this.heartbeatAt = now;
  }

  public void succeed(byte[] result, Instant now) {
    if (!state.finished()) {
      this.result = result;
      end(JobState.DONE, null, now);
    }
  }

  public void fail(String why, Instant now) {
    end(JobState.FAILED, why, now);
  }

  public void interrupt(String why, Instant now) {
    end(JobState.INTERRUPTED, why, now);
  }

  private void end(JobState end, String why, Instant now) {
    if (state.finished()) {
      return;
    }
    state = end;
    failure = why;
    finishedAt = now;
    expiresAt = now.plus(KEPT);
  }

  /** Unfinished, and its node has been silent too long to be still working on it. */
  public boolean abandoned(Instant now) {
    return !state.finished() && heartbeatAt.plus(SILENCE).isBefore(now);
  }

  public boolean belongsTo(String caller, String kind) {
    return owner.equals(caller) && this.kind.equals(kind);
  }

  public boolean expired(Instant now) {
    return expiresAt.isBefore(now);
  }

  public JobStatus status() {
    return new JobStatus(
        id, kind, subject, state, phase, done, total, failure, startedAt, finishedAt);
  }

  public UUID getId() {
    return id;
  }

  public Locale getLanguage() {
    return Locale.forLanguageTag(language);
  }

  public JobState getState() {
    return state;
  }

  public byte[] getResult() {
    return result;
  }
}
