package org.qunfang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.qunfang.access.api.Authentication;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.Role;

/** Checks usernames and passwords against Qunfang's accounts; groups are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Authentication authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return authentication
        .authenticate(login.getCaller(), login.getPasswordAsString())
        .map(AccountIdentityStore::valid)
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  static CredentialValidationResult valid(CallerProfile profile) {
    return new CredentialValidationResult(profile.username(), groups(profile));
  }

  static Set<String> groups(CallerProfile profile) {
    return profile.roles().stream().map(Role::name).collect(Collectors.toSet());
  }
}
