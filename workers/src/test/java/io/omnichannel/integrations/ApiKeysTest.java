package io.omnichannel.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.workerstest.ServiceCoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiKeysTest extends ServiceCoreTest {

  @Autowired ApiKeys keys;
  @Autowired JdbcClient jdbc;

  @Test
  void anIssuedKeyAuthenticatesItsIntegrationAndOnlyItsHashIsStored() {
    String integration = "shop-" + System.nanoTime();

    String key = keys.issue(integration);

    assertThat(key).hasSizeGreaterThanOrEqualTo(43);
    assertThat(keys.authenticate(key)).contains(new Integration(integration, RequestAccess.OWN_REQUESTS));
    String stored = jdbc.sql("SELECT key_hash FROM api_keys WHERE name = :name").param("name", integration).query(String.class).single();
    assertThat(stored).isEqualTo(ApiKeys.hash(key)).hasSize(64).doesNotContain(key);
  }

  @Test
  void unknownBlankAndRevokedKeysAuthenticateNobody() {
    String integration = "till-" + System.nanoTime();
    String key = keys.issue(integration);

    assertThat(keys.authenticate("guessed-" + key)).isEmpty();
    assertThat(keys.authenticate(" ")).isEmpty();
    assertThat(keys.authenticate(null)).isEmpty();

    keys.revoke(integration);
    assertThat(keys.authenticate(key)).isEmpty();
  }

  @Test
  void aKeyReachesTheRequestsItSubmitted_untilItIsGrantedAll() {
    String integration = "crm-" + System.nanoTime();
    String key = keys.issue(integration);
    Integration own = keys.authenticate(key).orElseThrow();

    assertThat(own.mayAccessRequestOf(integration)).isTrue();
    assertThat(own.mayAccessRequestOf("shop")).isFalse();
    assertThat(own.mayAccessRequestOf(null)).as("a request from the web form or by mail").isFalse();

    keys.grant(integration, RequestAccess.ALL_REQUESTS);
    Integration all = keys.authenticate(key).orElseThrow();
    assertThat(all.mayAccessRequestOf("shop")).isTrue();
    assertThat(all.mayAccessRequestOf(null)).isTrue();
  }

  @Test
  void theDocumentedDemoKeyHashesToTheKnownValue() {
    // so the README's demo key and a key inserted by SQL (encode(sha256(...), 'hex')) agree
    String fromDatabase = jdbc.sql("SELECT encode(sha256(convert_to('demo-shop-key', 'UTF8')), 'hex')").query(String.class).single();
    assertThat(ApiKeys.hash("demo-shop-key")).isEqualTo(fromDatabase);
  }

  @Test
  void integrationNamesAreShortLowerCaseWords() {
    assertThatThrownBy(() -> keys.issue("Shop System")).isInstanceOf(IllegalArgumentException.class);
  }
}
