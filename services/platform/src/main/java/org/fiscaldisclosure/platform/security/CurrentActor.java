package org.fiscaldisclosure.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The actor of the change being made: set explicitly ({@link Acting}, e.g. a platform's Kafka submission), else the
 * authenticated caller of the current request, else {@link Actor#SYSTEM}.
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    Instance<SecurityIdentity> identity;

    public Actor get() {
        Actor explicit = Acting.current();
        if (explicit != null) {
            return explicit;
        }
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            SecurityIdentity id = identity.get();
            if (id != null && !id.isAnonymous()) {
                return Actor.of(id.getPrincipal());
            }
        }
        return Actor.SYSTEM;
    }
}
