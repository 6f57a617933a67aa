package org.qunfang.jobs.board.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The jobs this node is working on now, and the node's name in the job rows. */
@ApplicationScoped
public class RunningJobs {

  private final Set<UUID> running = ConcurrentHashMap.newKeySet();
  private final String node = nodeName();

  public String node() {
    return node;
  }

  public void add(UUID job) {
    running.add(job);
  }

  public void remove(UUID job) {
    running.remove(job);
  }

  public Set<UUID> now() {
    return Set.copyOf(running);
  }

  /** Host and server directory: stable across restarts, so a node finds its own cut-off jobs. */
  static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    String server = System.getProperty("com.sun.aas.instanceRoot", "server");
    String name = host + ":" + server;
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
