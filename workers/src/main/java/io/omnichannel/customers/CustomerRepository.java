package io.omnichannel.customers;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

  // JPQL, not derived from the name: Hibernate 6.6 caches the plan of a query string but translates
  // a derived query's criteria tree again on every call, and these run for every request
  @Query("select c from Customer c where c.customerNumber = :customerNumber")
  Optional<Customer> findByCustomerNumber(String customerNumber);

  @Query("select c from Customer c where c.email = :normalisedEmail order by c.createdAt limit 1")
  Optional<Customer> findFirstByEmailOrderByCreatedAtAsc(String normalisedEmail);

  @Query("select c from Customer c where c.phoneE164 = :phoneE164 order by c.createdAt limit 1")
  Optional<Customer> findFirstByPhoneE164OrderByCreatedAtAsc(String phoneE164);
}
