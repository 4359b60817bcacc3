package io.omnichannel.customers;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the customer behind a contact, so every channel adds to one history. */
@Service
public class CustomerDirectory {

  private final CustomerRepository customers;

  CustomerDirectory(CustomerRepository customers) {
    this.customers = customers;
  }

  /**
   * Matches by customer number, else by normalised e-mail, else creates a customer. An unknown
   * customer number is never taken over as the new customer's number: it is only what the contact
   * typed, not proof.
   */
  @Transactional
  public Customer matchOrCreate(String customerNumber, String name, String email, Instant now) {
    return Optional.ofNullable(customerNumber)
        .filter(number -> !number.isBlank())
        .flatMap(number -> customers.findByCustomerNumber(number.strip()))
        .or(() -> customers.findFirstByEmailOrderByCreatedAtAsc(Customer.normaliseEmail(email)))
        .orElseGet(() -> customers.save(new Customer(null, name, email, null, now)));
  }

  @Transactional(readOnly = true)
  public Optional<Customer> byCustomerNumber(String customerNumber) {
    return customerNumber == null ? Optional.empty() : customers.findByCustomerNumber(customerNumber.strip());
  }

  @Transactional(readOnly = true)
  public Optional<Customer> byId(UUID id) {
    return customers.findById(id);
  }

  @Transactional
  public Customer register(String customerNumber, String name, String email, String phone, Instant now) {
    return customers.save(new Customer(customerNumber, name, email, phone, now));
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return customers.count() == 0;
  }
}
