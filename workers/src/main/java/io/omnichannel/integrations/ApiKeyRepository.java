package io.omnichannel.integrations;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

  // JPQL, not derived from the name: Hibernate 6.6 caches the plan of a query string but translates
  // a derived query's criteria tree again on every call, and these run for every request
  @Query("select k from ApiKey k where k.keyHash = :keyHash and k.revokedAt is null")
  Optional<ApiKey> findByKeyHashAndRevokedAtIsNull(String keyHash);

  Optional<ApiKey> findByName(String name);

  boolean existsByName(String name);
}
