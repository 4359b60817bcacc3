package io.omnichannel.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One customer, one history: requests from every channel link here. */
@Entity
@Table(name = "customers")
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  @Column(name = "customer_number")
  private String customerNumber;

  private String name;
  private String email;
  private String phone;

  @Column(name = "phone_e164")
  private String phoneE164;

  @Column(name = "merged_into")
  private UUID mergedInto;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Customer() {}

  public Customer(String customerNumber, String name, String email, String phone, Instant createdAt) {
    this.customerNumber = customerNumber;
    this.name = name;
    this.email = normaliseEmail(email);
    this.phone = phone;
    this.phoneE164 = PhoneNumbers.toE164(phone).orElse(null);
    this.createdAt = createdAt;
  }

  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public UUID getId() {
    return id;
  }

  public String getCustomerNumber() {
    return customerNumber;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getPhoneE164() {
    return phoneE164;
  }

  /** The customer this one was merged into, or null while it is a customer of its own. */
  public UUID getMergedInto() {
    return mergedInto;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Takes a phone number from a later contact if none is known yet. */
  void learnPhone(String newPhone) {
    if (phone == null && newPhone != null && !newPhone.isBlank()) {
      phone = newPhone.strip();
      phoneE164 = PhoneNumbers.toE164(phone).orElse(null);
    }
  }
}
