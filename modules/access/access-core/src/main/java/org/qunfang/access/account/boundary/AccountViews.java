package org.qunfang.access.account.boundary;

import org.qunfang.access.account.entity.Account;
import org.qunfang.access.api.AccountView;
import org.qunfang.access.api.CallerProfile;

/** Entity to DTO, in one place. */
final class AccountViews {

  private AccountViews() {}

  static AccountView of(Account account) {
    return new AccountView(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles(),
        account.getHomeDivision(),
        account.isEnabled(),
        account.isMustChangePassword(),
        account.getLockedUntil(),
        account.getVersion());
  }

  static CallerProfile profile(Account account) {
    return new CallerProfile(
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles(),
        account.getHomeDivision(),
        account.isMustChangePassword());
  }
}
