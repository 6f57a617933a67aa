package org.qunfang.jobs.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.qunfang.jobs.board.entity.Job;
import org.qunfang.kernel.job.JobState;
import org.qunfang.kernel.problem.Message;

/**
 * Job rows, each change in a transaction of its own: progress must be readable while the work's own
 * transaction is still open, and must survive that transaction's rollback.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRows {

  private static final List<JobState> UNFINISHED = List.of(JobState.QUEUED, JobState.RUNNING);

  @PersistenceContext(unitName = "jobs")
  EntityManager em;

  public void create(Job job) {
    em.persist(job);
  }

  public void running(UUID id) {
    with(id, job -> job.running(Instant.now()));
  }

  public void progress(UUID id, String phase, int done, int total) {
    with(id, job -> job.progress(phase, done, total, Instant.now()));
  }

  public void succeed(UUID id, byte[] result) {
    with(id, job -> job.succeed(result, Instant.now()));
  }

  public void fail(UUID id, Message why) {
    with(id, job -> job.fail(why.in(job.getLanguage()), Instant.now()));
  }

  /**
   * The job as it stands: an unfinished one whose node fell silent is marked interrupted here, so
   * every node gives the same answer; an expired one is gone.
   */
  /** A job's result, read inside this transaction: the entity leaves it unloaded until asked. */
  public Optional<byte[]> result(UUID id) {
    return Optional.ofNullable(em.find(Job.class, id)).map(Job::getResult);
  }

  public Optional<Job> read(UUID id) {
    Job job = em.find(Job.class, id);
    Instant now = Instant.now();
    if (job == null || job.expired(now)) {
      return Optional.empty();
    }
    if (job.abandoned(now)) {
      interrupt(job, now);
    }
    return Optional.of(job);
  }

  /** Marks the unfinished jobs of a node that has just started: it cannot be running them. */
  public int interruptAll(String node) {
    Instant now = Instant.now();
    List<Job> cut =
        em.createNamedQuery(Job.UNFINISHED_ON, Job.class)
            .setParameter("node", node)
            .setParameter("states", UNFINISHED)
            .getResultList();
    cut.forEach(job -> interrupt(job, now));
    return cut.size();
  }

  public void beat(Set<UUID> running) {
    if (!running.isEmpty()) {
      em.createNamedQuery(Job.BEAT)
          .setParameter("now", Instant.now())
          .setParameter("ids", running)
          .setParameter("states", UNFINISHED)
          .executeUpdate();
    }
  }

  public int purge() {
    return em.createNamedQuery(Job.EXPIRED).setParameter("now", Instant.now()).executeUpdate();
  }

  private void interrupt(Job job, Instant now) {
    Locale language = job.getLanguage();
    job.interrupt(Message.kernel("job.interrupted").in(language), now);
  }

  private void with(UUID id, java.util.function.Consumer<Job> change) {
    Job job = em.find(Job.class, id);
    if (job != null) {
      change.accept(job);
    }
  }
}
