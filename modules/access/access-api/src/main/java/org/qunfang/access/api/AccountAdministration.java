package org.qunfang.access.api;

import java.util.List;
import java.util.UUID;

/**
 * Opening and keeping accounts. Administrators act only on accounts within their own area, and
 * can give no one an area outside it.
 */
public interface AccountAdministration {

  List<AccountView> list();

  AccountView get(UUID id);

  /** Opens the account with a generated one-time password. */
  Created create(NewAccount account);

  AccountView change(UUID id, AccountChange change);

  OneTimePassword resetPassword(UUID id);

  /** The caller changes their own password. */
  void changeOwnPassword(PasswordChange change);

  record Created(AccountView account, OneTimePassword password) {}
}
