package io.omnichannel.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin of a real installation ({@code orchestrator.admin}): created once, when the
 * database has no staff account yet, as {@code admin} with this password (e.g. from the
 * environment variable {@code ORCHESTRATOR_ADMIN_INITIAL_PASSWORD}); ignored afterwards.
 *
 * @param initialPassword at least {@value InstallationCheck#MIN_PASSWORD_LENGTH} characters
 * @param initialEmail where the product's mails to the admin go
 */
@ConfigurationProperties("orchestrator.admin")
record AdminProperties(String initialPassword, @DefaultValue("admin@localhost") String initialEmail) {}
