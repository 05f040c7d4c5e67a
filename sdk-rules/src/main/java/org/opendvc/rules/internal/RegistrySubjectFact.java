package org.opendvc.rules.internal;

import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.Registry;

/** That a registry answered about the subject in a role, and whether it knew them. */
public final class RegistrySubjectFact {
  private final Registry registry;
  private final SubjectRole role;

  public RegistrySubjectFact(Registry registry, SubjectRole role) {
    this.registry = registry;
    this.role = role;
  }

  public Registry getRegistry() {
    return registry;
  }

  public SubjectRole getRole() {
    return role;
  }
}
