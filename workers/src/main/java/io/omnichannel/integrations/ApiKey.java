package io.omnichannel.integrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An integration's key, stored only as its SHA-256. */
@Entity
@Table(name = "api_keys")
class ApiKey {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  private String name;

  @Column(name = "key_hash")
  private String keyHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Enumerated(EnumType.STRING)
  private RequestAccess access = RequestAccess.OWN_REQUESTS;

  protected ApiKey() {}

  ApiKey(String name, String keyHash, Instant createdAt) {
    this.name = name;
    this.keyHash = keyHash;
    this.createdAt = createdAt;
  }

  String name() {
    return name;
  }

  Integration integration() {
    return new Integration(name, access);
  }

  void grant(RequestAccess access) {
    this.access = access;
  }

  void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }
}
