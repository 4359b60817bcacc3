package io.omnichannel.customers;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

  Optional<Customer> findByCustomerNumber(String customerNumber);

  Optional<Customer> findFirstByEmailOrderByCreatedAtAsc(String normalisedEmail);

  Optional<Customer> findFirstByPhoneE164OrderByCreatedAtAsc(String phoneE164);
}
