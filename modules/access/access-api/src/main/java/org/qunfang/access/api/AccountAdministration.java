package org.qunfang.access.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Opening and keeping accounts. Administrators act only on accounts within their own area, and can
 * give no one an area outside it.
 */
public interface AccountAdministration {

  List<AccountView> list();

  AccountView get(UUID id);

  /** Opens the account with a generated one-time password. */
  Created create(@Valid @NotNull NewAccount account);

  AccountView change(@NotNull UUID id, @Valid @NotNull AccountChange change);

  OneTimePassword resetPassword(UUID id);

  /** The caller changes their own password. */
  void changeOwnPassword(@Valid @NotNull PasswordChange change);

  record Created(AccountView account, OneTimePassword password) {}
}
