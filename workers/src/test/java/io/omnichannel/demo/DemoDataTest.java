package io.omnichannel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.purchases.PurchaseClaim;
import io.omnichannel.purchases.PurchaseVerification;
import io.omnichannel.purchases.VerificationResult;
import io.omnichannel.sla.ExpectedResolution;
import io.omnichannel.testsupport.TestInfrastructure;
import io.omnichannel.workerstest.TestFiles;
import io.omnichannel.workerstest.WorkersTestApplication;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A fresh installation: the demo shop is there once the application is ready. */
@SpringBootTest(
    classes = {WorkersTestApplication.class, DemoDataTest.FixedExpectation.class},
    properties = {
      "camunda.client.worker.defaults.enabled=false",
      "orchestrator.outbox.enabled=false",
      "orchestrator.mail.outbox-enabled=false",
      "orchestrator.demo-data.enabled=true",
      "spring.jpa.hibernate.ddl-auto=validate"
    })
class DemoDataTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry);
  }

  @TestConfiguration
  static class FixedExpectation {
    @Bean
    @Primary
    ExpectedResolution twoDaysLater() {
      return (type, receivedAt) -> receivedAt.plus(Duration.ofDays(2));
    }
  }

  @Autowired CustomerDirectory customers;
  @Autowired ManualLibrary manuals;
  @Autowired PurchaseVerification verification;
  @Autowired DemoData demoData;
  @Autowired io.omnichannel.inventory.StockLocations stock;
  @Autowired io.omnichannel.purchases.BoughtTogether boughtTogether;

  @Test
  void mariaKellerHerStandMixerAndItsManualAreThere() {
    demoData.seedIfEmpty(); // a second run must not duplicate anything

    assertThat(customers.byCustomerNumber("K-100234")).get().satisfies(c -> assertThat(c.getEmail()).isEqualTo("maria.keller@example.com"));
    var manual = manuals.findManual("KM-5500").orElseThrow();
    byte[] pdf = manuals.file(manual.id()).orElseThrow().content();
    assertThat(TestFiles.pdfPages(pdf)).isGreaterThanOrEqualTo(3);
    assertThat(TestFiles.pdfText(pdf)).contains("KitchenMaster 5500").contains("Type number KM-5500").contains("Cleaning and care");
    assertThat(manuals.allManuals())
        .extracting(m -> m.typeNumber())
        .containsExactly("CF-80", "DG-220", "KM-5500");
    assertThat(manuals.allManuals()).allSatisfy(m -> assertThat(m.sizeBytes()).isGreaterThan(1000));
    assertThat(manuals.findManual("HB-12")).as("one product has no manual, so staff get a task").isEmpty();
  }

  @Test
  void demoPurchasesVerifyByCustomerNumberAndByOrderNumber() {
    assertThat(verification.verify(new PurchaseClaim("K-100234", null, "KM-5500"), List::of).method())
        .isEqualTo(VerificationResult.Method.CUSTOMER_NUMBER);
    assertThat(verification.verify(new PurchaseClaim(null, "W-2026-7781", "DG-220"), List::of).method())
        .isEqualTo(VerificationResult.Method.ORDER_NUMBER);
  }

  @Test
  void theGreenVelvetSofaIsInTheBerlinStoreOnly_andTheBlueOneOnline() {
    assertThat(stock.ofProduct(InventoryDemoData.GREEN_SOFA))
        .filteredOn(level -> level.available() > 0)
        .singleElement()
        .satisfies(level -> {
          assertThat(level.location().id()).isEqualTo(StaffDemoData.STORE_BERLIN);
          assertThat(level.location().teamId()).isEqualTo(StaffDemoData.STORE_BERLIN);
          assertThat(level.available()).isEqualTo(1);
        });
    assertThat(stock.ofProduct(InventoryDemoData.BLUE_SOFA))
        .filteredOn(level -> level.available() > 0)
        .singleElement()
        .satisfies(level -> assertThat(level.location().isStore()).isFalse());
    assertThat(stock.stores()).extracting(io.omnichannel.inventory.StockLocation::id)
        .containsExactlyInAnyOrder(StaffDemoData.STORE_BERLIN, StaffDemoData.STORE_HAMBURG, StaffDemoData.STORE_MUNICH, OrderDemoData.PARTNER_STORE);
  }

  @Test
  void theHooksAreOnlyInStores_theWatchAtThePartnerStore_andHistorySuggestsWhatGoesWithThem() {
    assertThat(stock.ofProduct(OrderDemoData.HOOKS))
        .filteredOn(level -> level.available() > 0)
        .extracting(level -> level.location().id())
        .containsExactlyInAnyOrder(StaffDemoData.STORE_BERLIN, StaffDemoData.STORE_MUNICH);
    assertThat(stock.level(InventoryDemoData.WEB_WAREHOUSE, OrderDemoData.LURES).orElseThrow().available()).isPositive();
    assertThat(stock.ofProduct(OrderDemoData.WATCH))
        .singleElement()
        .satisfies(level -> assertThat(level.location().kind()).isEqualTo(io.omnichannel.inventory.StockLocation.Kind.PARTNER_STORE));
    assertThat(customers.byCustomerNumber(OrderDemoData.TOM)).hasValueSatisfying(tom -> assertThat(tom.getName()).isEqualTo("Tom Fischer"));
    assertThat(boughtTogether.with(List.of(OrderDemoData.WATCH), 3))
        .extracting(io.omnichannel.purchases.BoughtTogether.Suggestion::typeNumber)
        .containsExactly(OrderDemoData.BROWN_STRAP, OrderDemoData.BLACK_STRAP);
  }
}
