package io.omnichannel.integrations;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

  Optional<ApiKey> findByKeyHashAndRevokedAtIsNull(String keyHash);

  Optional<ApiKey> findByName(String name);

  boolean existsByName(String name);
}
