package io.omnichannel.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A request staff typed in on the phone or at the counter keeps its channel and names who entered it. */
class StaffEnteredRequestTest extends ServiceCoreTest {

  @Autowired ManualRequestIntake manuals;
  @Autowired CustomerRequestIntake customerRequests;
  @Autowired RequestTracking tracking;
  @Autowired CustomerDirectory customers;

  @Test
  void aManualRequestTakenByPhone_isChannelPhone_andTheTimelineNamesTheStaffMember() {
    var maria = customers.register("K-" + unique(), "Maria Keller", unique() + "@example.com", null, Instant.now());

    SubmittedRequest submitted =
        manuals.submit(
            new ManualRequestSubmission("Maria Keller", maria.getEmail(), maria.getCustomerNumber(), null, "KM-5500", null, null, null),
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
        customerRequests.submit(
            new CustomerRequestSubmission(
                CustomerRequestType.CALLBACK, "Jonas Berger", unique() + "@example.com", null, null, null, null,
                "+49 89 1234567", CallbackWindow.values()[0].name(), null, null),
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
        manuals.submit(
            new ManualRequestSubmission("Peter Novak", unique() + "@example.com", null, null, "KM-5500", null, null, null),
            IntakeChannel.API);

    RequestDetails details = tracking.findById(submitted.id()).orElseThrow();
    assertThat(details.channel()).isEqualTo("API");
    assertThat(details.events()).extracting(TimelineEntry::kind).containsExactly("RECEIVED");
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
