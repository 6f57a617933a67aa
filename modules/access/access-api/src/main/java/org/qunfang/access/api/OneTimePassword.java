package org.qunfang.access.api;

/** A generated password to hand to the user once; it must be changed at first login. */
public record OneTimePassword(String username, String password) {

  @Override
  public String toString() {
    return "OneTimePassword[" + username + ", ******]";
  }
}
