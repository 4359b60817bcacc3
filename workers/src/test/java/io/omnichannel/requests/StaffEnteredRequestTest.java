package io.omnichannel.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A request staff typed in on the phone or at the counter keeps its channel and names who entered it. */
class StaffEnteredRequestTest extends ServiceCoreTest {

  @Autowired RequestTracking tracking;
  @Autowired CustomerDirectory customers;

  @Test
  void aManualRequestTakenByPhone_isChannelPhone_andTheTimelineNamesTheStaffMember() {
    var maria = customers.register("K-" + unique(), "Maria Keller", unique() + "@example.com", null, Instant.now());

    SubmittedRequest submitted =
        submit(
            "manual",
            IntakeInput.of(manualRequest("Maria Keller", maria.getEmail(), maria.getCustomerNumber(), null, "KM-5500", null)),
            IntakeChannel.phone("anna"));

    RequestDetails details = tracking.findById(submitted.id()).orElseThrow();
    assertThat(details.channel()).isEqualTo("PHONE");
    assertThat(details.customerId()).isEqualTo(maria.getId());
    assertThat(details.events()).extracting(TimelineEntry::kind).containsExactly("RECEIVED", "ENTERED_BY_STAFF");
    assertThat(details.events().get(1)).satisfies(entry -> {
      assertThat(entry.actor()).isEqualTo("anna");
      assertThat(entry.summary()).isEqualTo("Taken by phone, entered by anna.");
      assertThat(entry.customerVisible()).isFalse();
    });
  }

  @Test
  void aCallbackTakenAtTheCounter_isChannelStore() {
    SubmittedRequest submitted =
        submit(
            "callback",
            IntakeInput.of(Map.of(
                "name", "Jonas Berger", "email", unique() + "@example.com", "phone", "+49 89 1234567", "callbackWindow", "WEEKDAY_MORNING")),
            IntakeChannel.store("ben"));

    RequestDetails details = tracking.findById(submitted.id()).orElseThrow();
    assertThat(details.channel()).isEqualTo("STORE");
    assertThat(details.events()).anySatisfy(entry -> {
      assertThat(entry.kind()).isEqualTo("ENTERED_BY_STAFF");
      assertThat(entry.actor()).isEqualTo("ben");
      assertThat(entry.summary()).isEqualTo("Taken at the store counter, entered by ben.");
    });
  }

  @Test
  void aRequestFromAnIntegration_isChannelApi_withoutAStaffEntry() {
    SubmittedRequest submitted =
        submit("manual", IntakeInput.of(manualRequest("Peter Novak", unique() + "@example.com", null, null, "KM-5500", null)), IntakeChannel.API);

    RequestDetails details = tracking.findById(submitted.id()).orElseThrow();
    assertThat(details.channel()).isEqualTo("API");
    assertThat(details.events()).extracting(TimelineEntry::kind).containsExactly("RECEIVED");
  }
}
