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
    return matchOrCreate(customerNumber, name, email, null, now);
  }

  /**
   * As {@link #matchOrCreate(String, String, String, Instant)}, then by phone number in E.164. A
   * match on a merged customer lands on the customer it was merged into, so history stays in one place.
   */
  @Transactional
  public Customer matchOrCreate(String customerNumber, String name, String email, String phone, Instant now) {
    Optional<String> e164 = PhoneNumbers.toE164(phone);
    Customer customer =
        Optional.ofNullable(customerNumber)
            .filter(number -> !number.isBlank())
            .flatMap(number -> customers.findByCustomerNumber(number.strip()))
            .or(() -> customers.findFirstByEmailOrderByCreatedAtAsc(Customer.normaliseEmail(email)))
            .or(() -> e164.flatMap(customers::findFirstByPhoneE164OrderByCreatedAtAsc))
            .map(this::survivor)
            .orElseGet(() -> customers.save(new Customer(null, name, email, phone, now)));
    customer.learnPhone(phone);
    return customer;
  }

  /** The customer that carries the history of {@code customer}: itself, or the one it was merged into. */
  Customer survivor(Customer customer) {
    Customer current = customer;
    // merges never point to a merged customer (CustomerMerges refuses it); the bound only guards bad data
    for (int hop = 0; hop < 10 && current.getMergedInto() != null; hop++) {
      current = customers.findById(current.getMergedInto()).orElseThrow();
    }
    return current;
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
